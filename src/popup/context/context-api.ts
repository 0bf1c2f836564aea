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

/** The context data read ahead of the view for one tab result, as `takeContextAhead` hands it over. */
export interface ContextAhead {
  /** The data, when the read has finished by the time the view mounts (its first render shows it). */
  data?: ContextData;
  /** The read still under way. */
  pending?: Promise<ContextData>;
}

interface AheadEntry {
  result: TabResult;
  read: Promise<ContextData>;
  data?: ContextData;
  stop: AbortController;
}

/** The one read ahead in this page (a popup shows one tab). */
let ahead: AheadEntry | null = null;

/**
 * Starts reading the Context view's data for `result` before the view mounts: when the popup opens
 * on the Context view, as soon as the tab is known (in parallel with the view's code); when it
 * opens on "This article", once that is painted, so a click on "Context" finds the data there and
 * renders it in its first frame. A history change drops the read (the view reads afresh); the view
 * takes it once. Resolves when the read settled, never rejects.
 */
export function prefetchContext(result: TabResult, read = loadContext): Promise<void> {
  if (ahead?.result !== result) {
    ahead?.stop.abort();
    const entry: AheadEntry = { result, read: read(result), stop: new AbortController() };
    ahead = entry;
    const drop = () => {
      if (ahead === entry) ahead = null;
      entry.stop.abort();
    };
    entry.read.then((data) => (entry.data = data), drop);
    if (typeof BroadcastChannel !== 'undefined') onHistoryChange(drop, entry.stop.signal);
  }
  return ahead.read.then(
    () => undefined,
    () => undefined,
  );
}

/**
 * Hands the read ahead for `result` to the view mounting for it (once), or null when there is none
 * (another result, dropped by a history change, or never started). The view subscribes to changes
 * during the same task, so no change falls between the two.
 */
export function takeContextAhead(result: TabResult): ContextAhead | null {
  const entry = ahead;
  if (entry?.result !== result) return null;
  ahead = null;
  entry.stop.abort();
  return entry.data ? { data: entry.data } : { pending: entry.read };
}

export async function sendHistoryCommand(cmd: HistoryCommand): Promise<boolean> {
  // The background announces the change too; a read ahead is dropped at once all the same.
  ahead?.stop.abort();
  ahead = null;
  const reply = (await browser.runtime.sendMessage(cmd)) as { ok?: boolean } | undefined;
  return reply?.ok === true;
}
