import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../core/types';
import { cardFor, formatDay, pastLine, pastOf } from './card-model';
import { placeCard } from './card-host';

const analysis: Pick<Analysis, 'actors' | 'parties' | 'preconditions'> = {
  actors: [
    {
      id: 'us',
      name: 'United States',
      kind: 'country',
      side: 'United States',
      role: null,
      mentions: [{ start: 0, end: 2, text: 'US' }],
    },
    { id: 'cn', name: 'China', kind: 'country', side: 'China', role: null, mentions: [] },
    {
      id: 'p:envoy',
      name: 'Jane Envoy',
      kind: 'person',
      side: 'United States',
      role: 'Trade Representative',
      mentions: [
        { start: 5, end: 9, text: 'Jane' },
        { start: 20, end: 24, text: 'Jane' },
      ],
    },
    {
      id: 'wto',
      name: 'World Trade Organization',
      kind: 'organization',
      side: null,
      role: null,
      mentions: [],
    },
  ],
  parties: ['us', 'cn'],
  preconditions: [
    {
      holder: 'p:envoy',
      target: 'cn',
      issue: 'ip_protection',
      stance: 'demand',
      text: 'x',
      start: 0,
      end: 1,
      rule: 'cue:insist+issue:ip_protection',
    },
    {
      holder: 'cn',
      target: null,
      issue: 'tariffs',
      stance: 'reject',
      text: 'y',
      start: 2,
      end: 3,
      rule: 'cue:reject',
    },
  ],
};

describe('cardFor', () => {
  it('describes an actor: name, kind, role, side, mentions, positions held', () => {
    const card = cardFor({ type: 'actor', index: 2, mention: 0 }, analysis)!;
    expect(card.title).toBe('Jane Envoy');
    expect(card.subtitle).toBe('Person');
    expect(card.tone).toBe('side-a');
    expect(card.rows).toEqual([
      { label: 'Role', value: 'Trade Representative' },
      { label: 'Side', value: 'United States (first party)' },
      { label: 'Mentions', value: '2' },
      { label: 'Positions', value: '1 in this article' },
    ]);
  });

  it('says when an actor acts for no country', () => {
    const card = cardFor({ type: 'actor', index: 3, mention: 0 }, analysis)!;
    expect(card.tone).toBe('actor');
    expect(card.rows.find((r) => r.label === 'Side')?.value).toMatch(/^none/);
  });

  it('describes a precondition: holder -> target, issue, stance and the rule that fired', () => {
    const card = cardFor({ type: 'precondition', index: 0 }, analysis)!;
    expect(card.title).toBe('Demand: IP protection');
    expect(card.tone).toBe('demand');
    expect(card.rows).toEqual([
      { label: 'Who', value: 'Jane Envoy \u2192 China' },
      { label: 'Issue', value: 'IP protection' },
      { label: 'Stance', value: 'Demand' },
      { label: 'Why', value: 'cue:insist+issue:ip_protection' },
    ]);
    const other = cardFor({ type: 'precondition', index: 1 }, analysis)!;
    expect(other.rows[0]!.value).toBe('China \u2192 unspecified');
  });

  it('adds the history line for an actor seen in earlier articles, and none without past context', () => {
    const past = { cn: { count: 3, since: '2026-01-05' }, us: { count: 0, since: '2026-01-01' } };
    const china = cardFor({ type: 'actor', index: 1, mention: 0 }, analysis, past)!;
    expect(china.rows.at(-1)).toEqual({
      label: 'History',
      value: 'seen in 3 earlier articles since Jan 5, 2026',
    });
    const us = cardFor({ type: 'actor', index: 0, mention: 0 }, analysis, past)!;
    expect(us.rows.some((r) => r.label === 'History')).toBe(false);
    const envoy = cardFor({ type: 'actor', index: 2, mention: 0 }, analysis, past)!;
    expect(envoy.rows.some((r) => r.label === 'History')).toBe(false);
    expect(cardFor({ type: 'actor', index: 1, mention: 0 }, analysis)!.rows.map((r) => r.label)).toEqual([
      'Side',
      'Mentions',
      'Positions',
    ]);
  });

  it('words the history line in the singular and keeps an unparseable date as given', () => {
    expect(pastLine({ count: 1, since: '2025-12-31' })).toBe('seen in 1 earlier article since Dec 31, 2025');
    expect(pastLine({ count: 2, since: 'last spring' })).toBe('seen in 2 earlier articles since last spring');
    expect(pastLine({ count: 0, since: '2025-12-31' })).toBeNull();
    expect(pastLine(undefined)).toBeNull();
    expect(formatDay('2026-02-30')).toBe('2026-02-30');
  });

  it('keeps only well-formed answers for the ids it asked about', () => {
    const reply = {
      cn: { count: 2, since: '2026-01-02' },
      us: { count: '2', since: '2026-01-02' },
      wto: { count: 1.5, since: '2026-01-02' },
      eu: { count: 4, since: '2026-01-02' },
      ['__proto__']: { count: 1, since: 'x' },
    };
    expect(pastOf(reply, ['cn', 'us', 'wto', '__proto__'])).toEqual({
      cn: { count: 2, since: '2026-01-02' },
    });
    expect(pastOf(null, ['cn'])).toEqual({});
    expect(pastOf('oops', ['cn'])).toEqual({});
  });

  it('returns null for a reference the analysis no longer has', () => {
    expect(cardFor({ type: 'actor', index: 9, mention: 0 }, analysis)).toBeNull();
    expect(cardFor({ type: 'precondition', index: 9 }, analysis)).toBeNull();
  });
});

describe('placeCard', () => {
  it('puts the card below the mark when it fits', () => {
    expect(placeCard({ left: 100, top: 100, bottom: 120 }, 150, 1000, 800)).toEqual({ left: 100, top: 126 });
  });

  it('flips above a mark near the bottom of the viewport', () => {
    expect(placeCard({ left: 100, top: 700, bottom: 720 }, 150, 1000, 800)).toEqual({ left: 100, top: 544 });
  });

  it('keeps the card inside the viewport horizontally', () => {
    expect(placeCard({ left: 950, top: 100, bottom: 120 }, 150, 1000, 800).left).toBe(1000 - 300 - 8);
    expect(placeCard({ left: -40, top: 100, bottom: 120 }, 150, 1000, 800).left).toBe(8);
  });
});
