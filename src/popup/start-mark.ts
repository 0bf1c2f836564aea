/**
 * Imported first by the popup's entry, so it runs as soon as the popup's modules are fetched and
 * compiled: `npm run bench:context` tells the browser's start-up from Parley's own work by this mark.
 */
export const POPUP_CODE_MARK = 'parley:popup-code';
performance.mark(POPUP_CODE_MARK);
