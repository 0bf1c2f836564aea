import { describe, expect, it, vi } from 'vitest';
import { createFakeBackend } from '../storage/fake-backend';
import { createStorage } from '../storage/item';
import { createTabResultStore } from '../storage/tab-results';
import { sampleTabResult } from '../storage/test-data';
import { createTabLifecycle, FRESH_MS, isStale } from './tab-lifecycle';
import { createTabQueue } from './tab-queue';

const URL_A = 'https://www.reuters.com/a';

describe('isStale', () => {
  const stored = sampleTabResult({ url: URL_A, at: 1_000 });
  it('compares URLs without the fragment when the URL is known', () => {
    expect(isStale(stored, `${URL_A}#comments`, 1_001)).toBe(false);
    expect(isStale(stored, 'https://www.reuters.com/b', 1_001)).toBe(true);
  });
  it('falls back to age when the browser hides the URL', () => {
    expect(isStale(stored, undefined, 1_000 + FRESH_MS - 1)).toBe(false);
    expect(isStale(stored, undefined, 1_000 + FRESH_MS + 1)).toBe(true);
  });
});

describe('tab lifecycle', () => {
  function setup(now = 10_000) {
    const tabResults = createTabResultStore(createStorage(createFakeBackend()));
    const setBadge = vi.fn(async () => undefined);
    const queue = createTabQueue();
    return {
      tabResults,
      setBadge,
      queue,
      life: createTabLifecycle({ tabResults, queue, setBadge, now: () => now }),
    };
  }

  it('forgets a closed tab', async () => {
    const { tabResults, life } = setup();
    await tabResults.save(1, sampleTabResult());
    await life.onRemoved(1);
    expect(await tabResults.get(1)).toBeUndefined();
  });

  it('clears a result when its tab loads another page, keeps it on unrelated updates', async () => {
    const { tabResults, life, setBadge } = setup();
    await tabResults.save(1, sampleTabResult({ url: URL_A, at: 9_999 }));
    await life.onUpdated(1, { title: 'x' } as { status?: string });
    await life.onUpdated(1, { status: 'loading', url: URL_A });
    expect(await tabResults.get(1)).toBeDefined();
    await life.onUpdated(1, { status: 'loading', url: 'https://www.reuters.com/other' });
    expect(await tabResults.get(1)).toBeUndefined();
    expect(setBadge).toHaveBeenCalledWith(1, null);
  });

  it('does not let a late clear wipe a result stored after it was queued', async () => {
    const { tabResults, life, queue } = setup();
    await tabResults.save(1, sampleTabResult({ url: URL_A, at: 0 }));
    const clearing = life.onUpdated(1, { status: 'loading', url: 'https://www.reuters.com/new' });
    const storing = queue.run(1, () =>
      tabResults.save(1, sampleTabResult({ url: 'https://www.reuters.com/new' })),
    );
    await Promise.all([clearing, storing]);
    expect((await tabResults.get(1))?.url).toBe('https://www.reuters.com/new');
  });

  it('sweeps results of tabs that no longer exist', async () => {
    const { tabResults, life } = setup();
    await tabResults.save(1, sampleTabResult());
    await tabResults.save(2, sampleTabResult());
    expect(await life.sweep(new Set([1]))).toBe(1);
    expect((await tabResults.all()).map((e) => e.tabId)).toEqual([1]);
  });
});
