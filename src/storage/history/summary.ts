/** A thread's summary (count, first and last dates, party names) from its articles. Pure. */
import { nameIn, partiesOfPair, type ArticleDigest, type ThreadSummary } from '../../core/history';

/** The summary of the thread `key` from some or all of its digests; null when there are none. */
export function threadSummaryOf(
  key: string,
  digests: readonly ArticleDigest[],
  now: number,
  count = digests.length,
): ThreadSummary | null {
  if (digests.length === 0 || count === 0) return null;
  let first = digests[0]!;
  let last = digests[0]!;
  for (const d of digests) {
    if (d.date < first.date) first = d;
    if (d.date >= last.date) last = d;
  }
  const parties = partiesOfPair(last.pair);
  return {
    key,
    pair: last.pair,
    subject: last.subject,
    parties,
    partyNames: parties.map((p) => nameIn(last, p)),
    articles: count,
    firstDate: first.date,
    lastDate: last.date,
    updatedAt: now,
  };
}
