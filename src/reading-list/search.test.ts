import { describe, expect, it } from 'vitest';
import { facetsOf, NO_FILTER, selectItems, threadLabel } from './filter';
import { generateArticles } from './generate';
import { splitArticle, type ReadingItem } from './model';
import {
  addIds,
  blockOf,
  fold,
  intersect,
  itemTerms,
  MAX_ITEM_TERMS,
  PostingChanges,
  POSTING_BLOCK,
  queryTerms,
  removeIds,
  termRange,
  tokenize,
} from './search';

const items = (n: number): ReadingItem[] => generateArticles(n).map((a, i) => splitArticle(a, i + 1).item);

describe('tokenize', () => {
  it('folds case and accents, splits CJK characters, drops overlong tokens', () => {
    expect(fold('Šefčovič')).toBe('sefcovic');
    expect(tokenize('U.S.–China talks, 2025')).toEqual(['u', 's', 'china', 'talks', '2025']);
    expect(tokenize('中美谈判')).toEqual(['中', '美', '谈', '判']);
    expect(tokenize('a'.repeat(41))).toEqual([]);
  });

  it('drops stopwords from queries unless nothing else is left', () => {
    expect(queryTerms('the steel talks')).toEqual(['steel', 'talks']);
    expect(queryTerms('the')).toEqual(['the']);
    expect(queryTerms('   ')).toEqual([]);
  });

  it('matches prefixes from three characters, whole words below', () => {
    expect(termRange('tar')).toEqual({ lower: 'tar', upper: 'tar\uffff' });
    expect(termRange('eu')).toEqual({ lower: 'eu', upper: 'eu' });
  });
});

describe('itemTerms', () => {
  const article = generateArticles(1)[0]!;

  it('indexes title, text, actors, tags and note, without stopwords', () => {
    const terms = itemTerms({ ...article, tags: ['Follow-Through'], note: 'Ask Sato' });
    for (const w of ['follow', 'through', 'ask', 'sato', ...tokenize(article.annotations.actors[2]!.name)]) {
      expect(terms).toContain(w);
    }
    expect(terms).not.toContain('the');
    expect(new Set(terms).size).toBe(terms.length);
  });

  it('keeps the short fields and the most frequent text words when capped', () => {
    const text = Array.from({ length: 3000 }, (_, i) => `w${i}`).join(' ') + ' common common';
    const terms = itemTerms({ ...article, title: 'Zanzibar', text });
    expect(terms).toHaveLength(MAX_ITEM_TERMS);
    expect(terms).toContain('zanzibar');
    expect(terms).toContain('common');
  });
});

/** An in-memory stand-in for the store's postings: the same key ranges, the same merge. */
class MemoryPostings {
  readonly records = new Map<string, { term: string; block: number; ids: Uint32Array }>();
  apply(changes: PostingChanges) {
    for (const [term, block] of changes.keys()) {
      const k = `${term}|${block}`;
      const ids = changes.apply(term, block, this.records.get(k)?.ids);
      if (ids.length) this.records.set(k, { term, block, ids });
      else this.records.delete(k);
    }
  }
  search(query: string): Set<number> | null {
    const terms = queryTerms(query);
    if (terms.length === 0) return null;
    const all = [...this.records.values()];
    return intersect(
      terms.map((t) => {
        const { lower, upper } = termRange(t);
        const out = new Set<number>();
        for (const r of all) if (r.term >= lower && r.term <= upper) for (const id of r.ids) out.add(id);
        return out;
      }),
    );
  }
}

describe('postings', () => {
  it('adds and removes ids, sorted and distinct', () => {
    expect([...addIds(Uint32Array.from([1, 5]), [3, 5, 9])]).toEqual([1, 3, 5, 9]);
    expect([...removeIds(Uint32Array.from([1, 3, 5]), new Set([3]))]).toEqual([1, 5]);
  });

  it('touches only the words and the id block an edit changed', () => {
    const c = new PostingChanges().item(POSTING_BLOCK + 2, ['trade', 'steel'], ['trade', 'dairy']);
    expect(c.keys().sort()).toEqual([
      ['dairy', 1],
      ['steel', 1],
    ]);
    expect([...c.apply('dairy', 1, undefined)]).toEqual([POSTING_BLOCK + 2]);
    expect([...c.apply('steel', 1, Uint32Array.from([POSTING_BLOCK + 2, POSTING_BLOCK + 7]))]).toEqual([
      POSTING_BLOCK + 7,
    ]);
    expect(blockOf(POSTING_BLOCK - 1)).toBe(0);
  });

  it('finds items by actor name prefix, title words, tags and text words (AND)', () => {
    const articles = generateArticles(60);
    const mem = new MemoryPostings();
    const changes = new PostingChanges();
    articles.forEach((a, i) => changes.item(i + 1, [], itemTerms(a)));
    mem.apply(changes);
    const person = articles[0]!.annotations.actors[2]!.name;
    const hits = mem.search(person.split(' ')[0]!.slice(0, 4))!;
    expect(hits.has(1)).toBe(true);
    for (const id of hits) {
      const names = articles[id - 1]!.annotations.actors.map((x) => fold(x.name)).join(' ');
      expect(names).toContain(fold(person.split(' ')[0]!.slice(0, 4)));
    }
    expect(mem.search('  ')).toBeNull();
    expect(mem.search('zzzz')!.size).toBe(0);
    const both = mem.search(
      `${articles[0]!.annotations.actors[0]!.name} ${articles[0]!.annotations.actors[1]!.name}`,
    )!;
    expect(both.has(1)).toBe(true);
    for (const id of both) {
      const names = articles[id - 1]!.annotations.actors.map((x) => x.name);
      expect(names).toEqual(
        expect.arrayContaining([
          articles[0]!.annotations.actors[0]!.name,
          articles[0]!.annotations.actors[1]!.name,
        ]),
      );
    }
  });

  it('forgets a deleted item and follows an edit', () => {
    const [a] = generateArticles(1);
    const mem = new MemoryPostings();
    mem.apply(new PostingChanges().item(7, [], itemTerms(a!)));
    const before = itemTerms(a!);
    const after = itemTerms({ ...a!, tags: ['zebra'] });
    mem.apply(new PostingChanges().item(7, before, after));
    expect([...mem.search('zebra')!]).toEqual([7]);
    mem.apply(new PostingChanges().item(7, after, []));
    expect(mem.search('zebra')!.size).toBe(0);
    expect(mem.records.size).toBe(0);
  });

  it('intersects 10,000-id sets well within the search budget', () => {
    const big = new Set(Array.from({ length: 10_000 }, (_, i) => i));
    const half = new Set(Array.from({ length: 5_000 }, (_, i) => i * 2));
    const t0 = performance.now();
    for (let i = 0; i < 20; i++) expect(intersect([big, half]).size).toBe(5_000);
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
    const hits = new Set([list[4]!.id, list[9]!.id]);
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
