/**
 * From an analysis to the marks to paint: which span of the article text gets which highlight kind,
 * and which actor or precondition it stands for. Pure (offsets only), so it is unit-tested without
 * a DOM; the pipeline turns the spans into Ranges.
 */
import type { Actor, ActorKind, Analysis, Stance } from '../core/types';

/** One `Highlight` per kind; the names are the `::highlight()` names in highlights.css. */
export const HIGHLIGHT_KINDS = [
  'side-a',
  'side-b',
  'actor',
  'demand',
  'condition',
  'offer',
  'reject',
] as const satisfies readonly string[];
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];

/** The registry name of a kind: only these names are ever touched in `CSS.highlights`. */
export const highlightName = (kind: HighlightKind | 'focus'): string => `parley-${kind}`;

export type MarkRef =
  { type: 'actor'; index: number; mention: number } | { type: 'precondition'; index: number };

export interface MarkSpec {
  kind: HighlightKind;
  start: number;
  end: number;
  ref: MarkRef;
  /** The actor's kind or the precondition's stance: what the options page's "which marks" filters on. */
  category?: ActorKind | Stance;
}

/**
 * Paint only what the analyzer calls a negotiation, or a trade article in which it still found
 * preconditions (someone demanding something of someone is the point of the marks even when the
 * article is, say, a trade-figures story with one quoted demand). Anything else gets no marks.
 */
export function shouldPaint(a: Pick<Analysis, 'isNegotiation' | 'isTrade' | 'preconditions'>): boolean {
  return a.isNegotiation || (a.isTrade && a.preconditions.length > 0);
}

/** The side a party stands for: a country's side is itself, an official's is their country. */
function sideOf(actor: Actor | undefined): string | null {
  return actor
    ? (actor.side ?? (actor.kind === 'country' || actor.kind === 'bloc' ? actor.name : null))
    : null;
}

/** Which colour an actor gets: the two main parties (and everyone acting for them) apart, others neutral. */
export function actorKind(actor: Actor, analysis: Pick<Analysis, 'actors' | 'parties'>): HighlightKind {
  const [a, b] = analysis.parties;
  if (actor.id === a) return 'side-a';
  if (actor.id === b) return 'side-b';
  const byId = (id: string | undefined) => (id ? analysis.actors.find((x) => x.id === id) : undefined);
  const sideA = sideOf(byId(a));
  const sideB = sideOf(byId(b));
  if (actor.side !== null && actor.side === sideA) return 'side-a';
  if (actor.side !== null && actor.side === sideB) return 'side-b';
  return 'actor';
}

export const stanceKind = (stance: Stance): HighlightKind => stance;

/**
 * All marks of an analysis, actors first then preconditions, each list in text order. Empty spans and
 * spans outside `textLength` (a stale analysis) are dropped rather than painted wrong.
 */
export function marksOf(
  analysis: Pick<Analysis, 'actors' | 'parties' | 'preconditions'>,
  textLength: number,
): MarkSpec[] {
  const ok = (s: number, e: number) =>
    Number.isInteger(s) && Number.isInteger(e) && s >= 0 && e > s && e <= textLength;
  const actorMarks: MarkSpec[] = [];
  analysis.actors.forEach((actor, index) => {
    const kind = actorKind(actor, analysis);
    actor.mentions.forEach((m, mention) => {
      if (ok(m.start, m.end))
        actorMarks.push({
          kind,
          start: m.start,
          end: m.end,
          ref: { type: 'actor', index, mention },
          category: actor.kind,
        });
    });
  });
  const preMarks: MarkSpec[] = [];
  analysis.preconditions.forEach((p, index) => {
    if (ok(p.start, p.end))
      preMarks.push({
        kind: stanceKind(p.stance),
        start: p.start,
        end: p.end,
        ref: { type: 'precondition', index },
        category: p.stance,
      });
  });
  const byStart = (x: MarkSpec, y: MarkSpec) => x.start - y.start || x.end - y.end;
  return [...actorMarks.sort(byStart), ...preMarks.sort(byStart)];
}
