import { describe, expect, it, vi } from 'vitest';
import { tabKey } from '../shared/tab-result';
import { createFakeBackend } from '../storage/fake-backend';
import { createStorage } from '../storage/item';
import { createTabResultStore } from '../storage/tab-results';
import { sampleTabResult } from '../storage/test-data';
import { createMessageHandler, type MessageDeps } from './messages';
import { createTabQueue } from './tab-queue';

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
