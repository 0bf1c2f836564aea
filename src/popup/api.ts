/**
 * The popup's only contact with the browser: read a tab's result, follow its changes, and send
 * commands to the tab's content script. The popup never writes storage.
 */
import { browser } from '../shared/browser';
import type { Message } from '../shared/protocol';
import type { TabResult } from '../shared/tab-result';
import { tabResults } from '../storage';
import type { AnnotateResult } from '../background/messages';
import { takeEarlyTabRead, type EarlyTabRead } from './early-tab-read';
import { tabIdFromSearch } from './view-model';

export interface TargetTab {
  id: number;
  /** Known only when Parley may see it (activeTab after a toolbar click); else undefined. */
  url: string | undefined;
}

/** The tab the popup shows and its stored result, read together. */
export interface TabAndResult {
  tab: TargetTab;
  result: TabResult | null;
}

/**
 * `?tab=<id>` when given (tests, links), else the active tab of the current window; with its result.
 * `onChange` hears every later change of the result (installed before the read, so none is missed).
 *
 * The result is read from `storage.session` here, not asked of the background: extension pages may
 * read session storage themselves, and a message to the service worker costs a round trip (and a
 * worker start when it sleeps) before the popup's first paint. With `?tab=` the id is known, so the
 * tab and its result are read at once. Normally the popup's early script has already started that
 * read while this module was loading (early-tab-read.ts); this takes it over.
 */
export async function loadTab(
  search: string,
  onChange: (tabId: number, r: TabResult | null) => void,
  signal: AbortSignal,
): Promise<TabAndResult | null> {
  const watch = (id: number) => watchTabResult(id, (r) => onChange(id, r), signal);
  const early = takeEarlyTabRead(search);
  if (early) {
    const taken = await takeOver(early, watch).catch(() => undefined);
    if (taken !== undefined) return taken;
  }
  const fromQuery = tabIdFromSearch(search);
  if (fromQuery !== null) {
    watch(fromQuery);
    const [tab, result] = await Promise.all([
      browser.tabs.get(fromQuery).catch(() => null),
      getTabResult(fromQuery),
    ]);
    return tab ? { tab: { id: fromQuery, url: tab.url }, result } : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  watch(tab.id);
  return { tab: { id: tab.id, url: tab.url }, result: await getTabResult(tab.id) };
}

/** Set when the popup's tab came from its early read (e2e/popup.spec.ts checks that it does). */
export const TAB_EARLY_MARK = 'parley:tab-early';

/**
 * The popup's early read (early-tab-read.ts), validated: the module's own watch is installed before
 * the early script stops listening, and a change the early script heard since its read wins over it.
 * Rejects when the early read failed (the caller then reads again itself).
 */
async function takeOver(early: EarlyTabRead, watch: (id: number) => void): Promise<TabAndResult | null> {
  try {
    const { tab, raw } = await early.found;
    if (!tab) return null;
    watch(tab.id);
    const changed = early.changedSince();
    const value = changed ? changed.value : raw;
    performance.mark(TAB_EARLY_MARK);
    return { tab, result: tabResults.parse(value) ?? null };
  } finally {
    early.stop();
  }
}

/** The tab's stored result (validated against the contract), or null. */
export async function getTabResult(tabId: number): Promise<TabResult | null> {
  return (await tabResults.get(tabId)) ?? null;
}

/** Calls `cb` whenever the background stores or clears the tab's result, until `signal` aborts. */
export function watchTabResult(tabId: number, cb: (r: TabResult | null) => void, signal: AbortSignal): void {
  tabResults.onChanged(tabId, (value) => cb(value ?? null), signal);
}

/** Sends a message to the tab's content script; rejects when there is none. */
export function sendToTab<T>(tabId: number, msg: Message): Promise<T> {
  return browser.tabs.sendMessage(tabId, msg) as Promise<T>;
}

/**
 * Whether the tab's marks are shown now, asked of its content script (`ping` answers `visible`
 * once the marks are painted); null when the page does not say (no content script, an old one).
 */
export async function marksVisible(tabId: number): Promise<boolean | null> {
  const reply = await sendToTab<{ visible?: unknown } | undefined>(tabId, { type: 'ping' }).catch(
    () => undefined,
  );
  return typeof reply?.visible === 'boolean' ? reply.visible : null;
}

export async function annotate(tabId: number): Promise<AnnotateResult> {
  const msg: Message = { type: 'annotate-tab', tabId };
  const reply = (await browser.runtime.sendMessage(msg)) as AnnotateResult | undefined;
  return reply ?? { ok: false, error: 'The background did not answer.' };
}
