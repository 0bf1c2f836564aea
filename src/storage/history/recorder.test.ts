import { describe, expect, it, vi } from 'vitest';
import { createFakeBackend } from '../fake-backend';
import { createStorage } from '../item';
import { sampleTabResult } from '../test-data';
import { HistoryFullError } from './quota';
import { createHistoryRecorder } from './recorder';
import { createHistorySettings } from './settings';
import type { HistoryStore } from './store';

function setup(
  record: HistoryStore['record'] = async (s) => ({
    digest: { url: s.url } as never,
    updated: false,
    pruned: 0,
  }),
) {
  const settings = createHistorySettings(createStorage(createFakeBackend()));
  const store = {
    record: vi.fn(record),
    forget: vi.fn(async () => true),
    forgetAll: vi.fn(async () => undefined),
  } as unknown as HistoryStore;
  const announce = vi.fn();
  const recorder = createHistoryRecorder({ store: async () => store, settings, announce, now: () => 5 });
  return { recorder, store, settings, announce };
}

describe('history recorder', () => {
  it('records negotiation articles and announces the change', async () => {
    const { recorder, store, announce } = setup();
    const out = await recorder.record(sampleTabResult(), { incognito: false });
    expect(out.recorded).toBe(true);
    expect(store.record).toHaveBeenCalledWith(expect.objectContaining({ url: sampleTabResult().url }), 5);
    expect(announce).toHaveBeenCalledTimes(1);
  });

  it('records nothing from private windows, while paused, or for other pages', async () => {
    const { recorder, store, settings } = setup();
    expect(await recorder.record(sampleTabResult(), { incognito: true })).toEqual({
      recorded: false,
      why: 'incognito',
    });
    expect(await recorder.record(sampleTabResult({ isNegotiation: false }), undefined)).toEqual({
      recorded: false,
      why: 'not-negotiation',
    });
    await recorder.run({ type: 'history-set-paused', paused: true });
    expect(await settings.paused.get()).toBe(true);
    expect(await recorder.record(sampleTabResult(), undefined)).toEqual({ recorded: false, why: 'paused' });
    expect(store.record).not.toHaveBeenCalled();
    await recorder.run({ type: 'history-set-paused', paused: false });
    expect((await recorder.record(sampleTabResult(), undefined)).recorded).toBe(true);
  });

  it('leaves a notice when the quota forced a prune, whether or not the write then fit', async () => {
    const pruned = setup(async (s) => ({ digest: { url: s.url } as never, updated: false, pruned: 4 }));
    await pruned.recorder.record(sampleTabResult(), undefined);
    expect(await pruned.settings.notice.get()).toEqual({ kind: 'pruned', count: 4, at: 5 });

    const full = setup(async () => {
      throw new HistoryFullError(9);
    });
    expect(await full.recorder.record(sampleTabResult(), undefined)).toEqual({
      recorded: false,
      why: 'full',
    });
    expect(await full.settings.notice.get()).toMatchObject({ count: 9 });
    await full.recorder.run({ type: 'history-dismiss-notice' });
    expect(await full.settings.notice.get()).toBeUndefined();
  });

  it('forgets one article or everything on command', async () => {
    const { recorder, store, settings } = setup();
    await settings.notice.set({ kind: 'pruned', count: 1, at: 1 });
    expect(await recorder.run({ type: 'history-forget', url: 'https://x.com/a' })).toEqual({ ok: true });
    expect(store.forget).toHaveBeenCalledWith('https://x.com/a');
    expect(await recorder.run({ type: 'history-forget-all' })).toEqual({ ok: true });
    expect(store.forgetAll).toHaveBeenCalled();
    expect(await settings.notice.get()).toBeUndefined();
  });
});
