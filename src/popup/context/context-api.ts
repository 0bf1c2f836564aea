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
  const [paused, notice] = await Promise.all([historySettings.paused.get(), historySettings.notice.get()]);
  const base = { paused: paused ?? false, notice: notice ?? null };
  if (probe === null || probe.pair === '') {
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
  const ctx = await articleContext(await history(), probe.thread, probe.url);
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
