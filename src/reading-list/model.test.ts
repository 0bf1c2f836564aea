import { describe, expect, it } from 'vitest';
import { generateInput } from './generate';
import {
  applyPatch,
  buildArticle,
  cleanText,
  excerptOf,
  joinArticle,
  LIMITS,
  mergeArticles,
  normalizeTags,
  splitArticle,
  type SaveInput,
} from './model';

/** A short article in our own words, with one actor mention and one position. */
const input: SaveInput = {
  url: 'https://www.reuters.com/world/harbour-talks?utm_source=mail#top',
  title: 'Harbour talks resume',
  published: '2025-03-04T08:00:00Z',
  text: 'Harbour talks resume\n\nCanada wants the duties gone before any vote. Officials met again.',
  isNegotiation: true,
  parties: ['ca', 'us'],
  actors: [
    {
      id: 'ca',
      name: 'Canada',
      kind: 'country',
      side: 'Canada',
      role: null,
      mentions: [{ start: 22, end: 28 }],
    },
  ],
  preconditions: [
    {
      holder: 'ca',
      target: 'us',
      issue: 'tariffs',
      stance: 'condition',
      text: 'Canada wants the duties gone before any vote.',
      start: 22,
      end: 67,
      rule: 'cue:before',
    },
  ],
};

describe('buildArticle', () => {
  it('keys the item by the canonical URL and fills every field', () => {
    const a = buildArticle(input, undefined, 1000)!;
    expect(a.url).toBe('https://www.reuters.com/world/harbour-talks');
    expect(a.site).toBe('reuters.com');
    expect(a.savedAt).toBe(1000);
    expect(a.read).toBe(false);
    expect(a.excerpt).toBe('Canada wants the duties gone before any vote. Officials met again.');
    expect(a.annotations.thread).toBe('ca+us/trade');
    expect(a.text.slice(22, 28)).toBe('Canada');
  });

  it('a second save refreshes the page part and keeps the reader part', () => {
    const first = applyPatch(
      buildArticle(input, undefined, 1000)!,
      { read: true, tags: ['Ports'], note: 'n' },
      1500,
    );
    const again = buildArticle({ ...input, title: 'Harbour talks resume (updated)' }, first, 2000)!;
    expect(again).toMatchObject({ savedAt: 1000, updatedAt: 2000, read: true, tags: ['ports'], note: 'n' });
    expect(again.title).toBe('Harbour talks resume (updated)');
  });

  it('refuses what is not a web page', () => {
    expect(buildArticle({ ...input, url: 'javascript:alert(1)' }, undefined, 1)).toBeNull();
    expect(buildArticle({ ...input, url: 'chrome://settings' }, undefined, 1)).toBeNull();
  });

  it('cuts long text, drops marks outside it and neutralizes markup without moving offsets', () => {
    const long = 'x'.repeat(LIMITS.text + 50);
    const a = buildArticle(
      {
        ...input,
        text: long,
        actors: [{ ...input.actors![0]!, mentions: [{ start: LIMITS.text + 1, end: LIMITS.text + 5 }] }],
      },
      undefined,
      1,
    )!;
    expect(a.truncated).toBe(true);
    expect(a.text).toHaveLength(LIMITS.text);
    expect(a.annotations.actors[0]!.mentions).toEqual([]);
    const dirty = 'a <script>x</script>\u202eb\u0000';
    expect(cleanText(dirty)).toHaveLength(dirty.length);
    expect(cleanText(dirty)).not.toMatch(/<[a-z/]/i);
  });

  it('uses the URL when the page has no title', () => {
    expect(buildArticle({ ...input, title: '  ' }, undefined, 1)!.title).toBe(
      'https://www.reuters.com/world/harbour-talks',
    );
  });
});

describe('tags, excerpt, patch', () => {
  it('normalizes tags', () => {
    expect(normalizeTags(['#Trade', 'trade', '  EU  ', ''])).toEqual(['trade', 'eu']);
    expect(normalizeTags(Array.from({ length: 40 }, (_, i) => `t${i}`))).toHaveLength(LIMITS.tags);
  });

  it('cuts the excerpt at a word', () => {
    const e = excerptOf(`T\n\n${'word '.repeat(200)}`, 'T');
    expect(e.length).toBeLessThanOrEqual(LIMITS.excerpt);
    expect(e.endsWith('word…')).toBe(true);
  });

  it('returns the same object for a patch that changes nothing', () => {
    const a = buildArticle(input, undefined, 1)!;
    expect(applyPatch(a, { read: false }, 5)).toBe(a);
    expect(applyPatch(a, { read: true }, 5).updatedAt).toBe(5);
  });
});

describe('mergeArticles', () => {
  it('takes the newer page, unites tags, keeps both notes, read wins, earliest save', () => {
    const a = { ...buildArticle(input, undefined, 100)!, tags: ['a'], note: 'old note', read: true };
    const b = {
      ...buildArticle({ ...input, title: 'Newer' }, undefined, 200)!,
      tags: ['b'],
      note: 'new note',
    };
    const m = mergeArticles(a, b);
    expect(m).toMatchObject({ title: 'Newer', savedAt: 100, updatedAt: 200, read: true, tags: ['b', 'a'] });
    expect(m.note).toBe('new note\n\nold note');
    expect(mergeArticles(b, a)).toEqual(m);
  });
});

describe('split and join', () => {
  it('round-trips an article through the list and body records', () => {
    const a = buildArticle(generateInput(3), undefined, 42)!;
    const { item, body } = splitArticle(a);
    expect(item).not.toHaveProperty('text');
    expect(item.actors[0]!.count).toBe(a.annotations.actors[0]!.mentions.length);
    expect(joinArticle(item, body)).toEqual(a);
  });
});
