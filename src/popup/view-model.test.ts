import { describe, expect, it } from 'vitest';
import type { Actor } from '../core/types';
import { sampleTabResult } from '../storage/test-data';
import {
  groupActorsBySide,
  isForOtherPage,
  NO_SIDE,
  partyNames,
  preconditionRows,
  tabIdFromSearch,
  timingsLine,
  verdictOf,
} from './view-model';

const actor = (
  id: string,
  name: string,
  kind: Actor['kind'],
  side: string | null,
  start = 0,
  role: string | null = null,
): Actor => ({
  id,
  name,
  kind,
  side,
  role,
  mentions: [{ start, end: start + name.length, text: name }],
});

describe('verdictOf', () => {
  it('names each classification with its score and the gate reason', () => {
    expect(verdictOf(sampleTabResult())).toEqual({
      kind: 'negotiation',
      label: 'Trade negotiation article',
      score: 'score 0.90',
      reason: null,
    });
    expect(verdictOf(sampleTabResult({ isNegotiation: false })).kind).toBe('trade');
    expect(verdictOf(sampleTabResult({ isNegotiation: false, isTrade: false })).kind).toBe('article');
    const gated = verdictOf(
      sampleTabResult({
        isNegotiation: false,
        isTrade: false,
        isArticle: false,
        score: 0,
        gate: 'no article signals',
      }),
    );
    expect(gated).toMatchObject({
      kind: 'not-article',
      label: 'Not an article',
      reason: 'no article signals',
    });
  });
});

describe('groupActorsBySide', () => {
  const result = sampleTabResult({
    actors: [
      actor('p:li', 'Li Wei', 'person', 'China', 50, 'Vice Premier'),
      actor('wto', 'World Trade Organization', 'organization', null, 5),
      actor('us', 'United States', 'country', 'United States', 30),
      actor('cn', 'China', 'country', 'China', 10),
      actor('p:roe', 'Jane Roe', 'person', 'United States', 20, 'Trade Representative'),
      actor('eu', 'European Union', 'bloc', 'European Union', 90),
      actor('mx', 'Mexico', 'country', 'Mexico', 80),
      actor('p:mx', 'Ana Ruiz', 'person', 'Mexico', 85),
    ],
    parties: ['cn', 'us'],
  });

  it('puts the parties first in their order, then bigger sides, then actors with no side', () => {
    const groups = groupActorsBySide(result);
    expect(groups.map((g) => g.side)).toEqual([
      'China',
      'United States',
      'Mexico',
      'European Union',
      NO_SIDE,
    ]);
    expect(groups.map((g) => g.party)).toEqual(['a', 'b', null, null, null]);
  });

  it('leads each side with the state itself, then people by first mention, keeping reveal indexes', () => {
    const groups = groupActorsBySide(result);
    expect(groups[0]?.actors.map((r) => [r.actor.name, r.index])).toEqual([
      ['China', 3],
      ['Li Wei', 0],
    ]);
    expect(groups[1]?.actors.map((r) => r.actor.name)).toEqual(['United States', 'Jane Roe']);
    expect(groups[1]?.actors[1]?.detail).toBe('Trade Representative · person');
  });

  it('returns no groups for no actors', () => {
    expect(groupActorsBySide(sampleTabResult({ actors: [], parties: [] }))).toEqual([]);
  });

  it('names the parties', () => {
    expect(partyNames(result)).toEqual(['China', 'United States']);
  });
});

describe('preconditionRows', () => {
  it('resolves actor ids to names and sorts by position, keeping reveal indexes', () => {
    const base = sampleTabResult();
    const p0 = base.preconditions[0]!;
    const rows = preconditionRows({
      ...base,
      preconditions: [
        { ...p0, start: 100, end: 120 },
        { ...p0, holder: 'cn', target: null, issue: 'ip_protection', stance: 'reject', start: 5, end: 20 },
      ],
    });
    expect(rows.map((r) => [r.index, r.holder, r.target, r.issue, r.stance])).toEqual([
      [1, 'China', null, 'IP protection', 'rejects'],
      [0, 'United States', 'China', 'tariffs', 'demands'],
    ]);
    expect(rows[1]?.rule).toBe('cue:wants+issue:tariffs');
  });

  it('shows an unknown holder id as it is rather than dropping the row', () => {
    const base = sampleTabResult();
    const rows = preconditionRows({ ...base, preconditions: [{ ...base.preconditions[0]!, holder: 'zz' }] });
    expect(rows[0]?.holder).toBe('zz');
  });
});

describe('small helpers', () => {
  it('formats timings and skips stages that did not run', () => {
    expect(timingsLine({ gateMs: 0.42, extractMs: 12.6, analyzeMs: null, paintMs: 1 })).toBe(
      'gate 0.4 ms · extract 13 ms · paint 1.0 ms',
    );
  });
  it('reads ?tab= strictly', () => {
    expect(tabIdFromSearch('?tab=12')).toBe(12);
    expect(tabIdFromSearch('?tab=abc')).toBeNull();
    expect(tabIdFromSearch('?tab=-1')).toBeNull();
    expect(tabIdFromSearch('')).toBeNull();
  });
  it('spots a result left from another page', () => {
    const r = sampleTabResult();
    expect(isForOtherPage(r, undefined)).toBe(false);
    expect(isForOtherPage(r, `${r.url}#x`)).toBe(false);
    expect(isForOtherPage(r, 'https://www.reuters.com/other')).toBe(true);
  });
});
