import { describe, expect, it } from 'vitest';
import { facetsOf, NO_FILTER, selectItems, threadLabel } from './filter';
import { generateArticles } from './generate';
import { splitArticle, type ReadingItem } from './model';
import { fold, queryTerms, SearchIndex, textTerms, tokenize, type TextLookup } from './search';

const items = (n: number): ReadingItem[] => generateArticles(n).map((a) => splitArticle(a).item);

describe('tokenize', () => {
  it('folds case and accents, splits CJK characters, drops overlong tokens', () => {
    expect(fold('Šefčovič')).toBe('sefcovic');
    expect(tokenize('U.S.–China talks, 2025')).toEqual(['u', 's', 'china', 'talks', '2025']);
    expect(tokenize('中美谈判')).toEqual(['中', '美', '谈', '判']);
    expect(tokenize('a'.repeat(41))).toEqual([]);
  });

  it('indexes text terms without stopwords, most frequent first when capped', () => {
    expect(textTerms('The tariffs and the tariffs of a deal')).toEqual(['tariffs', 'deal']);
    const many = Array.from({ length: 2000 }, (_, i) => `w${i}`).join(' ') + ' common common';
    const terms = textTerms(many);
    expect(terms).toHaveLength(1500);
    expect(terms[0]).toBe('common');
  });

  it('drops stopwords from queries unless nothing else is left', () => {
    expect(queryTerms('the steel talks')).toEqual(['steel', 'talks']);
    expect(queryTerms('the')).toEqual(['the']);
    expect(queryTerms('   ')).toEqual([]);
  });
});

describe('SearchIndex', () => {
  const list = items(50);
  const index = new SearchIndex(list);
  const first = list[0]!;
  const person = first.actors.find((a) => a.kind === 'person')!;

  it('finds items by an actor name prefix, title words and tags', async () => {
    const byActor = await index.search(person.name.split(' ')[0]!.slice(0, 4));
    expect(byActor).not.toBeNull();
    expect(byActor!.has(first.url)).toBe(true);
    for (const url of byActor!) {
      const item = list.find((i) => i.url === url)!;
      expect(
        item.actors.some((a) => fold(a.name).includes(fold(person.name.split(' ')[0]!).slice(0, 4))),
      ).toBe(true);
    }
    const title = await index.search(`${first.title.split(' ').at(-1)!.replace(/\W/g, '')}`);
    expect(title!.has(first.url)).toBe(true);
  });

  it('ANDs query words and returns null for a blank query', async () => {
    expect(await index.search('  ')).toBeNull();
    expect((await index.search('zzzz nothing'))!.size).toBe(0);
    const both = await index.search(`${first.actors[0]!.name} ${first.actors[1]!.name}`);
    expect(both!.has(first.url)).toBe(true);
  });

  it('joins text matches from the store lookup', async () => {
    const lookup: TextLookup = async (t) => (t === 'harbourmaster' ? [first.url] : []);
    expect([...(await index.search('harbourmaster', lookup))!]).toEqual([first.url]);
    expect((await index.search('harbourmaster'))!.size).toBe(0);
  });

  it('forgets removed items and re-indexes replaced ones', async () => {
    const local = new SearchIndex(list.slice(0, 3));
    local.put({ ...list[0]!, tags: ['zebra'] });
    expect([...(await local.search('zebra'))!]).toEqual([list[0]!.url]);
    local.remove(list[0]!.url);
    expect((await local.search('zebra'))!.size).toBe(0);
    expect(local.size).toBe(2);
  });

  it('searches 10,000 items well within the budget', async () => {
    const base = items(200);
    const big = new SearchIndex(
      Array.from({ length: 10_000 }, (_, i) => ({ ...base[i % 200]!, url: `${base[i % 200]!.url}/${i}` })),
    );
    const t0 = performance.now();
    for (let i = 0; i < 20; i++) await big.search(i % 2 ? 'china steel' : 'dana');
    expect((performance.now() - t0) / 20).toBeLessThan(50);
  });
});

describe('filters and sort', () => {
  const list = items(30);

  it('filters by unread, tag, actor and thread', () => {
    const unread = selectItems(list, { ...NO_FILTER, unreadOnly: true }, 'saved-desc', null);
    expect(unread.length).toBe(list.filter((i) => !i.read).length);
    expect(unread.every((i) => !i.read)).toBe(true);
    const tag = list.find((i) => i.tags.length > 0)!.tags[0]!;
    expect(
      selectItems(list, { ...NO_FILTER, tag }, 'saved-desc', null).every((i) => i.tags.includes(tag)),
    ).toBe(true);
    const thread = list.find((i) => i.thread)!.thread!;
    const inThread = selectItems(list, { ...NO_FILTER, thread }, 'saved-desc', null);
    expect(inThread.length).toBeGreaterThan(0);
    expect(inThread.every((i) => i.thread === thread)).toBe(true);
    const actor = list[0]!.actors[2]!.id;
    expect(selectItems(list, { ...NO_FILTER, actor }, 'saved-desc', null).map((i) => i.url)).toContain(
      list[0]!.url,
    );
  });

  it('sorts by saved and published date, unknown dates last', () => {
    const desc = selectItems(list, NO_FILTER, 'saved-desc', null);
    expect(desc[0]!.savedAt).toBeGreaterThan(desc.at(-1)!.savedAt);
    const withUnknown = [...list, { ...list[0]!, url: 'https://x.example/u', published: null }];
    const pub = selectItems(withUnknown, NO_FILTER, 'published-asc', null);
    expect(pub.at(-1)!.url).toBe('https://x.example/u');
    for (let i = 1; i < pub.length - 1; i++) {
      expect(Date.parse(pub[i]!.published!)).toBeGreaterThanOrEqual(Date.parse(pub[i - 1]!.published!));
    }
  });

  it('restricts to search hits', () => {
    const hits = new Set([list[4]!.url, list[9]!.url]);
    expect(selectItems(list, NO_FILTER, 'saved-asc', hits).map((i) => i.url)).toEqual([
      list[4]!.url,
      list[9]!.url,
    ]);
  });

  it('counts facets and names threads', () => {
    const f = facetsOf(list);
    expect(f.unread).toBe(list.filter((i) => !i.read).length);
    expect(f.threads.reduce((n, t) => n + t.count, 0)).toBe(list.filter((i) => i.thread).length);
    expect(
      threadLabel(
        'cn+us/trade',
        new Map([
          ['cn', 'China'],
          ['us', 'United States'],
        ]),
      ),
    ).toBe('China – United States (trade)');
  });
});
