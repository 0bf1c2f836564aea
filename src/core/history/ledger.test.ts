import { describe, expect, it } from 'vitest';
import { computeLedger, DROP_AFTER, SOFTENING_CUE } from './ledger';
import { digest, pos, source } from './test-fixtures';

const A = 'https://www.reuters.com/world/a';
const B = 'https://apnews.com/article/b';
const C = 'https://www.bbc.com/news/c';
const D = 'https://www.ft.com/content/d';

const talks = digest(
  source(A, '2026-03-01', [
    pos('us', 'tariffs', 'demand', 'Washington insists Beijing cut its tariffs on farm goods.', 'cn'),
    pos('cn', 'export_controls', 'demand', 'Beijing wants chip export curbs lifted before any deal.', 'us'),
    pos('us', 'purchases', 'demand', 'The US side asks for large soybean purchases.', 'cn'),
  ]),
);
const followup = digest(
  source(B, '2026-03-09', [
    pos('p:jane-roe', 'tariffs', 'demand', 'Jane Roe repeated that tariffs must come down first.', 'cn'),
    pos('cn', 'export_controls', 'offer', 'Beijing offered to drop its chip demand for a phased plan.', 'us'),
    pos('p:li-wen', 'subsidies', 'reject', 'Li Wen rejected any limits on industrial subsidies.'),
  ]),
);
const deal = digest(
  source(C, '2026-03-20', [
    pos('us', 'tariffs', 'condition', 'The US could be flexible on the timing of tariff cuts.', 'cn'),
    pos('cn', 'subsidies', 'reject', 'China again refused to discuss subsidies.'),
  ]),
);

const byKey = (entries: ReturnType<typeof computeLedger>) =>
  Object.fromEntries(entries.map((e) => [`${e.side}:${e.issue}`, e]));

describe('computeLedger', () => {
  it('tracks first and last sightings, counts and the latest wording per side and issue', () => {
    const ledger = byKey(computeLedger([deal, talks, followup]));
    const tariffs = ledger['us:tariffs']!;
    expect(tariffs.firstSeen).toMatchObject({ date: '2026-03-01', url: A });
    expect(tariffs.lastSeen).toMatchObject({ date: '2026-03-20', url: C });
    expect(tariffs.articles).toBe(3);
    expect(tariffs.latestWording).toMatch(/flexible on the timing/);
    expect(tariffs.sideName).toBe('United States');
    expect(tariffs.latestTarget).toBe('China');
  });

  it('folds a person into the side they speak for', () => {
    const ledger = byKey(computeLedger([talks, followup]));
    expect(ledger['us:tariffs']!.articles).toBe(2);
    expect(ledger['us:tariffs']!.latestHolder).toBe('Jane Roe');
    expect(ledger['cn:subsidies']!.latestHolder).toBe('Li Wen');
    expect(Object.keys(ledger).some((k) => k.startsWith('p:'))).toBe(false);
  });

  it('calls a position new on its first sighting and repeated on a same-stance sighting', () => {
    const ledger = byKey(computeLedger([talks, followup]));
    expect(ledger['cn:subsidies']!.status).toBe('new');
    expect(ledger['us:tariffs']!.status).toBe('repeated');
  });

  it('calls a move from demand to offer softened', () => {
    const ledger = byKey(computeLedger([talks, followup]));
    expect(ledger['cn:export_controls']!.status).toBe('softened');
    expect(ledger['cn:export_controls']!.latestStance).toBe('offer');
  });

  it('calls newly hedged wording softened even when the stance stays hard', () => {
    const ledger = byKey(computeLedger([talks, followup, deal]));
    expect(ledger['us:tariffs']!.status).toBe('softened');
    expect(ledger['cn:subsidies']!.status).toBe('repeated');
  });

  it(`calls a position absent from the last ${DROP_AFTER} stories dropped, not before`, () => {
    expect(byKey(computeLedger([talks, followup, deal]))['us:purchases']!.status).toBe('dropped');
    // Only one later story: too early to call it dropped; it keeps its last status.
    expect(byKey(computeLedger([talks, followup]))['us:purchases']!.status).toBe('new');
    expect(byKey(computeLedger([talks, followup], { dropAfter: 1 }))['us:purchases']!.status).toBe('dropped');
  });

  it('computes as of an earlier article when asked, ignoring later ones', () => {
    const ledger = byKey(computeLedger([talks, followup, deal], { asOf: B }));
    expect(ledger['us:tariffs']!.lastSeen.url).toBe(B);
    expect(ledger['us:tariffs']!.status).toBe('repeated');
    expect(ledger['us:purchases']!.status).toBe('new');
  });

  it('counts syndicated copies of a story once', () => {
    const copy = {
      ...digest(
        source(
          D,
          '2026-03-09',
          followup.preconditions.map((p) => pos(p.holder, p.issue, p.stance, p.text, p.target)),
        ),
      ),
      group: B,
    };
    const ledger = byKey(computeLedger([talks, followup, copy, deal]));
    expect(ledger['us:tariffs']!.articles).toBe(3);
    // The copy is not a later story: purchases is still absent from exactly two stories.
    expect(ledger['us:purchases']!.status).toBe('dropped');
  });

  it('is empty for a thread without positions, and sorted by side then newest', () => {
    expect(computeLedger([])).toEqual([]);
    const sides = computeLedger([talks, followup, deal]).map((e) => e.sideName);
    expect(sides).toEqual([...sides].sort((a, b) => a.localeCompare(b)));
  });

  it('recognizes the softening cues the ledger promises, and not hard wording', () => {
    for (const s of ['could accept', 'is open to talks', 'stays flexible', 'is willing to wait'])
      expect(SOFTENING_CUE.test(s), s).toBe(true);
    for (const s of ['insists on', 'demands that', 'will not accept'])
      expect(SOFTENING_CUE.test(s), s).toBe(false);
  });
});
