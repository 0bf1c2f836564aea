/**
 * Search over the reading list, pure: an inverted index from words to item ids. Words are folded
 * (lower case, no accents); every query word must match (AND), as a prefix, a word of the title,
 * the text, an actor's name, role or side, a tag, the note or the site.
 *
 * The store keeps one posting list per word (a sorted Uint32Array of item ids) in IndexedDB and
 * updates only the words an edit touched. A query then reads the posting lists of the words that
 * start with each query word (one key range per word) and intersects them: the cost follows the
 * number of matches, never the size of the texts, so the list opens without loading any index.
 */
import type { SavedArticle } from './model';

/** Words too common to be worth an index entry. */
const STOPWORDS = new Set(
  (
    'a an and are as at be been but by for from had has have he her his i if in into is it its of on or ' +
    'our she so than that the their them then there these they this to was we were what when which who ' +
    'will with would you your not no said says also after over about more up out'
  ).split(' '),
);

/** Han, kana and Hangul are written without spaces: each character is a word of its own. */
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/u;
const WORD = /[\p{L}\p{N}]+/gu;
/** Longest word kept; longer "words" are hashes and URLs nobody types. */
const MAX_TERM = 40;
/** Most words indexed per item (the rarer words of a very long text are dropped). */
export const MAX_ITEM_TERMS = 2_000;
/** Query words shorter than this match whole words only (a two-letter prefix matches half the index). */
export const PREFIX_MIN = 3;

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

const indexable = (w: string) => !STOPWORDS.has(w) && (w.length > 1 || CJK.test(w));

/**
 * The distinct index words of an item: every word of its short fields (title, site, tags, note,
 * actors), then the text's words, most frequent first when there are more than MAX_ITEM_TERMS.
 */
export function itemTerms(
  a: Pick<SavedArticle, 'title' | 'site' | 'tags' | 'note' | 'text'> & {
    annotations: { actors: ReadonlyArray<{ name: string; role: string | null; side: string | null }> };
  },
): string[] {
  const short = [a.title, a.site, a.note, ...a.tags];
  for (const x of a.annotations.actors) short.push(x.name, x.role ?? '', x.side ?? '');
  const out = new Set(tokenize(short.join(' ')).filter(indexable));
  const counts = new Map<string, number>();
  for (const w of tokenize(a.text)) {
    if (!out.has(w) && indexable(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const room = MAX_ITEM_TERMS - out.size;
  const words =
    counts.size <= room ? [...counts.keys()] : [...counts].sort((x, y) => y[1] - x[1]).map(([w]) => w);
  for (const w of words.slice(0, Math.max(0, room))) out.add(w);
  return [...out];
}

/**
 * The words of a query, distinct, in order; stopwords and one-letter words are left out (they are
 * not indexed) unless nothing else is left. Empty for a blank query.
 */
export function queryTerms(query: string): string[] {
  const all = [...new Set(tokenize(query.slice(0, 500)))];
  const useful = all.filter(indexable);
  return (useful.length > 0 ? useful : all).slice(0, 12);
}

/** The key range of index words a query word matches: a prefix range, or the word alone when short. */
export function termRange(term: string): { lower: string; upper: string } {
  return term.length >= PREFIX_MIN ? { lower: term, upper: `${term}\uffff` } : { lower: term, upper: term };
}

/** Sorted, distinct ids: `list` plus `add`. */
export function addIds(list: Uint32Array | undefined, add: readonly number[]): Uint32Array {
  const set = new Set(list ?? []);
  for (const id of add) set.add(id);
  return Uint32Array.from([...set].sort((x, y) => x - y));
}

/** `list` without `remove`. */
export function removeIds(list: Uint32Array, remove: ReadonlySet<number>): Uint32Array {
  return list.filter((id) => !remove.has(id));
}

/** Item ids per posting record: a save rewrites only its own block of each word's list. */
export const POSTING_BLOCK = 1_024;

/** The record key of word `term` for item `id`. */
export const blockOf = (id: number) => Math.floor(id / POSTING_BLOCK);

/**
 * Changes to the posting records when items' words change. `before`/`after` are an item's words
 * before and after the change (empty for a new or a deleted item).
 */
export class PostingChanges {
  readonly #add = new Map<string, number[]>();
  readonly #remove = new Map<string, Set<number>>();
  readonly #keys = new Map<string, [string, number]>();

  #key(term: string, id: number): string {
    const block = blockOf(id);
    const k = `${term}\u0001${block}`;
    if (!this.#keys.has(k)) this.#keys.set(k, [term, block]);
    return k;
  }

  item(id: number, before: readonly string[], after: readonly string[]): this {
    const old = new Set(before);
    const now = new Set(after);
    for (const w of now) {
      if (old.has(w)) continue;
      const k = this.#key(w, id);
      (this.#add.get(k) ?? this.#add.set(k, []).get(k)!).push(id);
    }
    for (const w of old) {
      if (now.has(w)) continue;
      const k = this.#key(w, id);
      (this.#remove.get(k) ?? this.#remove.set(k, new Set()).get(k)!).add(id);
    }
    return this;
  }

  /** Every posting record (`[term, block]`) that changes. */
  keys(): Array<[string, number]> {
    return [...this.#keys.values()];
  }

  /** The new ids of record `[term, block]` (empty: delete the record). */
  apply(term: string, block: number, list: Uint32Array | undefined): Uint32Array {
    const k = `${term}\u0001${block}`;
    const removed = this.#remove.get(k);
    let out = list && removed ? removeIds(list, removed) : list;
    const added = this.#add.get(k);
    if (added) out = addIds(out, added);
    return out ?? new Uint32Array(0);
  }
}

/** The ids in every one of `sets` (smallest first, so the work follows the rarest word). */
export function intersect(sets: ReadonlyArray<ReadonlySet<number>>): Set<number> {
  const sorted = [...sets].sort((a, b) => a.size - b.size);
  const [first, ...rest] = sorted;
  const out = new Set<number>();
  if (!first) return out;
  for (const id of first) if (rest.every((s) => s.has(id))) out.add(id);
  return out;
}
