import { describe, expect, it } from 'vitest';
import { paragraphRuns } from './marks';

const article = {
  text: 'Headline here\n\nJapan asked Canada for quotas. Nothing else.\n\nLast line.',
  annotations: {
    isNegotiation: true,
    parties: ['jp', 'ca'],
    thread: 'ca+jp/trade',
    actors: [
      {
        id: 'jp',
        name: 'Japan',
        kind: 'country' as const,
        side: 'Japan',
        role: null,
        mentions: [{ start: 15, end: 20 }],
      },
      {
        id: 'ca',
        name: 'Canada',
        kind: 'country' as const,
        side: 'Canada',
        role: null,
        mentions: [{ start: 27, end: 33 }],
      },
    ],
    preconditions: [
      {
        holder: 'jp',
        target: 'ca',
        issue: 'other' as const,
        stance: 'demand' as const,
        text: 'Japan asked Canada for quotas.',
        start: 15,
        end: 45,
        rule: 'r',
      },
    ],
  },
};

describe('paragraphRuns', () => {
  it('splits paragraphs and marks mentions inside their precondition sentence', () => {
    const paras = paragraphRuns(article);
    expect(paras).toHaveLength(3);
    expect(paras.map((p) => p.map((r) => r.text).join(''))).toEqual([
      'Headline here',
      'Japan asked Canada for quotas. Nothing else.',
      'Last line.',
    ]);
    expect(paras[1]).toEqual([
      { text: 'Japan', actor: 'jp', precondition: 0 },
      { text: ' asked ', actor: null, precondition: 0 },
      { text: 'Canada', actor: 'ca', precondition: 0 },
      { text: ' for quotas.', actor: null, precondition: 0 },
      { text: ' Nothing else.', actor: null, precondition: null },
    ]);
  });

  it('ignores spans outside the text and renders plain text without marks', () => {
    const bad = {
      ...article,
      annotations: {
        ...article.annotations,
        preconditions: [{ ...article.annotations.preconditions[0]!, end: 999 }],
      },
    };
    expect(paragraphRuns(bad)[1]!.every((r) => r.precondition === null)).toBe(true);
    expect(
      paragraphRuns({
        text: 'a\n\n\n\nb',
        annotations: { ...article.annotations, actors: [], preconditions: [] },
      }),
    ).toEqual([
      [{ text: 'a', actor: null, precondition: null }],
      [{ text: 'b', actor: null, precondition: null }],
    ]);
  });
});
