import { describe, expect, it } from 'vitest';
import { buildTimeline, markCurrent, threadViewOf } from './timeline';
import { digest, pos, source } from './test-fixtures';

const first = digest(
  source('https://www.reuters.com/a', '2026-03-01', [pos('us', 'tariffs', 'demand', 'Tariffs must fall.')], {
    events: [{ status: 'held', date: '2026-02-28', text: 'Negotiators met on Friday.', start: 0, end: 10 }],
  }),
);
const second = digest(
  source('https://apnews.com/b', '2026-03-09', [], {
    events: [
      { status: 'held', date: '2026-02-28', text: 'They had met in late February.', start: 0, end: 10 },
      { status: 'deal_reached', date: null, text: 'A deal was reached.', start: 0, end: 10 },
    ],
  }),
);
const copy = { ...digest(source('https://www.bbc.com/b-copy', '2026-03-09', [])), group: second.url };

describe('buildTimeline', () => {
  it('lists stories and status events by date, each event once', () => {
    const items = buildTimeline([second, first]);
    expect(items.map((i) => `${i.date} ${i.kind}`)).toEqual([
      '2026-02-28 event',
      '2026-03-01 article',
      '2026-03-09 article',
      '2026-03-09 event',
    ]);
    const events = items.filter((i) => i.kind === 'event');
    expect(events.map((e) => e.kind === 'event' && e.status)).toEqual(['held', 'deal_reached']);
    // the deal has no day in its text: it sits at its article's date, marked as such
    expect(events.map((e) => e.kind === 'event' && e.undated === true)).toEqual([false, true]);
  });

  it('folds syndicated copies into one entry and marks the article being read', () => {
    const items = buildTimeline([first, second, copy], copy.url).filter((i) => i.kind === 'article');
    expect(items).toHaveLength(2);
    const story = items[1]!;
    expect(story.kind === 'article' && story.url).toBe(copy.url);
    expect(story.kind === 'article' && story.current).toBe(true);
    expect(story.kind === 'article' && story.alsoOn.map((a) => a.site)).toEqual(['apnews.com']);
    expect(items[0]!.kind === 'article' && items[0]!.current).toBe(false);
  });
});

describe('markCurrent and threadViewOf', () => {
  it('flags the story being read, leading with its copy when that is the one open', () => {
    const view = threadViewOf('cn+us/trade', [first, second, copy]);
    expect(view.stories).toBe(2);
    expect(view.latest.sort()).toEqual([second.url, copy.url].sort());
    expect(view.timeline.some((i) => i.kind === 'article' && i.current)).toBe(false);
    const marked = markCurrent(view.timeline, copy.url).filter((i) => i.kind === 'article');
    const story = marked[1]!;
    expect(story.kind === 'article' && [story.url, story.current, story.alsoOn.map((a) => a.url)]).toEqual([
      copy.url,
      true,
      [second.url],
    ]);
    expect(
      markCurrent(view.timeline, first.url).filter((i) => i.kind === 'article' && i.current),
    ).toHaveLength(1);
    expect(markCurrent(view.timeline, null)).toEqual(view.timeline);
  });
});
