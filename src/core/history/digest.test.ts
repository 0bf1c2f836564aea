import { describe, expect, it } from 'vitest';
import { buildDigest, canonicalUrl, dayOf, DIGEST_LIMITS } from './digest';
import { fingerprintOf, groupFor, isSameStory, titleKeyOf } from './syndication';
import { pairKeyOf, subjectOf } from './thread';
import { CN, digest, pos, source, US } from './test-fixtures';
import type { Actor } from '../types';

describe('canonicalUrl', () => {
  it('drops the fragment and tracking parameters and orders the rest', () => {
    expect(canonicalUrl('https://www.reuters.com/a?utm_source=x&b=2&a=1#top')).toBe(
      'https://www.reuters.com/a?a=1&b=2',
    );
    expect(canonicalUrl('https://www.reuters.com/a?fbclid=1')).toBe('https://www.reuters.com/a');
  });
  it('refuses what is not a web page', () => {
    expect(canonicalUrl('chrome://newtab')).toBeNull();
    expect(canonicalUrl('not a url')).toBeNull();
  });
});

describe('buildDigest', () => {
  it('keeps dates, parties, thread and the side each position speaks for', () => {
    const d = digest(
      source('https://www.reuters.com/a#x', '2026-03-01T08:00:00Z', [
        pos('p:jane-roe', 'tariffs', 'demand', 'Cut tariffs.'),
      ]),
    );
    expect(d.url).toBe('https://www.reuters.com/a');
    expect(d.site).toBe('reuters.com');
    expect(d.date).toBe('2026-03-01');
    expect(d.pair).toBe('cn+us');
    expect(d.thread).toBe('cn+us/trade');
    expect(d.preconditions[0]!.side).toBe('us');
    expect(d.actorIds).toContain('p:jane-roe');
  });

  it('dates an undated article by its first sighting and keeps first sighting and group on re-read', () => {
    const now = Date.parse('2026-04-02T10:00:00Z');
    const first = buildDigest(source('https://x.com/a', null, []), now)!;
    expect(first.date).toBe('2026-04-02');
    const again = buildDigest(source('https://x.com/a', null, []), now + 86_400_000, {
      firstSeen: now,
      group: 'https://y.com/b',
    })!;
    expect(again.firstSeen).toBe(now);
    expect(again.lastSeen).toBe(now + 86_400_000);
    expect(again.group).toBe('https://y.com/b');
  });

  it('stays bounded whatever the page held, keeping the actors positions need', () => {
    const many: Actor[] = Array.from({ length: 500 }, (_, i) => ({
      id: `p:n${i}`,
      name: 'N'.repeat(1_000),
      kind: 'person',
      side: null,
      role: null,
      mentions: Array.from({ length: 3 }, () => ({ start: 0, end: 1, text: 'N' })),
    }));
    const huge = source(
      'https://x.com/big',
      '2026-01-01',
      Array.from({ length: 900 }, () => pos('cn', 'tariffs', 'demand', 'word '.repeat(2_000))),
      {
        title: 'T'.repeat(5_000),
        actors: [...many, US, CN],
        events: Array.from({ length: 300 }, () => ({
          status: 'held' as const,
          date: null,
          text: 'x'.repeat(5_000),
          start: 0,
          end: 1,
        })),
      },
    );
    const d = digest(huge);
    expect(d.actors.length).toBeLessThanOrEqual(DIGEST_LIMITS.actors);
    expect(d.actorIds).toEqual(expect.arrayContaining(['us', 'cn']));
    expect(d.preconditions).toHaveLength(DIGEST_LIMITS.preconditions);
    expect(d.title.length).toBeLessThanOrEqual(DIGEST_LIMITS.title);
    expect(JSON.stringify(d).length).toBeLessThan(40_000);
  });

  it('reads ISO dates and date-times', () => {
    expect(dayOf('2026-03-01T23:00:00-05:00')).toBe('2026-03-01');
    expect(dayOf('March 4, 2026')).toMatch(/^2026-03-0[34]$/);
    expect(dayOf('soon')).toBeNull();
  });
});

describe('threads', () => {
  it('meets US-China and China-US articles in one pair', () => {
    expect(pairKeyOf(['us', 'cn'])).toBe(pairKeyOf(['cn', 'us', 'cn']));
  });
  it('splits an all-export-controls article into its own track, not one stray sentence', () => {
    const ec = (n: number) => Array.from({ length: n }, () => pos('us', 'export_controls', 'demand', 'x'));
    expect(subjectOf({ preconditions: ec(3) })).toBe('export-controls');
    expect(subjectOf({ preconditions: ec(1) })).toBe('trade');
    expect(subjectOf({ preconditions: [...ec(3), pos('cn', 'tariffs', 'demand', 'y')] })).toBe('trade');
  });
});

describe('syndication', () => {
  const a = digest(
    source('https://www.reuters.com/a', '2026-03-01', [], {
      title: 'US and China resume trade talks in Geneva - Reuters',
    }),
  );
  const b = digest(
    source('https://www.cnbc.com/b', '2026-03-02', [], {
      title: 'US and China resume trade talks in Geneva | CNBC',
    }),
  );
  const late = digest(
    source('https://www.cnbc.com/c', '2026-05-02', [], {
      title: 'US and China resume trade talks in Geneva',
    }),
  );

  it('matches the same headline within two days, whatever the site suffix', () => {
    expect(titleKeyOf(a.title)).toBe('us and china resume trade talks in geneva');
    expect(isSameStory(a, b)).toBe(true);
    expect(isSameStory(a, late)).toBe(false);
  });

  it('matches restyled copies by their sentences', () => {
    const s1 = ['Washington wants tariffs cut.', 'Beijing offered more soybeans.'];
    const s2 = ['Beijing offered more soybeans', '“Washington wants tariffs cut”'];
    expect(fingerprintOf(s1)).toBe(fingerprintOf(s2));
    expect(fingerprintOf(s1)).not.toBe(fingerprintOf(['Washington wants tariffs cut.', 'Beijing refused.']));
    expect(fingerprintOf(['one sentence only'])).toBe('');
  });

  it('joins the group of the earliest copy', () => {
    const c = { ...b, url: 'https://www.ft.com/c', firstSeen: b.firstSeen + 5 };
    expect(groupFor(c, [b, a])).toBe(a.group);
    expect(groupFor(late, [a, b])).toBe(late.url);
  });
});
