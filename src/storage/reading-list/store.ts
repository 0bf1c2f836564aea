/**
 * The reading-list store over IndexedDB (through `idb`). Every write is one readwrite transaction
 * with `durability: 'strict'`, acknowledged only once committed: a save reads the stored copy and
 * writes the new one in the same transaction (two saves of one URL cannot interleave), and an import
 * writes all its items in one transaction, so a failure half-way (a full disk, a closed worker)
 * leaves the list exactly as it was. Free of extension APIs: the background writes through it, the
 * popup and the library page read through it, and the benchmark fills it from a plain page.
 */
import { openDB, type IDBPDatabase } from 'idb';
import {
  applyPatch,
  buildArticle,
  joinArticle,
  mergeArticles,
  splitArticle,
  type ItemPatch,
  type ReadingItem,
  type SaveInput,
  type SavedArticle,
} from '../../reading-list/model';
import { textTerms, type TextLookup } from '../../reading-list/search';
import { DB_NAME, DB_VERSION, upgrade, type ReadingListDB, type StoredBody } from './schema';

/**
 * Pages showing the list hear of every committed write here (`{urls}`; `urls: null` means "reload
 * everything"), so a save from the context menu appears in an open library page at once.
 */
export const CHANGES_CHANNEL = 'parley-reading-list';

export interface ChangeNotice {
  urls: string[] | null;
}

/** Tells open pages what changed; a context without BroadcastChannel simply has no listeners. */
function notify(urls: string[] | null): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANGES_CHANNEL);
  channel.postMessage({ urls } satisfies ChangeNotice);
  channel.close();
}

/** Calls `cb` with every change notice until `signal` aborts. */
export function watchChanges(cb: (notice: ChangeNotice) => void, signal: AbortSignal): void {
  if (typeof BroadcastChannel === 'undefined' || signal.aborted) return;
  const channel = new BroadcastChannel(CHANGES_CHANNEL);
  channel.onmessage = (e: MessageEvent<ChangeNotice>) => cb(e.data);
  signal.addEventListener('abort', () => channel.close(), { once: true });
}

/** How long a deleted item can be brought back. */
export const UNDO_MS = 10 * 60_000;
/** Query words shorter than this match whole words only in texts (a two-letter prefix matches half the index). */
const TEXT_PREFIX_MIN = 3;

export interface SaveResult {
  article: SavedArticle;
  /** False when the URL was already in the list (the save updated it). */
  created: boolean;
}

export interface ImportSummary {
  /** Items new to the list. */
  added: number;
  /** Items merged into one already in the list (same URL). */
  merged: number;
}

export interface ReadingListStore {
  readonly db: IDBPDatabase<ReadingListDB>;
  /** Saves (or updates) an article; null when its URL is not a web page. */
  save(input: SaveInput, now?: number): Promise<SaveResult | null>;
  /** The complete article (with text and marks). */
  get(url: string): Promise<SavedArticle | undefined>;
  /** The light item of one URL. */
  item(url: string): Promise<ReadingItem | undefined>;
  /** Every light item, in no particular order. */
  items(): Promise<ReadingItem[]>;
  /** The newest `limit` light items by save date: the first screen of the list without reading it all. */
  newest(limit: number): Promise<ReadingItem[]>;
  count(): Promise<number>;
  /** Applies a reader's edit; null when the URL is not in the list. */
  update(url: string, patch: ItemPatch, now?: number): Promise<ReadingItem | null>;
  /** Moves an item to the trash (undo with `restore` for UNDO_MS); false when it was not there. */
  remove(url: string, now?: number): Promise<boolean>;
  /** Brings a deleted item back; false when it is not in the trash (any more). */
  restore(url: string): Promise<boolean>;
  /** Deletes everything, trash included; returns how many items went. */
  erase(): Promise<number>;
  /** Writes a validated import in one transaction, merging items whose URL is already listed. */
  importArticles(articles: readonly SavedArticle[]): Promise<ImportSummary>;
  /** Every article, complete, newest save first (for export). */
  exportAll(): Promise<SavedArticle[]>;
  /** URLs of items whose text has a word starting with `term` (for SearchIndex.search). */
  textLookup: TextLookup;
  close(): void;
}

function bodyRecord(article: SavedArticle): { item: ReadingItem; body: StoredBody } {
  const { item, body } = splitArticle(article);
  return { item, body: { ...body, terms: textTerms(`${article.title}\n${article.text}`) } };
}

/** Strips the index-only field before handing a body to joinArticle. */
const plainBody = (b: StoredBody | undefined) => {
  if (!b) return undefined;
  const { terms: _terms, ...body } = b;
  return body;
};

export async function openReadingList(name = DB_NAME): Promise<ReadingListStore> {
  const db = await openDB<ReadingListDB>(name, DB_VERSION, {
    upgrade: (database, oldVersion, _newVersion, tx) => upgrade(database, oldVersion, tx),
    // A newer schema wants to open (an extension update): step aside instead of blocking it.
    blocking: () => db.close(),
  });

  const write = () => db.transaction(['items', 'bodies', 'trash'], 'readwrite', { durability: 'strict' });

  async function get(url: string): Promise<SavedArticle | undefined> {
    const tx = db.transaction(['items', 'bodies'], 'readonly');
    const [item, body] = await Promise.all([
      tx.objectStore('items').get(url),
      tx.objectStore('bodies').get(url),
    ]);
    return item ? joinArticle(item, plainBody(body)) : undefined;
  }

  return {
    db,

    async save(input, now = Date.now()) {
      const probe = buildArticle(input, undefined, now);
      if (probe === null) return null;
      const tx = write();
      const items = tx.objectStore('items');
      const bodies = tx.objectStore('bodies');
      const [prevItem, prevBody] = await Promise.all([items.get(probe.url), bodies.get(probe.url)]);
      const previous = prevItem ? joinArticle(prevItem, plainBody(prevBody)) : undefined;
      const article = previous ? buildArticle(input, previous, now)! : probe;
      const { item, body } = bodyRecord(article);
      await Promise.all([items.put(item), bodies.put(body), tx.objectStore('trash').delete(article.url)]);
      await tx.done;
      notify([article.url]);
      return { article, created: previous === undefined };
    },

    get,

    item: (url) => db.get('items', url),

    items: () => db.getAll('items'),

    async newest(limit) {
      const out: ReadingItem[] = [];
      let cursor = await db.transaction('items').store.index('savedAt').openCursor(null, 'prev');
      while (cursor && out.length < limit) {
        out.push(cursor.value);
        cursor = await cursor.continue();
      }
      return out;
    },

    count: () => db.count('items'),

    async update(url, patch, now = Date.now()) {
      const tx = write();
      const [item, body] = await Promise.all([
        tx.objectStore('items').get(url),
        tx.objectStore('bodies').get(url),
      ]);
      if (!item) {
        await tx.done;
        return null;
      }
      const before = joinArticle(item, plainBody(body));
      const after = applyPatch(before, patch, now);
      if (after !== before) await tx.objectStore('items').put(splitArticle(after).item);
      await tx.done;
      if (after !== before) notify([url]);
      return splitArticle(after).item;
    },

    async remove(url, now = Date.now()) {
      const tx = write();
      const [item, body] = await Promise.all([
        tx.objectStore('items').get(url),
        tx.objectStore('bodies').get(url),
      ]);
      if (item) {
        const trash = tx.objectStore('trash');
        await trash.put({ url, deletedAt: now, article: joinArticle(item, plainBody(body)) });
        await Promise.all([tx.objectStore('items').delete(url), tx.objectStore('bodies').delete(url)]);
        // Old trash goes while we are here: nothing else needs to wake up for it.
        let old = await trash.index('deletedAt').openCursor(IDBKeyRange.upperBound(now - UNDO_MS));
        while (old) {
          await old.delete();
          old = await old.continue();
        }
      }
      await tx.done;
      if (item) notify([url]);
      return item !== undefined;
    },

    async restore(url) {
      const tx = write();
      const entry = await tx.objectStore('trash').get(url);
      if (entry) {
        const current = await tx.objectStore('items').get(url);
        // Saved again since the delete: keep the newer save, do not overwrite it with the old copy.
        if (!current) {
          const { item, body } = bodyRecord(entry.article);
          await Promise.all([tx.objectStore('items').put(item), tx.objectStore('bodies').put(body)]);
        }
        await tx.objectStore('trash').delete(url);
      }
      await tx.done;
      if (entry) notify([url]);
      return entry !== undefined;
    },

    async erase() {
      const tx = write();
      const n = await tx.objectStore('items').count();
      await Promise.all([
        tx.objectStore('items').clear(),
        tx.objectStore('bodies').clear(),
        tx.objectStore('trash').clear(),
      ]);
      await tx.done;
      notify(null);
      return n;
    },

    async importArticles(articles) {
      const tx = write();
      const items = tx.objectStore('items');
      const bodies = tx.objectStore('bodies');
      try {
        const previous = await Promise.all(
          articles.map(async (a) => {
            const [item, body] = await Promise.all([items.get(a.url), bodies.get(a.url)]);
            return item ? joinArticle(item, plainBody(body)) : undefined;
          }),
        );
        let merged = 0;
        const puts: Promise<unknown>[] = [];
        articles.forEach((a, i) => {
          const prev = previous[i];
          if (prev) merged++;
          const { item, body } = bodyRecord(prev ? mergeArticles(prev, a) : a);
          puts.push(items.put(item), bodies.put(body));
        });
        await Promise.all(puts);
        await tx.done;
        notify(articles.length > 200 ? null : articles.map((a) => a.url));
        return { added: articles.length - merged, merged };
      } catch (error) {
        // A failed request aborts the transaction by itself; make sure, and wait for the rollback.
        try {
          tx.abort();
        } catch {
          // Already aborted.
        }
        await tx.done.catch(() => undefined);
        throw error;
      }
    },

    async exportAll() {
      const tx = db.transaction(['items', 'bodies'], 'readonly');
      const [items, bodies] = await Promise.all([
        tx.objectStore('items').getAll(),
        tx.objectStore('bodies').getAll(),
      ]);
      const byUrl = new Map(bodies.map((b) => [b.url, b]));
      return items
        .map((i) => joinArticle(i, plainBody(byUrl.get(i.url))))
        .sort((a, b) => b.savedAt - a.savedAt);
    },

    async textLookup(term) {
      const range =
        term.length >= TEXT_PREFIX_MIN ? IDBKeyRange.bound(term, `${term}\uffff`) : IDBKeyRange.only(term);
      return db.getAllKeysFromIndex('bodies', 'terms', range);
    },

    close: () => db.close(),
  };
}
