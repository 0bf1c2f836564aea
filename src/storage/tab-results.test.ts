import { describe, expect, it } from 'vitest';
import { tabKey } from '../shared/tab-result';
import { createFakeBackend } from './fake-backend';
import { createStorage } from './item';
import { createTabResultStore } from './tab-results';
import { sampleTabResult } from './test-data';

describe('tab result store', () => {
  it('stores under the contract key tab:<id>', async () => {
    const backend = createFakeBackend();
    const store = createTabResultStore(createStorage(backend));
    await store.save(7, sampleTabResult());
    expect([...backend.data.session.keys()]).toEqual([tabKey(7)]);
    expect((await store.get(7))?.title).toBe('Talks resume');
  });

  it('ignores a stored value that does not match the contract', async () => {
    const backend = createFakeBackend();
    backend.data.session.set(tabKey(3), { url: 'not a url' });
    const store = createTabResultStore(createStorage(backend));
    expect(await store.get(3)).toBeUndefined();
    expect(await store.all()).toEqual([]);
  });

  it('validates a value read by other means (the popup early read) as get does', () => {
    const store = createTabResultStore(createStorage(createFakeBackend()));
    expect(store.parse(sampleTabResult())?.title).toBe('Talks resume');
    expect(store.parse({ url: 'not a url' })).toBeUndefined();
    expect(store.parse(undefined)).toBeUndefined();
  });

  it('keeps only the results of open tabs', async () => {
    const store = createTabResultStore(createStorage(createFakeBackend()));
    await store.save(1, sampleTabResult());
    await store.save(2, sampleTabResult());
    await store.save(3, sampleTabResult());
    expect(await store.keepOnly(new Set([2]))).toBe(2);
    expect((await store.all()).map((e) => e.tabId)).toEqual([2]);
  });

  it('prunes the oldest other results when the area is full, then writes', async () => {
    const backend = createFakeBackend();
    const store = createTabResultStore(createStorage(backend));
    const one = JSON.stringify(sampleTabResult()).length + 8;
    backend.quota.session = one * 3 + 10;
    await store.save(1, sampleTabResult({ at: 1 }));
    await store.save(2, sampleTabResult({ at: 2 }));
    await store.save(3, sampleTabResult({ at: 3 }));
    await store.save(4, sampleTabResult({ at: 4 }));
    const left = (await store.all()).map((e) => e.tabId).sort();
    expect(left).toContain(4);
    expect(left).not.toContain(1);
  });

  it('gives up with the quota error when even an empty area cannot hold the result', async () => {
    const backend = createFakeBackend();
    backend.quota.session = 50;
    const store = createTabResultStore(createStorage(backend));
    await expect(store.save(1, sampleTabResult())).rejects.toThrow(/storage is full/);
  });
});
