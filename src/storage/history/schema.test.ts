import { describe, expect, it } from 'vitest';
import { computeLedger } from '../../core/history';
import { migrateDigestV1 } from './schema';
import { V1_RECORDS } from './v1-fixture';
import { threadSummaryOf } from './summary';

describe('migrateDigestV1', () => {
  it('fills every v2 field: side, pair, thread, date, site, group', () => {
    const [a, b] = V1_RECORDS.map(migrateDigestV1);
    expect(a!.preconditions[0]!.side).toBe('us');
    expect(a!.thread).toBe('cn+us/trade');
    expect(b!.thread).toBe(a!.thread);
    expect(a!.date).toBe('2025-11-02');
    expect(b!.date).toBe('2025-11-20');
    expect(b!.site).toBe('apnews.com');
    expect(a!.group).toBe(a!.url);
    expect(a!.actorIds).toEqual(['us', 'cn', 'p:jane-roe']);
    expect(a!.titleKey).toBe('old talks story');
  });

  it('gives digests the ledger can read', () => {
    const ledger = computeLedger(V1_RECORDS.map(migrateDigestV1));
    expect(ledger).toHaveLength(1);
    expect(ledger[0]).toMatchObject({ side: 'us', issue: 'tariffs', articles: 2, status: 'softened' });
  });
});

describe('threadSummaryOf', () => {
  it('takes the first and last dates and names the parties', () => {
    const digests = V1_RECORDS.map(migrateDigestV1);
    const s = threadSummaryOf('cn+us/trade', digests, 1, 9)!;
    expect(s).toMatchObject({ firstDate: '2025-11-02', lastDate: '2025-11-20', articles: 9 });
    expect(s.partyNames).toEqual(['China', 'United States']);
    expect(threadSummaryOf('x', [], 1)).toBeNull();
  });
});
