/**
 * Hostile pages (issue 7), fuzz-style: pages generated from a seeded PRNG (e2e/hostile-pages.ts; set
 * `PARLEY_FUZZ_SEED` to reproduce or vary a run) with 5,000 nesting levels, 100,000 nodes, a 5 MB
 * text node, shadow DOM, iframes, built-ins overridden to throw (Node/Element/Document methods, the
 * textContent getter, MutationObserver, Array.prototype.map, JSON.parse, Promise.prototype.then,
 * CSS.highlights' methods...), handlers that throw on every event and in window.onerror, the page's
 * own CSS highlights and RTL text, each around the same trade article. For every page:
 *
 * - Parley still does its job (the tab's result is a negotiation with the article's actors);
 * - zero errors from Parley: exceptions and console errors/warnings of its isolated world (found
 *   over CDP, so the page's own throws do not count), anything whose stack names
 *   chrome-extension://, the page's workers' errors, and the service worker's console errors;
 * - the page's `document.body.textContent` (and its open shadow roots' text) byte-identical, no DOM
 *   mutation at all after DOMContentLoaded (Parley writes nothing), the page's own highlights
 *   untouched, no overridden built-in of the page called (Parley's isolated world has its own).
 *
 * And a page with a strict CSP (`worker-src 'none'`): the analysis still runs off the page's thread
 * (in the background), with no error and no `securitypolicyviolation` event the page could see (a
 * blob: worker started in the page used to fire one naming chrome-extension as its source).
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, test } from '@playwright/test';
import {
  ALL_HOSTILITIES,
  ARTICLE_TITLE,
  FULL_SIZES,
  PRISTINE_INIT,
  buildHostilePage,
  randomMixes,
  type HostilePage,
} from './hostile-pages';
import {
  extensionWorker,
  installNetworkGuard,
  launchWithExtension,
  routeKey,
  sendToTab,
  findTabId,
  waitForTabResult,
  type LaunchedBrowser,
  type ServedPage,
} from './launch';
import { collectParleyErrors, type ErrorCollector } from './parley-errors';

const SEED = Number(process.env.PARLEY_FUZZ_SEED ?? 20260303);
const MIXES = Number(process.env.PARLEY_FUZZ_MIXES ?? 3);

const PAGES: HostilePage[] = [
  ...ALL_HOSTILITIES.map((f) => buildHostilePage(f, SEED, [f], FULL_SIZES)),
  buildHostilePage('kitchen-sink', SEED, ALL_HOSTILITIES, FULL_SIZES),
  ...randomMixes(SEED, MIXES),
];

/** What the page-side bookkeeping (`PRISTINE_INIT`) holds. */
interface PageState {
  textSame: boolean;
  textLengths: [number, number];
  shadowSame: boolean;
  highlightsBefore: unknown;
  highlightsAfter: unknown;
  mutations: string[];
  violations: Array<{ directive: string; blocked: string; source: string }>;
  trapped: string[];
  parleyHighlights: number;
}

/**
 * Reads the page-side bookkeeping with the page's traps disarmed (the test's own evaluate runs in
 * the main world, where the overrides live); they are armed again on the next task.
 */
function pageState(page: Page): Promise<PageState> {
  return page.evaluate(() => {
    type H = {
      armed: boolean;
      textOf(n: Node): string;
      before: string | null;
      shadowBefore: string[] | null;
      shadowRoots: ShadowRoot[];
      mutations: string[];
      violations: PageState['violations'];
      trapped?: string[];
      highlightsBefore: unknown;
      snapHighlights(): unknown;
    };
    const h = (window as unknown as { __hostile: H }).__hostile;
    const wasArmed = h.armed;
    h.armed = false;
    try {
      const now = h.textOf(document.body);
      const shadowNow = h.shadowRoots.map((r) => h.textOf(r));
      let parley = 0;
      CSS.highlights.forEach((_v, k) => {
        if (String(k).startsWith('parley-')) parley++;
      });
      return {
        textSame: now === h.before,
        textLengths: [h.before?.length ?? -1, now.length] as [number, number],
        shadowSame: JSON.stringify(shadowNow) === JSON.stringify(h.shadowBefore),
        highlightsBefore: h.highlightsBefore,
        highlightsAfter: h.snapHighlights(),
        mutations: h.mutations.slice(0, 20),
        violations: h.violations.slice(),
        trapped: (h.trapped ?? []).slice(0, 20),
        parleyHighlights: parley,
      };
    } finally {
      if (wasArmed) window.setTimeout(() => (h.armed = true), 0);
    }
  });
}

let browser: LaunchedBrowser;
let context: BrowserContext;
let served: Map<string, ServedPage>;
const swErrors: string[] = [];

function watchWorker(sw: Worker): void {
  sw.on('console', (m) => {
    if (m.type() === 'error') swErrors.push(m.text());
  });
}

test.beforeAll(async () => {
  browser = await launchWithExtension();
  context = browser.context;
  served = await installNetworkGuard(context);
  context.on('serviceworker', watchWorker);
  watchWorker(await extensionWorker(context));
});

test.afterAll(async () => {
  await browser?.close();
});

/** Opens `url` in a fresh tab with the bookkeeping installed and Parley's errors collected. */
async function openHostile(url: string): Promise<{ page: Page; collector: ErrorCollector }> {
  const page = await context.newPage();
  await page.addInitScript(PRISTINE_INIT);
  const collector = await collectParleyErrors(page);
  page.on('pageerror', (err) => {
    if (err.stack?.includes('chrome-extension://')) collector.errors.push(`pageerror: ${err.stack}`);
  });
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  return { page, collector };
}

test.describe('hostile pages', () => {
  test('positive control: the collectors see an error thrown or logged by Parley', async () => {
    const page = PAGES.find((p) => p.name === 'rtl')!;
    served.set(routeKey(page.url), { body: page.html, contentType: 'text/html; charset=utf-8' });
    const { page: tab, collector } = await openHostile(page.url);
    await waitForTabResult(context, tab, 30_000);
    await collector.evaluateInWorld(
      `setTimeout(() => { throw new Error('probe: uncaught in the content script'); }, 0); 1`,
    );
    await collector.evaluateInWorld(`console.error('probe: logged by the content script'); 1`);
    const before = swErrors.length;
    const sw = await extensionWorker(context);
    await sw.evaluate(() => console.error('probe: logged by the service worker'));
    await expect.poll(() => collector.errors.join('\n'), { timeout: 5_000 }).toContain('probe: uncaught');
    await expect.poll(() => collector.errors.join('\n')).toContain('probe: logged by the content script');
    await expect
      .poll(() => swErrors.slice(before).join('\n'))
      .toContain('probe: logged by the service worker');
    // The page's own throws (every handler, onerror) are not counted as Parley's.
    expect(collector.errors.every((e) => e.includes('probe:'))).toBe(true);

    // The page-side checks see a write from the content script's world: an attribute, a text node.
    expect(await pageState(tab)).toMatchObject({ textSame: true, mutations: [] });
    await collector.evaluateInWorld(
      `document.body.setAttribute('data-probe', '1'); document.body.append('probe text'); 1`,
    );
    await expect.poll(async () => (await pageState(tab)).mutations.length).toBeGreaterThan(1);
    expect((await pageState(tab)).textSame).toBe(false);
    await tab.close();
  });

  for (const hostile of PAGES) {
    test(`${hostile.name} (seed ${hostile.seed}: ${hostile.features.join(', ')})`, async () => {
      test.setTimeout(120_000);
      served.set(routeKey(hostile.url), { body: hostile.html, contentType: 'text/html; charset=utf-8' });
      const swBefore = swErrors.length;
      const started = Date.now();
      const { page, collector } = await openHostile(hostile.url);
      const result = await waitForTabResult(context, page, 60_000).catch(async (error: unknown) => {
        // Say what Parley was doing: its state and the errors seen so far.
        const tabId = await findTabId(context, page).catch(() => null);
        const ping = tabId === null ? null : await sendToTab(context, tabId, { type: 'ping' }).catch(String);
        throw new Error(
          `${String(error)}; ping: ${JSON.stringify(ping)}; errors: ${collector.errors.join(' | ')}`,
        );
      });

      // Parley did its job despite the page.
      expect(result.gate).toBeNull();
      expect(result.title).toContain(ARTICLE_TITLE.slice(0, 30));
      expect(
        result.isNegotiation,
        JSON.stringify({ score: result.score, actors: result.actors.length }),
      ).toBe(true);
      const names = result.actors.map((a) => a.name);
      expect(names).toEqual(expect.arrayContaining(['United States', 'European Union']));
      await expect
        .poll(async () => (await pageState(page)).parleyHighlights, { timeout: 15_000 })
        .toBeGreaterThan(0);
      // Let anything late (a re-run on DOM changes, the history question) finish.
      await page.waitForTimeout(1_500);

      const tabId = await findTabId(context, page);
      const ping = (await sendToTab(context, tabId, { type: 'ping' })) as {
        analysis: { where: string } | null;
      };
      expect(ping.analysis?.where).toBe('background');
      const state = await pageState(page);
      expect(state.textSame, `body text length before/after: ${state.textLengths.join(' / ')}`).toBe(true);
      expect(state.shadowSame).toBe(true);
      expect(state.highlightsAfter).toEqual(state.highlightsBefore);
      expect(state.mutations).toEqual([]);
      expect(state.trapped).toEqual([]);
      if (hostile.features.includes('prototype-overrides')) {
        // The traps were live while Parley ran: the page's own Array.prototype.map throws.
        const armed = await page.evaluate(() => {
          try {
            [1].map((x) => x);
            return false;
          } catch {
            return true;
          }
        });
        expect(armed).toBe(true);
      }

      expect(state.violations).toEqual([]);
      expect(collector.errors).toEqual([]);
      expect(swErrors.slice(swBefore)).toEqual([]);
      test.info().annotations.push({
        type: 'timing',
        description: `${hostile.name}: ${Date.now() - started} ms to a checked result; extract ${result.timings.extractMs} ms, analyze ${result.timings.analyzeMs} ms, paint ${result.timings.paintMs} ms`,
      });
      await page.close();
    });
  }

  test("a strict CSP (worker-src 'none'): the analysis runs in the background, nothing the page can observe", async () => {
    test.setTimeout(90_000);
    const page = buildHostilePage('csp', SEED, ['rtl'], FULL_SIZES);
    // The page's HTML is served with a CSP header; its inline generator script is refused too,
    // which is fine: the article is plain markup.
    const csp = "default-src 'none'; script-src 'self'; worker-src 'none'; style-src 'self'";
    await context.route(page.url, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        headers: { 'content-security-policy': csp },
        body: page.html,
      }),
    );
    const { page: tab, collector } = await openHostile(page.url);
    const result = await waitForTabResult(context, tab, 60_000);
    expect(result.isNegotiation).toBe(true);
    await expect
      .poll(async () => (await pageState(tab)).parleyHighlights, { timeout: 15_000 })
      .toBeGreaterThan(0);
    const tabId = await findTabId(context, tab);
    const ping = (await sendToTab(context, tabId, { type: 'ping' })) as {
      analysis: { where: string; ms: number } | null;
    };
    // Off the page's thread, where the page's CSP does not reach.
    expect(ping.analysis?.where).toBe('background');
    const state = await pageState(tab);
    expect(state.textSame).toBe(true);
    expect(state.mutations).toEqual([]);
    expect(collector.errors).toEqual([]);
    // What the page can observe: no securitypolicyviolation event caused by Parley's worker.
    const ours = state.violations.filter((v) => v.blocked === 'blob' || v.blocked.startsWith('blob:'));
    test.info().annotations.push({
      type: 'csp',
      description: `violations the page observed: ${JSON.stringify(state.violations)}`,
    });
    expect(ours).toEqual([]);
    await tab.close();
  });
});
