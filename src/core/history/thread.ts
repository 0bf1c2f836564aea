/**
 * Which thread (negotiation) an article belongs to: its party pair plus a subject. The pair is the
 * sorted ids of the analyzer's main parties, so "US–China" and "China–US" articles meet; the subject
 * keeps a separate track between the same two parties (export-control talks beside trade talks)
 * from mixing its demands into the trade ledger.
 */
import type { Precondition } from '../types';

/** Sorted, de-duplicated party ids joined with `+` ("cn+us"); '' when there are none. */
export function pairKeyOf(parties: readonly string[]): string {
  return [...new Set(parties.filter(Boolean))].sort().join('+');
}

/** The party ids of a pair key. */
export function partiesOfPair(pair: string): string[] {
  return pair === '' ? [] : pair.split('+');
}

export const SUBJECTS = ['trade', 'export-controls'] as const;
export type Subject = (typeof SUBJECTS)[number];

/** How many export-control positions, and nothing else, make an article part of that track. */
const TRACK_MIN = 3;

/**
 * `export-controls` when every position in the article is about export controls (and there are
 * at least three: one stray sentence must not move an article out of its trade thread), else `trade`.
 */
export function subjectOf(source: { preconditions: ReadonlyArray<Pick<Precondition, 'issue'>> }): Subject {
  const issues = source.preconditions.map((p) => p.issue);
  if (issues.length >= TRACK_MIN && issues.every((i) => i === 'export_controls')) return 'export-controls';
  return 'trade';
}

/** `pair/subject`, the key of the threads store and of the articles' `thread` index. */
export function threadKeyOf(pair: string, subject: string): string {
  return `${pair}/${subject}`;
}
