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
  markCurrent,
  storiesOf,
  threadViewOf,
  type ArticleDigest,
  type DigestSource,
  type LedgerEntry,
  type ThreadSummary,
  type ThreadView,
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
/** Digests per transaction in `putMany`. */
const PUT_CHUNK = 500;

type WriteTx = IDBPTransaction<HistoryDB, ['articles', 'threads', 'views'], 'readwrite'>;
type ReadTx = IDBPTransaction<HistoryDB, ['articles', 'threads'], 'readonly'> | WriteTx;

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
  /** The thread's newest digests: what a view as of an older article is computed from. */
  thread(key: string): Promise<ThreadContext>;
  /** The thread's summary and stored view (one small read: the popup's fast path). */
  view(key: string): Promise<{ summary: ThreadSummary | null; view: ThreadView | null }>;
  threadsWith(party: string): Promise<ThreadSummary[]>;
  close(): void;
}

export interface OpenOptions {
  name?: string;
  /** Called when the connection goes away (a newer version took over, or the browser closed it). */
  onClose?: () => void;
}

/**
 * The newest THREAD_READ_LIMIT digests of a thread (all of them for most threads): one getAll when
 * the thread is small enough, else a backwards walk from its newest article.
 */
async function readThread(tx: ReadTx, key: string, known?: number): Promise<ArticleDigest[]> {
  const range = IDBKeyRange.bound([key, ''], [key, '\uffff']);
  // Only reads here: a readonly and a readwrite transaction offer the same calls for them.
  const index = (tx as WriteTx).objectStore('articles').index('thread');
  const count = known ?? (await index.count(range));
  if (count <= THREAD_READ_LIMIT) return index.getAll(range);
  const digests: ArticleDigest[] = [];
  let cursor = await index.openCursor(range, 'prev');
  while (cursor && digests.length < THREAD_READ_LIMIT) {
    digests.push(cursor.value);
    cursor = await cursor.continue();
  }
  return digests;
}

/**
 * Refreshes one thread's summary and view inside a write transaction (both deleted when it has no
 * articles left). Costs one read of the thread: the writer pays it so the popup does not.
 */
async function refreshThread(tx: WriteTx, key: string, now: number): Promise<void> {
  const range = IDBKeyRange.bound([key, ''], [key, '\uffff']);
  const index = tx.objectStore('articles').index('thread');
  const count = await index.count(range);
  if (count === 0) {
    await Promise.all([tx.objectStore('threads').delete(key), tx.objectStore('views').delete(key)]);
    return;
  }
  const digests = await readThread(tx, key, count);
  const first = count > digests.length ? ((await index.openCursor(range, 'next'))?.value ?? null) : null;
  const summary = threadSummaryOf(key, first ? [first, ...digests] : digests, now, count);
  if (summary) await tx.objectStore('threads').put(summary);
  await tx.objectStore('views').put(threadViewOf(key, digests));
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
      opts.onClose?.();
    },
    terminated() {
      opts.onClose?.();
    },
  });

  const writeTx = (): WriteTx =>
    db.transaction(['articles', 'threads', 'views'], 'readwrite', { durability: 'strict' });

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
      // Chunks keep each transaction small; the touched threads are refreshed once, at the end.
      for (let i = 0; i < digests.length; i += PUT_CHUNK) {
        const tx = db.transaction('articles', 'readwrite', { durability: 'strict' });
        await Promise.all([...digests.slice(i, i + PUT_CHUNK).map((d) => tx.store.put(d)), tx.done]);
      }
      const tx = writeTx();
      const now = Date.now();
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
      await Promise.all([
        tx.objectStore('articles').clear(),
        tx.objectStore('threads').clear(),
        tx.objectStore('views').clear(),
        tx.done,
      ]);
    },
    pruneOldest,
    count: () => db.count('articles'),
    async thread(key) {
      const tx = db.transaction(['articles', 'threads'], 'readonly');
      const summary = (await tx.objectStore('threads').get(key)) ?? null;
      const digests = await readThread(tx, key, summary?.articles);
      await tx.done;
      // A summary left stale by a prune under quota pressure: recount from what was read.
      const fresh =
        digests.length < THREAD_READ_LIMIT && summary?.articles !== digests.length
          ? threadSummaryOf(key, digests, Date.now())
          : summary;
      return { summary: fresh, digests };
    },
    async view(key) {
      const tx = db.transaction(['threads', 'views'], 'readonly');
      const [summary, view] = await Promise.all([
        tx.objectStore('threads').get(key),
        tx.objectStore('views').get(key),
        tx.done,
      ]);
      return { summary: summary ?? null, view: view ?? null };
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

export interface ArticleContext {
  summary: ThreadSummary | null;
  timeline: TimelineItem[];
  ledger: LedgerEntry[];
  /** Stories before the current article's. */
  earlier: number;
  recorded: boolean;
  /** True when the stored view answered (no thread read). */
  fromView: boolean;
}

/**
 * The context of one article. Reading the newest article of a thread (the usual case), or one not
 * recorded, the stored view answers in one small read; an older article needs its thread read and
 * the ledger computed as of that article.
 */
export async function articleContext(
  store: HistoryStore,
  thread: string,
  current: string,
): Promise<ArticleContext> {
  const { summary, view } = await store.view(thread);
  if (view && summary) {
    const recordedLatest = view.latest.includes(current);
    const known = recordedLatest || (await store.get(current)) !== undefined;
    if (recordedLatest || !known) {
      return {
        summary,
        timeline: markCurrent(view.timeline, current),
        ledger: view.ledger,
        earlier: recordedLatest ? view.stories - 1 : view.stories,
        recorded: recordedLatest,
        fromView: true,
      };
    }
  }
  const ctx = await store.thread(thread);
  const { timeline, ledger } = contextOf(ctx, current);
  const recorded = ctx.digests.some((d) => d.url === current);
  const stories = storiesOf(ctx.digests, current).length;
  return {
    summary: ctx.summary,
    timeline,
    ledger,
    earlier: recorded ? stories - 1 : stories,
    recorded,
    fromView: false,
  };
}
