import { describe, expect, it } from 'vitest';
import type { Actor, Analysis, Precondition } from '../core/types';
import { actorKind, highlightName, marksOf, shouldPaint } from './marks';

const actor = (
  id: string,
  name: string,
  kind: Actor['kind'],
  side: string | null,
  spans: [number, number][],
): Actor => ({
  id,
  name,
  kind,
  side,
  role: null,
  mentions: spans.map(([start, end]) => ({ start, end, text: 'x'.repeat(end - start) })),
});

const pre = (holder: string, stance: Precondition['stance'], start: number, end: number): Precondition => ({
  holder,
  target: null,
  issue: 'tariffs',
  stance,
  text: 'x'.repeat(end - start),
  start,
  end,
  rule: 'test',
});

const analysis: Pick<Analysis, 'actors' | 'parties' | 'preconditions'> = {
  actors: [
    actor('us', 'United States', 'country', 'United States', [
      [50, 63],
      [0, 13],
    ]),
    actor('cn', 'China', 'country', 'China', [[20, 25]]),
    actor('p:envoy', 'Jane Envoy', 'person', 'China', [[30, 40]]),
    actor('wto', 'World Trade Organization', 'organization', null, [[70, 73]]),
  ],
  parties: ['us', 'cn'],
  preconditions: [pre('cn', 'reject', 80, 120), pre('us', 'demand', 0, 45)],
};

describe('actorKind', () => {
  it('colours the two parties and the people acting for them, others neutral', () => {
    const kinds = analysis.actors.map((a) => actorKind(a, analysis));
    expect(kinds).toEqual(['side-a', 'side-b', 'side-b', 'actor']);
  });

  it('makes everyone neutral when there are no parties', () => {
    expect(actorKind(analysis.actors[0]!, { ...analysis, parties: [] })).toBe('actor');
  });
});

describe('marksOf', () => {
  it('lists actor marks then precondition marks, each sorted by position', () => {
    const marks = marksOf(analysis, 200);
    expect(marks.map((m) => [m.kind, m.start])).toEqual([
      ['side-a', 0],
      ['side-b', 20],
      ['side-b', 30],
      ['side-a', 50],
      ['actor', 70],
      ['demand', 0],
      ['reject', 80],
    ]);
    expect(marks[0]!.ref).toEqual({ type: 'actor', index: 0, mention: 1 });
    expect(marks[6]!.ref).toEqual({ type: 'precondition', index: 0 });
  });

  it('drops empty spans and spans past the end of the text', () => {
    const marks = marksOf(analysis, 64);
    expect(marks.every((m) => m.end <= 64)).toBe(true);
    expect(marks.some((m) => m.start === 70 || m.start === 80)).toBe(false);
    const empty = marksOf(
      { ...analysis, actors: [actor('x', 'X', 'country', 'X', [[5, 5]])], preconditions: [] },
      64,
    );
    expect(empty).toEqual([]);
  });
});

describe('shouldPaint', () => {
  it('paints negotiations, and trade stories only when they carry preconditions', () => {
    expect(shouldPaint({ isNegotiation: true, isTrade: true, preconditions: [] })).toBe(true);
    expect(shouldPaint({ isNegotiation: false, isTrade: true, preconditions: [] })).toBe(false);
    expect(
      shouldPaint({ isNegotiation: false, isTrade: true, preconditions: [pre('us', 'demand', 0, 1)] }),
    ).toBe(true);
    expect(
      shouldPaint({ isNegotiation: false, isTrade: false, preconditions: [pre('us', 'demand', 0, 1)] }),
    ).toBe(false);
  });
});

it('prefixes every registry name', () => {
  expect(highlightName('side-a')).toBe('parley-side-a');
  expect(highlightName('focus')).toBe('parley-focus');
});
