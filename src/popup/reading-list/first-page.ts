/**
 * The reading list's first page (the newest items and the count), readable before any view code:
 * it needs only the store, so the library's boot module can start it while the page's preact code
 * is still loading, and the view takes the result when it mounts.
 */
import type { ReadingItem } from '../../reading-list/model';
import { readingListStore, type ReadingListStore } from '../../storage/reading-list/index';

/** Rows per page of the list: how many it shows before "Show more", and each "Show more". */
export const pageSize = (variant: 'popup' | 'page') => (variant === 'page' ? 40 : 15);

/**
 * Rows that can be on screen at once (a row is at least ~80 px tall; with an excerpt and actors,
 * ~180): the first read and the first paint hold only these, the rest of the page follows.
 */
export const rowsOnScreen = () => Math.max(5, Math.ceil((globalThis.innerHeight || 900) / 80));

export interface FirstPage {
  store: ReadingListStore;
  first: ReadingItem[];
  count: number;
}

let preloaded: { size: number; page: Promise<FirstPage> } | null = null;

/** Opens the store and reads the first page (and the count). */
export async function readFirstPage(size: number): Promise<FirstPage> {
  const store = await readingListStore();
  performance.mark('parley:store-open');
  const [first, count] = await Promise.all([store.newest(size), store.count()]);
  performance.mark('parley:first-page');
  return { store, first, count };
}

/**
 * Starts opening the database and reading the first page before the first render (a page calls it
 * as early as it can), so that work overlaps the page's own start instead of waiting for an effect.
 */
export function preloadReadingList(size: number): void {
  const page = readFirstPage(size);
  page.catch(() => undefined); // the hook reports a failure; an unhandled rejection here would be noise
  preloaded = { size, page };
}

/** The preloaded first page of this size (taken once), else a fresh read. */
export function firstPage(size: number): Promise<FirstPage> {
  const page = preloaded?.size === size ? preloaded.page : readFirstPage(size);
  preloaded = null;
  return page;
}
