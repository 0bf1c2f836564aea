/**
 * Search over the reading list, pure. Words are folded (lower case, no accents) and every query
 * word must match (AND), as a prefix, in the title, an actor's name, role or side, a tag, the note,
 * the site, or the article's text. The light fields are indexed in memory here (a sorted term list,
 * so a prefix is two binary searches); the texts' terms live in the store's IndexedDB index, which
 * answers through `TextLookup`, so 10,000 texts never have to be loaded to search them.
 */
import type { ReadingItem } from './model';

/** Words too common to be worth an index entry in article texts. */
const STOPWORDS = new Set(
  (
    'a an and are as at be been but by for from had has have he her his i if in into is it its of on or ' +
    'our she so than that the their them then there these they this to was we were what when which who ' +
    'will with would you your not no said says also after over about more up out new one two'
  ).split(' '),
);

/** Han, kana and Hangul are written without spaces: each character is a word of its own. */
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/u;
const WORD = /[\p{L}\p{N}]+/gu;
/** Longest term kept; longer "words" are hashes and URLs nobody types. */
const MAX_TERM = 40;

/** Lower case without diacritics ("Šefčovič" -> "sefcovic"). */
export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** The folded words of a string, in order, with repeats. */
export function tokenize(s: string): string[] {
  const out: string[] = [];
  for (const m of fold(s).matchAll(WORD)) {
    const w = m[0];
    if (CJK.test(w)) {
      for (const ch of w) out.push(ch);
    } else if (w.length <= MAX_TERM) {
      out.push(w);
    }
  }
  return out;
}

/** Most terms of one text that go into the store's index (the rarer words of a very long text are dropped). */
export const MAX_TEXT_TERMS = 1_500;

/**
 * The distinct index terms of an article text: no stopwords, no one-letter words (except CJK),
 * the most frequent first when the text has more than MAX_TEXT_TERMS.
 */
export function textTerms(text: string): string[] {
  const counts = new Map<string, number>();
  for (const w of tokenize(text)) {
    if (STOPWORDS.has(w) || (w.length < 2 && !CJK.test(w))) continue;
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  if (counts.size <= MAX_TEXT_TERMS) return [...counts.keys()];
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_TEXT_TERMS)
    .map(([w]) => w);
}

/**
 * The words of a query, distinct, in order; stopwords and one-letter words are left out (texts do
 * not index them) unless nothing else is left. Empty for a blank query.
 */
export function queryTerms(query: string): string[] {
  const all = [...new Set(tokenize(query.slice(0, 500)))];
  const useful = all.filter((w) => !STOPWORDS.has(w) && (w.length > 1 || CJK.test(w)));
  return (useful.length > 0 ? useful : all).slice(0, 12);
}

/** The words of an item's light fields. */
export function itemTerms(item: ReadingItem): string[] {
  const parts = [item.title, item.site, item.note, ...item.tags];
  for (const a of item.actors) parts.push(a.name, a.role ?? '', a.side ?? '');
  return [...new Set(tokenize(parts.join(' ')))];
}

/** Article-text matches for one query word: the URLs of items whose text has a word starting with it. */
export type TextLookup = (term: string) => Promise<Iterable<string>>;

/** First index in the sorted array whose element is >= key. */
function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** An in-memory index of the light fields of the list, kept in step with the store's changes. */
export class SearchIndex {
  readonly #postings = new Map<string, Set<string>>();
  readonly #termsOf = new Map<string, string[]>();
  #sorted: string[] | null = null;

  constructor(items: Iterable<ReadingItem> = []) {
    for (const item of items) this.put(item);
  }

  get size(): number {
    return this.#termsOf.size;
  }

  /** Adds or replaces an item. */
  put(item: ReadingItem): void {
    this.remove(item.url);
    const terms = itemTerms(item);
    this.#termsOf.set(item.url, terms);
    for (const t of terms) {
      let set = this.#postings.get(t);
      if (!set) {
        set = new Set();
        this.#postings.set(t, set);
        this.#sorted = null;
      }
      set.add(item.url);
    }
  }

  remove(url: string): void {
    const terms = this.#termsOf.get(url);
    if (!terms) return;
    this.#termsOf.delete(url);
    for (const t of terms) {
      const set = this.#postings.get(t);
      set?.delete(url);
      if (set?.size === 0) {
        this.#postings.delete(t);
        this.#sorted = null;
      }
    }
  }

  /** URLs of items with a light-field word starting with `term`. */
  prefix(term: string): Set<string> {
    this.#sorted ??= [...this.#postings.keys()].sort();
    const sorted = this.#sorted;
    const out = new Set<string>();
    for (let i = lowerBound(sorted, term); i < sorted.length && sorted[i]!.startsWith(term); i++) {
      for (const url of this.#postings.get(sorted[i]!)!) out.add(url);
    }
    return out;
  }

  /**
   * URLs matching every word of `query` (in a light field or, through `text`, in the text); null
   * for a blank query, meaning "no search: everything".
   */
  async search(query: string, text?: TextLookup): Promise<Set<string> | null> {
    const terms = queryTerms(query);
    if (terms.length === 0) return null;
    const perTerm = await Promise.all(
      terms.map(async (t) => {
        const hits = this.prefix(t);
        if (text) for (const url of await text(t)) hits.add(url);
        return hits;
      }),
    );
    perTerm.sort((a, b) => a.size - b.size);
    const [first, ...rest] = perTerm;
    const out = new Set<string>();
    for (const url of first!) if (rest.every((s) => s.has(url))) out.add(url);
    return out;
  }
}
