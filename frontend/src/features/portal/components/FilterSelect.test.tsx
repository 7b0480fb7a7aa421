import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import '../../../i18n';
import { FilterSelect } from './FilterSelect';

const TOPICS = [
  { value: 't1', label: 'Spracherwerb und Bildung' },
  { value: 't2', label: 'Arbeit und Ausbildung' },
];

function renderSelect(value: string | undefined, options = TOPICS) {
  const onChange = vi.fn();
  render(
    <MantineProvider>
      <FilterSelect label="Handlungsfeld" value={value} onChange={onChange} options={options} />
    </MantineProvider>,
  );
  return { onChange, select: screen.getByRole('combobox', { name: 'Handlungsfeld' }) };
}

describe('FilterSelect (the light portal’s texts only)', () => {
  it('offers "Alle" first and reports a choice, and "Alle" as no filter', async () => {
    const user = userEvent.setup();
    const { onChange, select } = renderSelect(undefined);
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Alle', ...TOPICS.map((t) => t.label)]);
    await user.selectOptions(select, 'Arbeit und Ausbildung');
    expect(onChange).toHaveBeenLastCalledWith('t2');
    await user.selectOptions(select, 'Alle');
    expect(onChange).toHaveBeenLastCalledWith(null);
  });

  it('never reads "Alle" while a filter from the address is active', () => {
    expect(renderSelect('t1').select).toHaveDisplayValue('Spracherwerb und Bildung');
  });

  it('says it is loading while the options are not there yet', () => {
    expect(renderSelect('t1', []).select).toHaveDisplayValue('Wird geladen …');
  });

  it('shows an unknown value from an old link as it is', () => {
    expect(renderSelect('gone', TOPICS).select).toHaveDisplayValue('gone');
  });
});
