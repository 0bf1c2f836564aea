/**
 * Past context in real Chromium.
 *
 * 1. The history store on real IndexedDB (bundled from src/storage/history and run in a plain page):
 *    one record per URL, syndicated copies grouped, two writers at once lose nothing, a version-1
 *    database migrates, a full quota prunes the oldest and the write still lands.
 * 2. The extension end to end (the build in dist/, or PARLEY_DIST): the three US-China demo articles read in date order, then the popup's
 *    Context view on the third lists the first two and the ledger's first/last sightings; the
 *    browser relaunched on the same profile still shows them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { test as base, chromium, expect, type BrowserContext, type Page } from '@playwright/test';
import { fixtures, type Fixture } from './fixtures/index';
import {
  chromiumExecutable,
  extensionArgs,
  extensionIdOf,
  extensionWorker,
  installNetworkGuard,
  loadPageSource,
  ROOT,
  routeKey,
} from './launch';
import type { openDB } from 'idb';
import type { articleContext, openHistory } from '../src/storage/history/store';
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
        import { openHistory, articleContext } from './src/storage/history/store';
        import { upgradeV1 } from './src/storage/history/schema';
        import { V1_RECORDS } from './src/storage/history/v1-fixture';
        import { buildDigest } from './src/core/history';
        window.parleyHistory = { openDB, openHistory, articleContext, upgradeV1, V1_RECORDS, buildDigest };`,
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
  articleContext: typeof articleContext;
  upgradeV1: typeof upgradeV1;
  V1_RECORDS: typeof V1_RECORDS;
  buildDigest: typeof buildDigest;
}
declare global {
  interface Window {
    parleyHistory: Lib;
  }
}

/**
 * A plain Chromium page at STORE_PAGE with the store bundle loaded. No extension is needed for
 * these tests, so they do not depend on a build in dist/.
 */
const storeTest = base.extend<{ storeContext: BrowserContext; storePage: Page }>({
  storeContext: async ({ headless }, use) => {
    const executablePath = chromiumExecutable();
    const browser = await chromium.launch({
      headless,
      ...(executablePath ? { executablePath } : {}),
      args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
    });
    const context = await browser.newContext();
    await context.route('**/*', (route) =>
      route.request().url() === STORE_PAGE
        ? route.fulfill({
            contentType: 'text/html',
            body: '<!doctype html><title>history store test</title>',
          })
        : route.abort(),
    );
    await use(context);
    await browser.close();
  },
  storePage: async ({ storeContext }, use) => {
    const page = await storeContext.newPage();
    await page.goto(STORE_PAGE);
    await page.addScriptTag({ content: await storeBundle() });
    await use(page);
  },
});

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

storeTest.describe('history store on real IndexedDB', () => {
  storeTest(
    'records a URL once, updates it on re-read, groups syndicated copies, forgets',
    async ({ storePage: page }) => {
      const got = await page.evaluate(async (sourceJs) => {
        const src = eval(sourceJs) as (u: string, t: string, p: string, x: string) => unknown;
        const h = await window.parleyHistory.openHistory({ name: 't-once' });
        const a = 'https://www.reuters.com/world/talks';
        const r1 = await h.record(
          src(
            a,
            'US and China hold trade talks in Geneva - Reuters',
            '2026-03-01',
            'Tariffs first.',
          ) as never,
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
        // The newest story is answered from the stored view, an older one from its thread's digests.
        const latest = await window.parleyHistory.articleContext(
          h,
          'cn+us/trade',
          'https://www.bbc.com/other',
        );
        const older = await window.parleyHistory.articleContext(h, 'cn+us/trade', a);
        const currentOf = (t: typeof latest.timeline) =>
          t.filter((i) => i.kind === 'article' && i.current).length;
        const contexts = [
          [latest.fromView, latest.earlier, latest.ledger.length, currentOf(latest.timeline)],
          [older.fromView, older.earlier, older.ledger.length, currentOf(older.timeline)],
        ];
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
          contexts,
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
      expect(got.contexts).toEqual([
        [true, 1, 1, 1],
        [false, 0, 1, 1],
      ]);
      expect(got.forgot).toBe(true);
      expect(got.after).toBe(2);
      expect(got.empty).toEqual([0, null]);
    },
  );

  storeTest('two writers at once lose nothing', async ({ storePage: page }) => {
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

  storeTest('a version-1 database is migrated on open', async ({ storePage: page }) => {
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

  storeTest(
    'a full quota prunes the oldest history and keeps everything else',
    async ({ storePage: page, storeContext: context }) => {
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
              src(
                `https://www.reuters.com/q/${n}`,
                `Quota story ${n}`,
                '2026-01-01',
                `${n} ${long}`,
              ) as never,
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
    },
  );
});

/** A browser on a profile that outlives it, so the test can close and relaunch on the same data. */
async function launchOn(userDataDir: string) {
  const executablePath = chromiumExecutable();
  const context = await chromium.launchPersistentContext(userDataDir, {
    headless: true,
    ...(executablePath ? { executablePath } : { channel: 'chromium' }),
    // PARLEY_DIST: a private build (`vite build --outDir …`) to test without touching dist/.
    args: extensionArgs(process.env.PARLEY_DIST || undefined),
    viewport: { width: 1280, height: 900 },
  });
  const pages = await installNetworkGuard(context);
  const id = extensionIdOf(await extensionWorker(context));
  return { context, pages, id };
}

/** Articles in the extension's history database, read straight from IndexedDB in an extension page. */
async function recordedUrls(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('parley');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('articles')) {
            db.close();
            resolve([]);
            return;
          }
          const req = db.transaction('articles').objectStore('articles').getAllKeys();
          req.onsuccess = () => {
            db.close();
            resolve((req.result as string[]).sort());
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

/** The id of the tab showing `url`, from the stored results (the content script reported it). */
async function tabIdOfUrl(context: BrowserContext, url: string): Promise<number> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const sw = await extensionWorker(context);
    const id = await sw.evaluate(async (target) => {
      const all = await chrome.storage.session.get(null);
      for (const [k, v] of Object.entries(all)) {
        if (k.startsWith('tab:') && (v as { url?: string }).url?.split('#')[0] === target)
          return Number(k.slice(4));
      }
      return null;
    }, routeKey(url));
    if (id !== null) return id;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no tab result for ${url}`);
}

declare const chrome: { storage: { session: { get(k: null): Promise<Record<string, unknown>> } } };

const demo = ['demo-us-china-talks.html', 'demo-us-china-followup.html', 'demo-us-china-deal.html'].map((f) =>
  fixtures.find((x) => x.file === f),
);

base.describe('past context in the extension', () => {
  base.skip(
    demo.some((f) => !f),
    'the US-China demo fixtures are not in e2e/fixtures/index.ts',
  );
  const [talks, followup, deal] = demo as [Fixture, Fixture, Fixture];

  base(
    'three articles of one negotiation read in date order: the popup on the third shows the first two and the ledger; all still there after a relaunch',
    async () => {
      base.setTimeout(120_000);
      const userDataDir = mkdtempSync(path.join(tmpdir(), 'parley-context-'));
      try {
        // First session: read the three articles, oldest first.
        let b = await launchOn(userDataDir);
        for (const f of demo as Fixture[]) b.pages.set(routeKey(f.url), loadPageSource(f.file));
        const reader = b.context.pages()[0] ?? (await b.context.newPage());
        const ext = await b.context.newPage();
        await ext.goto(`chrome-extension://${b.id}/src/options/index.html`);
        for (const [i, f] of [talks, followup, deal].entries()) {
          await reader.goto(f.url);
          await tabIdOfUrl(b.context, f.url);
          await expect.poll(() => recordedUrls(ext), { timeout: 15_000 }).toHaveLength(i + 1);
        }
        const dealTab = await tabIdOfUrl(b.context, deal.url);
        await checkChinaCard(b.context, reader, dealTab);

        const popup = await b.context.newPage();
        await popup.goto(`chrome-extension://${b.id}/src/popup/index.html?tab=${dealTab}`);
        await popup.getByRole('tab', { name: /Context/ }).click();
        await checkContext(popup, { talks, followup, deal });

        await b.context.close();

        // Second session on the same profile: nothing visited yet, everything still recorded.
        b = await launchOn(userDataDir);
        for (const f of demo as Fixture[]) b.pages.set(routeKey(f.url), loadPageSource(f.file));
        const ext2 = b.context.pages()[0] ?? (await b.context.newPage());
        await ext2.goto(`chrome-extension://${b.id}/src/options/index.html`);
        expect(await recordedUrls(ext2)).toHaveLength(3);
        const reader2 = await b.context.newPage();
        await reader2.goto(deal.url);
        const tab2 = await tabIdOfUrl(b.context, deal.url);
        const popup2 = await b.context.newPage();
        await popup2.goto(`chrome-extension://${b.id}/src/popup/index.html?tab=${tab2}&view=context`);
        await checkContext(popup2, { talks, followup, deal });

        // The controls: forget this article, then everything (after confirming).
        await popup2.getByRole('button', { name: 'Forget this article' }).click();
        await expect(popup2.getByTestId('timeline-article')).toHaveCount(2);
        expect(await recordedUrls(ext2)).toHaveLength(2);
        await popup2.getByRole('button', { name: 'Forget everything' }).click();
        await popup2.getByRole('button', { name: 'Yes, forget everything' }).click();
        await expect.poll(() => recordedUrls(ext2)).toEqual([]);
        await b.context.close();
      } finally {
        rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 });
      }
    },
  );
});

/**
 * The hover card of China on the third article says it was seen in the first two: the content
 * script asked the background (`actor-history`) after painting. The card lives in a closed shadow
 * root, so its text is read over CDP (`pierce`), which reaches closed roots.
 */
async function checkChinaCard(context: BrowserContext, reader: Page, tabId: number): Promise<void> {
  const sw = await extensionWorker(context);
  const china = await sw.evaluate(async (tab) => {
    const all = await chrome.storage.session.get(null);
    const r = all[`tab:${tab}`] as { actors: Array<{ name: string }> };
    return r.actors.findIndex((a) => a.name === 'China');
  }, tabId);
  expect(china).toBeGreaterThanOrEqual(0);
  const cdp = await context.newCDPSession(reader);
  interface DomNode {
    nodeType: number;
    nodeValue: string;
    children?: DomNode[];
    shadowRoots?: DomNode[];
  }
  const textOf = (n: DomNode): string =>
    (n.nodeType === 3 ? n.nodeValue : '') +
    [...(n.shadowRoots ?? []), ...(n.children ?? [])].map(textOf).join(' ');
  await expect
    .poll(
      async () => {
        await sw.evaluate(
          ([id, index]) =>
            (
              globalThis as unknown as {
                chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } };
              }
            ).chrome.tabs.sendMessage(id, { type: 'reveal', kind: 'actor', index }),
          [tabId, china] as const,
        );
        const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
          root: DomNode;
        };
        return /seen in \d+ earlier articles? since [^\n]*?\d{4}/.exec(textOf(root))?.[0] ?? '';
      },
      { timeout: 10_000 },
    )
    .toMatch(/^seen in 2 earlier articles since /);
  await cdp.detach();
}

const day = (iso: string | undefined) =>
  new Date(Date.parse(iso ?? '')).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });

/** The Context view on the third article: the first two in the timeline, the ledger's sightings. */
async function checkContext(popup: Page, f: { talks: Fixture; followup: Fixture; deal: Fixture }) {
  const view = popup.getByTestId('context-view');
  await expect(view).toBeVisible();
  const stories = view.getByTestId('timeline-article');
  await expect(stories).toHaveCount(3);
  await expect(stories.nth(0)).toContainText(f.talks.title);
  await expect(stories.nth(0).getByRole('link')).toHaveAttribute('href', f.talks.url);
  await expect(stories.nth(1)).toContainText(f.followup.title);
  await expect(stories.nth(2)).toContainText('this article');
  await expect(view.getByTestId('thread-summary')).toContainText('2 earlier articles');
  // The U.S. offer on tariffs (shelving the increase, then halving the rate) is in the second and
  // third articles; in the first, tariff removal is China's demand, not a U.S. position.
  const us = view.getByRole('group', { name: 'United States', exact: true });
  const tariffs = us.locator('[data-testid="ledger-entry"][data-issue="tariffs"]');
  await expect(tariffs).toHaveCount(1);
  await expect(tariffs.getByTestId('first-seen')).toHaveText(day(f.followup.published));
  await expect(tariffs.getByTestId('first-seen')).toHaveAttribute('href', f.followup.url);
  await expect(tariffs.getByTestId('last-seen')).toHaveText(day(f.deal.published));
  await expect(tariffs.getByTestId('last-seen')).toHaveAttribute('href', f.deal.url);
  await expect(tariffs).toContainText('2 articles');
  // China's demand on tariffs was first seen in the first article.
  const china = view.getByRole('group', { name: 'China', exact: true });
  const chinaTariffs = china.locator('[data-testid="ledger-entry"][data-issue="tariffs"]');
  await expect(chinaTariffs.getByTestId('first-seen')).toHaveText(day(f.talks.published));
  await expect(
    view.getByRole('group', { name: 'China', exact: true }).getByTestId('ledger-entry').first(),
  ).toBeVisible();
}

/** The content script's isolated world in `page` (CDP), where `chrome.runtime.sendMessage` is the real path. */
async function contentWorld(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  const worlds: Array<{ id: number; type?: string; name: string }> = [];
  cdp.on(
    'Runtime.executionContextCreated',
    (e: { context: { id: number; name: string; auxData?: { type?: string } } }) =>
      worlds.push({ id: e.context.id, name: e.context.name, type: e.context.auxData?.type }),
  );
  await cdp.send('Runtime.enable');
  const world = await expect
    .poll(() => worlds.find((w) => w.type === 'isolated' && w.name === 'Parley')?.id, { timeout: 10_000 })
    .not.toBeUndefined()
    .then(() => worlds.find((w) => w.type === 'isolated' && w.name === 'Parley')!.id);
  const evaluate = async <T>(expression: string): Promise<T> => {
    const r = (await cdp.send('Runtime.evaluate', {
      expression,
      contextId: world,
      awaitPromise: true,
      returnByValue: true,
    })) as { result: { value: T }; exceptionDetails?: { text: string } };
    if (r.exceptionDetails) throw new Error(`in the content script: ${r.exceptionDetails.text}`);
    return r.result.value;
  };
  return { cdp, evaluate };
}

base.describe('the service worker stopped mid-write', () => {
  const deal = demo[2];
  base.skip(!deal, 'the US-China demo fixtures are not in e2e/fixtures/index.ts');

  base('loses nothing it acknowledged', async () => {
    base.setTimeout(90_000);
    const userDataDir = mkdtempSync(path.join(tmpdir(), 'parley-sw-stop-'));
    try {
      const b = await launchOn(userDataDir);
      b.pages.set(routeKey(deal!.url), loadPageSource(deal!.file));
      const reader = b.context.pages()[0] ?? (await b.context.newPage());
      await reader.goto(deal!.url);
      const tabId = await tabIdOfUrl(b.context, deal!.url);
      const template = await (
        await extensionWorker(b.context)
      ).evaluate(async (tab) => (await chrome.storage.session.get(null))[`tab:${tab}`], tabId);
      expect(template).toMatchObject({ isNegotiation: true });

      // 200 reports of articles on this site (the background writes them one after another), from the content script's own world (the real path):
      // each is acknowledged ({ok: true}) only after its history write committed.
      const { cdp, evaluate } = await contentWorld(b.context, reader);
      // The worker's running status by extension id, from CDP (Playwright sees no 'close' for a stop).
      const status = new Map<string, string>();
      cdp.on(
        'ServiceWorker.workerVersionUpdated',
        (e: { versions: Array<{ scriptURL: string; runningStatus: string }> }) => {
          for (const v of e.versions) status.set(new URL(v.scriptURL).host, v.runningStatus);
        },
      );
      await cdp.send('ServiceWorker.enable');
      const N = 200;
      const site = new URL(deal!.url).origin;
      await evaluate(`(() => {
        const template = ${JSON.stringify(template)};
        globalThis.__acks = [];
        for (let i = 0; i < ${N}; i++) {
          const url = ${JSON.stringify(site)} + '/article/sw-stop-' + i;
          const result = { ...template, url, title: 'Stopped worker story ' + i };
          chrome.runtime.sendMessage({ type: 'tab-result', result }).then(
            (r) => globalThis.__acks.push({ url, ok: r?.ok === true }),
            (e) => globalThis.__acks.push({ url, ok: false, error: String(e) }),
          );
        }
      })()`);
      // Stop the worker as soon as the first write is acknowledged: the others are in flight.
      await expect
        .poll(() => evaluate<number>('globalThis.__acks.length'), { timeout: 20_000, intervals: [5] })
        .toBeGreaterThan(0);
      await cdp.send('ServiceWorker.stopAllWorkers');
      await expect.poll(() => status.get(b.id), { timeout: 10_000 }).toBe('stopped');
      // Replies still on their way when the worker stopped arrive as failures: give them a moment.
      await reader.waitForTimeout(500);
      const acks = await evaluate<Array<{ url: string; ok: boolean }>>('globalThis.__acks');
      const acked = acks.filter((a) => a.ok).map((a) => a.url);
      expect(acked.length).toBeGreaterThan(0);
      expect(acked.length, 'the stop came after every write: nothing was in flight').toBeLessThan(N);

      // Reopened (an extension page wakes nothing: it reads the database itself): all acknowledged there.
      const ext = await b.context.newPage();
      await ext.goto(`chrome-extension://${b.id}/src/options/index.html`);
      const stored = new Set(await recordedUrls(ext));
      expect(acked.filter((u) => !stored.has(u))).toEqual([]);
      // And the worker, started again, records the next article as before.
      await reader.reload();
      await expect
        .poll(async () => (await recordedUrls(ext)).includes(routeKey(deal!.url)), { timeout: 20_000 })
        .toBe(true);
      base.info().annotations.push({
        type: 'acknowledged before the stop',
        description: `${acked.length} of ${N} (${acks.length - acked.length} failed or unanswered)`,
      });
      await b.context.close();
    } finally {
      rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 });
    }
  });
});
