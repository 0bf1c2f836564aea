/**
 * The options page's "Import" and "Erase all data", in the background (the one writer of stored
 * data). An import arrives in parts (like the reading list's); the whole file is parsed and checked
 * before anything is written. The writes then go history → settings → reading list, each store in
 * its own transaction; when a later one fails, the earlier ones are put back as they were, so an
 * import either lands completely or leaves everything unchanged.
 *
 * An import merges: articles already in the history are replaced by the file's copy, reading-list
 * items are merged by URL (the reading list's rules), settings are replaced except the added sites,
 * which need the browser's permission again unless Parley still holds it (they are listed in the
 * reply for the options page to offer).
 */
import type { ArticleDigest } from '../core/history';
import type { MessageOf } from '../shared/protocol';
import type { Item } from '../storage/item';
import { parseDataFile, MAX_DATA_BYTES } from '../storage/settings-data';
import { createPartAssembler } from './import-parts';
import { parseSettings, type Settings } from '../storage/settings-schema';
import type { HistoryStore } from '../storage/history/store';
import type { ReadingListStore } from '../storage/reading-list/store';
import type { Sites } from './sites';

export interface DataDeps {
  history(): Promise<Pick<HistoryStore, 'get' | 'putMany' | 'forget' | 'forgetAll'>>;
  readingList(): Promise<Pick<ReadingListStore, 'importArticles' | 'erase'>>;
  settings: Item<Settings>;
  sites: Pick<Sites, 'sync' | 'removeAll' | 'grantedOf'>;
  /** Tells open pages the history changed. */
  announceHistory(): void;
  /** Clears the history's notices (erase). */
  clearHistoryNotice?(): Promise<void>;
  now?: () => number;
}

export type DataImportReply =
  | { ok: true; done: false; received: number }
  | {
      ok: true;
      done: true;
      history: number;
      readingList: { added: number; merged: number };
      /** Added sites from the file that need the user's permission again. */
      needPermission: string[];
    }
  | { ok: false; error: string };

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function createDataHandler(deps: DataDeps) {
  const now = () => (deps.now ?? Date.now)();
  const parts = createPartAssembler(MAX_DATA_BYTES, now);

  async function write(raw: string, bytes: number): Promise<DataImportReply> {
    const parsed = parseDataFile(raw, bytes);
    if (!parsed.ok) return parsed;
    const { data } = parsed;
    const history = await deps.history();
    const previousSettings = (await deps.settings.get()) ?? parseSettings(undefined);
    const previous = await Promise.all(data.history.map((d) => history.get(d.url)));

    /** Puts the touched history articles back as they were. */
    const undoHistory = async () => {
      const existed: ArticleDigest[] = [];
      for (const [i, d] of data.history.entries()) {
        const before = previous[i];
        if (before) existed.push(before);
        else await history.forget(d.url);
      }
      if (existed.length > 0) await history.putMany(existed);
    };
    const fail = (what: string, error: unknown): DataImportReply => ({
      ok: false,
      error: `The import could not be written (${what}: ${errorText(error)}). Nothing was changed.`,
    });

    try {
      if (data.history.length > 0) await history.putMany(data.history);
    } catch (error) {
      await undoHistory().catch(() => undefined);
      return fail('history', error);
    }
    const keep = await deps.sites.grantedOf(data.settings.addedSites);
    const needPermission = data.settings.addedSites.filter(
      (p) => !keep.includes(p) && !previousSettings.addedSites.includes(p),
    );
    const addedSites = [...new Set([...previousSettings.addedSites, ...keep])];
    try {
      await deps.settings.set({ ...data.settings, addedSites });
    } catch (error) {
      await undoHistory().catch(() => undefined);
      return fail('settings', error);
    }
    let readingList: { added: number; merged: number };
    try {
      readingList = await (await deps.readingList()).importArticles(data.readingList);
    } catch (error) {
      await deps.settings.set(previousSettings).catch(() => undefined);
      await undoHistory().catch(() => undefined);
      return fail('reading list', error);
    }
    deps.announceHistory();
    await deps.sites.sync().catch((e: unknown) => console.warn('Parley: registering added sites failed.', e));
    return { ok: true, done: true, history: data.history.length, readingList, needPermission };
  }

  async function onImport(msg: MessageOf<'data-import'>): Promise<DataImportReply> {
    const got = parts.add(msg);
    if (got.kind === 'too-big') return parseDataFile('', msg.bytes) as DataImportReply;
    if (got.kind === 'mismatch')
      return {
        ok: false,
        error: 'The import was interrupted (its parts do not fit together). Nothing was changed.',
      };
    if (got.kind === 'incomplete') return { ok: true, done: false, received: got.received };
    return write(got.text, got.bytes);
  }

  /** Everything Parley stored, gone: history, reading list, settings, added sites and their permissions. */
  async function erase(): Promise<{ ok: true }> {
    const history = await deps.history();
    await history.forgetAll();
    await deps.clearHistoryNotice?.();
    deps.announceHistory();
    await (await deps.readingList()).erase();
    await deps.sites.removeAll();
    await deps.settings.remove();
    return { ok: true };
  }

  return (msg: MessageOf<'data-import' | 'data-erase'>): Promise<unknown> =>
    msg.type === 'data-import' ? onImport(msg) : erase();
}
