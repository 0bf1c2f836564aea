/**
 * The library page's first module (its HTML's only script): starts opening the reading list's
 * database and reading the first page, then imports the page. The build lists the page's chunks as
 * <link rel="modulepreload"> in the HTML (vite.config.ts, `preloadPageMains`), so they load in
 * parallel with this one; the database work (~20 ms on a quiet machine, more under load) then
 * overlaps their loading and compiling instead of starting after them.
 */
import { preloadReadingList, rowsOnScreen } from '../popup/reading-list/first-page';

// The list's first screen; the reader view (`?read=<url>`) reads one article instead.
if (!new URLSearchParams(location.search).has('read')) preloadReadingList(rowsOnScreen());

import('./main').catch((error: unknown) => {
  // Nothing else could tell the reader: the page would stay blank.
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.textContent = `The reading list could not load: ${error instanceof Error ? error.message : String(error)}`;
  document.getElementById('app')?.append(p);
});
