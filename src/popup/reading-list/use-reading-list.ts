/**
 * The reading list's state for a view: loads the list in two steps (the newest page at once, so the
 * list opens fast whatever its size; then every light item, for filters and search), follows the
 * background's writes live, and answers searches through the in-memory index plus the store's text
 * index. Timings go to the Performance timeline (`parley:list-open`, `parley:list-ready`,
 * `parley:search`) where `npm run bench:list` reads them.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  facetsOf,
  NO_FILTER,
  selectItems,
  type Facets,
  type ListFilter,
  type SortKey,
} from '../../reading-list/filter';
import type { ReadingItem } from '../../reading-list/model';
import { SearchIndex } from '../../reading-list/search';
import { watchChanges, type ReadingListStore } from '../../storage/reading-list/index';
import { readingListStore } from './api';

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

export function useReadingList(firstPage: number): ReadingListModel {
  const [store, setStore] = useState<ReadingListStore | null>(null);
  const [phase, setPhase] = useState<ReadingListModel['phase']>('loading');
  const [error, setError] = useState<string | null>(null);
  const [items, setItems] = useState<Map<string, ReadingItem>>(new Map());
  const [total, setTotal] = useState(0);
  const [complete, setComplete] = useState(false);
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<ListFilter>(NO_FILTER);
  const [sort, setSort] = useState<SortKey>('saved-desc');
  const [hits, setHits] = useState<Set<string> | null>(null);
  const index = useRef<SearchIndex | null>(null);
  const searchStarted = useRef<number | null>(null);
  const searchSeq = useRef(0);

  const indexOf = useCallback((all: Map<string, ReadingItem>) => {
    index.current ??= new SearchIndex(all.values());
    return index.current;
  }, []);

  const loadAll = useCallback(
    async (s: ReadingListStore) => {
      const all = await s.items();
      const map = new Map(all.map((i) => [i.url, i]));
      index.current = null;
      setItems(map);
      setTotal(map.size);
      setComplete(true);
      performance.mark('parley:list-ready');
      // Build the search index while the reader looks at the list, not on the first keystroke.
      const idle = (globalThis as { requestIdleCallback?: (cb: () => void) => void }).requestIdleCallback;
      (idle ?? ((cb: () => void) => setTimeout(cb, 50)))(() => indexOf(map));
    },
    [indexOf],
  );

  useEffect(() => {
    const controller = new AbortController();
    void (async () => {
      try {
        const s = await readingListStore();
        const [first, count] = await Promise.all([s.newest(firstPage), s.count()]);
        if (controller.signal.aborted) return;
        setStore(s);
        setItems(new Map(first.map((i) => [i.url, i])));
        setTotal(count);
        setComplete(first.length >= count);
        setPhase('ready');
        requestAnimationFrame(() => performance.mark('parley:list-open'));
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
                  if (item) {
                    next.set(url, item);
                    index.current?.put(item);
                  } else {
                    next.delete(url);
                    index.current?.remove(url);
                  }
                }
                return next;
              });
              void s.count().then(setTotal);
            },
          );
        }, controller.signal);
        if (first.length < count) await loadAll(s);
        else performance.mark('parley:list-ready');
      } catch (e) {
        if (controller.signal.aborted) return;
        setError(`The reading list could not be opened: ${errorText(e)}`);
        setPhase('error');
      }
    })();
    return () => controller.abort();
  }, [firstPage, loadAll]);

  // Search: the newest query wins; an older answer arriving late is dropped.
  useEffect(() => {
    const seq = ++searchSeq.current;
    if (query.trim() === '' || store === null) {
      setHits(null);
      return;
    }
    const t0 = performance.now();
    void (async () => {
      const found = await indexOf(items).search(query, store.textLookup);
      if (seq !== searchSeq.current) return;
      searchStarted.current = t0;
      setHits(found);
    })();
    // Item changes (live updates) do not re-run the search: the index follows them itself.
  }, [query, store, complete]);

  const visible = useMemo(
    () => selectItems([...items.values()], filter, sort, hits),
    [items, filter, sort, hits],
  );
  const facets = useMemo(() => (complete ? facetsOf([...items.values()]) : EMPTY_FACETS), [items, complete]);

  // The search is answered once its results are on screen.
  useEffect(() => {
    const t0 = searchStarted.current;
    if (t0 === null) return;
    searchStarted.current = null;
    performance.measure('parley:search', { start: t0, end: performance.now() });
  }, [hits]);

  const patchLocal = useCallback((item: ReadingItem) => {
    setItems((prev) => new Map(prev).set(item.url, item));
    index.current?.put(item);
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
    setQuery,
    setFilter,
    setSort,
    patchLocal,
    store,
  };
}
