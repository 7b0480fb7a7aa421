import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { i18nReady } from '../i18n';

/** Replaces the page's static placeholder with the app, once the starting language's texts are there. */
export async function render(Shell: ComponentType): Promise<void> {
  await i18nReady;
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Shell />
    </StrictMode>,
  );
}
