/**
 * The timeline of a thread: one entry per story (syndicated copies folded into "also on"), and the
 * negotiation's status events (talks held, deal signed...) placed at their own dates, de-duplicated
 * across the articles that report them.
 */
import { storiesOf } from './ledger';
import { computeLedger } from './ledger';
import type { ArticleDigest, ThreadView, TimelineItem } from './types';

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
        items.push({
          kind: 'event',
          date,
          status: e.status,
          text: e.text,
          url: d.url,
          ...(e.date === null ? { undated: true as const } : {}),
          order: order++,
        });
      }
    }
  }
  items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order));
  return items.map(({ order: _order, ...item }) => item);
}

/**
 * Marks the article being read in a timeline computed without it in mind (a stored ThreadView):
 * its story is flagged, and when it is one of the copies it becomes the story's lead.
 */
export function markCurrent(items: readonly TimelineItem[], current: string | null): TimelineItem[] {
  return items.map((item) => {
    if (item.kind !== 'article') return item;
    if (item.url === current) return { ...item, current: true };
    const copy = item.alsoOn.find((c) => c.url === current);
    if (!copy) return item.current ? { ...item, current: false } : item;
    const alsoOn = [{ site: item.site, url: item.url }, ...item.alsoOn.filter((c) => c !== copy)];
    return { ...item, url: copy.url, site: copy.site, alsoOn, current: true };
  });
}

/** The view of a thread as of its newest story (what the writer stores beside the summary). */
export function threadViewOf(key: string, digests: readonly ArticleDigest[]): ThreadView {
  const stories = storiesOf(digests);
  return {
    key,
    latest: (stories.at(-1) ?? []).map((d) => d.url),
    stories: stories.length,
    timeline: buildTimeline(digests, null),
    ledger: computeLedger(digests),
  };
}
