import { describe, expect, it } from 'vitest';
// The seed page lives outside the repo (../shared) and is read at test time only.
// eslint-disable-next-line no-restricted-imports
import { existsSync, readFileSync } from 'node:fs';
import { analyze } from './index';

const SEED = new URL('../../../shared/seed-article.txt', import.meta.url);
const present = existsSync(SEED);

describe.skipIf(!present)('seed article (../shared/seed-article.txt, article part only)', () => {
  const raw = present ? readFileSync(SEED, 'utf8') : '';
  const cut = raw.indexOf('Sign Up for Our Newsletters');
  const text = (cut >= 0 ? raw.slice(0, cut) : raw).trimEnd();
  const r = analyze({ text, published: '2019-07-10' });
  const name = (id: string | null): string | undefined => r.actors.find((a) => a.id === id)?.name;

  it('finds exactly the six actors', () => {
    expect(r.actors.map((a) => a.name).sort()).toEqual(
      [
        'China',
        'Donald Trump',
        'Robert Lighthizer',
        'The Wall Street Journal',
        'United States',
        'Xi Jinping',
      ].sort(),
    );
    expect(r.actors.find((a) => a.name === 'Robert Lighthizer')?.side).toBe('United States');
    expect(r.actors.find((a) => a.name === 'Xi Jinping')?.side).toBe('China');
  });

  it('finds the preconditions of both sides and no others', () => {
    const pool = (s: string): string => (s === 'condition' ? 'demand' : s);
    const got = new Set(r.preconditions.map((p) => `${name(p.holder)}|${p.issue}|${pool(p.stance)}`));
    expect([...got].sort()).toEqual(
      [
        'China|tariffs|demand',
        'United States|purchases|demand',
        'United States|ip_protection|demand',
        'China|balance|demand',
        'China|purchases|offer',
      ].sort(),
    );
    const tariffs = r.preconditions.find((p) => name(p.holder) === 'China' && p.issue === 'tariffs');
    expect(name(tariffs?.target ?? null)).toBe('United States');
    for (const p of r.preconditions) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it('is a trade negotiation between China and the United States', () => {
    expect(r.isArticle && r.isTrade && r.isNegotiation).toBe(true);
    expect([...r.parties].sort()).toEqual(['cn', 'us']);
  });

  it('ignores the teasers when they are cut off, and would see them otherwise', () => {
    const whole = analyze({ text: raw, published: '2019-07-10' });
    expect(whole.actors.some((a) => a.name === 'Emmanuel Macron')).toBe(true);
    expect(r.actors.some((a) => a.name === 'Emmanuel Macron')).toBe(false);
  });
});
