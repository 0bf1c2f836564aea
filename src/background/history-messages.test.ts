import { describe, expect, it, vi } from 'vitest';
import { createFakeBackend } from '../storage/fake-backend';
import { createStorage } from '../storage/item';
import { createTabResultStore } from '../storage/tab-results';
import { sampleTabResult } from '../storage/test-data';
import { createMessageHandler, type MessageDeps } from './messages';
import { createTabQueue } from './tab-queue';

/** The history's wiring into the message handler (the recorder's own rules: storage/history/recorder.test.ts). */
const OWN = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${OWN}/`;
const PAGE = 'https://www.reuters.com/world/talks-2026-01-01/';

function setup() {
  const history = {
    record: vi.fn(async () => ({ recorded: false as const, why: 'paused' as const })),
    run: vi.fn(async () => ({ ok: true })),
  };
  const deps: MessageDeps = {
    ownId: OWN,
    extensionOrigin: ORIGIN,
    tabResults: createTabResultStore(createStorage(createFakeBackend())),
    queue: createTabQueue(),
    setBadge: vi.fn(async () => undefined),
    annotate: vi.fn(async () => ({ ok: true as const, injected: true })),
    history,
    now: () => 42,
  };
  return { history, handle: createMessageHandler(deps) };
}

const contentSender = (tab: object = { id: 5 }) => ({ id: OWN, url: PAGE, frameId: 0, tab });
const popupSender = { id: OWN, url: `${ORIGIN}src/popup/index.html?tab=5` };

describe('background: history wiring', () => {
  it('hands negotiation results to the history with their tab (incognito included), others not', async () => {
    const { history, handle } = setup();
    await handle(
      { type: 'tab-result', result: sampleTabResult() },
      contentSender({ id: 5, incognito: true }),
    );
    expect(history.record).toHaveBeenCalledWith(
      expect.objectContaining({ url: sampleTabResult().url, at: 42 }),
      { id: 5, incognito: true },
    );
    await handle({ type: 'tab-result', result: sampleTabResult({ isNegotiation: false }) }, contentSender());
    expect(history.record).toHaveBeenCalledTimes(1);
  });

  it('answers the tab result even when the history write fails', async () => {
    const { history, handle } = setup();
    history.record.mockRejectedValueOnce(new Error('disk gone'));
    const err = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await handle({ type: 'tab-result', result: sampleTabResult() }, contentSender())).toEqual({
      ok: true,
    });
    expect(err).toHaveBeenCalled();
    err.mockRestore();
  });

  it('runs history commands from the popup only', async () => {
    const { history, handle } = setup();
    expect(await handle({ type: 'history-forget', url: PAGE }, popupSender)).toEqual({ ok: true });
    expect(history.run).toHaveBeenCalledWith({ type: 'history-forget', url: PAGE });
    expect(await handle({ type: 'history-set-paused', paused: true }, popupSender)).toEqual({ ok: true });
    expect(handle({ type: 'history-forget-all' }, contentSender())).toBeUndefined();
    expect(handle({ type: 'history-forget', url: 'not a url' }, popupSender)).toBeUndefined();
    expect(history.run).toHaveBeenCalledTimes(2);
  });
});
