import { describe, expect, it } from 'vitest';
import { parseMessage } from '../shared/protocol';
import type { TabResult } from '../shared/tab-result';
import { fingerprint } from './fingerprint';
import { clampResult, cutAt } from './result-limits';

function bigResult(): TabResult {
  const mentions = Array.from({ length: 2_500 }, (_, i) => ({
    start: i * 10,
    end: i * 10 + 5,
    text: 'China',
  }));
  return {
    url: 'https://www.reuters.com/world/x',
    title: 'T'.repeat(1_500),
    isArticle: true,
    isTrade: true,
    isNegotiation: true,
    gate: null,
    score: 1.2,
    actors: [{ id: 'cn', name: 'China', kind: 'country', side: 'China', role: null, mentions }],
    preconditions: [
      {
        holder: 'cn',
        target: null,
        issue: 'tariffs',
        stance: 'demand',
        text: 'w '.repeat(3_000),
        start: 0,
        end: 6_000,
        rule: 'r',
      },
    ],
    parties: ['cn'],
    events: [],
    published: null,
    timings: { gateMs: 0.1, extractMs: 1, analyzeMs: 2, paintMs: 3 },
    at: 1,
  };
}

describe('clampResult', () => {
  it('turns a result the protocol refuses into one it accepts', () => {
    const raw = bigResult();
    expect(parseMessage({ type: 'tab-result', result: raw })).toBeNull();
    const clamped = clampResult(raw);
    expect(parseMessage({ type: 'tab-result', result: clamped })).not.toBeNull();
    expect(clamped.actors[0]!.mentions).toHaveLength(2_000);
    expect(clamped.score).toBe(1);
    expect(clamped.title).toHaveLength(1_000);
  });

  it('leaves a small result as it is', () => {
    const small = { ...bigResult(), title: 'ok', score: 0.5, actors: [], preconditions: [] };
    expect(clampResult(small)).toEqual(small);
  });
});

describe('fingerprint', () => {
  it('differs when the text differs and is stable otherwise', () => {
    expect(fingerprint('abc')).toBe(fingerprint('abc'));
    expect(fingerprint('abc')).not.toBe(fingerprint('abd'));
    expect(fingerprint('')).toMatch(/^0:/);
  });
});

describe('cutAt', () => {
  it('leaves text within the limit alone', () => {
    expect(cutAt('tariffs', 7)).toBe('tariffs');
  });
  it('cuts at the limit', () => {
    expect(cutAt('tariffs on steel', 7)).toBe('tariffs');
  });
  it('never splits a surrogate pair', () => {
    const text = 'ab\u{1F30D}cd'; // the globe is two UTF-16 units at 2..3
    expect(cutAt(text, 3)).toBe('ab');
    expect(cutAt(text, 4)).toBe('ab\u{1F30D}');
  });
});
