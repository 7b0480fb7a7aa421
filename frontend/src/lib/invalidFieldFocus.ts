/** How long a refused save's field errors may take to render before the focus stays where it is. */
const WAIT_FOR_ERRORS_MS = 1000;

function focusFirstInvalidFieldNow(): boolean {
  const scope = document.querySelector<HTMLElement>('[role="dialog"]') ?? document.querySelector('main') ?? document;
  const field = scope.querySelector<HTMLElement>('[aria-invalid="true"]');
  field?.focus();
  return field !== null;
}

/**
 * Focuses the first field marked invalid (in the open dialog, else in the main region) once the errors are shown.
 * They come with a later render, and one animation frame is sometimes too early: after that frame the document is
 * watched until a field is marked invalid, for at most a second. Resolves whether a field got the focus.
 */
export function focusFirstInvalidFieldWhenShown(): Promise<boolean> {
  return new Promise((resolve) => {
    // The frame lets a render under way finish first, so errors of an earlier attempt are not the ones focused.
    requestAnimationFrame(() => {
      if (focusFirstInvalidFieldNow()) return resolve(true);
      const observer = new MutationObserver(() => {
        if (!focusFirstInvalidFieldNow()) return;
        stop();
        resolve(true);
      });
      const timeout = setTimeout(() => {
        stop();
        resolve(false);
      }, WAIT_FOR_ERRORS_MS);
      const stop = () => {
        observer.disconnect();
        clearTimeout(timeout);
      };
      observer.observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['aria-invalid'],
      });
    });
  });
}
