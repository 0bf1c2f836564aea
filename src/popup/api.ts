/**
 * The popup's only contact with the browser: ask the background for a tab's result, follow its
 * changes, and send commands to the tab's content script. The popup never writes storage.
 */
import { browser } from '../shared/browser';
import type { Message } from '../shared/protocol';
import type { TabResult } from '../shared/tab-result';
import { tabResults } from '../storage';
import type { AnnotateResult } from '../background/messages';
import { tabIdFromSearch } from './view-model';

export interface TargetTab {
  id: number;
  /** Known only when Parley may see it (activeTab after a toolbar click); else undefined. */
  url: string | undefined;
}

/** `?tab=<id>` when given (tests, links), else the active tab of the current window. */
export async function resolveTab(search: string): Promise<TargetTab | null> {
  const fromQuery = tabIdFromSearch(search);
  if (fromQuery !== null) {
    const tab = await browser.tabs.get(fromQuery).catch(() => null);
    return tab ? { id: fromQuery, url: tab.url } : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

export async function getTabResult(tabId: number): Promise<TabResult | null> {
  const msg: Message = { type: 'get-tab-result', tabId };
  return ((await browser.runtime.sendMessage(msg)) as TabResult | null | undefined) ?? null;
}

/** Calls `cb` whenever the background stores or clears the tab's result, until `signal` aborts. */
export function watchTabResult(tabId: number, cb: (r: TabResult | null) => void, signal: AbortSignal): void {
  tabResults.onChanged(tabId, (value) => cb(value ?? null), signal);
}

/** Sends a message to the tab's content script; rejects when there is none. */
export function sendToTab<T>(tabId: number, msg: Message): Promise<T> {
  return browser.tabs.sendMessage(tabId, msg) as Promise<T>;
}

export async function annotate(tabId: number): Promise<AnnotateResult> {
  const msg: Message = { type: 'annotate-tab', tabId };
  const reply = (await browser.runtime.sendMessage(msg)) as AnnotateResult | undefined;
  return reply ?? { ok: false, error: 'The background did not answer.' };
}
