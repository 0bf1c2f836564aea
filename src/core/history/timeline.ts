/**
 * The timeline of a thread: one entry per story (syndicated copies folded into "also on"), and the
 * negotiation's status events (talks held, deal signed...) placed at their own dates, de-duplicated
 * across the articles that report them.
 */
import { storiesOf } from './ledger';
import type { ArticleDigest, TimelineItem } from './types';

/** Builds the timeline, oldest first. `current` is the canonical URL of the article being read. */
export function buildTimeline(digests: readonly ArticleDigest[], current?: string | null): TimelineItem[] {
  const items: Array<TimelineItem & { order: number }> = [];
  const seenEvents = new Set<string>();
  let order = 0;
  for (const story of storiesOf(digests)) {
    const lead = story.find((d) => d.url === current) ?? story[0]!;
    items.push({
      kind: 'article',
      date: lead.date,
      url: lead.url,
      title: lead.title,
      site: lead.site,
      alsoOn: story.filter((d) => d !== lead).map((d) => ({ site: d.site, url: d.url })),
      preconditions: lead.preconditions.length,
      current: story.some((d) => d.url === current),
      order: order++,
    });
    for (const d of story) {
      for (const e of d.events) {
        const date = e.date ?? d.date;
        const key = `${e.status}@${date}`;
        if (seenEvents.has(key)) continue;
        seenEvents.add(key);
        items.push({ kind: 'event', date, status: e.status, text: e.text, url: d.url, order: order++ });
      }
    }
  }
  items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order));
  return items.map(({ order: _order, ...item }) => item);
}
