import { MantineProvider } from '@mantine/core';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import '../../../i18n/app';
import { EMPTY_PROGRAM, ProgramForm } from './ProgramForm';

function renderForm(props: Partial<Parameters<typeof ProgramForm>[0]> = {}) {
  const onSubmit = vi.fn();
  render(
    <MantineProvider>
      <ProgramForm
        initial={EMPTY_PROGRAM}
        errors={{}}
        saving={false}
        onSubmit={onSubmit}
        onCancel={() => {}}
        {...props}
      />
    </MantineProvider>,
  );
  return { onSubmit };
}

describe('ProgramForm', () => {
  it('shows the server field errors at their fields', () => {
    renderForm({
      initial: { ...EMPTY_PROGRAM, processModules: [{ title: '' }] },
      errors: { title: 'Größe muss zwischen 3 und 300 sein', 'processModules[0].title': 'darf nicht leer sein' },
    });
    const title = screen.getByRole('textbox', { name: /^Titel( \*)?$/ });
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription('Größe muss zwischen 3 und 300 sein');
    expect(screen.getByRole('textbox', { name: /Titel des Bausteins 1/ })).toHaveAccessibleDescription(
      'darf nicht leer sein',
    );
  });

  it('submits the entered programme with its process modules in order', async () => {
    const user = userEvent.setup();
    const { onSubmit } = renderForm();
    await user.type(screen.getByRole('textbox', { name: /^Titel( \*)?$/ }), 'Lernnetzwerk');
    await user.click(screen.getByRole('button', { name: 'Baustein hinzufügen' }));
    await user.type(screen.getByRole('textbox', { name: /Titel des Bausteins 1/ }), 'Bestandsaufnahme');
    await user.click(screen.getByRole('button', { name: 'Baustein hinzufügen' }));
    await user.type(screen.getByRole('textbox', { name: /Titel des Bausteins 2/ }), 'Auftaktgespräch');
    await user.click(screen.getByRole('button', { name: 'Baustein 2 nach oben' }));
    await user.click(screen.getByRole('checkbox', { name: 'Öffentlich sichtbar' }));
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    expect(onSubmit).toHaveBeenCalledOnce();
    const input = onSubmit.mock.calls[0]![0];
    expect(input.title).toBe('Lernnetzwerk');
    expect(input.published).toBe(true);
    expect(input.processModules).toEqual([{ title: 'Auftaktgespräch' }, { title: 'Bestandsaufnahme' }]);
    // Typing key by key through jsdom takes seconds on a busy 2-core machine: more than Vitest's default 5 s.
  }, 15_000);

  it('checks the contract before sending: the fields say what is wrong and the first one gets the focus', async () => {
    const user = userEvent.setup();
    const { onSubmit } = renderForm({ initial: { ...EMPTY_PROGRAM, processModules: [{ title: '' }] } });
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    expect(onSubmit).not.toHaveBeenCalled();
    const title = screen.getByRole('textbox', { name: /^Titel( \*)?$/ });
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription('Pflichtfeld');
    expect(screen.getByRole('textbox', { name: /Titel des Bausteins 1/ })).toHaveAccessibleDescription('Pflichtfeld');
    await waitFor(() => expect(title).toHaveFocus());

    await user.type(title, 'Lernnetzwerk');
    expect(title).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('removes a process module', async () => {
    const user = userEvent.setup();
    const { onSubmit } = renderForm({
      initial: { ...EMPTY_PROGRAM, title: 'X Programm', processModules: [{ title: 'A' }, { title: 'B' }] },
    });
    await user.click(screen.getByRole('button', { name: 'Baustein 1 entfernen' }));
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(onSubmit.mock.calls[0]![0].processModules).toEqual([{ title: 'B' }]);
  });
});
