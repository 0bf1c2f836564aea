/**
 * The popup against a real analysed page: actors grouped by side, preconditions with their "why",
 * clicking (or pressing Enter on) an item reveals its mark in the page, the "Hide marks" switch
 * (and that it starts in the page's real state),
 * the non-article verdict, and "Annotate this page" where the content script did not run.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { fixtures, type Fixture } from './fixtures/index';
import { test, expect } from './harness';
import {
  DIST,
  extensionIdOf,
  extensionWorker,
  findTabId,
  installNetworkGuard,
  launchWithExtension,
  loadPageSource,
  routeKey,
  waitForTabResult,
} from './launch';
import { PopupPage } from './pages/popup';

const article = fixtures.find((f) => f.kind === 'negotiation' && f.layout === 'classic');
const front = fixtures.find((f) => f.kind === 'front-page');

/** Names of Parley's highlights registered in the page (the registry is shared by all worlds). */
const parleyHighlights = (page: Page) =>
  page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('parley-')).sort());

async function openArticle(page: Page, serveFixture: (u: string, f: string) => Promise<string>, f: Fixture) {
  await serveFixture(f.url, f.file);
  await page.goto(f.url);
}

test.describe('popup on a negotiation article', () => {
  test.skip(!article, 'no classic negotiation fixture in e2e/fixtures/index.ts yet');
  const f = article!;

  test('lists actors grouped by side, parties first, and the preconditions with why', async ({
    page,
    serveFixture,
    tabResult,
    openPopup,
  }) => {
    await openArticle(page, serveFixture, f);
    const result = await tabResult(page);
    const popup = await openPopup(page);

    await expect(popup.verdict).toContainText('Trade negotiation article');
    const sides = await popup.sideNames();
    const partySides = result.parties.map((id) => result.actors.find((a) => a.id === id)?.side);
    expect(sides.slice(0, 2)).toEqual(partySides.slice(0, 2));
    await expect(popup.parties).toContainText('China');

    // Every actor the fixture promises is listed once, under the side the analyzer gave it.
    for (const name of f.expect.actors) {
      const actor = result.actors.find((a) => a.name === name);
      expect(actor, `${name} in the result`).toBeDefined();
      expect(await popup.actorNames(actor!.side ?? 'No side')).toContain(name);
    }
    await expect(popup.actorItems).toHaveCount(result.actors.length);

    await expect(popup.preconditionItems).toHaveCount(result.preconditions.length);
    const first = popup.preconditionItems.first();
    await expect(first).toContainText('why:');
    await expect(first).toContainText('→');
    await expect(popup.timings).toContainText(/gate .* ms · extract .* ms · analyze .* ms/);
    // The tab and its result came from the popup's early script (src/popup/early-tab-read.ts), not
    // from the module's own read after it loaded (its fallback).
    expect(await popup.page.evaluate(() => performance.getEntriesByName('parley:tab-early').length)).toBe(1);
    // Opened from the toolbar on this tab, the popup names it: no active-tab query first.
    const worker = await extensionWorker(page.context());
    const tabId = await findTabId(page.context(), page);
    const toolbarPopup = await worker.evaluate(
      (id) =>
        (
          globalThis as unknown as { chrome: { action: { getPopup(d: { tabId: number }): Promise<string> } } }
        ).chrome.action.getPopup({ tabId: id }),
      tabId,
    );
    expect(toolbarPopup).toMatch(new RegExp(`/src/popup/index\\.html\\?tab=${tabId}$`));
  });

  test('the toolbar popup itself opens on this tab, as wide as its content', async ({
    page,
    context,
    serveFixture,
    tabResult,
    tabIdOf,
    extensionId,
    serviceWorker,
  }) => {
    // An extension page shares the popup's process and reaches its window (extension.getViews).
    const reader = await context.newPage();
    await reader.goto(`chrome-extension://${extensionId}/src/options/index.html`);
    await openArticle(page, serveFixture, f);
    await tabResult(page);
    const tabId = await tabIdOf(page);
    await page.bringToFront();
    // Headless Chromium honours action.openPopup(): the browser's own popup window, as a click opens.
    await serviceWorker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { action: { openPopup(): Promise<void> } } }
      ).chrome.action.openPopup(),
    );
    const readPopup = () =>
      reader.evaluate(() => {
        type Views = { extension: { getViews(q: { type: 'popup' }): Window[] } };
        const w = (globalThis as unknown as { chrome: Views }).chrome.extension.getViews({
          type: 'popup',
        })[0];
        const verdict = w?.document.querySelector('[data-testid="verdict"]')?.textContent;
        if (!w || !verdict) return null;
        const main = w.document.querySelector('main')!;
        return {
          url: w.location.href,
          verdict,
          main: main.getBoundingClientRect().width,
          rem: parseFloat(w.getComputedStyle(w.document.documentElement).fontSize),
          window: w.innerWidth,
        };
      });
    await expect.poll(readPopup, { timeout: 10_000 }).not.toBeNull();
    const seen = (await readPopup())!;
    expect(seen.url).toMatch(new RegExp(`/src/popup/index\\.html\\?tab=${tabId}$`));
    expect(seen.verdict).toContain('Trade negotiation article');
    expect(seen.main).toBe(24 * seen.rem);
    expect(seen.window).toBeGreaterThanOrEqual(seen.main);
  });

  test('keeps its 24rem in the 25 px viewport a toolbar popup loads in, and fits a narrow window', async ({
    page,
    serveFixture,
    tabResult,
    openPopup,
  }) => {
    await openArticle(page, serveFixture, f);
    await tabResult(page);
    const popup = await openPopup(page);
    const mainWidth = async (width: number) => {
      await popup.page.setViewportSize({ width, height: Math.max(width, 300) });
      return popup.root.evaluate((main) => ({
        main: main.getBoundingClientRect().width,
        rem: parseFloat(getComputedStyle(document.documentElement).fontSize),
      }));
    };
    // Until its page has loaded, a toolbar popup's viewport is 25 px wide: content squeezed into it
    // is laid out a word a line, at ~3x the cost, before the popup can show.
    const loading = await mainWidth(25);
    expect(loading.main).toBe(24 * loading.rem);
    // A browser window too narrow for 24rem gives a narrower popup: the content fits it.
    expect((await mainWidth(280)).main).toBe(280);
  });

  test('clicking a precondition reveals its mark in the page', async ({
    page,
    serveFixture,
    tabResult,
    openPopup,
  }) => {
    await openArticle(page, serveFixture, f);
    await tabResult(page);
    const popup = await openPopup(page);
    await expect.poll(() => parleyHighlights(page)).toContain('parley-side-a');
    expect(await parleyHighlights(page)).not.toContain('parley-focus');

    await popup.preconditionItems.last().click();
    await expect.poll(() => parleyHighlights(page)).toContain('parley-focus');
    await expect(popup.error).toHaveCount(0);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
  });

  test('an actor is revealed from the keyboard too', async ({ page, serveFixture, tabResult, openPopup }) => {
    await openArticle(page, serveFixture, f);
    await tabResult(page);
    const popup = await openPopup(page);
    await popup.actorItems.first().focus();
    await popup.page.keyboard.press('Enter');
    await expect.poll(() => parleyHighlights(page)).toContain('parley-focus');
  });

  test('the Hide marks switch removes and restores the marks', async ({
    page,
    serveFixture,
    tabResult,
    openPopup,
  }) => {
    await openArticle(page, serveFixture, f);
    await tabResult(page);
    const popup = await openPopup(page);
    await expect.poll(() => parleyHighlights(page)).not.toEqual([]);
    const shown = await parleyHighlights(page);

    await expect(popup.hideMarksSwitch).toHaveAttribute('aria-checked', 'false');
    await popup.toggleHideMarks();
    await expect(popup.hideMarksSwitch).toHaveAttribute('aria-checked', 'true');
    await expect.poll(() => parleyHighlights(page)).toEqual([]);

    await popup.toggleHideMarks();
    await expect(popup.hideMarksSwitch).toHaveAttribute('aria-checked', 'false');
    await expect.poll(() => parleyHighlights(page)).toEqual(shown);
  });

  test("the Hide marks switch starts in the page's real state when the popup opens again", async ({
    page,
    serveFixture,
    tabResult,
    openPopup,
  }) => {
    await openArticle(page, serveFixture, f);
    await tabResult(page);
    let popup = await openPopup(page);
    await expect.poll(() => parleyHighlights(page)).not.toEqual([]);
    await popup.toggleHideMarks();
    await expect.poll(() => parleyHighlights(page)).toEqual([]);
    await popup.page.close();

    // A new popup asks the page: the marks are hidden, so the switch is on, and turning it off shows them.
    popup = await openPopup(page);
    await expect(popup.hideMarksSwitch).toBeEnabled();
    await expect(popup.hideMarksSwitch).toHaveAttribute('aria-checked', 'true');
    await popup.toggleHideMarks();
    await expect(popup.hideMarksSwitch).toHaveAttribute('aria-checked', 'false');
    await expect.poll(() => parleyHighlights(page)).not.toEqual([]);
  });
});

test('popup on a page that is not an article shows the verdict and the gate reason only', async ({
  page,
  serveFixture,
  tabResult,
  openPopup,
}) => {
  test.skip(!front, 'no front-page fixture yet');
  await openArticle(page, serveFixture, front!);
  const result = await tabResult(page);
  const popup = await openPopup(page);
  await expect(popup.verdict).toContainText('Not an article');
  await expect(popup.verdict).toContainText(`gate: ${result.gate}`);
  await expect(popup.actorsSection).toHaveCount(0);
  await expect(popup.hideMarksSwitch).toHaveCount(0);
});

test('popup offers "Annotate this page" where the content script did not run', async ({
  page,
  serveFixture,
  openPopup,
  sessionStorage,
}) => {
  const url = 'https://blog.example.org/2026/03/trade-notes';
  await serveFixture(
    url,
    '<!doctype html><title>Notes</title><article><h1>Notes on tariffs</h1><p>Some text.</p></article>',
  );
  await page.goto(url);
  const popup = await openPopup(page);
  await expect(popup.root).toContainText('Parley has not read this page');
  await popup.annotateButton.click();
  // Opened as a tab (not from the toolbar), the popup holds no activeTab grant for this site, so
  // the browser refuses: the popup says so instead of failing silently.
  await expect(popup.error).toContainText('may not read this page');
  expect(await sessionStorage()).toEqual({});
});

// Playwright needs the fixtures argument as a pattern; this test launches its own browser.
// eslint-disable-next-line no-empty-pattern
test('"Annotate this page" runs Parley on a page the user granted', async ({}, testInfo) => {
  test.skip(!article, 'no classic negotiation fixture yet');
  // A toolbar click grants activeTab for the page; a test cannot click the toolbar, so a copy of the
  // build holds a host permission for the site instead. Everything else is the real path: popup ->
  // background -> scripting.executeScript of the on-demand entry -> result -> popup.
  const dist = testInfo.outputPath('dist-granted');
  cpSync(DIST, dist, { recursive: true });
  const manifestPath = path.join(dist, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  manifest.host_permissions = ['https://*.example.org/*'];
  writeFileSync(manifestPath, JSON.stringify(manifest));

  const launched = await launchWithExtension({ dist });
  try {
    const pages = await installNetworkGuard(launched.context);
    const url = 'https://blog.example.org/2019/07/31/us-china-talks';
    pages.set(routeKey(url), loadPageSource(article!.file));
    const page = launched.context.pages()[0] ?? (await launched.context.newPage());
    await page.goto(url);
    const extensionId = extensionIdOf(await extensionWorker(launched.context));
    const tabId = await findTabId(launched.context, page);
    const popup = await new PopupPage(await launched.context.newPage(), extensionId).open(tabId);
    await expect(popup.root).toContainText('Parley has not read this page');

    await popup.annotateButton.click();
    await expect(popup.verdict).toContainText('Trade negotiation article');
    await expect(popup.annotateButton).toHaveCount(0);
    await expect(popup.actor('China')).toBeVisible();
    const result = await waitForTabResult(launched.context, page);
    expect(result.url).toBe(url);
    await expect.poll(() => parleyHighlights(page)).toContain('parley-side-a');
  } finally {
    await launched.close();
  }
});
