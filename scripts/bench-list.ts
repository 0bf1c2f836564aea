/**
 * `npm run bench:list`: the reading list at 10,000 saved articles, in real Chromium with the built
 * extension (dist/, `npm run build:chrome`). Fills the store with generated articles (realistic
 * length and vocabulary, src/reading-list/generate.ts) from an extension page, then opens the
 * library page repeatedly and types searches into it, reading the page's own Performance marks:
 *
 * - baselines (scripts/bench-blank-pages.ts, written into the build for the run and removed after):
 *   a blank extension page, what the browser costs before any of Parley's code, and a blank page
 *   whose script adds its line, what any page drawn by script pays; measured in the same tab,
 *   interleaved with the list's opens;
 * - list open: navigation start to the list's first row painted (Element Timing `renderTime` of the
 *   first row's title), with the page's marks splitting it: code running (`parley:list-code`),
 *   database open (`parley:store-open`), first page read (`parley:first-page`), rows in the DOM
 *   (`parley:list-open`, set in the frame after the commit);
 * - list ready: every item loaded for filters and facets (`parley:list-ready`);
 * - search: keystroke to results on screen (`parley:search`), over actor names, text words,
 *   prefixes and multi-word queries.
 *
 * Prints the medians (and p90) and exits 1 when a median misses its floor (200 ms / 50 ms).
 *
 *   npm run bench:list [-- --items 10000 --runs 7 --dist dist]
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import type { Page } from '@playwright/test';
import { extensionIdOf, extensionWorker, launchWithExtension, ROOT } from '../e2e/launch';
import { BLANK_PAGES, writeBlankPages } from './bench-blank-pages';

const OPEN_FLOOR_MS = 200;
const SEARCH_FLOOR_MS = 50;

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const ITEMS = Number(arg('items', '10000'));
const RUNS = Number(arg('runs', '7'));
const DIST = path.resolve(ROOT, arg('dist', process.env.PARLEY_DIST ?? 'dist'));

/** Searches a reader would type: actor names, topic and text words, prefixes, several words. */
const QUERIES = [
  'Dana Whitfield',
  'okafor',
  'Keiko',
  'semiconductors',
  'soybeans',
  'retaliation',
  'concessions',
  'tarif',
  'chin',
  'European Union',
  'truce deadline',
  'rare earths',
  'India steel',
  'dairy quota',
  'research',
  'scmp',
  'batteries',
  'lumber',
  'Mexico autos',
  'breakthrough',
];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const p90 = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.9))]!;
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

/** The generator and the store, bundled for evaluation inside an extension page (same IndexedDB origin). */
async function fillerBundle(): Promise<string> {
  const out = await build({
    stdin: {
      contents:
        "import { generateArticles } from './src/reading-list/generate';\n" +
        "import { openReadingList } from './src/storage/reading-list/store';\n" +
        'globalThis.__parleyBench = { generateArticles, openReadingList };\n',
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

async function fill(page: Page, n: number): Promise<{ ms: number; count: number }> {
  await page.evaluate(await fillerBundle());
  return page.evaluate(async (total) => {
    type Bench = {
      generateArticles(n: number, seed: number, start: number, offset: number): unknown[];
      openReadingList(): Promise<{
        erase(): Promise<number>;
        importArticles(a: unknown[]): Promise<unknown>;
        count(): Promise<number>;
        close(): void;
      }>;
    };
    const bench = (globalThis as unknown as { __parleyBench: Bench }).__parleyBench;
    const store = await bench.openReadingList();
    await store.erase();
    const t0 = performance.now();
    const CHUNK = 2_000;
    for (let i = 0; i < total; i += CHUNK) {
      await store.importArticles(
        bench.generateArticles(Math.min(CHUNK, total - i), 1, Date.UTC(2025, 0, 1), i),
      );
    }
    const count = await store.count();
    store.close();
    return { ms: performance.now() - t0, count };
  }, n);
}

const markTime = (page: Page, name: string) =>
  page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? null, name);

/**
 * The paint time (Element Timing renderTime) of the element named `timing`, waiting up to 30 s.
 * Element entries are not in the timeline buffer: a buffered observer reads them. A string, not a
 * function: tsx would wrap inner functions in a helper the page does not have.
 */
async function paintTime(page: Page, timing: string): Promise<number> {
  const t = (await page.evaluate(`new Promise((resolve) => {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.identifier === ${JSON.stringify(timing)}) resolve(e.renderTime || e.loadTime);
    }).observe({ type: 'element', buffered: true });
    setTimeout(() => resolve(null), 30000);
  })`)) as number | null;
  if (t === null) throw new Error(`${page.url()}: no paint of the element "${timing}" within 30 s.`);
  return t;
}

async function main(): Promise<void> {
  try {
    statSync(path.join(DIST, 'src/library/index.html'));
  } catch {
    throw new Error(`No library page in ${DIST}: run \`npm run build:chrome\` first.`);
  }
  const removeBlankPages = writeBlankPages(DIST);
  const launched = await launchWithExtension({ dist: DIST });
  try {
    const id = extensionIdOf(await extensionWorker(launched.context));
    const url = `chrome-extension://${id}/src/library/index.html`;
    const page = launched.context.pages()[0] ?? (await launched.context.newPage());
    await page.goto(url);

    console.log(`Parley reading-list benchmark: ${ITEMS} generated articles, Chromium, ${RUNS} opens.`);
    // The same page with an empty list: what this machine (and its current load) costs before any item.
    const empty: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      await page.goto(`${url}?empty=${r}`);
      await page.waitForFunction(() => performance.getEntriesByName('parley:list-ready').length > 0);
      empty.push(await paintTime(page, 'parley-list'));
    }
    console.log(`  empty list open median ${fmt(median(empty))} (no items: the page's own cost)`);
    const filled = await fill(page, ITEMS);
    console.log(`  filled the store: ${filled.count} items in ${(filled.ms / 1000).toFixed(1)} s`);
    const mb = await page.evaluate(
      async () => ((await navigator.storage.estimate()).usage ?? 0) / 1024 / 1024,
    );
    console.log(`  origin storage in use: ${mb.toFixed(1)} MB`);

    const opens: number[] = [];
    const readies: number[] = [];
    const blank: number[] = [];
    const scripted: number[] = [];
    const stages: Record<'code' | 'store' | 'read' | 'dom', number[]> = {
      code: [],
      store: [],
      read: [],
      dom: [],
    };
    for (let r = 0; r < RUNS; r++) {
      // The blank pages first, in the same tab: the browser's share under the same load, run by run.
      for (const [p, times] of [
        [BLANK_PAGES.static, blank],
        [BLANK_PAGES.scripted, scripted],
      ] as const) {
        await page.goto(`chrome-extension://${id}/${p.html}?run=${r}`);
        times.push(await paintTime(page, p.timing));
      }
      await page.goto(`${url}?run=${r}`);
      await page.waitForFunction(() => performance.getEntriesByName('parley:list-ready').length > 0, null, {
        timeout: 30_000,
      });
      const open = await paintTime(page, 'parley-list');
      const ready = await markTime(page, 'parley:list-ready');
      if (ready === null) throw new Error('The library page did not mark its list ready.');
      opens.push(open);
      readies.push(ready);
      // Where the time went: the page's code running, opening the database, reading the first page,
      // the rows in the DOM. A string, not a function (see paintTime).
      const t = (await page.evaluate(`(() => {
        const at = (n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN;
        return { code: at('parley:list-code'), store: at('parley:store-open'), read: at('parley:first-page'), dom: at('parley:list-open') };
      })()`)) as { code: number; store: number; read: number; dom: number };
      stages.code.push(t.code);
      stages.store.push(t.store - t.code);
      stages.read.push(t.read - t.store);
      stages.dom.push(t.dom - t.read);
    }
    const shown = await page.getByTestId('reading-item').count();
    const countText = await page.getByTestId('reading-count').textContent();
    console.log(`  list shows ${shown} rows; header: "${countText}"`);

    const searches: Array<{ q: string; ms: number; hits: string }> = [];
    const box = page.getByTestId('reading-search');
    for (const round of [0, 1]) {
      for (const q of QUERIES) {
        await page.evaluate(() => performance.clearMeasures('parley:search'));
        await box.fill(q);
        await page.waitForFunction(() => performance.getEntriesByName('parley:search').length > 0, null, {
          timeout: 10_000,
        });
        const ms = await page.evaluate(() => performance.getEntriesByName('parley:search')[0]!.duration);
        if (round === 1)
          searches.push({ q, ms, hits: (await page.getByTestId('reading-shown').textContent()) ?? '' });
        await page.evaluate(() => performance.clearMeasures('parley:search'));
        await box.fill('');
      }
    }

    const openMs = median(opens);
    const searchMs = median(searches.map((s) => s.ms));
    console.log('');
    for (const s of searches)
      console.log(`  search ${JSON.stringify(s.q).padEnd(18)} ${fmt(s.ms).padStart(9)}  ${s.hits}`);
    console.log('');
    const blankMs = median(blank);
    console.log(
      `  blank extension page (baseline: HTML + one module script, browser only) painted: median ${fmt(blankMs)}`,
    );
    const scriptedMs = median(scripted);
    console.log(
      `  blank page whose script adds its line (what any script-drawn page pays) painted: median ${fmt(scriptedMs)}`,
    );
    console.log(
      `  list open  (first row painted) median ${fmt(openMs)}, p90 ${fmt(p90(opens))}  floor ${OPEN_FLOOR_MS} ms` +
        `  [${fmt(openMs - blankMs)} ours on top, ${(openMs / blankMs).toFixed(2)}x the blank page; ${fmt(openMs - scriptedMs)} over the scripted blank]`,
    );
    const [code, store, read, dom] = [stages.code, stages.store, stages.read, stages.dom].map(median) as [
      number,
      number,
      number,
      number,
    ];
    console.log(
      `    of which: code running ${fmt(code)}, open database ${fmt(store)}, read first page ${fmt(read)}, ` +
        `rows in the DOM ${fmt(dom)}, painted ${fmt(openMs - code - store - read - dom)}`,
    );
    console.log(`  list ready (all ${ITEMS} items) median ${fmt(median(readies))}, p90 ${fmt(p90(readies))}`);
    console.log(
      `  search     median ${fmt(searchMs)}, p90 ${fmt(p90(searches.map((s) => s.ms)))} over ${searches.length} queries  floor ${SEARCH_FLOOR_MS} ms`,
    );
    const ok = openMs < OPEN_FLOOR_MS && searchMs < SEARCH_FLOOR_MS;
    console.log(ok ? 'PASS' : 'FAIL: a median is over its floor');
    process.exitCode = ok ? 0 : 1;
  } finally {
    await launched.close();
    removeBlankPages();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
