/**
 * `npm run bench:context`: the Context view at scale, in real Chromium with the built extension.
 *
 * 1. Fills the extension's own history database (IndexedDB `parley`, in the extension origin) with
 *    10,000 generated article digests (src/core/history/generate.ts; 250 of them in the US-China
 *    thread, the rest spread over ~350 other negotiations).
 * 2. Opens the demo US-China article so the content script analyzes it, then, in one tab and in
 *    turn, again and again, in a tab of the popup's size: a blank extension page (HTML + one module
 *    script, written into the build for the run: what the browser costs before any of Parley's
 *    code), the popup on that tab ("This article", its first view) and the popup opened on its
 *    Context view. Only the article's tab is routed (e2e/launch.ts). First render =
 *    navigation start to the view's data painted (Element Timing `renderTime` of the verdict line /
 *    the thread summary line), never a spinner. The split uses the popup's marks: its code running
 *    (`parley:popup-code`), the tab and its result known (`parley:tab-known`), the data in the DOM
 *    (`parley:first-view`, `parley:context-ready`).
 *    Before that, the real toolbar popup: `chrome.action.openPopup()` on the article's tab, ours and
 *    a blank page of its size in turn, timed the same way in the popup's own window. Chrome lays a
 *    popup's page out in a 25 px viewport and shows its window only once the page has loaded, at
 *    its content's size; a tab has none of that, but pays for unloading the page before it.
 *    Each run also times the click path: "This article" painted, 600 ms of a reader looking, then a
 *    click on its Context tab: click -> the thread's summary painted, -> its demand ledger painted.
 * 3. Reads the US-China thread and computes its ledger in the extension page, repeatedly.
 * Prints medians and the store's size on disk; exits 1 when a median misses its floor
 * (popup first render 100 ms, ledger 20 ms). Needs `npm run build:chrome` first (or PARLEY_DIST).
 */
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { fixtures } from '../e2e/fixtures/index';
import { BLANK_PAGES, writeBlankPages, writeSizedBlankPage, type BlankPage } from './bench-blank-pages';
import {
  DIST,
  extensionIdOf,
  bundleForPage,
  extensionWorker,
  findTabId,
  installNetworkGuard,
  launchWithExtension,
  loadPageSource,
  routeKey,
} from '../e2e/launch';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const FLOOR_RENDER_MS = 100;
const FLOOR_LEDGER_MS = 20;
const THREAD = 'cn+us/trade';
/** The popup's window: src/popup/popup.css's 24rem wide, Chrome's 600 px maximum height. */
const POPUP_VIEWPORT = { width: 384, height: 600 };

declare const chrome: {
  storage: { session: { get(k: null): Promise<Record<string, unknown>> } };
  action: { setPopup(d: { tabId: number; popup: string }): Promise<void>; openPopup(): Promise<void> };
};

/** One timing of the US-China thread: full read + ledger compute, and the stored view's read. */
interface LedgerRun {
  readMs: number;
  computeMs: number;
  viewMs: number;
  digests: number;
  entries: number;
  viewEntries: number;
}

interface BenchApi {
  fill(n: number): Promise<{ ms: number; articles: number; threads: number; avgDigestBytes: number }>;
  ledger(thread: string, runs: number): Promise<LedgerRun[]>;
  size(): Promise<{ idbBytes: number; usage: number }>;
}
declare global {
  interface Window {
    parleyBench: BenchApi;
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

/** The bench's in-page half: the real store and ledger code, bundled for the extension page. */
async function benchBundle(): Promise<string> {
  return bundleForPage(
    `
        import { openHistory } from './src/storage/history/store';
        import { computeLedger, storiesOf } from './src/core/history';
        import { generateHistory } from './src/core/history/generate';
        window.parleyBench = {
          async fill(n) {
            const t0 = performance.now();
            const digests = generateHistory({ articles: n, start: '2015-06-01' });
            const store = await openHistory();
            await store.forgetAll();
            for (let i = 0; i < digests.length; i += 500) await store.putMany(digests.slice(i, i + 500));
            const articles = await store.count();
            const threads = await store.db.count('threads');
            store.close();
            const bytes = digests.reduce((s, d) => s + JSON.stringify(d).length, 0);
            return { ms: performance.now() - t0, articles, threads, avgDigestBytes: Math.round(bytes / digests.length) };
          },
          async ledger(thread, runs) {
            const store = await openHistory();
            const out = [];
            for (let i = 0; i < runs; i++) {
              const t0 = performance.now();
              const ctx = await store.thread(thread);
              const t1 = performance.now();
              const last = storiesOf(ctx.digests).at(-1)?.[0]?.url ?? null;
              const entries = computeLedger(ctx.digests, { asOf: last });
              const t2 = performance.now();
              const stored = await store.view(thread);
              const t3 = performance.now();
              out.push({ readMs: t1 - t0, computeMs: t2 - t1, viewMs: t3 - t2, digests: ctx.digests.length, entries: entries.length, viewEntries: stored.view?.ledger.length ?? -1 });
            }
            store.close();
            return out;
          },
          async size() {
            const e = await navigator.storage.estimate();
            return { idbBytes: e.usageDetails?.indexedDB ?? 0, usage: e.usage ?? 0 };
          },
        };`,
    'bench-context-entry.ts',
  );
}

/** When a page got to each step, ms from its navigation start (NaN when it never did). */
interface PageTimes {
  /** Its first module ran (the browser's start-up: process, HTML, fetching and compiling scripts). */
  code: number;
  /** The tab and its stored result were known (the popup only). */
  known: number;
  /** Its content was in the DOM (a mark set in a layout effect). */
  ready: number;
  /** Its content was painted (Element Timing renderTime). */
  paint: number;
  /** The Context view's ledger was painted (it joins a frame after the summary); NaN elsewhere. */
  ledger: number;
}

/**
 * Opens `url` and reads its marks and the paint time of the element named `timing`. Element Timing
 * entries are not in the performance timeline buffer: a buffered observer reads them.
 */
async function timePage(
  page: Page,
  url: string,
  codeMark: string,
  readyMark: string | null,
  timing: string,
): Promise<PageTimes> {
  await page.goto(url);
  // A string, not a function: tsx would wrap inner functions in a helper the page does not have.
  const got = (await page.evaluate(`new Promise((resolve) => {
    const at = (n) => performance.getEntriesByName(n)[0]?.startTime;
    let paint;
    let ledger;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.identifier === ${JSON.stringify(timing)}) paint ??= e.renderTime || e.loadTime;
        if (e.identifier === 'parley-ledger') ledger ??= e.renderTime || e.loadTime;
      }
    }).observe({ type: 'element', buffered: true });
    const t0 = performance.now();
    const poll = () => {
      const done = at(${JSON.stringify(codeMark)}) !== undefined && paint !== undefined &&
        (${JSON.stringify(timing)} !== 'parley-context' || ledger !== undefined) &&
        (${JSON.stringify(readyMark)} === null || at(${JSON.stringify(readyMark)}) !== undefined);
      if (done || performance.now() - t0 > 10000)
        resolve({ code: at(${JSON.stringify(codeMark)}), known: at('parley:tab-known'), ready: at(${JSON.stringify(readyMark ?? codeMark)}), paint, ledger });
      else setTimeout(poll, 10);
    };
    poll();
  })`)) as Partial<PageTimes>;
  if (got.paint === undefined) throw new Error(`${url}: no paint of the element "${timing}" within 10 s.`);
  return pageTimesOf({ ...got, paint: got.paint });
}

/** NaN for a step a page never reached. */
const orNaN = (x: number | undefined) => x ?? Number.NaN;

/** The times a page reported, NaN where it did not. */
function pageTimesOf(got: Partial<PageTimes> & { paint: number }): PageTimes {
  return {
    code: orNaN(got.code),
    known: orNaN(got.known),
    ready: orNaN(got.ready),
    paint: got.paint,
    ledger: orNaN(got.ledger),
  };
}

/**
 * A toolbar popup's times, plus when its page's load event ended, its window's size and its content's
 * (the window's width less a scrollbar, the document's height).
 */
interface PopupWindowTimes extends PageTimes {
  load: number;
  width: number;
  height: number;
  content: [number, number];
}

/**
 * Opens the real toolbar popup of `article`'s tab showing `popup` (`chrome.action.openPopup()`, which
 * headless Chromium honours) and reads its timeline through `reader`, an extension page in the
 * popup's process (`chrome.extension.getViews`). Chrome shows a popup's window only once its page
 * has loaded, at its content's size: costs a tab has not, hence timed apart. Polled from here at
 * 100 ms, not by a loop in `reader`, which shares the popup's main thread.
 */
async function timeToolbarPopup(
  sw: Worker,
  reader: Page,
  article: Page,
  tabId: number,
  popup: string,
  page: Pick<BlankPage, 'codeMark' | 'timing'> & { readyMark: string | null },
): Promise<PopupWindowTimes> {
  await sw.evaluate(([t, p]) => chrome.action.setPopup({ tabId: t, popup: p }), [tabId, popup] as const);
  await article.bringToFront();
  await sw.evaluate(() => chrome.action.openPopup());
  const read = `(() => {
    const w = chrome.extension.getViews({ type: 'popup' })[0];
    if (!w || !w.performance) return null;
    if (!w.benchPaint) {
      w.benchPaint = {};
      new w.PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.benchPaint[e.identifier] ??= e.renderTime || e.loadTime;
      }).observe({ type: 'element', buffered: true });
    }
    const at = (n) => w.performance.getEntriesByName(n)[0]?.startTime;
    const nav = w.performance.getEntriesByType('navigation')[0];
    const got = { code: at(${JSON.stringify(page.codeMark)}), known: at('parley:tab-known'),
      ready: at(${JSON.stringify(page.readyMark ?? page.codeMark)}), paint: w.benchPaint[${JSON.stringify(page.timing)}],
      load: nav && nav.loadEventEnd > 0 ? nav.loadEventEnd : undefined, width: w.innerWidth, height: w.innerHeight,
      content: [w.document.documentElement.clientWidth, w.document.documentElement.scrollHeight] };
    if (got.code === undefined || got.ready === undefined || got.paint === undefined || got.load === undefined) return null;
    w.close();
    return got;
  })()`;
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    await reader.waitForTimeout(100);
    const got = (await reader.evaluate(read)) as (Partial<PopupWindowTimes> & { paint: number }) | null;
    if (got) {
      // Wait for the window to close, so the next popup opens afresh.
      while ((await reader.evaluate(`chrome.extension.getViews({ type: 'popup' }).length`)) !== 0)
        await reader.waitForTimeout(50);
      return {
        ...pageTimesOf(got),
        load: orNaN(got.load),
        width: orNaN(got.width),
        height: orNaN(got.height),
        content: got.content ?? [Number.NaN, Number.NaN],
      };
    }
  }
  throw new Error(`${popup}: the toolbar popup did not paint "${page.timing}" within 10 s.`);
}

/** How long a reader looks at "This article" before clicking "Context" (the click path below). */
const LOOK_MS = 600;

/**
 * The click path: the popup opened on "This article", its first view painted, a reader looking for
 * LOOK_MS, then a click on the Context tab (dispatched in the page, its time taken right before):
 * ms from the click to the thread's summary painted, and to the demand ledger painted.
 */
async function timeContextClick(page: Page, url: string): Promise<{ paint: number; ledger: number }> {
  await page.goto(url);
  await page.locator('[elementtiming="parley-first-view"]').waitFor();
  await page.waitForTimeout(LOOK_MS);
  return (await page.evaluate(`new Promise((resolve) => {
    let paint;
    let ledger;
    const t0 = performance.now();
    document.getElementById('view-tab-context').click();
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.identifier === 'parley-context') paint ??= e.renderTime || e.loadTime;
        if (e.identifier === 'parley-ledger') ledger ??= e.renderTime || e.loadTime;
      }
    }).observe({ type: 'element', buffered: true });
    const poll = () => {
      if ((paint !== undefined && ledger !== undefined) || performance.now() - t0 > 10000)
        resolve({ paint: (paint ?? NaN) - t0, ledger: (ledger ?? NaN) - t0 });
      else setTimeout(poll, 10);
    };
    poll();
  })`)) as { paint: number; ledger: number };
}

async function main(): Promise<void> {
  const demo = fixtures.find((f) => f.file === 'demo-us-china-deal.html');
  if (!demo) throw new Error('e2e/fixtures/index.ts has no demo-us-china-deal.html');
  // PARLEY_DIST: a private build to measure without touching dist/.
  const dist = process.env.PARLEY_DIST ? path.resolve(process.env.PARLEY_DIST) : DIST;
  const removeBlankPages = writeBlankPages(dist);
  let removeSizedBlank = () => {};
  const launched = await launchWithExtension({ headless: true, dist });
  try {
    const { context } = launched;
    const id = extensionIdOf(await extensionWorker(context));
    const ext = context.pages()[0] ?? (await context.newPage());
    await ext.goto(`chrome-extension://${id}/src/options/index.html`);
    await ext.evaluate(await benchBundle());

    const fill = await ext.evaluate((n) => window.parleyBench.fill(n), ARTICLES);
    console.log(
      `filled ${fill.articles} articles in ${fill.threads} threads in ${(fill.ms / 1000).toFixed(1)} s (avg digest ${fill.avgDigestBytes} B)`,
    );

    const ledger = await ext.evaluate(([t, r]) => window.parleyBench.ledger(t, r), [
      THREAD,
      RUNS + 1,
    ] as const);
    const runs = ledger.slice(1);
    console.log(
      `ledger of the US-China thread: read+compute median ${fmt(median(runs.map((r) => r.readMs + r.computeMs)))}, compute median ${fmt(median(runs.map((r) => r.computeMs)))}, stored view read median ${fmt(median(runs.map((r) => r.viewMs)))} (${runs[0]?.viewEntries} entries)`,
    );

    // Only the article's tab is routed: a routed tab's every request, extension files included,
    // would wait on this process (e2e/launch.ts), which no user's popup does.
    const article = await context.newPage();
    const pages = await installNetworkGuard(article);
    pages.set(routeKey(demo.url), loadPageSource(demo.file));
    await article.goto(demo.url);
    const tabId = await findTabId(context, article, 20_000);

    // The real toolbar popup, ours and a blank page of its size in turn (content of the size of ours,
    // known once ours has opened: the first run, which also warms up). Before the popup-sized tab
    // below: headless Chromium's window takes a tab's viewport size, and a popup is at most as wide
    // as its browser window allows.
    const sw = await extensionWorker(context);
    const ourPopup = `src/popup/index.html?tab=${tabId}`;
    const ours = {
      codeMark: 'parley:popup-code',
      readyMark: 'parley:first-view',
      timing: 'parley-first-view',
    };
    const sizedBlank = { ...BLANK_PAGES.sized, readyMark: null };
    const warm = await timeToolbarPopup(sw, ext, article, tabId, ourPopup, ours);
    // The window a page gets is not quite its content's size (scrollbars, the popup's own edges):
    // the blank's box is corrected once by the difference in window width.
    const [width, height] = warm.content;
    removeSizedBlank = writeSizedBlankPage(dist, width, height);
    const probe = await timeToolbarPopup(sw, ext, article, tabId, BLANK_PAGES.sized.html, sizedBlank);
    if (probe.width !== warm.width) {
      removeSizedBlank();
      removeSizedBlank = writeSizedBlankPage(dist, width - (probe.width - warm.width), height);
      await timeToolbarPopup(sw, ext, article, tabId, BLANK_PAGES.sized.html, sizedBlank);
    }
    const toolbarBlank: PopupWindowTimes[] = [];
    const toolbarOurs: PopupWindowTimes[] = [];
    for (let i = 0; i < RUNS; i++) {
      const blankFirst = i % 2 === 0;
      if (blankFirst)
        toolbarBlank.push(
          await timeToolbarPopup(sw, ext, article, tabId, BLANK_PAGES.sized.html, sizedBlank),
        );
      toolbarOurs.push(await timeToolbarPopup(sw, ext, article, tabId, ourPopup, ours));
      if (!blankFirst)
        toolbarBlank.push(
          await timeToolbarPopup(sw, ext, article, tabId, BLANK_PAGES.sized.html, sizedBlank),
        );
    }
    await sw.evaluate(([t, p]) => chrome.action.setPopup({ tabId: t, popup: p }), [tabId, ourPopup] as const);

    // One tab opens the three pages in turn, so each run of each meets the same machine load. It
    // has the popup's size: a toolbar popup is as wide as its content (24rem) and at most 600 px
    // high, and what it rasterizes (and its CSS's wide layout above 40rem) depends on that.
    const popup = await context.newPage();
    await popup.setViewportSize(POPUP_VIEWPORT);
    const base = `chrome-extension://${id}`;
    const blank: PageTimes[] = [];
    const scripted: PageTimes[] = [];
    const first: PageTimes[] = [];
    const ctxView: PageTimes[] = [];
    const clicks: Array<{ paint: number; ledger: number }> = [];
    for (let i = 0; i <= RUNS; i++) {
      const blankPage = (p: BlankPage) =>
        timePage(popup, `${base}/${p.html}?run=${i}`, p.codeMark, null, p.timing);
      const b = await blankPage(BLANK_PAGES.static);
      const s = await blankPage(BLANK_PAGES.scripted);
      const f = await timePage(
        popup,
        `${base}/src/popup/index.html?tab=${tabId}&run=${i}`,
        'parley:popup-code',
        'parley:first-view',
        'parley-first-view',
      );
      const c = await timePage(
        popup,
        `${base}/src/popup/index.html?tab=${tabId}&view=context&run=${i}`,
        'parley:popup-code',
        'parley:context-ready',
        'parley-context',
      );
      const k = await timeContextClick(popup, `${base}/src/popup/index.html?tab=${tabId}&run=${i}`);
      if (i > 0) {
        // The first run warms the disk cache and the compiled code.
        blank.push(b);
        scripted.push(s);
        first.push(f);
        ctxView.push(c);
        clicks.push(k);
      }
    }
    await popup.getByTestId('context-view').waitFor({ timeout: 10_000 });
    const timelineItems = await popup.getByTestId('timeline-article').count();
    const ledgerItems = await popup.getByTestId('ledger-entry').count();
    const size = await ext.evaluate(() => window.parleyBench.size());

    const compute = median(runs.map((r) => r.computeMs));
    const readCompute = median(runs.map((r) => r.readMs + r.computeMs));
    const m = (xs: PageTimes[], k: keyof PageTimes) => median(xs.map((x) => x[k]));
    const blankPaint = m(blank, 'paint');
    const render = m(first, 'paint');
    const contextRender = m(ctxView, 'paint');
    const own = (x: number) =>
      `${fmt(x - blankPaint)} ours on top, ${(x / blankPaint).toFixed(2)}x the blank page`;
    console.log(
      `US-China thread: ${runs[0]?.digests ?? 0} articles, ${runs[0]?.entries ?? 0} ledger entries; popup showed ${timelineItems} stories, ${ledgerItems} ledger lines`,
    );
    console.log(
      `first render = navigation start -> the first view's content painted with the tab's data (Element`,
    );
    console.log(
      `  Timing renderTime of its data line, not a spinner); medians of ${first.length} runs, one tab, pages interleaved`,
    );
    console.log(
      `blank extension page (baseline: HTML + one module script, browser only): code ${fmt(m(blank, 'code'))}, painted ${fmt(blankPaint)}`,
    );
    const scriptedPaint = m(scripted, 'paint');
    console.log(
      `blank page whose script adds its line (what any script-drawn page pays): code ${fmt(m(scripted, 'code'))}, painted ${fmt(scriptedPaint)}`,
    );
    console.log(
      `popup first render ("This article"):  median ${fmt(render)}  (min ${fmt(Math.min(...first.map((x) => x.paint)))}, max ${fmt(Math.max(...first.map((x) => x.paint)))})  floor ${FLOOR_RENDER_MS} ms  [${own(render)}; ${fmt(render - scriptedPaint)} over the scripted blank]`,
    );
    console.log(
      `  = code running ${fmt(m(first, 'code'))} + tab and result read ${fmt(m(first, 'known') - m(first, 'code'))} + rendered ${fmt(m(first, 'ready') - m(first, 'known'))} + painted ${fmt(render - m(first, 'ready'))}`,
    );
    console.log(
      `popup on the Context view (?view=context): median ${fmt(contextRender)}  (min ${fmt(Math.min(...ctxView.map((x) => x.paint)))}, max ${fmt(Math.max(...ctxView.map((x) => x.paint)))})  [${own(contextRender)}]`,
    );
    console.log(
      `  = code running ${fmt(m(ctxView, 'code'))} + tab and result read ${fmt(m(ctxView, 'known') - m(ctxView, 'code'))} + view rendered ${fmt(m(ctxView, 'ready') - m(ctxView, 'known'))} + painted ${fmt(contextRender - m(ctxView, 'ready'))}`,
    );
    console.log(
      `  its demand ledger (a frame later) painted: median ${fmt(m(ctxView, 'ledger'))}  [${own(m(ctxView, 'ledger'))}]`,
    );
    console.log(
      `click on "Context" ${LOOK_MS} ms after "This article" was painted: summary painted median ${fmt(median(clicks.map((x) => x.paint)))} after the click, demand ledger ${fmt(median(clicks.map((x) => x.ledger)))}`,
    );
    const toolbar = m(toolbarOurs, 'paint');
    const toolbarBlankPaint = m(toolbarBlank, 'paint');
    const load = (xs: PopupWindowTimes[]) => fmt(median(xs.map((x) => x.load)));
    const windowSize = (xs: PopupWindowTimes[]) =>
      `${median(xs.map((x) => x.width))}x${median(xs.map((x) => x.height))}`;
    console.log(
      `toolbar popup (the real popup window, chrome.action.openPopup(); window ${windowSize(toolbarOurs)}, the blank's ${windowSize(toolbarBlank)}): painted median ${fmt(toolbar)}  (min ${fmt(Math.min(...toolbarOurs.map((x) => x.paint)))}, max ${fmt(Math.max(...toolbarOurs.map((x) => x.paint)))})  [${fmt(toolbar - toolbarBlankPaint)} ours on top of a blank popup of its size at ${fmt(toolbarBlankPaint)}]`,
    );
    console.log(
      `  = code running ${fmt(m(toolbarOurs, 'code'))} + read ${fmt(m(toolbarOurs, 'known') - m(toolbarOurs, 'code'))} + rendered ${fmt(m(toolbarOurs, 'ready') - m(toolbarOurs, 'known'))}; load event ended ${load(toolbarOurs)} (the blank's code ${fmt(m(toolbarBlank, 'code'))}, load ${load(toolbarBlank)}): Chrome shows a popup's window once its page has loaded`,
    );
    console.log(
      `thread ledger compute:                            median ${fmt(compute)}  floor ${FLOOR_LEDGER_MS} ms`,
    );
    console.log(
      `stored thread view read (the popup's usual path): median ${fmt(median(runs.map((r) => r.viewMs)))}`,
    );
    console.log(`thread read from IndexedDB + ledger compute:      median ${fmt(readCompute)}`);
    console.log(
      `store size: ${(size.idbBytes / 1e6).toFixed(1)} MB IndexedDB on disk (${(size.usage / 1e6).toFixed(1)} MB origin total)`,
    );
    // Timings on a shared machine mean little without its load: printed so runs can be compared.
    console.log(
      `machine: ${cpus().length} CPUs, load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    const ok = render < FLOOR_RENDER_MS && compute < FLOOR_LEDGER_MS;
    console.log(ok ? 'bench:context: floors met' : 'bench:context: FLOOR MISSED');
    process.exitCode = ok ? 0 : 1;
  } finally {
    await launched.close();
    removeBlankPages();
    removeSizedBlank();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
