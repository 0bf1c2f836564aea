import { describe, expect, it, vi } from 'vitest';
import { createFakeBackend } from './fake-backend';
import { createStorage, isQuotaError, StorageQuotaError } from './item';

const parseCount = (raw: unknown) =>
  typeof raw === 'object' && raw !== null && typeof (raw as { n?: unknown }).n === 'number'
    ? (raw as { n: number })
    : null;

describe('typed storage items', () => {
  it('round-trips a value and removes it', async () => {
    const storage = createStorage(createFakeBackend());
    const item = storage.item('local', 'count', parseCount);
    expect(await item.get()).toBeUndefined();
    await item.set({ n: 3 });
    expect(await item.get()).toEqual({ n: 3 });
    await item.remove();
    expect(await item.get()).toBeUndefined();
  });

  it('reads invalid stored data as absent instead of handing it on', async () => {
    const backend = createFakeBackend();
    backend.data.local.set('count', { n: 'three' });
    expect(await createStorage(backend).item('local', 'count', parseCount).get()).toBeUndefined();
  });

  it('keeps areas apart', async () => {
    const storage = createStorage(createFakeBackend());
    await storage.item('session', 'k', parseCount).set({ n: 1 });
    expect(await storage.item('local', 'k', parseCount).get()).toBeUndefined();
  });

  it('reports changes of its own key until the signal aborts', async () => {
    const storage = createStorage(createFakeBackend());
    const item = storage.item('local', 'count', parseCount);
    const other = storage.item('local', 'other', parseCount);
    const seen = vi.fn();
    const controller = new AbortController();
    item.onChanged(seen, controller.signal);
    await item.set({ n: 1 });
    await other.set({ n: 9 });
    await item.set({ n: 2 });
    controller.abort();
    await item.set({ n: 3 });
    expect(seen.mock.calls).toEqual([
      [{ n: 1 }, undefined],
      [{ n: 2 }, { n: 1 }],
    ]);
  });

  it('turns a full area into a StorageQuotaError naming the key', async () => {
    const backend = createFakeBackend();
    backend.quota.local = 40;
    const item = createStorage(backend).item('local', 'big', (raw) => raw as string);
    const error = await item.set('x'.repeat(100)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageQuotaError);
    expect((error as Error).message).toContain('big');
    expect(isQuotaError(error)).toBe(true);
    expect(isQuotaError(new Error('network down'))).toBe(false);
  });

  it('lists and removes family members by prefix', async () => {
    const storage = createStorage(createFakeBackend());
    const family = storage.family<{ n: number }, number>('session', 't:', parseCount);
    await family.of(1).set({ n: 1 });
    await family.of(2).set({ n: 2 });
    await storage.item('session', 'other', parseCount).set({ n: 0 });
    expect((await family.entries()).map((e) => e.id).sort()).toEqual(['1', '2']);
    await family.removeMany([1]);
    expect((await family.entries()).map((e) => e.id)).toEqual(['2']);
  });
});
