/**
 * Imported first by the library's entry, so it runs as soon as the page's modules are fetched and
 * compiled: `npm run bench:list` tells the browser's start-up from the list's own work by this mark.
 */
export const LIBRARY_CODE_MARK = 'parley:list-code';
performance.mark(LIBRARY_CODE_MARK);
