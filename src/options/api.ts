/**
 * The options page's contact with the browser. It reads (settings from `storage.local`, the history
 * and reading list from IndexedDB for the export); every change goes to the background as a message,
 * the one writer of stored data. The one exception is `permissions.request`, which only a page can
 * call, inside the user's click.
 */
import { browser } from '../shared/browser';
import { IMPORT_CHUNK_CHARS, type Message } from '../shared/protocol';
import { storage } from '../storage';
import { history } from '../storage/history';
import { readingListStore } from '../storage/reading-list/index';
import {
  createSettingsItem,
  parseSettings,
  readSettings,
  type Settings,
  type SettingsPatch,
} from '../storage/settings';
import { buildDataFile, MAX_DATA_BYTES, parseDataFile } from '../storage/settings-data';
import { sitesFromMatches } from '../storage/settings-sites';
import type { SiteReply } from '../background/sites';
import type { DataImportReply } from '../background/data';

export const settingsItem = createSettingsItem(storage);

/** Reads the settings and follows their changes until `signal` aborts. */
export async function watchSettings(cb: (s: Settings) => void, signal: AbortSignal): Promise<void> {
  // Removed (erase all) means the defaults again.
  settingsItem.onChanged((s) => cb(s ?? parseSettings(undefined)), signal);
  cb(await readSettings(settingsItem));
}

async function send<T>(msg: Message): Promise<T> {
  return (await browser.runtime.sendMessage(msg)) as T;
}

export const updateSettings = (patch: SettingsPatch) =>
  send<{ ok: boolean }>({ type: 'settings-update', patch });

/** The built-in news sites, from the built manifest's content script. */
export function builtInSites(): string[] {
  const scripts = browser.runtime.getManifest().content_scripts ?? [];
  return sitesFromMatches(scripts.flatMap((cs) => cs.matches ?? []));
}

/**
 * Asks for the site's permission, then has the background register the content script. Call it
 * straight from the click handler: `permissions.request` needs the user's gesture, so nothing may be
 * awaited before it.
 */
export async function addSite(pattern: string): Promise<SiteReply> {
  let granted: boolean;
  try {
    granted = await browser.permissions.request({ origins: [pattern] });
  } catch (error) {
    return {
      ok: false,
      error: `The browser refused: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  if (!granted) return { ok: false, error: 'Parley was not given access to that site, so it was not added.' };
  return send<SiteReply>({ type: 'site-add', pattern });
}

export const removeSite = (pattern: string) => send<SiteReply>({ type: 'site-remove', pattern });

/** Which of the added sites Parley has the permission for now (it can be revoked in the browser's UI). */
export async function grantedSites(patterns: readonly string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (const p of patterns) {
    if (await browser.permissions.contains({ origins: [p] }).catch(() => false)) out.add(p);
  }
  return out;
}

/** Everything Parley keeps, as the export file's text. */
export async function exportAll(now = Date.now()): Promise<{ name: string; text: string }> {
  const [settings, digests, articles] = await Promise.all([
    readSettings(settingsItem),
    history().then((h) => h.db.getAll('articles')),
    readingListStore().then((s) => s.exportAll()),
  ]);
  const day = new Date(now).toISOString().slice(0, 10);
  return { name: `parley-data-${day}.json`, text: buildDataFile(settings, digests, articles, now) };
}

/** Offers `text` as a file download. */
export function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Imports an export file: refused by size before it is read, checked here first (a bad file is
 * explained without a round trip), then handed to the background in parts, which checks it again
 * and writes it all or nothing.
 */
export async function importAll(file: Blob): Promise<DataImportReply> {
  if (file.size > MAX_DATA_BYTES) return parseDataFile('', file.size) as DataImportReply;
  const raw = await file.text();
  const check = parseDataFile(raw, file.size);
  if (!check.ok) return check;
  const total = Math.max(1, Math.ceil(raw.length / IMPORT_CHUNK_CHARS));
  const id = crypto.randomUUID();
  let reply: DataImportReply = { ok: false, error: 'The import did not start. Nothing was changed.' };
  for (let index = 0; index < total; index++) {
    const data = raw.slice(index * IMPORT_CHUNK_CHARS, (index + 1) * IMPORT_CHUNK_CHARS);
    reply = await send<DataImportReply>({ type: 'data-import', id, index, total, bytes: file.size, data });
    if (!reply.ok) return reply;
  }
  return reply;
}

export const eraseAll = () => send<{ ok: boolean }>({ type: 'data-erase' });
