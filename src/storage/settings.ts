/**
 * The settings as a typed storage item (see item.ts): the background writes it (options page
 * messages), the options page and the content script's pipeline read it and follow its changes.
 */
import type { Item, Storage } from './item';
import { parseSettings, SETTINGS_KEY, type Settings } from './settings-schema';

export * from './settings-schema';

/** The settings item over a storage (the real one, or a fake in tests). Never yields undefined data. */
export function createSettingsItem(storage: Storage): Item<Settings> {
  return storage.item<Settings>('local', SETTINGS_KEY, parseSettings);
}

/** The current settings, defaults when none were stored. */
export async function readSettings(item: Item<Settings>): Promise<Settings> {
  return (await item.get()) ?? parseSettings(undefined);
}
