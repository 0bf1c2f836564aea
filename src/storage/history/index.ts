/**
 * The extension's history, bound to this origin's IndexedDB and `browser.storage.local`. Opened
 * lazily and once per page/worker: the background writes through it, the popup reads.
 */
import { storage } from '../index';
import { createHistorySettings } from './settings';
import { openHistory, type HistoryStore } from './store';

export * from './store';
export * from './settings';
export { DB_NAME, DB_VERSION } from './schema';

let opening: Promise<HistoryStore> | null = null;

/** The shared connection; a failed open is retried on the next call instead of cached. */
export function history(): Promise<HistoryStore> {
  opening ??= openHistory().catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

export const historySettings = createHistorySettings(storage);
