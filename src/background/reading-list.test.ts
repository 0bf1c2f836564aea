import { describe, expect, it, vi } from 'vitest';
import { exportJson } from '../reading-list/export';
import { generateArticles } from '../reading-list/generate';
import { buildArticle, type SaveInput, type SavedArticle } from '../reading-list/model';
import {
  PRIVATE_WINDOW_ERROR,
  createReadingHandler,
  migrateLegacyReadingList,
  saveTab,
  type ReadingDeps,
} from './reading-list';

/** A store double that records what the background asked of it. */
function fakeStore() {
  const saved = new Map<string, SavedArticle>();
  const imported: SavedArticle[][] = [];
  const store = {
    save: vi.fn(async (input: SaveInput, now = 1) => {
      const prev = saved.get(new URL(input.url).origin + new URL(input.url).pathname);
      const article = buildArticle(input, prev, now);
      if (!article) return null;
      saved.set(article.url, article);
      return { article, created: prev === undefined };
    }),
    update: vi.fn(async () => null),
    remove: vi.fn(async () => true),
    restore: vi.fn(async () => true),
    erase: vi.fn(async () => 3),
    importArticles: vi.fn(async (a: readonly SavedArticle[]) => {
      imported.push([...a]);
      return { added: a.length, merged: 0 };
    }),
  };
  return { store, saved, imported };
}

const page = {
  url: 'https://www.bbc.com/news/port-deal',
  title: 'Port deal',
  published: null,
  siteName: 'BBC',
  text: 'Port deal\n\nIndia asked for lower duties.',
  isNegotiation: false,
  parties: [],
  actors: [
    {
      id: 'in',
      name: 'India',
      kind: 'country',
      side: 'India',
      role: null,
      mentions: [{ start: 11, end: 16 }],
    },
  ],
  preconditions: [],
};

function deps(answer: unknown, s = fakeStore()): ReadingDeps & { s: ReturnType<typeof fakeStore> } {
  return { s, store: async () => s.store, fetchArticle: async () => answer, now: () => 7 };
}

describe('saveTab', () => {
  it("saves the page's article with its annotations", async () => {
    const d = deps(page);
    const reply = await saveTab(d, { id: 3, url: page.url, title: 'tab title' });
    expect(reply).toEqual({ ok: true, created: true, url: page.url, title: 'Port deal', withText: true });
    expect(d.s.saved.get(page.url)!.annotations.actors[0]!.name).toBe('India');
  });

  it('saving twice updates instead of duplicating', async () => {
    const d = deps(page);
    await saveTab(d, { id: 3, url: page.url });
    const again = await saveTab(d, { id: 3, url: page.url });
    expect(again).toMatchObject({ ok: true, created: false });
    expect(d.s.saved.size).toBe(1);
  });

  it('falls back to URL and title when the page does not answer or answers nonsense', async () => {
    for (const answer of [undefined, { url: 'x' }, { ...page, text: 42 }]) {
      const d = deps(answer);
      const reply = await saveTab(d, { id: 3, url: page.url, title: 'Tab title' });
      expect(reply).toMatchObject({ ok: true, title: 'Tab title', withText: false });
    }
  });

  it('ignores an answer from another site (the tab navigated)', async () => {
    const d = deps({ ...page, url: 'https://evil.example/x' });
    const reply = await saveTab(d, { id: 3, url: page.url, title: 'T' });
    expect(reply).toMatchObject({ ok: true, url: page.url, withText: false });
  });

  it('uses the context menu page URL when the tab URL is hidden, and refuses non-web pages', async () => {
    expect(await saveTab(deps(undefined), { id: 1 }, 'https://apnews.com/a')).toMatchObject({ ok: true });
    expect(await saveTab(deps(undefined), { id: 1 })).toMatchObject({ ok: false });
    expect(await saveTab(deps(undefined), { id: 1, url: 'chrome://newtab/' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/web pages/),
    });
  });
});

describe('saveTab in a private window', () => {
  it('stores nothing and does not even ask the page', async () => {
    const d = deps(page);
    const fetchArticle = vi.spyOn(d, 'fetchArticle');
    const reply = await saveTab(d, { id: 3, url: page.url, title: 'T', incognito: true });
    expect(reply).toEqual({ ok: false, error: PRIVATE_WINDOW_ERROR });
    expect(fetchArticle).not.toHaveBeenCalled();
    expect(d.s.store.save).not.toHaveBeenCalled();
    // The same tab in an ordinary window saves.
    expect(await saveTab(d, { id: 3, url: page.url, incognito: false })).toMatchObject({ ok: true });
  });
});

describe('reading handler: chunked import', () => {
  const file = exportJson(generateArticles(3));
  const parts = [file.slice(0, 1000), file.slice(1000, 2000), file.slice(2000)];
  const msg = (index: number, data: string, extra: object = {}) => ({
    type: 'reading-import' as const,
    id: 'imp1',
    index,
    total: parts.length,
    bytes: file.length,
    data,
    ...extra,
  });

  it('imports once the last part arrives, parts in any order', async () => {
    const d = deps(undefined);
    const handle = createReadingHandler(d);
    expect(await handle(msg(2, parts[2]!))).toEqual({ ok: true, done: false, received: 1 });
    expect(await handle(msg(0, parts[0]!))).toEqual({ ok: true, done: false, received: 2 });
    expect(d.s.store.importArticles).not.toHaveBeenCalled();
    expect(await handle(msg(1, parts[1]!))).toEqual({
      ok: true,
      done: true,
      added: 3,
      merged: 0,
      duplicates: 0,
    });
    expect(d.s.imported[0]).toHaveLength(3);
  });

  it('refuses a file too big on its declared size, and a broken file, writing nothing', async () => {
    const d = deps(undefined);
    const handle = createReadingHandler(d);
    expect(await handle(msg(0, '', { bytes: 100 * 1024 * 1024 }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/100 MB/),
    });
    expect(await handle(msg(0, parts[0]!, { total: 1 }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not valid JSON/),
    });
    expect(d.s.store.importArticles).not.toHaveBeenCalled();
  });

  it('reports a failed write as nothing imported', async () => {
    const d = deps(undefined);
    d.s.store.importArticles.mockRejectedValueOnce(new Error('QuotaExceededError'));
    const reply = await createReadingHandler(d)(msg(0, file, { total: 1 }));
    expect(reply).toMatchObject({
      ok: false,
      error: expect.stringMatching(/could not be written.*Nothing was imported/),
    });
  });

  it('passes edits, deletes, undo and erase to the store', async () => {
    const d = deps(undefined);
    const handle = createReadingHandler(d);
    await handle({ type: 'reading-update', url: page.url, patch: { read: true } });
    expect(d.s.store.update).toHaveBeenCalledWith(page.url, { read: true }, 7);
    expect(await handle({ type: 'reading-delete', url: page.url })).toEqual({ ok: true });
    expect(await handle({ type: 'reading-restore', url: page.url })).toEqual({ ok: true });
    expect(await handle({ type: 'reading-erase' })).toEqual({ ok: true, erased: 3 });
  });
});

describe('migrateLegacyReadingList', () => {
  it('moves reading:<url> items into the store and removes them, leaving other keys', async () => {
    const data: Record<string, unknown> = {
      'reading:https://www.ft.com/a': { url: 'https://www.ft.com/a', title: 'A', savedAt: 5 },
      'reading:bad': { url: 42 },
      'settings:x': { keep: true },
    };
    const local = {
      get: async () => ({ ...data }),
      remove: async (keys: string[]) => keys.forEach((k) => delete data[k]),
    };
    const s = fakeStore();
    expect(await migrateLegacyReadingList(local, s.store)).toBe(1);
    expect(s.imported[0]!.map((a) => [a.url, a.title, a.savedAt])).toEqual([
      ['https://www.ft.com/a', 'A', 5],
    ]);
    expect(Object.keys(data)).toEqual(['settings:x']);
    expect(await migrateLegacyReadingList(local, s.store)).toBe(0);
  });
});
