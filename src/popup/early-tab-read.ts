/**
 * The popup's first read, started by a tiny classic script of its own (built from this file by
 * vite.config.ts, `earlyScript`) as soon as the popup's HTML is parsed: the tab and its stored
 * result are then usually known by the time the popup's module has loaded, so its first render
 * already shows the data instead of waiting two more browser round trips (issue 5: popup first
 * render). The popup's module takes the read over (`takeEarlyTabRead`) and validates what it found.
 *
 * This file runs before the polyfill is loaded, so it speaks to the browser's own API: `browser`
 * in Firefox, `chrome` (promise-based in MV3) in Chrome. It imports no runtime code but these two
 * small pure helpers.
 */
import { tabKey } from '../shared/tab-result';
import { tabIdFromSearch } from './view-model';

/** What the early read found: the tab (null when it is gone or none is active) and its raw value. */
export interface EarlyTabFound {
  tab: { id: number; url: string | undefined } | null;
  /** The stored value under `tab:<id>` as read, not yet validated. */
  raw: unknown;
}

export interface EarlyTabRead {
  /** The popup URL's query the read was started for: the module uses it only for the same query. */
  readonly search: string;
  readonly found: Promise<EarlyTabFound>;
  /**
   * The newest value stored for the tab after the read settled, if it changed since: the module
   * installs its own watch first, then asks, so no change falls between the two.
   */
  changedSince(): { value: unknown } | undefined;
  /** Stops listening (the module's own watch has taken over). */
  stop(): void;
}

/** Where the early script leaves its read for the module (a global: the two are separate scripts). */
export const EARLY_TAB_READ = Symbol.for('parley.popup.early-tab-read');

interface TabsApi {
  get(id: number): Promise<{ id?: number; url?: string }>;
  query(q: { active: boolean; currentWindow: boolean }): Promise<Array<{ id?: number; url?: string }>>;
}
interface StorageApi {
  session: { get(key: string): Promise<Record<string, unknown>> };
  onChanged: {
    addListener(cb: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
    removeListener(cb: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
  };
}
interface ExtensionApi {
  tabs: TabsApi;
  storage: StorageApi;
}

/** Starts the read for the popup opened with `search` (`?tab=<id>`, else the active tab). */
export function startEarlyTabRead(api: ExtensionApi, search: string): EarlyTabRead {
  let key: string | null = null;
  let settled = false;
  let changed: { value: unknown } | undefined;
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    // Before the read settles the read itself is at least as new (as in tab-load.ts).
    if (!settled || area !== 'session' || key === null || !(key in changes)) return;
    changed = { value: changes[key]!.newValue };
  };
  api.storage.onChanged.addListener(onChanged);
  const readValue = async (id: number) => {
    key = tabKey(id);
    return (await api.storage.session.get(key))[key];
  };
  const found = (async (): Promise<EarlyTabFound> => {
    const fromQuery = tabIdFromSearch(search);
    if (fromQuery !== null) {
      const [tab, raw] = await Promise.all([api.tabs.get(fromQuery).catch(() => null), readValue(fromQuery)]);
      return { tab: tab ? { id: fromQuery, url: tab.url } : null, raw };
    }
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return { tab: null, raw: undefined };
    return { tab: { id: tab.id, url: tab.url }, raw: await readValue(tab.id) };
  })().finally(() => {
    settled = true;
  });
  found.catch(() => undefined); // the module reports a failure (it reads again); not unhandled here
  return {
    search,
    found,
    changedSince: () => changed,
    stop: () => api.storage.onChanged.removeListener(onChanged),
  };
}

/** The early read for this query, taken once; null when there is none (tests, an old page). */
export function takeEarlyTabRead(search: string): EarlyTabRead | null {
  const slot = globalThis as { [EARLY_TAB_READ]?: EarlyTabRead };
  const early = slot[EARLY_TAB_READ];
  delete slot[EARLY_TAB_READ];
  if (!early) return null;
  if (early.search === search) return early;
  early.stop();
  return null;
}

/** The early script itself: runs once, where the popup's HTML loads it. */
export function runEarlyTabRead(): void {
  const g = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi; [EARLY_TAB_READ]?: EarlyTabRead };
  const api = g.browser?.tabs ? g.browser : g.chrome;
  if (!api?.tabs || !api.storage) return;
  g[EARLY_TAB_READ] = startEarlyTabRead(api, location.search);
}
