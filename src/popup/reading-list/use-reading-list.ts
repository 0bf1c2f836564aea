/**
 * The reading list's state for a view: loads the list in two steps (the newest page at once, so the
 * list opens fast whatever its size; then every light item, for filters and facets), follows the
 * background's writes live, and answers searches from the store's word index. Timings go to the
 * Performance timeline (`parley:list-open`, `parley:list-ready`, `parley:search`) where
 * `npm run bench:list` reads them.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  comparator,
  facetsOf,
  filterSorted,
  NO_FILTER,
  type Facets,
  type ListFilter,
  type SortKey,
} from '../../reading-list/filter';
import type { ReadingItem } from '../../reading-list/model';
import { watchChanges, type ReadingListStore } from '../../storage/reading-list/index';
import { painted } from '../painted';
import { firstPage as readFirst } from './first-page';

export interface ReadingListModel {
  phase: 'loading' | 'ready' | 'error';
  error: string | null;
  /** Items in the store. */
  total: number;
  /** True once every item is loaded (filters and facets work on all of them). */
  complete: boolean;
  /** The filtered, searched, sorted list. */
  visible: ReadingItem[];
  facets: Facets;
  query: string;
  filter: ListFilter;
  sort: SortKey;
  setQuery(q: string): void;
  setFilter(f: ListFilter): void;
  setSort(s: SortKey): void;
  /** Applies an item the background returned (before its change notice arrives). */
  patchLocal(item: ReadingItem): void;
  store: ReadingListStore | null;
}

const EMPTY_FACETS: Facets = { threads: [], actors: [], tags: [], unread: 0 };

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Element Timing name of the list's first painted data (its first row, or the empty-list line). */
export const LIST_TIMING = 'parley-list';
/** Longest wait for the first row's paint before the rest of the list loads anyway. */
const PAINT_WAIT_MS = 300;

/**
 * `firstRows` items are read before the first paint (the rows on screen); once that is painted, the
 * list's first `page` items, so the rows below the fold are there to scroll to, then all of it.
 */
export function useReadingList(firstRows: number, page: number): ReadingListModel {
  const [store, setStore] = useState<ReadingListStore | null>(null);
  const [phase, setPhase] = useState<ReadingListModel['phase']>('loading');
  const [error, setError] = useState<string | null>(null);
  const [items, setItems] = useState<Map<string, ReadingItem>>(new Map());
  const [total, setTotal] = useState(0);
  const [complete, setComplete] = useState(false);
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<ListFilter>(NO_FILTER);
  const [sort, setSort] = useState<SortKey>('saved-desc');
  const [hits, setHits] = useState<Set<number> | null>(null);
  const searchStarted = useRef<number | null>(null);
  const searchSeq = useRef(0);

  const loadAll = useCallback(async (s: ReadingListStore) => {
    const all = await s.items();
    setItems(new Map(all.map((i) => [i.url, i])));
    setTotal(all.length);
    setComplete(true);
    requestAnimationFrame(() => performance.mark('parley:list-ready'));
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    void (async () => {
      try {
        const { store: s, first, count } = await readFirst(firstRows);
        if (controller.signal.aborted) return;
        setStore(s);
        setItems(new Map(first.map((i) => [i.url, i])));
        setTotal(count);
        setComplete(first.length >= count);
        setPhase('ready');
        // The rest of the list loads once the first screen is painted: deserializing thousands of items
        // on the main thread must not hold up the first paint.
        const onScreen = new Promise<void>((resolve) =>
          requestAnimationFrame(() => {
            performance.mark('parley:list-open');
            // The frame is committed, but not yet rasterized and on screen: a long task now would
            // compete with that, so the rest waits for the first row's paint (at most PAINT_WAIT_MS).
            void painted(LIST_TIMING, PAINT_WAIT_MS).then(() => setTimeout(resolve, 0));
          }),
        );
        watchChanges((notice) => {
          if (notice.urls === null) {
            void loadAll(s);
            return;
          }
          void Promise.all(notice.urls.map(async (url) => [url, await s.item(url)] as const)).then(
            (changed) => {
              setItems((prev) => {
                const next = new Map(prev);
                for (const [url, item] of changed) {
                  if (item) next.set(url, item);
                  else next.delete(url);
                }
                return next;
              });
              void s.count().then(setTotal);
            },
          );
        }, controller.signal);
        await onScreen;
        if (controller.signal.aborted) return;
        if (first.length < Math.min(page, count)) {
          const more = await s.newest(page);
          if (controller.signal.aborted) return;
          setItems((prev) => new Map([...prev, ...more.map((i) => [i.url, i] as const)]));
        }
        if (first.length < count) await loadAll(s);
        else performance.mark('parley:list-ready');
      } catch (e) {
        if (controller.signal.aborted) return;
        setError(`The reading list could not be opened: ${errorText(e)}`);
        setPhase('error');
      }
    })();
    return () => controller.abort();
  }, [firstRows, page, loadAll]);

  // Search: the newest query wins; an older answer arriving late is dropped. It starts from the
  // keystroke itself (not from an effect a frame later).
  const runSearch = useCallback(
    (q: string, t0: number | null) => {
      const seq = ++searchSeq.current;
      if (q.trim() === '' || store === null) {
        setHits(null);
        return;
      }
      void store.search(q).then((found) => {
        if (seq !== searchSeq.current) return;
        searchStarted.current = t0;
        setHits(found);
      });
    },
    [store],
  );

  // A save while a search is shown re-runs it, so a new match appears (not timed: nobody typed).
  const queryRef = useRef(query);
  queryRef.current = query;
  useEffect(() => runSearch(queryRef.current, null), [runSearch, total]);

  // Sorted once per change of the list or the order, so a search or a filter only filters.
  const sorted = useMemo(() => [...items.values()].sort(comparator(sort)), [items, sort]);
  const visible = useMemo(() => filterSorted(sorted, filter, hits), [sorted, filter, hits]);
  const facets = useMemo(() => (complete ? facetsOf([...items.values()]) : EMPTY_FACETS), [items, complete]);

  // The search is answered once its results are in the document (measured right after the commit).
  useLayoutEffect(() => {
    const t0 = searchStarted.current;
    if (t0 === null) return;
    searchStarted.current = null;
    performance.measure('parley:search', { start: t0, end: performance.now() });
  }, [hits]);

  const patchLocal = useCallback((item: ReadingItem) => {
    setItems((prev) => new Map(prev).set(item.url, item));
  }, []);

  return {
    phase,
    error,
    total,
    complete,
    visible,
    facets,
    query,
    filter,
    sort,
    setQuery: (q: string) => {
      setQuery(q);
      runSearch(q, performance.now());
    },
    setFilter,
    setSort,
    patchLocal,
    store,
  };
}
