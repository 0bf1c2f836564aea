/**
 * The reading-list store over IndexedDB (through `idb`). Every write is one readwrite transaction
 * with `durability: 'strict'`, acknowledged only once committed: a save reads the stored copy and
 * writes the new one in the same transaction (two saves of one URL cannot interleave), and an import
 * writes all its items in one transaction, so a failure half-way (a full disk, a closed worker)
 * leaves the list exactly as it was. Free of extension APIs: the background writes through it, the
 * popup and the library page read through it, and the benchmark fills it from a plain page.
 */
import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
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
import { intersect, itemTerms, PostingChanges, queryTerms, termRange } from '../../reading-list/search';
import { DB_NAME, DB_VERSION, upgrade, type ReadingListDB, type StoredBody, type StoredItem } from './schema';

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
  /** Ids of the items matching every word of `query` (prefixes); null for a blank query. */
  search(query: string): Promise<Set<number> | null>;
  close(): void;
}

const STORES = ['items', 'bodies', 'postings', 'meta', 'trash'] as const;
type WriteTx = IDBPTransaction<
  ReadingListDB,
  typeof STORES extends readonly (infer S)[] ? S[] : never,
  'readwrite'
>;

function records(article: SavedArticle, id: number): { item: StoredItem; body: StoredBody; terms: string[] } {
  const { item, body } = splitArticle(article, id);
  const terms = itemTerms(article);
  return { item: { ...item, rank: -item.savedAt }, body: { ...body, terms }, terms };
}

/** A stored item as the views see it (without the index-only field). */
const lightItem = (s: StoredItem): ReadingItem => {
  const { rank: _rank, ...item } = s;
  return item;
};

/** Strips the index-only field before handing a body to joinArticle. */
const plainBody = (b: StoredBody | undefined) => {
  if (!b) return undefined;
  const { terms: _terms, ...body } = b;
  return body;
};

/** Reserves `n` fresh item ids inside the transaction; returns the first. */
async function reserveIds(tx: WriteTx, n: number): Promise<number> {
  const meta = tx.objectStore('meta');
  const first = (await meta.get('nextId'))?.value ?? 1;
  await meta.put({ key: 'nextId', value: first + n });
  return first;
}

/** Adds `delta` to the stored item count (kept so opening the list never counts 10,000 records). */
async function addToCount(tx: WriteTx, delta: number, reset = false): Promise<void> {
  const meta = tx.objectStore('meta');
  const now = reset
    ? 0
    : ((await meta.get('count'))?.value ?? (await tx.objectStore('items').count()) - delta);
  await meta.put({ key: 'count', value: Math.max(0, now + delta) });
}

/** Rewrites the posting records a change touches (and only those). */
async function writePostings(tx: WriteTx, changes: PostingChanges): Promise<void> {
  const postings = tx.objectStore('postings');
  const keys = changes.keys();
  const current = await Promise.all(keys.map((k) => postings.get(k)));
  await Promise.all(
    keys.map(([term, block], i) => {
      const ids = changes.apply(term, block, current[i]?.ids);
      return ids.length > 0 ? postings.put({ term, block, ids }) : postings.delete([term, block]);
    }),
  );
}

export async function openReadingList(name = DB_NAME): Promise<ReadingListStore> {
  const db = await openDB<ReadingListDB>(name, DB_VERSION, {
    upgrade: (database, oldVersion, _newVersion, tx) => upgrade(database, oldVersion, tx),
    // A newer schema wants to open (an extension update): step aside instead of blocking it.
    blocking: () => db.close(),
  });

  const write = (): WriteTx => db.transaction([...STORES], 'readwrite', { durability: 'strict' });

  async function get(url: string): Promise<SavedArticle | undefined> {
    const tx = db.transaction(['items', 'bodies'], 'readonly');
    const [item, body] = await Promise.all([
      tx.objectStore('items').get(url),
      tx.objectStore('bodies').get(url),
    ]);
    return item ? joinArticle(item, plainBody(body)) : undefined;
  }

  /** Aborts a failed write transaction and waits for the rollback, then rethrows. */
  async function rollback(tx: WriteTx, error: unknown): Promise<never> {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failed request.
    }
    await tx.done.catch(() => undefined);
    throw error;
  }

  return {
    db,

    async save(input, now = Date.now()) {
      const probe = buildArticle(input, undefined, now);
      if (probe === null) return null;
      const tx = write();
      try {
        const [prevItem, prevBody] = await Promise.all([
          tx.objectStore('items').get(probe.url),
          tx.objectStore('bodies').get(probe.url),
        ]);
        const previous = prevItem ? joinArticle(prevItem, plainBody(prevBody)) : undefined;
        const article = previous ? buildArticle(input, previous, now)! : probe;
        const id = prevItem?.id ?? (await reserveIds(tx, 1));
        const { item, body, terms } = records(article, id);
        await Promise.all([
          tx.objectStore('items').put(item),
          tx.objectStore('bodies').put(body),
          tx.objectStore('trash').delete(article.url),
          writePostings(tx, new PostingChanges().item(id, prevBody?.terms ?? [], terms)),
          previous ? undefined : addToCount(tx, 1),
        ]);
        await tx.done;
        notify([article.url]);
        return { article, created: previous === undefined };
      } catch (error) {
        return rollback(tx, error);
      }
    },

    get,

    item: async (url) => {
      const s = await db.get('items', url);
      return s && lightItem(s);
    },

    items: async () => (await db.getAll('items')).map(lightItem),

    newest: async (limit) => (await db.getAllFromIndex('items', 'rank', null, limit)).map(lightItem),

    count: async () => (await db.get('meta', 'count'))?.value ?? db.count('items'),

    async update(url, patch, now = Date.now()) {
      const tx = write();
      try {
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
        const next = records(after, item.id);
        if (after !== before) {
          await Promise.all([
            tx.objectStore('items').put(next.item),
            tx.objectStore('bodies').put(next.body),
            writePostings(tx, new PostingChanges().item(item.id, body?.terms ?? [], next.terms)),
          ]);
        }
        await tx.done;
        if (after !== before) notify([url]);
        return lightItem(next.item);
      } catch (error) {
        return rollback(tx, error);
      }
    },

    async remove(url, now = Date.now()) {
      const tx = write();
      try {
        const [item, body] = await Promise.all([
          tx.objectStore('items').get(url),
          tx.objectStore('bodies').get(url),
        ]);
        if (item) {
          const trash = tx.objectStore('trash');
          await Promise.all([
            trash.put({ url, deletedAt: now, article: joinArticle(item, plainBody(body)) }),
            tx.objectStore('items').delete(url),
            tx.objectStore('bodies').delete(url),
            writePostings(tx, new PostingChanges().item(item.id, body?.terms ?? [], [])),
            addToCount(tx, -1),
          ]);
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
      } catch (error) {
        return rollback(tx, error);
      }
    },

    async restore(url) {
      const tx = write();
      try {
        const entry = await tx.objectStore('trash').get(url);
        if (entry) {
          const current = await tx.objectStore('items').get(url);
          // Saved again since the delete: keep the newer save, do not overwrite it with the old copy.
          if (!current) {
            const id = await reserveIds(tx, 1);
            const { item, body, terms } = records(entry.article, id);
            await Promise.all([
              tx.objectStore('items').put(item),
              tx.objectStore('bodies').put(body),
              writePostings(tx, new PostingChanges().item(id, [], terms)),
              addToCount(tx, 1),
            ]);
          }
          await tx.objectStore('trash').delete(url);
        }
        await tx.done;
        if (entry) notify([url]);
        return entry !== undefined;
      } catch (error) {
        return rollback(tx, error);
      }
    },

    async erase() {
      const tx = write();
      try {
        const n = await tx.objectStore('items').count();
        await Promise.all(STORES.filter((s) => s !== 'meta').map((s) => tx.objectStore(s).clear()));
        await addToCount(tx, 0, true);
        await tx.done;
        notify(null);
        return n;
      } catch (error) {
        return rollback(tx, error);
      }
    },

    async importArticles(input) {
      // One record per URL even when the caller passes copies (parseImport already merges them).
      const byUrl = new Map<string, SavedArticle>();
      for (const a of input) {
        const seen = byUrl.get(a.url);
        byUrl.set(a.url, seen ? mergeArticles(seen, a) : a);
      }
      const articles = [...byUrl.values()];
      const tx = write();
      try {
        const items = tx.objectStore('items');
        const bodies = tx.objectStore('bodies');
        const previous = await Promise.all(
          articles.map(async (a) => {
            const [item, body] = await Promise.all([items.get(a.url), bodies.get(a.url)]);
            return { item, body };
          }),
        );
        const fresh = previous.filter((p) => !p.item).length;
        let nextId = fresh > 0 ? await reserveIds(tx, fresh) : 0;
        const changes = new PostingChanges();
        const puts: Promise<unknown>[] = [];
        articles.forEach((a, i) => {
          const prev = previous[i]!;
          const article = prev.item ? mergeArticles(joinArticle(prev.item, plainBody(prev.body)), a) : a;
          const id = prev.item?.id ?? nextId++;
          const { item, body, terms } = records(article, id);
          changes.item(id, prev.body?.terms ?? [], terms);
          puts.push(items.put(item), bodies.put(body));
        });
        puts.push(writePostings(tx, changes), addToCount(tx, fresh));
        await Promise.all(puts);
        await tx.done;
        notify(articles.length > 200 ? null : articles.map((a) => a.url));
        return { added: fresh, merged: articles.length - fresh };
      } catch (error) {
        return rollback(tx, error);
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

    async search(query) {
      const terms = queryTerms(query);
      if (terms.length === 0) return null;
      const postings = db.transaction('postings').store;
      const sets = await Promise.all(
        terms.map(async (t) => {
          const { lower, upper } = termRange(t);
          const records = await postings.getAll(
            IDBKeyRange.bound([lower, 0], [upper, Number.MAX_SAFE_INTEGER]),
          );
          const ids = new Set<number>();
          for (const r of records) for (const id of r.ids) ids.add(id);
          return ids;
        }),
      );
      return intersect(sets);
    },

    close: () => db.close(),
  };
}
