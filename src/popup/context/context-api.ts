/**
 * The Context view's contact with the browser. It reads the history straight from IndexedDB (same
 * extension origin as the background; a read needs no round trip through a possibly sleeping
 * worker, which keeps the first render fast) and asks the background, the only writer, to pause,
 * forget or dismiss a notice.
 */
import { buildDigest, type LedgerEntry, type ThreadSummary, type TimelineItem } from '../../core/history';
import { browser } from '../../shared/browser';
import type { TabResult } from '../../shared/tab-result';
import {
  articleContext,
  history,
  historySettings,
  onHistoryChange,
  type HistoryCommand,
  type HistoryNotice,
} from '../../storage/history';

export type { HistoryCommand };

export { onHistoryChange };

/**
 * Opens the history connection as soon as the popup's code loads, in parallel with the tab lookup
 * and the background's answer, so the Context view does not wait for both one after the other.
 */
export function warmHistory(): void {
  history().catch(() => undefined);
}

export interface ContextData {
  /** Canonical URL of the article in the tab, or null when it cannot be recorded. */
  current: string | null;
  thread: string | null;
  summary: ThreadSummary | null;
  parties: string[];
  timeline: TimelineItem[];
  ledger: LedgerEntry[];
  /** Stories of the thread before the current one. */
  earlier: number;
  /** True when the current article is in the history. */
  recorded: boolean;
  paused: boolean;
  notice: HistoryNotice | null;
}

/** Loads the thread of the tab's article: its timeline and ledger as of that article. */
export async function loadContext(result: TabResult): Promise<ContextData> {
  const probe = result.isNegotiation ? buildDigest(result, Date.now()) : null;
  const negotiation = probe !== null && probe.pair !== '';
  // The settings and the thread are read in parallel: the popup's first render waits on both.
  const [paused, notice, ctx] = await Promise.all([
    historySettings.paused.get(),
    historySettings.notice.get(),
    negotiation ? history().then((store) => articleContext(store, probe.thread, probe.url)) : null,
  ]);
  const base = { paused: paused ?? false, notice: notice ?? null };
  if (!negotiation || ctx === null) {
    return {
      current: probe?.url ?? null,
      thread: null,
      summary: null,
      parties: [],
      timeline: [],
      ledger: [],
      earlier: 0,
      recorded: false,
      ...base,
    };
  }
  return {
    current: probe.url,
    thread: probe.thread,
    summary: ctx.summary,
    parties: probe.parties,
    timeline: ctx.timeline,
    ledger: ctx.ledger,
    earlier: ctx.earlier,
    recorded: ctx.recorded,
    ...base,
  };
}

export async function sendHistoryCommand(cmd: HistoryCommand): Promise<boolean> {
  const reply = (await browser.runtime.sendMessage(cmd)) as { ok?: boolean } | undefined;
  return reply?.ok === true;
}
