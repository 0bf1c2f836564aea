/**
 * What a hover card says about a mark, as plain data: built from the analysis without a DOM, so the
 * wording is unit-tested and the component only lays it out. Everything here is page- or
 * analyzer-derived text and is rendered as text by preact, never as markup.
 */
import type { ActorKind, Analysis, Issue, Stance } from '../../core/types';
import { actorKind, type HighlightKind, type MarkRef } from '../marks';

export interface CardRow {
  label: string;
  value: string;
}

export interface CardModel {
  /** Colour of the swatch: the mark's highlight kind. */
  tone: HighlightKind;
  title: string;
  subtitle: string;
  rows: CardRow[];
}

const KIND_LABEL: Record<ActorKind, string> = {
  country: 'Country',
  bloc: 'Bloc',
  person: 'Person',
  organization: 'Organization',
  company: 'Company',
  media: 'News outlet',
};

export const ISSUE_LABEL: Record<Issue, string> = {
  tariffs: 'Tariffs',
  purchases: 'Purchases',
  ip_protection: 'IP protection',
  tech_transfer: 'Technology transfer',
  market_access: 'Market access',
  subsidies: 'Subsidies',
  currency: 'Currency',
  enforcement: 'Enforcement',
  export_controls: 'Export controls',
  balance: 'Trade balance',
  other: 'Other',
};

export const STANCE_LABEL: Record<Stance, string> = {
  demand: 'Demand',
  condition: 'Condition',
  offer: 'Offer',
  reject: 'Rejection',
};

type CardSource = Pick<Analysis, 'actors' | 'parties' | 'preconditions'>;

function sideLabel(tone: HighlightKind, side: string | null): string {
  const which = tone === 'side-a' ? ' (first party)' : tone === 'side-b' ? ' (second party)' : '';
  return side ? `${side}${which}` : 'none (not acting for a country)';
}

/** Earlier recorded articles mentioning an actor, as the background answered `actor-history`. */
export interface ActorPast {
  count: number;
  /** YYYY-MM-DD: the earliest of those articles' dates. */
  since: string;
}

/** "Jan 3, 2026" for a YYYY-MM-DD day (UTC, so the day never shifts); the raw text otherwise. */
export function formatDay(day: string): string {
  const t = Date.parse(`${day}T00:00:00Z`);
  // The round trip refuses days Date.parse rolls over ("2026-02-30" would become Mar 2).
  if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== day) return day;
  return new Date(t).toLocaleDateString('en-US', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
}

/** The history line, or null when there is no past context worth a row. */
export function pastLine(past: ActorPast | undefined): string | null {
  if (!past || !Number.isInteger(past.count) || past.count <= 0) return null;
  const noun = past.count === 1 ? 'article' : 'articles';
  return `seen in ${past.count} earlier ${noun} since ${formatDay(past.since)}`;
}

/** The background's `actor-history` answer, kept only for asked ids and well-formed entries. */
export function pastOf(reply: unknown, actorIds: readonly string[]): Record<string, ActorPast> {
  const out: Record<string, ActorPast> = {};
  if (typeof reply !== 'object' || reply === null) return out;
  for (const id of actorIds) {
    if (!Object.hasOwn(reply, id)) continue;
    const entry: unknown = (reply as Record<string, unknown>)[id];
    if (typeof entry !== 'object' || entry === null) continue;
    const { count, since } = entry as { count?: unknown; since?: unknown };
    if (typeof count === 'number' && Number.isInteger(count) && count > 0 && typeof since === 'string') {
      out[id] = { count, since: since.slice(0, 40) };
    }
  }
  return out;
}

/**
 * The card for one mark, or null when the reference no longer matches the analysis. `past` maps
 * actor ids to their history (absent until the background answered, or when history is empty).
 */
export function cardFor(
  ref: MarkRef,
  analysis: CardSource,
  past?: Readonly<Record<string, ActorPast>>,
): CardModel | null {
  if (ref.type === 'actor') {
    const actor = analysis.actors[ref.index];
    if (!actor) return null;
    const tone = actorKind(actor, analysis);
    const rows: CardRow[] = [];
    if (actor.role) rows.push({ label: 'Role', value: actor.role });
    rows.push({ label: 'Side', value: sideLabel(tone, actor.side) });
    rows.push({ label: 'Mentions', value: String(actor.mentions.length) });
    const holds = analysis.preconditions.filter((p) => p.holder === actor.id).length;
    if (holds > 0) rows.push({ label: 'Positions', value: `${holds} in this article` });
    const line = pastLine(past && Object.hasOwn(past, actor.id) ? past[actor.id] : undefined);
    if (line) rows.push({ label: 'History', value: line });
    return { tone, title: actor.name, subtitle: KIND_LABEL[actor.kind], rows };
  }
  const p = analysis.preconditions[ref.index];
  if (!p) return null;
  const name = (id: string | null) =>
    id === null ? 'unspecified' : (analysis.actors.find((a) => a.id === id)?.name ?? id);
  return {
    tone: p.stance,
    title: `${STANCE_LABEL[p.stance]}: ${ISSUE_LABEL[p.issue]}`,
    subtitle: 'Precondition',
    rows: [
      { label: 'Who', value: `${name(p.holder)} \u2192 ${name(p.target)}` },
      { label: 'Issue', value: ISSUE_LABEL[p.issue] },
      { label: 'Stance', value: STANCE_LABEL[p.stance] },
      { label: 'Why', value: p.rule },
    ],
  };
}
