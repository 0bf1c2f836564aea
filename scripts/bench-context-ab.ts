/**
 * `tsx scripts/bench-context-ab.ts <buildA> <buildB> [<buildC> ...]`: the popup's Context view of two
 * or more builds, interleaved run by run, so both meet the same machine load (a shared 2-core host moves a median by
 * tens of ms between runs; only an A/B in one run compares two changes).
 *
 * Each build gets its own Chromium with 10,000 generated articles in its history (BENCH_ARTICLES),
 * the demo US-China article open in a tab, and a popup-sized tab. Each run, for each build in turn
 * (the order reverses every other run), it times:
 * - the popup opened on the Context view (`?view=context`): navigation start -> the thread's summary
 *   painted, and -> the demand ledger painted (Element Timing);
 * - the click path: the popup opened on "This article", its first view painted, then 600 ms of a
 *   reader looking (the Context code is fetched then), then a click on the Context tab: click ->
 *   summary painted, click -> ledger painted.
 * Prints medians (BENCH_RUNS runs, 15 by default, after one warm-up run).
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { fixtures } from '../e2e/fixtures/index';
import {
  extensionIdOf,
  bundleForPage,
  extensionWorker,
  findTabId,
  installNetworkGuard,
  launchWithExtension,
  loadPageSource,
  routeKey,
  type LaunchedBrowser,
} from '../e2e/launch';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
/** How long the reader looks at "This article" before clicking "Context". */
const LOOK_MS = 600;
const POPUP_VIEWPORT = { width: 384, height: 600 };

const median = (xs: number[]) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

async function fillBundle(): Promise<string> {
  return bundleForPage(
    `
        import { openHistory } from './src/storage/history/store';
        import { generateHistory } from './src/core/history/generate';
        window.parleyFill = async (n) => {
          const digests = generateHistory({ articles: n, start: '2015-06-01' });
          const store = await openHistory();
          await store.forgetAll();
          for (let i = 0; i < digests.length; i += 500) await store.putMany(digests.slice(i, i + 500));
          const count = await store.count();
          store.close();
          return count;
        };`,
    'bench-context-ab-fill.ts',
  );
}

interface Side {
  name: string;
  launched: LaunchedBrowser;
  popup: Page;
  base: string;
  direct: Array<{ paint: number; ledger: number }>;
  click: Array<{ paint: number; ledger: number }>;
}

async function setUp(name: string, dist: string, fill: string): Promise<Side> {
  const demo = fixtures.find((f) => f.file === 'demo-us-china-deal.html')!;
  const launched = await launchWithExtension({ headless: true, dist: path.resolve(dist) });
  const { context } = launched;
  const id = extensionIdOf(await extensionWorker(context));
  const ext = context.pages()[0] ?? (await context.newPage());
  await ext.goto(`chrome-extension://${id}/src/options/index.html`);
  await ext.evaluate(fill);
  const count = await ext.evaluate(`window.parleyFill(${ARTICLES})`);
  console.log(`${name} (${dist}): ${String(count)} articles`);
  const article = await context.newPage();
  const pages = await installNetworkGuard(article);
  pages.set(routeKey(demo.url), loadPageSource(demo.file));
  await article.goto(demo.url);
  const tabId = await findTabId(context, article, 20_000);
  const popup = await context.newPage();
  await popup.setViewportSize(POPUP_VIEWPORT);
  return {
    name,
    launched,
    popup,
    base: `chrome-extension://${id}/src/popup/index.html?tab=${tabId}`,
    direct: [],
    click: [],
  };
}

/** Paint times of the summary and the ledger, ms after `since` (an expression in the page). */
const paintsAfter = (since: string) => `new Promise((resolve) => {
  let paint; let ledger;
  const t0 = ${since};
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.identifier === 'parley-context') paint ??= e.renderTime || e.loadTime;
      if (e.identifier === 'parley-ledger') ledger ??= e.renderTime || e.loadTime;
    }
  }).observe({ type: 'element', buffered: true });
  const start = performance.now();
  const poll = () => {
    if ((paint !== undefined && ledger !== undefined) || performance.now() - start > 10000)
      resolve({ paint: (paint ?? NaN) - t0, ledger: (ledger ?? NaN) - t0 });
    else setTimeout(poll, 10);
  };
  poll();
})`;

async function timeDirect(side: Side, run: number): Promise<{ paint: number; ledger: number }> {
  await side.popup.goto(`${side.base}&view=context&run=${run}`);
  return (await side.popup.evaluate(paintsAfter('0'))) as { paint: number; ledger: number };
}

async function timeClick(side: Side, run: number): Promise<{ paint: number; ledger: number }> {
  await side.popup.goto(`${side.base}&run=${run}`);
  await side.popup.locator('[elementtiming="parley-first-view"]').waitFor();
  await side.popup.waitForTimeout(LOOK_MS);
  // The click is dispatched in the page, its time taken right before it.
  return (await side.popup.evaluate(
    paintsAfter(
      `(() => { const t = performance.now(); document.getElementById('view-tab-context').click(); return t; })()`,
    ),
  )) as { paint: number; ledger: number };
}

async function main(): Promise<void> {
  const builds = process.argv.slice(2);
  if (builds.length < 2) throw new Error('usage: tsx scripts/bench-context-ab.ts <buildA> <buildB> [...]');
  const fill = await fillBundle();
  const sides: Side[] = [];
  try {
    for (const [i, dist] of builds.entries())
      sides.push(await setUp(String.fromCharCode(65 + i), dist, fill));
    for (let i = 0; i <= RUNS; i++) {
      const order = i % 2 === 0 ? sides : [...sides].reverse();
      for (const side of order) {
        const d = await timeDirect(side, i);
        const c = await timeClick(side, i);
        if (i > 0) {
          side.direct.push(d);
          side.click.push(c);
        }
      }
    }
    const f = (x: number) => `${x.toFixed(1)} ms`;
    for (const s of sides) {
      console.log(
        `${s.name}: ?view=context summary painted ${f(median(s.direct.map((x) => x.paint)))}, ledger ${f(median(s.direct.map((x) => x.ledger)))}; click on Context -> summary ${f(median(s.click.map((x) => x.paint)))}, ledger ${f(median(s.click.map((x) => x.ledger)))}  (medians of ${s.direct.length})`,
      );
    }
  } finally {
    for (const s of sides) await s.launched.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
