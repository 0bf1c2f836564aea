import { describe, expect, it } from 'vitest';
import { generateHistory } from './generate';
import { computeLedger } from './ledger';

describe('generateHistory', () => {
  it('is deterministic and fills a hot US-China thread the ledger can read', () => {
    const a = generateHistory({ articles: 400, seed: 7 });
    const b = generateHistory({ articles: 400, seed: 7 });
    expect(a.map((d) => d.url)).toEqual(b.map((d) => d.url));
    expect(new Set(a.map((d) => d.url)).size).toBe(400);
    const hot = a.filter((d) => d.thread === 'cn+us/trade');
    expect(hot.length).toBeGreaterThan(3);
    const ledger = computeLedger(hot);
    expect(ledger.length).toBeGreaterThan(5);
    expect(new Set(ledger.map((e) => e.status)).size).toBeGreaterThan(1);
    const avg = JSON.stringify(a).length / a.length;
    expect(avg).toBeGreaterThan(1_000);
    expect(avg).toBeLessThan(8_000);
  });
});
