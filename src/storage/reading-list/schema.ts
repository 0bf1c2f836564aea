/**
 * The reading list's database: its own IndexedDB database in the extension's origin (apart from the
 * history's `parley` database, so neither schema's versions wait on the other's), its schema
 * version and migrations.
 *
 * Versions:
 * 1. `items` (key: canonical URL; the light record the list shows; indexes: rank = -savedAt, so the
 *    newest page is one `getAll(null, n)`, and id, unique), `bodies` (key: URL; text, marks and the
 *    item's index words), `postings` (key: [word, block]; the sorted ids of the items of one block of
 *    POSTING_BLOCK ids that contain the word: the search index), `meta` (the next item id),
 *    `trash` (key: URL; deleted items kept for undo; index: deletedAt).
 *
 * Before IndexedDB the list lived in `browser.storage.local` as `reading:<url>` = {url, title,
 * savedAt}; `migrateLegacyItem` turns one of those into an article (the background moves them once).
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import {
  buildArticle,
  type ArticleBody,
  type ReadingItem,
  type SavedArticle,
} from '../../reading-list/model';

export const DB_NAME = 'parley-reading-list';
/** Bump with a new step in `upgrade`; never edit a shipped step. */
export const DB_VERSION = 1;

export interface StoredItem extends ReadingItem {
  /** -savedAt: the `rank` index lists the newest first in key order. */
  rank: number;
}

export interface StoredBody extends ArticleBody {
  /** The item's index words (itemTerms), so a change can update exactly the postings it touches. */
  terms: string[];
}

export interface Posting {
  term: string;
  block: number;
  ids: Uint32Array;
}

export interface TrashEntry {
  url: string;
  deletedAt: number;
  article: SavedArticle;
}

export interface ReadingListDB extends DBSchema {
  items: { key: string; value: StoredItem; indexes: { rank: number; id: number } };
  bodies: { key: string; value: StoredBody };
  postings: { key: [string, number]; value: Posting };
  meta: { key: string; value: { key: string; value: number } };
  trash: { key: string; value: TrashEntry; indexes: { deletedAt: number } };
}

type UpgradeTx = IDBPTransaction<ReadingListDB, StoreNames<ReadingListDB>[], 'versionchange'>;

/** Runs every migration step between the profile's version and DB_VERSION, in order. */
export function upgrade(db: IDBPDatabase<ReadingListDB>, oldVersion: number, _tx: UpgradeTx): void {
  if (oldVersion < 1) {
    const items = db.createObjectStore('items', { keyPath: 'url' });
    items.createIndex('rank', 'rank');
    items.createIndex('id', 'id', { unique: true });
    db.createObjectStore('bodies', { keyPath: 'url' });
    db.createObjectStore('postings', { keyPath: ['term', 'block'] });
    db.createObjectStore('meta', { keyPath: 'key' });
    const trash = db.createObjectStore('trash', { keyPath: 'url' });
    trash.createIndex('deletedAt', 'deletedAt');
  }
}

/** The pre-IndexedDB item (`reading:<url>` in storage.local). */
export interface LegacyItem {
  url: string;
  title: string;
  savedAt: number;
}

/** Pure: a legacy item as an article without text (it was never kept); null when its URL is not a page. */
export function migrateLegacyItem(old: LegacyItem): SavedArticle | null {
  const article = buildArticle({ url: old.url, title: old.title, text: '' }, undefined, old.savedAt);
  return article && { ...article, excerpt: '' };
}
