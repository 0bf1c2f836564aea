/**
 * Keeps `tab:<id>` results true to what each tab shows: a closed tab's result goes, a tab that
 * loads a different document loses its old result (the new page's content script, if any, writes a
 * fresh one), and results of tabs closed while the worker was asleep are swept on start-up.
 */
import type { TabResult } from '../shared/tab-result';
import type { TabResultStore } from '../storage/tab-results';
import type { TabQueue } from './tab-queue';

/**
 * A result younger than this survives a "loading" event with an unknown URL: same-document
 * navigations (pushState) can report "loading" just after the content script re-sent its result.
 */
export const FRESH_MS = 1_500;

const withoutHash = (u: string) => u.split('#')[0];

/**
 * Pure: should a stored result be dropped when its tab starts loading `newUrl`? Chrome hides the
 * URL (undefined) unless we have host access, so then only age decides.
 */
export function isStale(stored: TabResult, newUrl: string | undefined, now: number): boolean {
  if (newUrl !== undefined) return withoutHash(newUrl) !== withoutHash(stored.url);
  return now - stored.at > FRESH_MS;
}

export interface LifecycleDeps {
  tabResults: TabResultStore;
  queue: TabQueue;
  setBadge(tabId: number, result: TabResult | null): Promise<void>;
  now?: () => number;
}

export function createTabLifecycle(deps: LifecycleDeps) {
  const now = deps.now ?? Date.now;
  return {
    onRemoved(tabId: number): Promise<void> {
      return deps.queue.run(tabId, () => deps.tabResults.remove(tabId));
    },
    onUpdated(
      tabId: number,
      change: { status?: string | undefined; url?: string | undefined },
    ): Promise<void> {
      if (change.status !== 'loading' && change.url === undefined) return Promise.resolve();
      return deps.queue.run(tabId, async () => {
        const stored = await deps.tabResults.get(tabId);
        if (!stored || !isStale(stored, change.url, now())) return;
        await deps.tabResults.remove(tabId);
        await deps.setBadge(tabId, null);
      });
    },
    /** Drops results whose tabs are gone; returns how many. */
    sweep(openTabIds: ReadonlySet<number>): Promise<number> {
      return deps.tabResults.keepOnly(openTabIds);
    },
  };
}
