import { describe, expect, it } from 'vitest';
import { isPortalPage } from './pages';

describe('the light portal serves', () => {
  it('the four portal pages, with or without a trailing slash', () => {
    for (const path of ['/oeffentlich', '/oeffentlich/', '/oeffentlich/massnahmen', '/oeffentlich/praxisbeispiele/']) {
      expect(isPortalPage(path), path).toBe(true);
    }
  });

  it('nothing else, so that any other address gets the whole app (and its page not found)', () => {
    for (const path of [
      '/',
      '/oeffentlichkeit',
      '/oeffentlich/unbekannt',
      '/standorte/1',
      '/oeffentlich/massnahmen/x',
    ]) {
      expect(isPortalPage(path), path).toBe(false);
    }
  });
});
