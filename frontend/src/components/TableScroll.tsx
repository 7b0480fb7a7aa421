import type { ReactNode } from 'react';

/**
 * A wide table on a narrow screen scrolls inside its own labelled region (keyboard users can focus and scroll it),
 * so the page itself never scrolls sideways (WCAG 1.4.10 Reflow exempts data tables, not the page around them).
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div style={{ overflowX: 'auto', maxWidth: '100%' }} tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
