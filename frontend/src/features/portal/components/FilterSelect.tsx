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
  return (
    <NativeSelect
      {...props}
      value={value ?? ''}
      onChange={(e) => onChange(e.currentTarget.value || null)}
      data={[{ value: '', label: t('portal.all') }, ...options]}
    />
  );
}
