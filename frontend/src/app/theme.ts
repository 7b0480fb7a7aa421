import { Anchor, Badge, createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

// A dark blue whose shades 6–9 reach at least 4.5:1 on white (WCAG 2.1 AA for text).
const pakt: MantineColorsTuple = [
  '#e8f1fb',
  '#cfe0f4',
  '#9fc1e8',
  '#6c9fdb',
  '#4383d0',
  '#2a70c8',
  '#1d5fae',
  '#174f92',
  '#114178',
  '#08325f',
];

export const theme = createTheme({
  primaryColor: 'pakt',
  primaryShade: 7,
  colors: { pakt },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'sm',
  focusRing: 'always',
  // Users who asked their system for less motion get dialogs and menus without animation (WCAG 2.3.3).
  respectReducedMotion: true,
  // Links inside text must be recognisable without colour (WCAG 1.4.1).
  components: {
    Anchor: Anchor.extend({ defaultProps: { underline: 'always' } }),
    // Status badges show their whole label in normal case ("Stattgefunden", not "STATTGEF…").
    Badge: Badge.extend({
      styles: {
        root: { textTransform: 'none', height: 'auto', minHeight: 'var(--badge-height)', maxWidth: '100%' },
        label: { overflow: 'visible', whiteSpace: 'normal', textOverflow: 'clip' },
      },
    }),
  },
});

// Mantine's "dimmed" grey (gray.6) is 3.3:1 on white: too faint for AA. Use gray.7 (7.5:1).
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7],
    '--mantine-color-placeholder': t.colors.gray[7],
    // Field errors in red.6 reach only 3.3:1 on white, and 2.8:1 on a light red alert: red.9 reaches 5.2:1 and
    // 4.6:1 (WCAG 1.4.3).
    '--mantine-color-error': t.colors.red[9],
    '--mantine-color-red-text': t.colors.red[9],
    '--mantine-color-red-light-color': t.colors.red[9],
  },
  dark: {},
});
