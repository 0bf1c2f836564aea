/**
 * Pure view-model of the Context view: labels and grouping for the timeline and the demand ledger.
 * No DOM and no browser API, so it is unit-tested in Node.
 */
import type { EventStatus } from '../../core/types';
import type { LedgerEntry, LedgerStatus, ThreadSummary, TimelineItem } from '../../core/history';
import { ISSUE_LABELS, STANCE_LABELS } from '../view-model';

export const EVENT_LABELS: Record<EventStatus, string> = {
  planned: 'Talks planned',
  restarted: 'Talks restarted',
  held: 'Talks held',
  stalled: 'Talks stalled',
  broken_off: 'Talks broken off',
  deal_reached: 'Deal reached',
  signed: 'Deal signed',
};

export const STATUS_LABELS: Record<LedgerStatus, string> = {
  new: 'new',
  repeated: 'repeated',
  softened: 'softened',
  dropped: 'dropped',
};

/** What each status means, for the status badge's tooltip and screen readers. */
export const STATUS_HELP: Record<LedgerStatus, string> = {
  new: 'first seen in the latest article that has it',
  repeated: 'said again, no softer than before',
  softened: 'moved to an offer, or now hedged ("could", "open to", "flexible")',
  dropped: 'absent from the last two stories',
};

/** "China – United States trade talks", from the thread summary. */
export function threadTitle(summary: Pick<ThreadSummary, 'partyNames' | 'subject'>): string {
  const who = summary.partyNames.length > 0 ? summary.partyNames.join(' – ') : 'Unnamed parties';
  return `${who} ${summary.subject === 'export-controls' ? 'export-control talks' : 'trade talks'}`;
}

/** en-GB's short month names, as `Intl.DateTimeFormat('en-GB', { month: 'short' })` writes them. */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

/**
 * "12 Mar 2026" for a YYYY-MM-DD date, in UTC so a date never shifts by the reader's zone. Written
 * by hand: the view formats ~70 dates, and `toLocaleDateString` with options builds an
 * `Intl.DateTimeFormat` on each call (~0.5 ms), and even one shared formatter costs ~5 ms to build
 * (its locale data) in the popup's first frame.
 */
export function formatDay(day: string): string {
  const t = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(t)) return day;
  const d = new Date(t);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]!} ${d.getUTCFullYear()}`;
}

export interface LedgerRow {
  key: string;
  issue: string;
  stance: string;
  status: LedgerStatus;
  entry: LedgerEntry;
}

export interface LedgerSide {
  side: string;
  sideName: string;
  rows: LedgerRow[];
}

/**
 * Ledger entries grouped by side: the thread's parties first (in `parties` order), then anyone else
 * (international bodies...). Within a side, live positions before dropped ones.
 */
export function ledgerBySide(entries: readonly LedgerEntry[], parties: readonly string[]): LedgerSide[] {
  const sides = new Map<string, LedgerSide>();
  for (const e of entries) {
    const side = sides.get(e.side) ?? { side: e.side, sideName: e.sideName, rows: [] };
    side.rows.push({
      key: `${e.side}:${e.issue}`,
      issue: ISSUE_LABELS[e.issue],
      stance: STANCE_LABELS[e.latestStance],
      status: e.status,
      entry: e,
    });
    sides.set(e.side, side);
  }
  const rank = (s: string) => {
    const i = parties.indexOf(s);
    return i < 0 ? parties.length : i;
  };
  for (const s of sides.values())
    s.rows.sort((a, b) => Number(a.status === 'dropped') - Number(b.status === 'dropped'));
  return [...sides.values()].sort(
    (a, b) => rank(a.side) - rank(b.side) || a.sideName.localeCompare(b.sideName),
  );
}

/** "2 earlier articles" style count for the tab label and the heading. */
export function earlierLabel(n: number): string {
  return n === 0 ? 'no earlier articles' : n === 1 ? '1 earlier article' : `${n} earlier articles`;
}

/** Stories shown before the current one until the reader asks for the whole timeline. */
export const TIMELINE_BEFORE = 20;
/** Stories shown after the current one (reading an older article) in the short timeline. */
export const TIMELINE_AFTER = 5;

/**
 * The part of a long timeline the popup shows first: the stories just before the article being
 * read (or the newest ones), a few after it, and the events dated among them. A thread of hundreds
 * of articles stays quick to render and to read; `hidden` says how many stories were left out.
 */
export function timelineWindow(items: readonly TimelineItem[]): { items: TimelineItem[]; hidden: number } {
  const stories = items.flatMap((item, i) => (item.kind === 'article' ? [i] : []));
  if (stories.length <= TIMELINE_BEFORE + TIMELINE_AFTER) return { items: [...items], hidden: 0 };
  const at = stories.findIndex((i) => {
    const item = items[i];
    return item?.kind === 'article' && item.current;
  });
  const current = at < 0 ? stories.length - 1 : at;
  const from = Math.max(0, current - (TIMELINE_BEFORE - 1));
  const to = Math.min(stories.length - 1, current + TIMELINE_AFTER);
  const first = stories[from]!;
  const last = to === stories.length - 1 ? items.length - 1 : stories[to + 1]! - 1;
  return { items: items.slice(first, last + 1), hidden: stories.length - (to - from + 1) };
}
