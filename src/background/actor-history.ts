/**
 * The hover card's past context: for each actor of the page, how many earlier recorded articles
 * mention it and since when. Read from the history's `actor` multiEntry index in one readonly
 * transaction; the counting itself is pure (`actorHistoryOf`) so it is tested without IndexedDB.
 */
import { canonicalUrl, type ArticleDigest } from '../core/history';
import type { ActorHistory } from '../shared/protocol';
import type { HistoryStore } from '../storage/history/store';

type Past = Pick<ArticleDigest, 'url' | 'date' | 'group'>;

/**
 * Counts, per actor, the stories other than the current article: syndicated copies of one story
 * (same `group`) count once, and the current article's own copies not at all. `since` is the
 * earliest sort date (publication day, else first-seen day). Actors with no other story are left out.
 */
export function actorHistoryOf(
  byActor: ReadonlyMap<string, readonly Past[]>,
  currentUrl: string,
): ActorHistory {
  const current = canonicalUrl(currentUrl) ?? currentUrl;
  const out: ActorHistory = {};
  for (const [id, digests] of byActor) {
    const currentGroup = digests.find((d) => d.url === current)?.group;
    const groups = new Set<string>();
    let since: string | null = null;
    for (const d of digests) {
      if (d.url === current || d.group === currentGroup) continue;
      groups.add(d.group);
      if (since === null || d.date < since) since = d.date;
    }
    if (groups.size > 0 && since !== null) out[id] = { count: groups.size, since };
  }
  return out;
}

/** Answers `actor-history` from the store: one index read per (distinct) actor id. */
export async function readActorHistory(
  store: Pick<HistoryStore, 'db'>,
  url: string,
  actorIds: readonly string[],
): Promise<ActorHistory> {
  const tx = store.db.transaction('articles', 'readonly');
  const index = tx.store.index('actor');
  const ids = [...new Set(actorIds)];
  const lists = await Promise.all(ids.map((id) => index.getAll(id)));
  await tx.done;
  return actorHistoryOf(new Map(ids.map((id, i) => [id, lists[i] ?? []])), url);
}
