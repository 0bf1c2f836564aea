import { describe, expect, it, vi } from 'vitest';
import { tabKey } from '../shared/tab-result';
import { createFakeBackend } from '../storage/fake-backend';
import { createStorage } from '../storage/item';
import { createTabResultStore } from '../storage/tab-results';
import { sampleTabResult } from '../storage/test-data';
import { createMessageHandler, type MessageDeps } from './messages';
import { createTabQueue } from './tab-queue';
import { MAX_ARTICLE_TEXT, parseMessage } from '../shared/protocol';
import { createHistoryRecorder } from '../storage/history/recorder';
import { createHistorySettings } from '../storage/history/settings';
import type { HistoryStore } from '../storage/history/store';

const OWN = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${OWN}/`;
const PAGE = 'https://www.reuters.com/world/talks-2026-01-01/';

function setup() {
  const backend = createFakeBackend();
  const tabResults = createTabResultStore(createStorage(backend));
  const deps: MessageDeps = {
    ownId: OWN,
    extensionOrigin: ORIGIN,
    tabResults,
    queue: createTabQueue(),
    setBadge: vi.fn(async () => undefined),
    annotate: vi.fn(async () => ({ ok: true as const, injected: true })),
    now: () => 42,
  };
  return { backend, tabResults, deps, handle: createMessageHandler(deps) };
}

const contentSender = (tabId = 5, over: object = {}) => ({
  id: OWN,
  url: PAGE,
  frameId: 0,
  tab: { id: tabId },
  ...over,
});
const popupSender = { id: OWN, url: `${ORIGIN}src/popup/index.html?tab=5` };

describe('background message handler', () => {
  it('stores a content script result under tab:<sender tab>, stamps it and sets the badge', async () => {
    const { backend, deps, handle } = setup();
    const result = sampleTabResult({ at: 1 });
    expect(await handle({ type: 'tab-result', result }, contentSender())).toEqual({ ok: true });
    expect(backend.data.session.get(tabKey(5))).toEqual({ ...result, at: 42 });
    expect(deps.setBadge).toHaveBeenCalledWith(5, { ...result, at: 42 });
  });

  it('ignores messages from pages and other extensions without answering', async () => {
    const { backend, handle } = setup();
    const msg = { type: 'tab-result', result: sampleTabResult() };
    expect(handle(msg, { url: PAGE, tab: { id: 5 } })).toBeUndefined();
    expect(handle(msg, contentSender(5, { id: 'someotherextensionidxxxxxxxxxxxx' }))).toBeUndefined();
    expect(handle({ type: 'annotate-tab', tabId: 5 }, { url: PAGE })).toBeUndefined();
    expect(backend.data.session.size).toBe(0);
  });

  it('ignores malformed messages and types it does not answer', () => {
    const { handle } = setup();
    expect(handle({ type: 'tab-result', result: { url: 'x' } }, contentSender())).toBeUndefined();
    expect(handle('hello', contentSender())).toBeUndefined();
    expect(handle({ type: 'reveal', kind: 'actor', index: 0 }, popupSender)).toBeUndefined();
    expect(handle({ type: 'set-highlights' }, popupSender)).toBeUndefined();
  });

  it('refuses results from iframes, from non-tabs and for another site', async () => {
    const { backend, handle } = setup();
    const msg = { type: 'tab-result', result: sampleTabResult() };
    expect(await handle(msg, contentSender(5, { frameId: 3 }))).toEqual({ ok: false });
    expect(await handle(msg, popupSender)).toEqual({ ok: false });
    expect(await handle(msg, contentSender(5, { url: 'https://evil.example/' }))).toEqual({ ok: false });
    expect(backend.data.session.size).toBe(0);
  });

  it('answers get-tab-result with the stored result or null', async () => {
    const { tabResults, handle } = setup();
    await tabResults.save(9, sampleTabResult());
    expect(await handle({ type: 'get-tab-result', tabId: 9 }, popupSender)).toMatchObject({
      title: 'Talks resume',
    });
    expect(await handle({ type: 'get-tab-result', tabId: 10 }, popupSender)).toBeNull();
  });

  it('injects only when an extension page asks', async () => {
    const { deps, handle } = setup();
    expect(await handle({ type: 'annotate-tab', tabId: 3 }, popupSender)).toEqual({
      ok: true,
      injected: true,
    });
    expect(handle({ type: 'annotate-tab', tabId: 3 }, contentSender())).toBeUndefined();
    expect(deps.annotate).toHaveBeenCalledTimes(1);
  });
});

describe('options page messages', () => {
  it('reach the options handler only from an extension page, validated', async () => {
    const { deps } = setup();
    const options = vi.fn(async () => ({ ok: true }));
    const handle = createMessageHandler({ ...deps, options });
    const optionsPage = { id: OWN, url: `${ORIGIN}src/options/index.html` };
    expect(await handle({ type: 'settings-update', patch: { scheme: 'colour-blind' } }, optionsPage)).toEqual(
      {
        ok: true,
      },
    );
    expect(await handle({ type: 'site-remove', pattern: 'https://*.example.com/*' }, optionsPage)).toEqual({
      ok: true,
    });
    expect(options).toHaveBeenCalledTimes(2);
    // A content script (or a page pretending) can change no setting, add no site and erase nothing.
    for (const msg of [
      { type: 'settings-update', patch: { disabledSites: [] } },
      { type: 'site-add', pattern: 'https://*.example.com/*' },
      { type: 'data-erase' },
    ]) {
      expect(handle(msg, contentSender())).toBeUndefined();
      expect(handle(msg, { ...optionsPage, id: 'another-extension' })).toBeUndefined();
    }
    // Fields the patch schema does not know are refused outright.
    expect(
      handle({ type: 'settings-update', patch: { addedSites: ['<all_urls>'] } }, optionsPage),
    ).toBeUndefined();
    expect(options).toHaveBeenCalledTimes(2);
  });
});

/**
 * Issue 7: a content script (ours, but running in a page that may be hostile) cannot make the
 * background write anything beyond its own tab's bounded result, nor read or change anything else.
 */
describe('a content script cannot make the background write arbitrary data', () => {
  const tooMany = <T>(item: T, n: number) => Array.from({ length: n }, () => item);
  const actor = sampleTabResult().actors[0]!;

  it.each([
    ['a title over 1,000 characters', { title: 'x'.repeat(1_001) }],
    ['an actor name over 200 characters', { actors: [{ ...actor, name: 'x'.repeat(201) }] }],
    [
      'a precondition text over 2,000 characters',
      { preconditions: [{ ...sampleTabResult().preconditions[0]!, text: 'x'.repeat(2_001) }] },
    ],
    ['more than 2,000 actors', { actors: tooMany(actor, 2_001) }],
    [
      'more than 2,000 mentions of one actor',
      { actors: [{ ...actor, mentions: tooMany({ start: 0, end: 1, text: 'x' }, 2_001) }] },
    ],
    ['more than 20 parties', { parties: tooMany('us', 21) }],
    ['a URL that does not parse', { url: 'not a url' }],
    ['a URL over 4,096 characters', { url: `https://www.reuters.com/${'a'.repeat(4_100)}` }],
    ['a negative offset', { actors: [{ ...actor, mentions: [{ start: -1, end: 2, text: 'x' }] }] }],
    ['an unknown actor kind', { actors: [{ ...actor, kind: 'spaceship' }] }],
    ['a score above 1', { score: 7 }],
    [
      'a non-numeric timing',
      { timings: { gateMs: 'fast', extractMs: null, analyzeMs: null, paintMs: null } },
    ],
  ])('refuses a result with %s without storing it', (_why, over) => {
    const { backend, deps, handle } = setup();
    const result = { ...sampleTabResult(), ...over };
    expect(handle({ type: 'tab-result', result }, contentSender())).toBeUndefined();
    expect(backend.data.session.size).toBe(0);
    expect(deps.setBadge).not.toHaveBeenCalled();
  });

  it('drops fields the schema does not know instead of storing them', async () => {
    const { backend, handle } = setup();
    const result = {
      ...sampleTabResult(),
      extra: 'x'.repeat(1_000_000),
      actors: [{ ...actor, payload: 'y' }],
    };
    expect(await handle({ type: 'tab-result', result }, contentSender())).toEqual({ ok: true });
    const stored = backend.data.session.get(tabKey(5)) as Record<string, unknown>;
    expect(stored).not.toHaveProperty('extra');
    expect((stored.actors as object[])[0]).not.toHaveProperty('payload');
  });

  it('refuses a result whose URL is not an http(s) page of the sender', async () => {
    const { backend, handle } = setup();
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,<p>x</p>',
      'file:///etc/passwd',
      'https://evil.example/',
    ]) {
      expect(await handle({ type: 'tab-result', result: sampleTabResult({ url }) }, contentSender())).toEqual(
        {
          ok: false,
        },
      );
    }
    // A sender the browser did not give a URL for is not a content script.
    const noUrl = { id: OWN, frameId: 0, tab: { id: 5 } };
    expect(await handle({ type: 'tab-result', result: sampleTabResult() }, noUrl)).toEqual({ ok: false });
    expect(backend.data.session.size).toBe(0);
  });

  it('writes only under the sender tab, whatever the message says', async () => {
    const { backend, handle } = setup();
    const forged = { type: 'tab-result', tabId: 99, result: sampleTabResult() };
    expect(await handle(forged, contentSender(7))).toEqual({ ok: true });
    expect([...backend.data.session.keys()]).toEqual([tabKey(7)]);
    expect(await handle(forged, contentSender(-1))).toEqual({ ok: false });
    expect(await handle(forged, contentSender(7, { tab: undefined }))).toEqual({ ok: false });
  });

  it('ignores every extension-page command from a content script', () => {
    const reading = { saveTab: vi.fn(), handle: vi.fn() };
    const history = { record: vi.fn(), run: vi.fn() };
    const options = vi.fn();
    const { deps } = setup();
    const handle = createMessageHandler({
      ...deps,
      reading,
      history,
      options,
    } as unknown as MessageDeps);
    const commands = [
      { type: 'get-tab-result', tabId: 9 },
      { type: 'annotate-tab', tabId: 5 },
      { type: 'save-tab', tabId: 5 },
      { type: 'reading-update', url: PAGE, patch: { read: true } },
      { type: 'reading-delete', url: PAGE },
      { type: 'reading-restore', url: PAGE },
      { type: 'reading-erase' },
      { type: 'reading-import', id: 'a', index: 0, total: 1, bytes: 2, data: '[]' },
      { type: 'history-forget', url: PAGE },
      { type: 'history-forget-all' },
      { type: 'history-set-paused', paused: true },
      { type: 'history-dismiss-notice' },
      { type: 'settings-update', patch: {} },
      { type: 'site-add', pattern: 'https://*.example.com/*' },
      { type: 'site-remove', pattern: 'https://*.example.com/*' },
      { type: 'data-import', id: 'a', index: 0, total: 1, bytes: 2, data: '{}' },
      { type: 'data-erase' },
    ];
    for (const msg of commands) {
      expect(parseMessage(msg), msg.type).not.toBeNull();
      expect(handle(msg, contentSender()), msg.type).toBeUndefined();
    }
    expect(deps.annotate).not.toHaveBeenCalled();
    expect(reading.saveTab).not.toHaveBeenCalled();
    expect(reading.handle).not.toHaveBeenCalled();
    expect(history.run).not.toHaveBeenCalled();
    expect(options).not.toHaveBeenCalled();
  });

  it('answers nothing at all to other extensions and web pages, whatever they send', () => {
    const { handle } = setup();
    const strangers = [
      { url: PAGE, tab: { id: 5 }, frameId: 0 },
      { id: 'ponmlkjihgfedcbaponmlkjihgfedcba', url: PAGE, tab: { id: 5 }, frameId: 0 },
      {
        id: 'ponmlkjihgfedcbaponmlkjihgfedcba',
        url: 'chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba/x.html',
      },
      {},
    ];
    for (const sender of strangers) {
      expect(handle({ type: 'get-tab-result', tabId: 5 }, sender)).toBeUndefined();
      expect(
        handle(
          { type: 'analyze', input: { text: 'x', title: null, published: null, articleHint: false } },
          sender,
        ),
      ).toBeUndefined();
      expect(handle({ type: 'reading-erase' }, sender)).toBeUndefined();
    }
  });
});

describe('actor-history (read-only past context for the hover cards)', () => {
  it('answers only a top-frame content script about its own page', async () => {
    const { deps } = setup();
    const actorHistory = vi.fn(async () => ({ us: { count: 2, since: '2026-01-01' } }));
    const handle = createMessageHandler({ ...deps, actorHistory });
    const msg = { type: 'actor-history', url: PAGE, actorIds: ['us'] };
    expect(await handle(msg, contentSender())).toEqual({ us: { count: 2, since: '2026-01-01' } });
    expect(handle({ ...msg, url: 'https://elsewhere.example/a' }, contentSender())).toBeUndefined();
    expect(handle(msg, { id: OWN, frameId: 0, tab: { id: 5 } })).toBeUndefined();
    expect(handle(msg, contentSender(5, { frameId: 1 }))).toBeUndefined();
    expect(handle(msg, popupSender)).toBeUndefined();
    expect(
      handle({ ...msg, actorIds: Array.from({ length: 201 }, (_, i) => `a${i}`) }, contentSender()),
    ).toBeUndefined();
    expect(actorHistory).toHaveBeenCalledTimes(1);
  });
});

describe('analyze (the analyzer run in the background for a content script)', () => {
  const input = { text: 'The EU and China met.', title: 'Talks', published: null, articleHint: true };
  const reply = { ok: true as const, analysis: {} as never, ms: 1 };

  it('runs for a top-frame content script in a tab', async () => {
    const { deps } = setup();
    const analyze = vi.fn(async () => reply);
    const handle = createMessageHandler({ ...deps, analyze });
    expect(await handle({ type: 'analyze', input }, contentSender())).toBe(reply);
    expect(analyze).toHaveBeenCalledWith(input);
  });

  it('refuses extension pages, iframes, non-tabs and oversize or malformed input', () => {
    const { deps } = setup();
    const analyze = vi.fn(async () => reply);
    const handle = createMessageHandler({ ...deps, analyze });
    expect(handle({ type: 'analyze', input }, popupSender)).toBeUndefined();
    expect(handle({ type: 'analyze', input }, contentSender(5, { frameId: 2 }))).toBeUndefined();
    expect(handle({ type: 'analyze', input }, contentSender(5, { tab: undefined }))).toBeUndefined();
    const big = { ...input, text: 'x'.repeat(MAX_ARTICLE_TEXT + 1) };
    expect(handle({ type: 'analyze', input: big }, contentSender())).toBeUndefined();
    expect(
      handle({ type: 'analyze', input: { ...input, title: 'x'.repeat(1_001) } }, contentSender()),
    ).toBeUndefined();
    expect(handle({ type: 'analyze', input: { text: 5 } }, contentSender())).toBeUndefined();
    expect(analyze).not.toHaveBeenCalled();
  });
});

describe('private windows', () => {
  it('an incognito tab gets its session result (cleared when the tab closes) but nothing reaches the history', async () => {
    const { deps, backend } = setup();
    const store = { record: vi.fn(async () => ({ digest: {} as never, updated: false, pruned: 0 })) };
    const settings = createHistorySettings(createStorage(createFakeBackend()));
    const recorder = createHistoryRecorder({
      store: async () => store as unknown as HistoryStore,
      settings,
      announce: vi.fn(),
    });
    const handle = createMessageHandler({ ...deps, history: recorder });
    const msg = { type: 'tab-result', result: sampleTabResult() };
    expect(await handle(msg, contentSender(5, { tab: { id: 5, incognito: true } }))).toEqual({ ok: true });
    expect(store.record).not.toHaveBeenCalled();
    expect(backend.data.session.has(tabKey(5))).toBe(true);
    // The same article in an ordinary window is recorded: the refusal is about the window.
    expect(await handle(msg, contentSender(6, { tab: { id: 6, incognito: false } }))).toEqual({ ok: true });
    expect(store.record).toHaveBeenCalledTimes(1);
  });
});
