/**
 * What the reading-list views ask of the browser. They read the store directly (IndexedDB in the
 * extension's origin) and ask the background for every change, so the background stays the one
 * writer; downloads are made here from Blobs, since the data is already in the page. The export
 * and import code (and its schema library) loads on first use, so opening the list does not wait for it.
 */
import type { ImportReply, SaveReply } from '../../background/reading-list';
import type { ItemPatch, ReadingItem } from '../../reading-list/model';
import { browser } from '../../shared/browser';
import type { Message } from '../../shared/protocol';
import { readingListStore } from '../../storage/reading-list/index';

export { readingListStore };

async function send<T>(msg: Message): Promise<T> {
  const reply = (await browser.runtime.sendMessage(msg)) as T | undefined;
  if (reply === undefined) throw new Error('The background did not answer.');
  return reply;
}

export const saveTab = (tabId: number) => send<SaveReply>({ type: 'save-tab', tabId });

export const updateItem = (url: string, patch: ItemPatch) =>
  send<ReadingItem | null>({ type: 'reading-update', url, patch });

export const deleteItem = (url: string) => send<{ ok: boolean }>({ type: 'reading-delete', url });

export const restoreItem = (url: string) => send<{ ok: boolean }>({ type: 'reading-restore', url });

export const eraseAll = () => send<{ ok: boolean; erased: number }>({ type: 'reading-erase' });

/**
 * Imports a Parley JSON file: refused by size before it is read, checked here first (so a bad file
 * is explained without a round trip), then handed to the background in parts; the background
 * checks it again and writes it in one transaction.
 */
export async function importFile(file: Blob): Promise<ImportReply> {
  const [{ MAX_IMPORT_BYTES, parseImport }, { IMPORT_CHUNK_CHARS }] = await Promise.all([
    import('../../reading-list/import'),
    import('../../shared/protocol'),
  ]);
  if (file.size > MAX_IMPORT_BYTES) return parseImport('', file.size) as ImportReply;
  const raw = await file.text();
  const check = parseImport(raw, file.size);
  if (!check.ok) return check;
  const total = Math.max(1, Math.ceil(raw.length / IMPORT_CHUNK_CHARS));
  const id = crypto.randomUUID();
  let reply: ImportReply = { ok: false, error: 'The import did not start. Nothing was imported.' };
  for (let index = 0; index < total; index++) {
    const data = raw.slice(index * IMPORT_CHUNK_CHARS, (index + 1) * IMPORT_CHUNK_CHARS);
    reply = await send<ImportReply>({ type: 'reading-import', id, index, total, bytes: file.size, data });
    if (!reply.ok) return reply;
  }
  return reply;
}

export type ExportKind = 'json' | 'markdown' | 'notes' | 'csv';

export const EXPORT_LABELS: Record<ExportKind, string> = {
  json: 'JSON (complete, re-importable)',
  markdown: 'Markdown (one file)',
  notes: 'Markdown notes (one per article, for Obsidian/Logseq)',
  csv: 'CSV (spreadsheet)',
};

/** Builds the export file of the whole list: its name, type and content. */
export async function buildExport(kind: ExportKind, now = Date.now()) {
  const [{ exportCsv, exportJson, exportMarkdown, exportNotesJson }, store] = await Promise.all([
    import('../../reading-list/export'),
    readingListStore(),
  ]);
  const articles = await store.exportAll();
  const day = new Date(now).toISOString().slice(0, 10);
  switch (kind) {
    case 'json':
      return {
        name: `parley-reading-list-${day}.json`,
        type: 'application/json',
        content: exportJson(articles, now),
      };
    case 'markdown':
      return {
        name: `parley-reading-list-${day}.md`,
        type: 'text/markdown',
        content: exportMarkdown(articles, now),
      };
    case 'notes':
      return {
        name: `parley-notes-${day}.json`,
        type: 'application/json',
        content: exportNotesJson(articles, now),
      };
    case 'csv':
      return { name: `parley-reading-list-${day}.csv`, type: 'text/csv', content: exportCsv(articles) };
  }
}

/** Saves a file through the browser's download UI (an object URL on a transient link). */
export function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: `${type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The library page (full list, reader), optionally opened on one article or on the import dialog. */
export function libraryUrl(params: Record<string, string> = {}): string {
  const q = new URLSearchParams(params).toString();
  return browser.runtime.getURL(`src/library/index.html${q ? `?${q}` : ''}`);
}

export async function openLibrary(params: Record<string, string> = {}): Promise<void> {
  await browser.tabs.create({ url: libraryUrl(params) });
}
