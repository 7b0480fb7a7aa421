import { NativeSelect, type NativeSelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * A filter of the portal: the browser's own select, with "all" first. Light (no dropdown code from the component
 * library on the portal's first load, ADR 0018), and on a phone the system's picker; typing the first letters of a
 * Kreis jumps to it.
 */
export function FilterSelect({
  value,
  onChange,
  options,
  ...props
}: Omit<NativeSelectProps, 'value' | 'onChange' | 'data'> & {
  value: string | undefined;
  onChange: (value: string | null) => void;
  options: { value: string; label: string }[];
}) {
  const { t } = useTranslation();
  // A filter from the address whose option is not (yet) in the list must not read "all": while the options load it
  // says so, and an unknown value (an old link) shows as it is.
  const chosen =
    value && !options.some((o) => o.value === value)
      ? [{ value, label: options.length === 0 ? t('common.loading') : value }]
      : [];
  return (
    <NativeSelect
      {...props}
      value={value ?? ''}
      onChange={(e) => onChange(e.currentTarget.value || null)}
      data={[{ value: '', label: t('portal.all') }, ...chosen, ...options]}
    />
  );
}
