/**
 * The reading list, minimal for now (the full feature is issue 6): one item per article in
 * `browser.storage.local` under `reading:<url>` with its URL, title and when it was saved. Saving
 * the same URL again updates the item instead of adding a second one.
 */
import * as v from 'valibot';
import type { Storage } from './item';

export const READING_PREFIX = 'reading:';

const ReadingItemSchema = v.object({
  url: v.pipe(v.string(), v.maxLength(4_096)),
  title: v.pipe(v.string(), v.maxLength(1_000)),
  savedAt: v.number(),
});

export type ReadingItem = v.InferOutput<typeof ReadingItemSchema>;

export function parseReadingItem(raw: unknown): ReadingItem | null {
  const r = v.safeParse(ReadingItemSchema, raw);
  return r.success ? r.output : null;
}

/**
 * The key form of an article URL: http(s) only, without the fragment, so `…/story#comments` and
 * `…/story` are one item. Null for anything that is not a saveable web page.
 */
export function readingUrl(raw: string): string | null {
  if (!URL.canParse(raw)) return null;
  const url = new URL(raw);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  url.hash = '';
  return url.href;
}

export interface ReadingListStore {
  /** Saves (or updates) an article; returns the stored item, or null for a URL that cannot be saved. */
  save(page: { url: string; title: string }, now?: number): Promise<ReadingItem | null>;
  get(url: string): Promise<ReadingItem | undefined>;
  remove(url: string): Promise<void>;
  /** All items, newest first. */
  all(): Promise<ReadingItem[]>;
}

export function createReadingList(storage: Storage): ReadingListStore {
  const family = storage.family<ReadingItem, string>('local', READING_PREFIX, parseReadingItem);
  return {
    async save(page, now = Date.now()) {
      const url = readingUrl(page.url);
      if (url === null) return null;
      const item: ReadingItem = { url, title: page.title.slice(0, 1_000) || url, savedAt: now };
      await family.of(url).set(item);
      return item;
    },
    async get(url) {
      const key = readingUrl(url);
      return key === null ? undefined : family.of(key).get();
    },
    async remove(url) {
      const key = readingUrl(url);
      if (key !== null) await family.of(key).remove();
    },
    async all() {
      return (await family.entries()).map((e) => e.value).sort((a, b) => b.savedAt - a.savedAt);
    },
  };
}
