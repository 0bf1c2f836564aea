/**
 * Per-tab analysis results in `browser.storage.session` under `tab:<tabId>` (the contract in
 * src/shared/tab-result.ts). Session storage is small (10 MB in Chrome) and results of long-closed
 * tabs are worthless, so a full area is pruned oldest-first and the write retried once.
 */
import { parseTabResult } from '../shared/protocol';
import { tabKey, type TabResult } from '../shared/tab-result';
import { StorageQuotaError, type Storage } from './item';

export interface TabResultStore {
  get(tabId: number): Promise<TabResult | undefined>;
  /** A value read from the area by other means (the popup's early read), validated as `get` does. */
  parse(raw: unknown): TabResult | undefined;
  /** Stores a tab's result; on a full area drops the oldest other results and tries again. */
  save(tabId: number, result: TabResult): Promise<void>;
  remove(tabId: number): Promise<void>;
  /** Every stored result with its tab id. */
  all(): Promise<Array<{ tabId: number; result: TabResult }>>;
  /** Removes the results of tabs that no longer exist; returns how many were removed. */
  keepOnly(openTabIds: ReadonlySet<number>): Promise<number>;
  onChanged(
    tabId: number,
    cb: (value: TabResult | undefined, old: TabResult | undefined) => void,
    signal?: AbortSignal,
  ): void;
}

export const TAB_PREFIX = tabKey(0).slice(0, -1);

export function createTabResultStore(storage: Storage): TabResultStore {
  const family = storage.family<TabResult, number>('session', TAB_PREFIX, parseTabResult);

  const all = async () =>
    (await family.entries())
      .map(({ id, value }) => ({ tabId: Number(id), result: value }))
      .filter(({ tabId }) => Number.isInteger(tabId));

  return {
    get: (tabId) => family.of(tabId).get(),
    parse: (raw) => family.parse(raw),
    async save(tabId, result) {
      try {
        await family.of(tabId).set(result);
      } catch (error) {
        if (!(error instanceof StorageQuotaError)) throw error;
        const others = (await all())
          .filter((e) => e.tabId !== tabId)
          .sort((a, b) => a.result.at - b.result.at);
        if (others.length === 0) throw error;
        const drop = others.slice(0, Math.ceil(others.length / 2)).map((e) => e.tabId);
        console.warn(`Parley: session storage full; dropping the results of ${drop.length} older tab(s).`);
        await family.removeMany(drop);
        await family.of(tabId).set(result);
      }
    },
    remove: (tabId) => family.of(tabId).remove(),
    all,
    async keepOnly(openTabIds) {
      const stale = (await all()).filter((e) => !openTabIds.has(e.tabId)).map((e) => e.tabId);
      await family.removeMany(stale);
      return stale.length;
    },
    onChanged: (tabId, cb, signal) => family.of(tabId).onChanged(cb, signal),
  };
}
