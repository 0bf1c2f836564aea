import { describe, expect, it } from 'vitest';
import type { LedgerEntry } from '../../core/history';
import { earlierLabel, formatDay, ledgerBySide, threadTitle, timelineWindow } from './context-model';

const entry = (
  side: string,
  sideName: string,
  issue: LedgerEntry['issue'],
  status: LedgerEntry['status'],
): LedgerEntry => ({
  side,
  sideName,
  issue,
  firstSeen: { date: '2026-01-01', url: 'https://a.example/1', title: 'A' },
  lastSeen: { date: '2026-01-09', url: 'https://a.example/2', title: 'B' },
  articles: 2,
  latestWording: 'words',
  latestStance: 'demand',
  latestHolder: sideName,
  latestTarget: null,
  status,
});

describe('context view-model', () => {
  it('orders the ledger by the thread parties, live positions before dropped ones', () => {
    const sides = ledgerBySide(
      [
        entry('wto', 'World Trade Organization', 'other', 'new'),
        entry('us', 'United States', 'purchases', 'dropped'),
        entry('us', 'United States', 'tariffs', 'repeated'),
        entry('cn', 'China', 'tariffs', 'softened'),
      ],
      ['us', 'cn'],
    );
    expect(sides.map((s) => s.sideName)).toEqual(['United States', 'China', 'World Trade Organization']);
    expect(sides[0]!.rows.map((r) => r.status)).toEqual(['repeated', 'dropped']);
    expect(sides[0]!.rows[0]!.issue).toBe('tariffs');
    expect(sides[1]!.rows[0]!.stance).toBe('demands');
  });

  it('names a thread and formats dates without shifting the day', () => {
    expect(threadTitle({ partyNames: ['China', 'United States'], subject: 'trade' })).toBe(
      'China – United States trade talks',
    );
    expect(formatDay('2019-07-31')).toBe('31 Jul 2019');
    expect(formatDay('someday')).toBe('someday');
    // Written by hand: the same as the en-GB formatter it replaces, every day of a decade.
    const intl = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    for (let t = Date.UTC(2020, 0, 1); t < Date.UTC(2030, 0, 1); t += 86_400_000)
      expect(formatDay(new Date(t).toISOString().slice(0, 10))).toBe(intl.format(t));
    expect(earlierLabel(0)).toBe('no earlier articles');
    expect(earlierLabel(2)).toBe('2 earlier articles');
  });
});

describe('timelineWindow', () => {
  const story = (n: number, current = false) => ({
    kind: 'article' as const,
    date: `2026-01-${String(1 + (n % 28)).padStart(2, '0')}`,
    url: `https://a.example/${n}`,
    title: `Story ${n}`,
    site: 'a.example',
    alsoOn: [],
    preconditions: 0,
    current,
  });
  const event = {
    kind: 'event' as const,
    date: '2026-01-01',
    status: 'held' as const,
    text: 'met',
    url: 'u',
  };

  it('keeps a short timeline whole', () => {
    const items = [story(0), event, story(1)];
    expect(timelineWindow(items)).toEqual({ items, hidden: 0 });
  });

  it('shows the stories before the current one, a few after, and the events among them', () => {
    const items = Array.from({ length: 100 }, (_, i) => [story(i, i === 60), event]).flat();
    const { items: shown, hidden } = timelineWindow(items);
    const titles = shown.flatMap((i) => (i.kind === 'article' ? [i.title] : []));
    expect(titles[0]).toBe('Story 41');
    expect(titles.at(-1)).toBe('Story 65');
    expect(hidden).toBe(100 - 25);
    expect(shown.filter((i) => i.kind === 'event')).toHaveLength(25);
    // With no current story: the newest ones.
    const newest = timelineWindow(items.map((i) => (i.kind === 'article' ? { ...i, current: false } : i)));
    expect(newest.items.flatMap((i) => (i.kind === 'article' ? [i.title] : [])).at(-1)).toBe('Story 99');
    expect(newest.items.at(-1)?.kind).toBe('event');
  });
});
