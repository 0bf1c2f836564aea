import { describe, expect, it, vi } from 'vitest';
import type { TabResult } from '../shared/tab-result';
import { sampleTabResult } from '../storage/test-data';
import type { loadTab, TabAndResult } from './api';
import { startTabLoad } from './tab-load';

/** A `loadTab` stand-in: resolves or rejects when the test says, and exposes the change callback. */
function fakeLoad() {
  let settle!: { resolve: (v: TabAndResult | null) => void; reject: (e: unknown) => void };
  let change!: (tabId: number, r: TabResult | null) => void;
  let signal!: AbortSignal;
  const load = vi.fn<typeof loadTab>((_search, onChange, s) => {
    change = onChange;
    signal = s;
    return new Promise((resolve, reject) => (settle = { resolve, reject }));
  });
  return {
    load,
    settle: () => settle,
    change: (id: number, r: TabResult | null) => change(id, r),
    signal: () => signal,
  };
}

const loaded = (result: TabResult | null): TabAndResult => ({
  tab: { id: 7, url: 'https://example.org/a' },
  result,
});

describe('startTabLoad', () => {
  it('starts the read at once and peeks its outcome only once it has settled', async () => {
    const f = fakeLoad();
    const load = startTabLoad('?tab=7', f.load);
    expect(f.load).toHaveBeenCalledWith('?tab=7', expect.any(Function), expect.any(AbortSignal));
    expect(load.peek()).toBeUndefined();
    const value = loaded(sampleTabResult());
    f.settle().resolve(value);
    await expect(load.done).resolves.toEqual({ ok: true, loaded: value });
    expect(load.peek()).toEqual({ ok: true, loaded: value });
  });

  it('turns a failed read into an outcome instead of a rejection', async () => {
    const f = fakeLoad();
    const load = startTabLoad('', f.load);
    const error = new Error('no tabs permission');
    f.settle().reject(error);
    await expect(load.done).resolves.toEqual({ ok: false, error });
    expect(load.peek()).toEqual({ ok: false, error });
  });

  it('drops changes before the read settled and replays the newest later one to a late listener', async () => {
    const f = fakeLoad();
    const load = startTabLoad('?tab=7', f.load);
    f.change(7, sampleTabResult({ title: 'before the read' }));
    f.settle().resolve(loaded(null));
    await load.done;
    f.change(7, sampleTabResult({ title: 'first change' }));
    f.change(7, sampleTabResult({ title: 'second change' }));
    const heard: Array<string | null> = [];
    load.listen((_id, r) => heard.push(r?.title ?? null));
    expect(heard).toEqual(['second change']);
    f.change(7, null);
    expect(heard).toEqual(['second change', null]);
  });

  it('stop() aborts the watch it started', () => {
    const f = fakeLoad();
    const load = startTabLoad('', f.load);
    expect(f.signal().aborted).toBe(false);
    load.stop();
    expect(f.signal().aborted).toBe(true);
  });
});
