import { describe, expect, it } from 'vitest';
import { ProblemError } from './api/client';
import { focusFirstInvalidField } from './queryClient';

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

describe('after a refused save', () => {
  it('moves the focus to the first invalid field of the form', async () => {
    document.body.innerHTML = `<main><form>
      <input id="title" aria-invalid="false" /><input id="email" aria-invalid="true" /><input id="phone" aria-invalid="true" />
    </form></main>`;
    const refused = new ProblemError({
      type: 'https://pakt.example/problems/validation',
      title: 'Ungültige Eingabe',
      status: 400,
      errors: [{ field: 'email', message: 'ist keine gültige E-Mail-Adresse (z. B. name@beispiel.de)' }],
    });
    focusFirstInvalidField(refused);
    await nextFrame();
    expect(document.activeElement?.id).toBe('email');
  });

  it('leaves the focus alone for a problem without field errors', async () => {
    document.body.innerHTML = `<main><button id="save">Speichern</button><input id="x" aria-invalid="true" /></main>`;
    document.getElementById('save')!.focus();
    focusFirstInvalidField(new ProblemError({ type: 'about:blank', title: 'Konflikt', status: 409 }));
    await nextFrame();
    expect(document.activeElement?.id).toBe('save');
  });
});
