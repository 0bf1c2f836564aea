import { describe, expect, it, vi } from 'vitest';
import { createFakeBackend } from '../storage/fake-backend';
import { createStorage } from '../storage/item';
import { createTabResultStore } from '../storage/tab-results';
import { actorHistoryOf } from './actor-history';
import { createMessageHandler, type MessageDeps } from './messages';
import { createTabQueue } from './tab-queue';

const OWN = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${OWN}/`;
const PAGE = 'https://www.example-news.com/trade/talks-resume/';

const past = (url: string, date: string, group = url) => ({ url, date, group });

describe('actorHistoryOf', () => {
  it('counts other stories per actor with the earliest date, leaving out the current article', () => {
    const byActor = new Map([
      [
        'cn',
        [
          past(PAGE, '2026-03-01'),
          past('https://a.example/one', '2026-02-10'),
          past('https://b.example/two', '2026-01-20'),
        ],
      ],
      ['us', [past('https://a.example/one', '2026-02-10')]],
      ['eu', [past(PAGE, '2026-03-01')]],
      ['wto', []],
    ]);
    expect(actorHistoryOf(byActor, `${PAGE}?utm_source=feed#top`)).toEqual({
      cn: { count: 2, since: '2026-01-20' },
      us: { count: 1, since: '2026-02-10' },
    });
  });

  it('counts syndicated copies of one story once, and copies of the current story not at all', () => {
    const byActor = new Map([
      [
        'cn',
        [
          past(PAGE, '2026-03-01', 'https://wire.example/orig'),
          past('https://wire.example/orig', '2026-02-28'),
          past('https://c.example/x', '2026-01-03', 'https://d.example/y'),
          past('https://d.example/y', '2026-01-04'),
        ],
      ],
    ]);
    expect(actorHistoryOf(byActor, PAGE)).toEqual({ cn: { count: 1, since: '2026-01-03' } });
  });
});

describe('background: actor-history message', () => {
  function setup() {
    const actorHistory = vi.fn(async () => ({ cn: { count: 2, since: '2026-01-20' } }));
    const deps: MessageDeps = {
      ownId: OWN,
      extensionOrigin: ORIGIN,
      tabResults: createTabResultStore(createStorage(createFakeBackend())),
      queue: createTabQueue(),
      setBadge: vi.fn(async () => undefined),
      annotate: vi.fn(async () => ({ ok: true as const, injected: true })),
      actorHistory,
    };
    return { actorHistory, handle: createMessageHandler(deps) };
  }
  const content = { id: OWN, url: PAGE, frameId: 0, tab: { id: 5 } };
  const ask = { type: 'actor-history', url: PAGE, actorIds: ['cn', 'us'] };

  it("answers a top-frame content script about its own page's actors", async () => {
    const { actorHistory, handle } = setup();
    expect(await handle(ask, content)).toEqual({ cn: { count: 2, since: '2026-01-20' } });
    expect(actorHistory).toHaveBeenCalledWith(PAGE, ['cn', 'us']);
  });

  it('ignores other extensions, iframes, other sites, pages and oversized questions', () => {
    const { actorHistory, handle } = setup();
    expect(handle(ask, { ...content, id: 'someone-else' })).toBeUndefined();
    expect(handle(ask, { ...content, frameId: 3 })).toBeUndefined();
    expect(handle(ask, { ...content, url: 'https://elsewhere.example/page' })).toBeUndefined();
    expect(handle(ask, { id: OWN, url: `${ORIGIN}src/popup/index.html` })).toBeUndefined();
    const many = Array.from({ length: 201 }, (_, i) => `a${i}`);
    expect(handle({ ...ask, actorIds: many }, content)).toBeUndefined();
    expect(handle({ ...ask, url: 'not a url' }, content)).toBeUndefined();
    expect(actorHistory).not.toHaveBeenCalled();
  });
});
