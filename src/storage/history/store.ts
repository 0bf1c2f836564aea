/**
 * The history store over IndexedDB (through `idb`): one readwrite transaction per write, so two
 * tabs recording at once serialize instead of overwriting each other, and a write is acknowledged
 * only once its transaction committed (`durability: 'strict'`), so a worker stopped afterwards loses
 * nothing acknowledged. Free of browser-extension APIs: it runs in the background, the popup, and
 * in the e2e tests' plain pages alike.
 */
import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import {
  buildDigest,
  computeLedger,
  buildTimeline,
  groupFor,
  type ArticleDigest,
  type DigestSource,
  type LedgerEntry,
  type ThreadSummary,
  type TimelineItem,
} from '../../core/history';
import { DB_NAME, DB_VERSION, upgrade, type HistoryDB } from './schema';
import { threadSummaryOf } from './summary';
import { withQuotaRetry } from './quota';

/** Newest articles of a thread the context view reads; older ones still count in the summary. */
export const THREAD_READ_LIMIT = 400;
/** Share of the history dropped, oldest first, when the disk quota is full. */
export const PRUNE_SHARE = 0.1;
/** How many same-title or same-fingerprint candidates are compared when grouping copies. */
const CANDIDATES = 20;

type WriteTx = IDBPTransaction<HistoryDB, ['articles', 'threads'], 'readwrite'>;

export interface RecordResult {
  digest: ArticleDigest;
  /** True when the URL was already recorded (a re-read updated it). */
  updated: boolean;
  /** Articles pruned to make room first (quota), 0 normally. */
  pruned: number;
}

export interface ThreadContext {
  summary: ThreadSummary | null;
  /** The thread's digests (newest THREAD_READ_LIMIT), any order. */
  digests: ArticleDigest[];
}

export interface HistoryStore {
  readonly db: IDBPDatabase<HistoryDB>;
  /** Records (or updates) an article; null when its URL is not recordable. */
  record(source: DigestSource, now?: number): Promise<RecordResult | null>;
  /** Writes many prepared digests in one transaction (imports, the benchmark's generator). */
  putMany(digests: readonly ArticleDigest[]): Promise<void>;
  get(url: string): Promise<ArticleDigest | undefined>;
  /** Forgets one article; true when it was there. */
  forget(url: string): Promise<boolean>;
  forgetAll(): Promise<void>;
  /** Drops the oldest `share` of articles (by last reading); returns how many went. */
  pruneOldest(share?: number): Promise<number>;
  count(): Promise<number>;
  thread(key: string): Promise<ThreadContext>;
  threadsWith(party: string): Promise<ThreadSummary[]>;
  close(): void;
}

export interface OpenOptions {
  name?: string;
}

/** Refreshes one thread's summary inside a write transaction (deleted when it has no articles). */
async function refreshThread(tx: WriteTx, key: string, now: number): Promise<void> {
  const range = IDBKeyRange.bound([key, ''], [key, '\uffff']);
  const index = tx.objectStore('articles').index('thread');
  const count = await index.count(range);
  if (count === 0) {
    await tx.objectStore('threads').delete(key);
    return;
  }
  const first = await index.openCursor(range, 'next');
  const last = await index.openCursor(range, 'prev');
  const ends = [first?.value, last?.value].filter((d): d is ArticleDigest => d !== undefined);
  const summary = threadSummaryOf(key, ends, now, count);
  if (summary) await tx.objectStore('threads').put(summary);
}

/** Opens (creating or migrating) the history database. */
export async function openHistory(opts: OpenOptions = {}): Promise<HistoryStore> {
  const db = await openDB<HistoryDB>(opts.name ?? DB_NAME, DB_VERSION, {
    upgrade(database, oldVersion, _newVersion, tx) {
      upgrade(database, oldVersion, tx).catch((error: unknown) => {
        console.error('Parley: migrating the history failed; the old data is kept.', error);
        tx.abort();
      });
    },
    blocking() {
      // A newer version (an extension update) wants the database: let it have it.
      db.close();
    },
  });

  const writeTx = (): WriteTx =>
    db.transaction(['articles', 'threads'], 'readwrite', { durability: 'strict' });

  async function recordOnce(source: DigestSource, now: number): Promise<Omit<RecordResult, 'pruned'> | null> {
    const probe = buildDigest(source, now);
    if (probe === null) return null;
    const tx = writeTx();
    const articles = tx.objectStore('articles');
    const previous = await articles.get(probe.url);
    let digest = previous ? buildDigest(source, now, previous)! : probe;
    if (!previous) {
      const candidates = [
        ...(await articles.index('titleKey').getAll(digest.titleKey, CANDIDATES)),
        ...(digest.fingerprint
          ? await articles.index('fingerprint').getAll(digest.fingerprint, CANDIDATES)
          : []),
      ];
      digest = { ...digest, group: groupFor(digest, candidates) };
    }
    await articles.put(digest);
    await refreshThread(tx, digest.thread, now);
    if (previous && previous.thread !== digest.thread) await refreshThread(tx, previous.thread, now);
    await tx.done;
    return { digest, updated: previous !== undefined };
  }

  async function pruneOldest(share = PRUNE_SHARE): Promise<number> {
    // Deletes only: Chromium refuses any transaction that writes while the origin is over quota,
    // even one that frees more than it adds, so the thread summaries are refreshed afterwards.
    const tx = db.transaction('articles', 'readwrite', { durability: 'strict' });
    const articles = tx.objectStore('articles');
    const total = await articles.count();
    const drop = Math.min(total, Math.max(1, Math.ceil(total * share)));
    const touched = new Set<string>();
    let removed = 0;
    let cursor = await articles.index('lastSeen').openCursor();
    while (cursor && removed < drop) {
      touched.add(cursor.value.thread);
      await cursor.delete();
      removed++;
      cursor = await cursor.continue();
    }
    await tx.done;
    try {
      const refresh = writeTx();
      const now = Date.now();
      for (const key of touched) await refreshThread(refresh, key, now);
      await refresh.done;
    } catch (error) {
      // Still over quota (Chromium frees deleted space only on compaction): `thread()` recounts
      // from the articles, and the next write that fits refreshes the summary.
      console.warn('Parley: pruned the history but could not refresh thread summaries yet.', error);
    }
    return removed;
  }

  return {
    db,
    async record(source, now = Date.now()) {
      const { value, pruned } = await withQuotaRetry(
        () => recordOnce(source, now),
        () => pruneOldest(),
      );
      return value === null ? null : { ...value, pruned };
    },
    async putMany(digests) {
      const tx = writeTx();
      const puts = digests.map((d) => tx.objectStore('articles').put(d));
      const now = Date.now();
      await Promise.all(puts);
      for (const key of new Set(digests.map((d) => d.thread))) await refreshThread(tx, key, now);
      await tx.done;
    },
    get: (url) => db.get('articles', url),
    async forget(url) {
      const tx = writeTx();
      const found = await tx.objectStore('articles').get(url);
      if (found) {
        await tx.objectStore('articles').delete(url);
        await refreshThread(tx, found.thread, Date.now());
      }
      await tx.done;
      return found !== undefined;
    },
    async forgetAll() {
      const tx = writeTx();
      await Promise.all([tx.objectStore('articles').clear(), tx.objectStore('threads').clear(), tx.done]);
    },
    pruneOldest,
    count: () => db.count('articles'),
    async thread(key) {
      const tx = db.transaction(['articles', 'threads'], 'readonly');
      const range = IDBKeyRange.bound([key, ''], [key, '\uffff']);
      const index = tx.objectStore('articles').index('thread');
      const summary = (await tx.objectStore('threads').get(key)) ?? null;
      let digests: ArticleDigest[];
      if ((summary?.articles ?? 0) <= THREAD_READ_LIMIT) {
        digests = await index.getAll(range);
      } else {
        // A huge thread: only its newest articles matter to the view; walk back from the end.
        digests = [];
        let cursor = await index.openCursor(range, 'prev');
        while (cursor && digests.length < THREAD_READ_LIMIT) {
          digests.push(cursor.value);
          cursor = await cursor.continue();
        }
      }
      await tx.done;
      // A summary left stale by a prune under quota pressure: recount from what was read.
      const fresh =
        digests.length < THREAD_READ_LIMIT && summary?.articles !== digests.length
          ? threadSummaryOf(key, digests, Date.now())
          : summary;
      return { summary: fresh, digests };
    },
    async threadsWith(party) {
      const all = await db.getAllFromIndex('threads', 'party', party);
      return all.sort((a, b) => (a.lastDate < b.lastDate ? 1 : a.lastDate > b.lastDate ? -1 : 0));
    },
    close: () => db.close(),
  };
}

/** The context view's data for an article: its thread's timeline and ledger, as of that article. */
export function contextOf(
  thread: ThreadContext,
  currentUrl: string | null,
): { timeline: TimelineItem[]; ledger: LedgerEntry[] } {
  return {
    timeline: buildTimeline(thread.digests, currentUrl),
    ledger: computeLedger(thread.digests, { asOf: currentUrl }),
  };
}
