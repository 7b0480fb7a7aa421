import { describe, expect, it } from 'vitest';
import { ProblemError } from './api/client';
import { focusFirstInvalidField } from './queryClient';

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const refused = new ProblemError({
  type: 'https://pakt.example/problems/validation',
  title: 'Ungültige Eingabe',
  status: 400,
  errors: [{ field: 'email', message: 'ist keine gültige E-Mail-Adresse (z. B. name@beispiel.de)' }],
});

describe('after a refused save', () => {
  it('moves the focus to the first invalid field of the form', async () => {
    document.body.innerHTML = `<main><form>
      <input id="title" aria-invalid="false" /><input id="email" aria-invalid="true" /><input id="phone" aria-invalid="true" />
    </form></main>`;
    await expect(focusFirstInvalidField(refused)).resolves.toBe(true);
    expect(document.activeElement?.id).toBe('email');
  });

  it('waits for field errors that render later than the next animation frame', async () => {
    document.body.innerHTML = `<main><form><input id="title" aria-invalid="false" /></form></main>`;
    const focusing = focusFirstInvalidField(refused);
    await nextFrame();
    await nextFrame();
    await pause(50);
    expect(document.activeElement).toBe(document.body);
    document.querySelector('form')!.insertAdjacentHTML('beforeend', '<input id="email" aria-invalid="true" />');
    await expect(focusing).resolves.toBe(true);
    expect(document.activeElement?.id).toBe('email');
  });

  it('waits for a field that is marked invalid later', async () => {
    document.body.innerHTML = `<main><form><input id="title" aria-invalid="false" /></form></main>`;
    const focusing = focusFirstInvalidField(refused);
    await pause(50);
    document.getElementById('title')!.setAttribute('aria-invalid', 'true');
    await expect(focusing).resolves.toBe(true);
    expect(document.activeElement?.id).toBe('title');
  });

  it('prefers the open dialog over the page behind it', async () => {
    document.body.innerHTML = `<main><input id="page" aria-invalid="true" /></main>
      <div role="dialog"><input id="dialog" aria-invalid="true" /></div>`;
    await focusFirstInvalidField(refused);
    expect(document.activeElement?.id).toBe('dialog');
  });

  it('gives up after a second when no field is marked invalid', async () => {
    document.body.innerHTML = `<main><button id="save">Speichern</button></main>`;
    document.getElementById('save')!.focus();
    await expect(focusFirstInvalidField(refused)).resolves.toBe(false);
    expect(document.activeElement?.id).toBe('save');
  });

  it('leaves the focus alone for a problem without field errors', async () => {
    document.body.innerHTML = `<main><button id="save">Speichern</button><input id="x" aria-invalid="true" /></main>`;
    document.getElementById('save')!.focus();
    await expect(
      focusFirstInvalidField(new ProblemError({ type: 'about:blank', title: 'Konflikt', status: 409 })),
    ).resolves.toBe(false);
    await nextFrame();
    expect(document.activeElement?.id).toBe('save');
  });
});
