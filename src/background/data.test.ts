import { describe, expect, it } from 'vitest';
import type { ArticleDigest } from '../core/history';
import { generateHistory } from '../core/history/generate';
import { generateArticles } from '../reading-list/generate';
import type { SavedArticle } from '../reading-list/model';
import { createFakeBackend } from '../storage/fake-backend';
import { createStorage } from '../storage/item';
import { createSettingsItem, defaultSettings, readSettings } from '../storage/settings';
import { buildDataFile } from '../storage/settings-data';
import { createDataHandler } from './data';

function setup(opts: { failReadingList?: boolean; granted?: string[] } = {}) {
  const history = new Map<string, ArticleDigest>();
  const list = new Map<string, SavedArticle>();
  const settings = createSettingsItem(createStorage(createFakeBackend()));
  const log: string[] = [];
  const handle = createDataHandler({
    settings,
    history: async () => ({
      get: async (url) => history.get(url),
      putMany: async (ds) => void ds.forEach((d) => history.set(d.url, d)),
      forget: async (url) => history.delete(url),
      forgetAll: async () => history.clear(),
    }),
    readingList: async () => ({
      async importArticles(articles) {
        if (opts.failReadingList) throw new Error('QuotaExceededError');
        let added = 0;
        for (const a of articles) {
          if (!list.has(a.url)) added++;
          list.set(a.url, a);
        }
        return { added, merged: articles.length - added };
      },
      erase: async () => {
        const n = list.size;
        list.clear();
        return n;
      },
    }),
    sites: {
      sync: async () => void log.push('sync'),
      removeAll: async () => void log.push('removeAll'),
      grantedOf: async (ps) => ps.filter((p) => (opts.granted ?? []).includes(p)),
    },
    announceHistory: () => log.push('announce'),
  });
  return { handle, history, list, settings, log };
}

const digests = generateHistory({ articles: 20, seed: 3 });
const articles = generateArticles(4);
const fileSettings = {
  ...defaultSettings(),
  scheme: 'high-contrast' as const,
  addedSites: ['https://*.kept.org/*', 'https://*.lost.org/*'],
};
const file = buildDataFile(fileSettings, digests, articles, 0);

async function importFile(t: ReturnType<typeof setup>, raw: string, chunk = raw.length) {
  const total = Math.ceil(raw.length / chunk);
  let reply: unknown;
  for (let i = 0; i < total; i++) {
    reply = await t.handle({
      type: 'data-import',
      id: 'x',
      index: i,
      total,
      bytes: raw.length,
      data: raw.slice(i * chunk, (i + 1) * chunk),
    });
  }
  return reply;
}

describe('data import', () => {
  it('writes history, settings and reading list from a file in parts', async () => {
    const t = setup({ granted: ['https://*.kept.org/*'] });
    const reply = await importFile(t, file, 5_000);
    expect(reply).toEqual({
      ok: true,
      done: true,
      history: 20,
      readingList: { added: 4, merged: 0 },
      needPermission: ['https://*.lost.org/*'],
    });
    expect(t.history.size).toBe(20);
    expect(t.list.size).toBe(4);
    const s = await readSettings(t.settings);
    expect(s.scheme).toBe('high-contrast');
    expect(s.addedSites).toEqual(['https://*.kept.org/*']);
    expect(t.log).toEqual(['announce', 'sync']);
  });

  it('changes nothing on a bad file', async () => {
    const t = setup();
    const bad = file.replace('"high-contrast"', '"neon"');
    const reply = (await importFile(t, bad)) as { ok: boolean; error: string };
    expect(reply.ok).toBe(false);
    expect(reply.error).toMatch(/settings\.scheme.*Nothing was changed\./);
    expect(t.history.size).toBe(0);
    expect(await t.settings.get()).toBeUndefined();
  });

  it('puts history and settings back when the reading list cannot be written', async () => {
    const t = setup({ failReadingList: true });
    const before = { ...digests[0]!, title: 'Kept as it was' };
    t.history.set(before.url, before);
    await t.settings.set({ ...defaultSettings(), scheme: 'colour-blind' });
    const reply = (await importFile(t, file)) as { ok: boolean; error: string };
    expect(reply).toMatchObject({ ok: false });
    expect(reply.error).toMatch(/reading list: QuotaExceededError.*Nothing was changed/);
    expect([...t.history.values()]).toEqual([before]);
    expect((await readSettings(t.settings)).scheme).toBe('colour-blind');
  });

  it('refuses parts that do not fit together', async () => {
    const t = setup();
    await t.handle({ type: 'data-import', id: 'y', index: 0, total: 2, bytes: 10, data: '{' });
    const reply = await t.handle({ type: 'data-import', id: 'y', index: 1, total: 3, bytes: 10, data: '}' });
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/interrupted/) });
  });
});

describe('erase', () => {
  it('empties every store and forgets the added sites', async () => {
    const t = setup();
    await importFile(t, file);
    t.log.length = 0;
    expect(await t.handle({ type: 'data-erase' })).toEqual({ ok: true });
    expect(t.history.size).toBe(0);
    expect(t.list.size).toBe(0);
    expect(await t.settings.get()).toBeUndefined();
    expect(t.log).toEqual(['announce', 'removeAll']);
  });
});
