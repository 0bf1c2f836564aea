/**
 * The extension's history, bound to this origin's IndexedDB and `browser.storage.local`. Opened
 * lazily and once per page/worker: the background writes through it, the popup reads.
 */
import { storage } from '../index';
import { createHistorySettings } from './settings';
import { openHistory, type HistoryStore } from './store';
import { createHistoryRecorder } from './recorder';

export * from './store';
export * from './settings';
export { DB_NAME, DB_VERSION } from './schema';

let opening: Promise<HistoryStore> | null = null;

/** The shared connection; a failed open is retried on the next call instead of cached. */
export function history(): Promise<HistoryStore> {
  opening ??= openHistory({ onClose: () => (opening = null) }).catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

export const historySettings = createHistorySettings(storage);

/** Extension pages hear about history writes on this channel (IndexedDB has no change events). */
export const HISTORY_CHANNEL = 'parley-history';

/** Called by the writer after a committed change, so an open popup can reload its view. */
export function announceHistoryChange(): void {
  const channel = new BroadcastChannel(HISTORY_CHANNEL);
  channel.postMessage({ changed: Date.now() });
  channel.close();
}

/** Calls `cb` after every history change until `signal` aborts. */
export function onHistoryChange(cb: () => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  const channel = new BroadcastChannel(HISTORY_CHANNEL);
  channel.onmessage = () => cb();
  signal.addEventListener('abort', () => channel.close(), { once: true });
}

export type { HistoryCommand, HistoryRecorder, RecordOutcome } from './recorder';
export { createHistoryRecorder };

/** The background's recorder over the real store and settings. */
export const historyRecorder = createHistoryRecorder({
  store: history,
  settings: historySettings,
  announce: announceHistoryChange,
});
