/**
 * The history database: its name, schema version and migrations. IndexedDB in the extension's
 * origin (one database shared by the background, which writes, and the popup, which reads).
 *
 * Versions:
 * 1. one `digests` store keyed by URL (title, site, published, seenAt, parties, actors, positions,
 *    events), indexed by date only. Kept here as `DigestV1` because profiles may still hold it.
 * 2. `articles` (key: canonical URL; indexes: pair, actor (multiEntry), published date, thread+date,
 *    title key, fingerprint, lastSeen), `threads` (key: `pair/subject`; index: party (multiEntry))
 *    and `views` (key: `pair/subject`: the thread's timeline and ledger, kept by the writer).
 *    v1 digests are converted in the upgrade transaction, then the v1 store is deleted.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { threadSummaryOf } from './summary';
import {
  fingerprintOf,
  pairKeyOf,
  sideIdOf,
  siteOf,
  subjectOf,
  threadKeyOf,
  titleKeyOf,
  dayOf,
  type ArticleDigest,
  type ThreadSummary,
  type ThreadView,
  threadViewOf,
} from '../../core/history';
import type { ActorKind, EventStatus, Issue, Stance } from '../../core/types';

export const DB_NAME = 'parley';
/** Bump with a new `migrate` step below; never edit a shipped step. */
export const DB_VERSION = 2;

/** The digest as schema version 1 stored it. */
export interface DigestV1 {
  url: string;
  title: string;
  site: string;
  published: string | null;
  seenAt: number;
  parties: string[];
  actors: Array<{ id: string; name: string; kind: ActorKind; side: string | null }>;
  preconditions: Array<{ holder: string; target: string | null; issue: Issue; stance: Stance; text: string }>;
  events: Array<{ status: EventStatus; date: string | null; text: string }>;
}

export interface HistoryDBv1 extends DBSchema {
  digests: { key: string; value: DigestV1; indexes: { date: string } };
}

export interface HistoryDB extends DBSchema {
  articles: {
    key: string;
    value: ArticleDigest;
    indexes: {
      pair: string;
      actor: string;
      published: string;
      thread: [string, string];
      titleKey: string;
      fingerprint: string;
      lastSeen: number;
    };
  };
  threads: { key: string; value: ThreadSummary; indexes: { party: string } };
  /** Each thread's timeline and ledger as of its newest story (see ThreadView). */
  views: { key: string; value: ThreadView };
}

/** Pure: a version-1 digest in the current shape (one article, its own syndication group). */
export function migrateDigestV1(old: DigestV1): ArticleDigest {
  const actors = old.actors.map((a) => ({ ...a, role: null, mentions: 0 }));
  const preconditions = old.preconditions.map((p) => ({ ...p, side: sideIdOf(p.holder, actors) }));
  const pair = pairKeyOf(old.parties);
  const subject = subjectOf(old);
  return {
    url: old.url,
    title: old.title,
    site: old.site || siteOf(old.url),
    published: old.published,
    date: dayOf(old.published) ?? new Date(old.seenAt).toISOString().slice(0, 10),
    firstSeen: old.seenAt,
    lastSeen: old.seenAt,
    parties: old.parties,
    pair,
    subject,
    thread: threadKeyOf(pair, subject),
    actorIds: actors.map((a) => a.id),
    actors,
    preconditions,
    events: old.events,
    titleKey: titleKeyOf(old.title),
    fingerprint: fingerprintOf([...preconditions.map((p) => p.text), ...old.events.map((e) => e.text)]),
    group: old.url,
  };
}

type AnyTx = IDBPTransaction<HistoryDB, StoreNames<HistoryDB>[], 'versionchange'>;

function createV2Stores(db: IDBPDatabase<HistoryDB>): void {
  const articles = db.createObjectStore('articles', { keyPath: 'url' });
  articles.createIndex('pair', 'pair');
  articles.createIndex('actor', 'actorIds', { multiEntry: true });
  articles.createIndex('published', 'date');
  articles.createIndex('thread', ['thread', 'date']);
  articles.createIndex('titleKey', 'titleKey');
  articles.createIndex('fingerprint', 'fingerprint');
  articles.createIndex('lastSeen', 'lastSeen');
  const threads = db.createObjectStore('threads', { keyPath: 'key' });
  threads.createIndex('party', 'parties', { multiEntry: true });
  db.createObjectStore('views', { keyPath: 'key' });
}

/** Copies v1 digests into `articles`, builds their thread summaries, then drops the v1 store. */
async function migrateFromV1(tx: AnyTx): Promise<void> {
  // The v1 store is not in the v2 schema type: reach it through the untyped transaction.
  const raw = tx as unknown as IDBPTransaction<HistoryDBv1, ['digests'], 'versionchange'>;
  const old = (await raw.objectStore('digests').getAll()) as DigestV1[];
  const articles = tx.objectStore('articles');
  const byThread = new Map<string, ArticleDigest[]>();
  for (const d of old) {
    const digest = migrateDigestV1(d);
    await articles.put(digest);
    const list = byThread.get(digest.thread);
    if (list) list.push(digest);
    else byThread.set(digest.thread, [digest]);
  }
  const threads = tx.objectStore('threads');
  const views = tx.objectStore('views');
  for (const [key, list] of byThread) {
    const summary = threadSummaryOf(key, list, Date.now());
    if (summary) await threads.put(summary);
    await views.put(threadViewOf(key, list));
  }
  (tx.db as unknown as IDBPDatabase<HistoryDBv1>).deleteObjectStore('digests');
}

/**
 * The upgrade step for `openDB`: from any older version to DB_VERSION. Returns the promise of the
 * data migration so callers can log its failure (the open itself fails too, as it must).
 */
export function upgrade(db: IDBPDatabase<HistoryDB>, oldVersion: number, tx: AnyTx): Promise<void> {
  if (oldVersion < 2) {
    createV2Stores(db);
    if (oldVersion === 1) return migrateFromV1(tx);
  }
  return Promise.resolve();
}

/** Creates a version-1 database, for the migration test's previous-schema fixture. */
export function upgradeV1(db: IDBPDatabase<HistoryDBv1>): void {
  const digests = db.createObjectStore('digests', { keyPath: 'url' });
  digests.createIndex('date', 'published');
}
