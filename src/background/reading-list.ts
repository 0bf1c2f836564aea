/**
 * The background's side of the reading list (issue 6): it is the one writer. A save (popup button,
 * context menu, keyboard command) asks the tab's content script for the article text and its
 * annotations, injecting the script first on pages outside the built-in list (all three gestures
 * grant activeTab), and stores it; edits, deletes, undo, erase and imports come from the popup and
 * the library page as messages, checked to come from an extension page.
 */
import type { SaveInput } from '../reading-list/model';
import { parseImport, MAX_IMPORT_BYTES } from '../reading-list/import';
import { createPartAssembler } from './import-parts';
import { parseArticlePayload, type MessageOf } from '../shared/protocol';
import { migrateLegacyItem, type LegacyItem } from '../storage/reading-list/schema';
import type { ReadingListStore } from '../storage/reading-list/store';

export type SaveReply =
  | { ok: true; created: boolean; url: string; title: string; withText: boolean }
  | { ok: false; error: string };

export type ImportReply =
  | { ok: true; done: false; received: number }
  | { ok: true; done: true; added: number; merged: number; duplicates: number }
  | { ok: false; error: string };

export interface TabLike {
  id?: number | undefined;
  url?: string | undefined;
  title?: string | undefined;
  /** A private window's tab: nothing of it is stored (issue 7). */
  incognito?: boolean | undefined;
}

/** What a save from a private window answers. */
export const PRIVATE_WINDOW_ERROR = 'Parley keeps nothing from private windows, so this page was not saved.';

export interface ReadingDeps {
  store(): Promise<
    Pick<ReadingListStore, 'save' | 'update' | 'remove' | 'restore' | 'erase' | 'importArticles'>
  >;
  /** The tab's answer to `get-article` (raw, validated here), or undefined when nothing answers. */
  fetchArticle(tabId: number): Promise<unknown>;
  now?: () => number;
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

/**
 * Saves the article shown in `tab` (`pageUrl`: the context menu's, when the tab's URL is hidden).
 * Without an answer from the page (a browser page, a PDF, a page that forbids scripts) the URL and
 * title are saved alone, so a save never silently does nothing on a real page.
 */
export async function saveTab(
  deps: ReadingDeps,
  tab: TabLike | undefined,
  pageUrl?: string,
): Promise<SaveReply> {
  if (tab?.incognito) return { ok: false, error: PRIVATE_WINDOW_ERROR };
  const url = tab?.url ?? pageUrl;
  let input: SaveInput | null = null;
  if (tab?.id !== undefined) {
    const payload = parseArticlePayload(await deps.fetchArticle(tab.id).catch(() => undefined));
    // The page may have navigated since the click: only an answer from the same site counts.
    if (payload && (url === undefined || sameOrigin(payload.url, url))) input = payload;
  }
  if (input === null) {
    if (!url)
      return { ok: false, error: 'Parley cannot see which page this is. Open it in a tab and try again.' };
    input = { url, title: tab?.title ?? '', text: '' };
  }
  const saved = await (await deps.store()).save(input, (deps.now ?? Date.now)());
  if (!saved)
    return { ok: false, error: 'Only web pages (http and https) can be saved to the reading list.' };
  return {
    ok: true,
    created: saved.created,
    url: saved.article.url,
    title: saved.article.title,
    withText: saved.article.text !== '',
  };
}

type ReadingMessage = MessageOf<
  'reading-update' | 'reading-delete' | 'reading-restore' | 'reading-erase' | 'reading-import'
>;

/** Handles the reading-list messages of extension pages. */
export function createReadingHandler(deps: ReadingDeps) {
  const now = () => (deps.now ?? Date.now)();
  const parts = createPartAssembler(MAX_IMPORT_BYTES, now);

  async function onImport(msg: MessageOf<'reading-import'>): Promise<ImportReply> {
    const got = parts.add(msg);
    if (got.kind === 'too-big') return parseImport('', msg.bytes) as ImportReply;
    if (got.kind === 'mismatch')
      return {
        ok: false,
        error: 'The import was interrupted (its parts do not fit together). Nothing was imported.',
      };
    if (got.kind === 'incomplete') return { ok: true, done: false, received: got.received };
    const parsed = parseImport(got.text, got.bytes);
    if (!parsed.ok) return parsed;
    try {
      const { added, merged } = await (await deps.store()).importArticles(parsed.articles);
      return { ok: true, done: true, added, merged, duplicates: parsed.duplicates };
    } catch (error) {
      return {
        ok: false,
        error: `The import could not be written (${errorText(error)}). Nothing was imported.`,
      };
    }
  }

  return async (msg: ReadingMessage): Promise<unknown> => {
    switch (msg.type) {
      case 'reading-update':
        return (await deps.store()).update(msg.url, msg.patch, now());
      case 'reading-delete':
        return { ok: await (await deps.store()).remove(msg.url, now()) };
      case 'reading-restore':
        return { ok: await (await deps.store()).restore(msg.url) };
      case 'reading-erase':
        return { ok: true, erased: await (await deps.store()).erase() };
      case 'reading-import':
        return onImport(msg);
    }
  };
}

/** The part of `browser.storage.local` the legacy migration uses. */
export interface LocalAreaLike {
  get(keys: null): Promise<Record<string, unknown>>;
  remove(keys: string[]): Promise<void>;
}

/** Where the first, minimal reading list kept its items (`reading:<url>` = {url, title, savedAt}). */
export const LEGACY_PREFIX = 'reading:';

/**
 * Moves items of the pre-IndexedDB reading list into the store (merged by URL) and then removes
 * them, once per profile; returns how many moved. Safe to run on every start: with nothing left
 * under the old keys it does nothing.
 */
export async function migrateLegacyReadingList(
  local: LocalAreaLike,
  store: Pick<ReadingListStore, 'importArticles'>,
): Promise<number> {
  const all = await local.get(null);
  const keys = Object.keys(all).filter((k) => k.startsWith(LEGACY_PREFIX));
  if (keys.length === 0) return 0;
  const articles = keys.flatMap((k) => {
    const raw = all[k] as Partial<LegacyItem> | null;
    if (typeof raw?.url !== 'string' || typeof raw.title !== 'string' || typeof raw.savedAt !== 'number')
      return [];
    const article = migrateLegacyItem({ url: raw.url, title: raw.title, savedAt: raw.savedAt });
    return article ? [article] : [];
  });
  if (articles.length > 0) await store.importArticles(articles);
  await local.remove(keys);
  return articles.length;
}
