/**
 * The extension's stores, bound to `browser.storage`. Only the background writes through them
 * (the popup and options page read); unit tests build the same stores over a fake backend.
 */
import { browser } from '../shared/browser';
import { createStorage, type StorageBackend } from './item';
import { createTabResultStore } from './tab-results';

export const browserBackend: StorageBackend = {
  area: (name) => browser.storage[name],
  onChanged: browser.storage.onChanged,
};

export const storage = createStorage(browserBackend);
export const tabResults = createTabResultStore(storage);
