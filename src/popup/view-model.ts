/**
 * Pure view-model for the popup: turns a TabResult into what the components print (verdict line,
 * actors grouped by side, preconditions with names instead of ids, timings). No DOM, no browser API,
 * so it is unit-tested in Node.
 */
import type { Actor, ActorKind, Issue, Precondition, Stance } from '../core/types';
import type { TabResult } from '../shared/tab-result';

export const NO_SIDE = 'No side';

export const ISSUE_LABELS: Record<Issue, string> = {
  tariffs: 'tariffs',
  purchases: 'purchase commitments',
  ip_protection: 'IP protection',
  tech_transfer: 'technology transfer',
  market_access: 'market access',
  subsidies: 'subsidies',
  currency: 'currency',
  enforcement: 'enforcement',
  export_controls: 'export controls',
  balance: 'trade balance',
  other: 'other',
};

export const STANCE_LABELS: Record<Stance, string> = {
  demand: 'demands',
  condition: 'sets a condition',
  offer: 'offers',
  reject: 'rejects',
};

const KIND_RANK: Record<ActorKind, number> = {
  country: 0,
  bloc: 1,
  person: 2,
  organization: 3,
  company: 4,
  media: 5,
};

export type VerdictKind = 'negotiation' | 'trade' | 'article' | 'not-article';

export interface Verdict {
  kind: VerdictKind;
  label: string;
  /** "score 0.82", the classifier's confidence. */
  score: string;
  /** Why the gate turned the page away, when it did. */
  reason: string | null;
}

export function verdictOf(r: TabResult): Verdict {
  const kind: VerdictKind = r.isNegotiation
    ? 'negotiation'
    : r.isTrade
      ? 'trade'
      : r.isArticle
        ? 'article'
        : 'not-article';
  const label = {
    negotiation: 'Trade negotiation article',
    trade: 'About trade, but not a negotiation',
    article: 'An article, not about trade',
    'not-article': 'Not an article',
  }[kind];
  return { kind, label, score: `score ${r.score.toFixed(2)}`, reason: r.gate };
}

export interface ActorRow {
  /** Index in `result.actors`: what `reveal` needs. */
  index: number;
  actor: Actor;
  /** "person · Trade Representative" style detail. */
  detail: string;
}

export interface SideGroup {
  side: string;
  /** True for the negotiation's main parties (they get the two highlight colours). */
  party: 'a' | 'b' | null;
  actors: ActorRow[];
}

const firstMention = (a: Actor) => a.mentions[0]?.start ?? Number.MAX_SAFE_INTEGER;

/** The side an actor belongs to, with the parties resolved to names. */
function sideName(a: Actor): string {
  return a.side ?? NO_SIDE;
}

/** Names of the negotiation's parties (actor ids in `result.parties`) in salience order. */
export function partyNames(r: TabResult): string[] {
  const byId = new Map(r.actors.map((a) => [a.id, a]));
  return r.parties.map((id) => byId.get(id)?.name ?? id);
}

/**
 * Actors grouped by the side they act for: the parties first (in the analyzer's order), then other
 * sides by size, then actors with no side. Within a side the country or bloc itself leads, then
 * people, organizations, companies, outlets, each in order of first mention.
 */
export function groupActorsBySide(r: TabResult): SideGroup[] {
  const groups = new Map<string, ActorRow[]>();
  r.actors.forEach((actor, index) => {
    const side = sideName(actor);
    const detail = [actor.role, actor.kind].filter(Boolean).join(' · ');
    const rows = groups.get(side) ?? [];
    rows.push({ index, actor, detail });
    groups.set(side, rows);
  });
  const byId = new Map(r.actors.map((a) => [a.id, a]));
  const partySides = r.parties
    .map((id) => byId.get(id))
    .map((a) => (a ? sideName(a) : null))
    .filter((s): s is string => s !== null && s !== NO_SIDE);
  const rank = (side: string): number => {
    const p = partySides.indexOf(side);
    return p >= 0 ? p : side === NO_SIDE ? Number.MAX_SAFE_INTEGER : partySides.length;
  };
  return [...groups.entries()]
    .map(([side, actors]) => ({
      side,
      party: partySides[0] === side ? ('a' as const) : partySides[1] === side ? ('b' as const) : null,
      actors: actors.sort(
        (x, y) =>
          Number(y.actor.name === side) - Number(x.actor.name === side) ||
          KIND_RANK[x.actor.kind] - KIND_RANK[y.actor.kind] ||
          firstMention(x.actor) - firstMention(y.actor) ||
          x.index - y.index,
      ),
    }))
    .sort(
      (a, b) =>
        rank(a.side) - rank(b.side) || b.actors.length - a.actors.length || a.side.localeCompare(b.side),
    );
}

export interface PreconditionRow {
  /** Index in `result.preconditions`: what `reveal` needs. */
  index: number;
  holder: string;
  target: string | null;
  issue: string;
  stance: string;
  stanceKind: Stance;
  text: string;
  rule: string;
}

/** Preconditions in reading order, with actor names instead of ids. */
export function preconditionRows(r: TabResult): PreconditionRow[] {
  const byId = new Map(r.actors.map((a) => [a.id, a.name]));
  const name = (id: string) => byId.get(id) ?? id;
  return r.preconditions
    .map((p: Precondition, index) => ({
      index,
      holder: name(p.holder),
      target: p.target === null ? null : name(p.target),
      issue: ISSUE_LABELS[p.issue],
      stance: STANCE_LABELS[p.stance],
      stanceKind: p.stance,
      text: p.text,
      rule: p.rule,
      start: p.start,
    }))
    .sort((a, b) => a.start - b.start || a.index - b.index)
    .map(({ start: _start, ...row }) => row);
}

const fmtMs = (ms: number) => (ms < 10 ? ms.toFixed(1) : String(Math.round(ms)));

/** "gate 0.4 ms · extract 2.1 ms · analyze 5.0 ms · paint 1.0 ms", skipping stages that did not run. */
export function timingsLine(t: TabResult['timings']): string {
  const parts: Array<[string, number | null]> = [
    ['gate', t.gateMs],
    ['extract', t.extractMs],
    ['analyze', t.analyzeMs],
    ['paint', t.paintMs],
  ];
  return parts
    .filter((p): p is [string, number] => p[1] !== null)
    .map(([k, v]) => `${k} ${fmtMs(v)} ms`)
    .join(' · ');
}

/** True when the result describes another page than the tab now shows (URL known only sometimes). */
export function isForOtherPage(r: TabResult, tabUrl: string | undefined): boolean {
  if (tabUrl === undefined) return false;
  return tabUrl.split('#')[0] !== r.url.split('#')[0];
}

/** The tab id in `?tab=<id>`, or null (then the popup shows the active tab). */
export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  const n = Number(raw);
  return Number.isSafeInteger(n) ? n : null;
}
