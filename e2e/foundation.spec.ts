/**
 * The foundation's vertical slice in real Chromium with the built extension: it loads, a news
 * article served at a real news URL gets a `tab:<id>` result, a non-article gets the gate's verdict,
 * the popup shows the result, pages cannot forge messages, and hostile pages raise no errors of ours.
 */
import type { ConsoleMessage, Page } from '@playwright/test';
import { test, expect } from './harness';

/** A small negotiation article in a news layout (written for this spec; the shared fixtures cover more). */
const ARTICLE_URL = 'https://www.reuters.com/world/us-china-trade-talks-resume-2026-03-02/';
const ARTICLE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>U.S. and China resume trade talks as tariff deadline nears</title>
<meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"U.S. and China resume trade talks as tariff deadline nears","datePublished":"2026-03-02T08:00:00Z"}</script>
</head><body>
<header><nav><a href="/">World</a> <a href="/markets">Markets</a> <a href="/tech">Technology</a></nav></header>
<main><article>
<h1>U.S. and China resume trade talks as tariff deadline nears</h1>
<p>WASHINGTON, March 2 - Negotiators from the United States and China met in Washington on Monday for a new
round of trade talks, with a deadline for higher tariffs two weeks away.</p>
<p>U.S. Trade Representative Robert Lighthizer said Washington insists that Beijing stop forcing American
companies to transfer technology before any tariffs are lifted.</p>
<p>China's Vice Premier Liu He said Beijing would buy more American soybeans and energy if the United States
removes the tariffs it imposed last year, according to a statement from China's Commerce Ministry.</p>
<p>The two sides also discussed better protection of intellectual property and wider market access for
foreign banks, officials said.</p>
</article>
<aside><h2>Sign up for our newsletter</h2><p>The day's top stories in your inbox.</p></aside>
<aside><h2>Related</h2><ul><li><a href="/x">Football club wins cup final</a></li></ul></aside>
</main></body></html>`;

/** A section front: links and teasers, no single article. */
const FRONT_URL = 'https://www.bbc.com/news/business';
const FRONT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Business - News</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<ul><li><a href="/a">Markets close higher on Friday</a></li><li><a href="/b">Rail strike planned for May</a></li>
<li><a href="/c">Bakery chain opens new shops</a></li></ul></body></html>`;

/** Messages Parley's content script, worker or pages logged as errors (page's own errors excluded). */
function collectOurErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg: ConsoleMessage) => {
    if (msg.type() === 'error' && msg.location().url.startsWith('chrome-extension://'))
      errors.push(msg.text());
  });
  page.on('pageerror', (err) => {
    if (err.stack?.includes('chrome-extension://')) errors.push(err.message);
  });
  return errors;
}

test('extension loads: service worker up and id found', async ({ serviceWorker, extensionId }) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  expect(new URL(serviceWorker.url()).protocol).toBe('chrome-extension:');
  const manifest = await serviceWorker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { runtime: { getManifest(): { name: string } } } }
    ).chrome.runtime.getManifest(),
  );
  expect(manifest.name).toBe('Parley');
  // contextMenus.update rejects for an unknown id: the save item was created on install. onInstalled
  // may still be running when the worker is first reachable, so ask until it has (or time out).
  await expect
    .poll(() =>
      serviceWorker.evaluate(() =>
        (
          globalThis as unknown as {
            chrome: { contextMenus: { update(id: string, p: object): Promise<void> } };
          }
        ).chrome.contextMenus
          .update('parley-save', {})
          .then(
            () => 'exists',
            (e: Error) => e.message,
          ),
      ),
    )
    .toBe('exists');
});

test('the network is blocked except routed fixtures', async ({ page, serveFixture }) => {
  await serveFixture(FRONT_URL, FRONT);
  await page.goto(FRONT_URL);
  await expect(page.getByRole('link', { name: 'Sport' })).toBeVisible();
  const blocked = await page.goto('https://example.org/').then(
    () => null,
    (e: Error) => e,
  );
  expect(blocked).toBeInstanceOf(Error);
});

test('a news article at a real news URL gets a tab result with the contract fields and timings', async ({
  page,
  serveFixture,
  tabResult,
}) => {
  await serveFixture(ARTICLE_URL, ARTICLE);
  await page.goto(ARTICLE_URL);
  const result = await tabResult(page);
  expect(result.url).toBe(ARTICLE_URL);
  expect(result.title).toContain('trade talks');
  for (const key of [
    'isArticle',
    'isTrade',
    'isNegotiation',
    'actors',
    'preconditions',
    'timings',
  ] as const) {
    expect(result).toHaveProperty(key);
  }
  expect(result.isArticle).toBe(true);
  expect(result.isNegotiation).toBe(true);
  expect(result.gate).toBeNull();
  const names = result.actors.map((a) => a.name);
  expect(names).toEqual(expect.arrayContaining(['United States', 'China']));
  expect(result.preconditions.length).toBeGreaterThan(0);
  expect(result.timings.gateMs).toBeGreaterThanOrEqual(0);
  expect(result.timings.extractMs).toEqual(expect.any(Number));
  expect(result.timings.analyzeMs).toEqual(expect.any(Number));
  expect(result.timings.paintMs).toEqual(expect.any(Number));
});

test('a page that is not an article gets the gate verdict and its timing only', async ({
  page,
  serveFixture,
  tabResult,
}) => {
  await serveFixture(FRONT_URL, FRONT);
  await page.goto(FRONT_URL);
  const result = await tabResult(page);
  expect(result).toMatchObject({
    isArticle: false,
    isTrade: false,
    isNegotiation: false,
    actors: [],
    preconditions: [],
  });
  expect(result.gate).toEqual(expect.any(String));
  expect(result.timings.gateMs).toBeGreaterThanOrEqual(0);
  expect(result.timings).toMatchObject({ extractMs: null, analyzeMs: null, paintMs: null });
});

test('the popup opened with ?tab= shows the article actors', async ({
  page,
  serveFixture,
  tabResult,
  openPopup,
}) => {
  await serveFixture(ARTICLE_URL, ARTICLE);
  await page.goto(ARTICLE_URL);
  await tabResult(page);
  const popup = await openPopup(page);
  await expect(popup.verdict).toContainText('Trade negotiation article');
  await expect(popup.actor('China')).toBeVisible();
  await expect(popup.actor('United States')).toBeVisible();
  await expect(popup.timings).toContainText('gate');
});

test('messages from a page are ignored', async ({
  page,
  serveFixture,
  tabResult,
  tabIdOf,
  sessionStorage,
  extensionId,
}) => {
  await serveFixture(ARTICLE_URL, ARTICLE);
  await page.goto(ARTICLE_URL);
  const real = await tabResult(page);
  const forged = { ...real, title: 'FORGED', actors: [], preconditions: [] };
  const attempts = await page.evaluate(
    async ({ id, forged }) => {
      window.postMessage({ type: 'tab-result', result: forged }, '*');
      window.postMessage({ type: 'annotate-tab', tabId: 1 }, '*');
      const runtime = (
        globalThis as { chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => unknown } } }
      ).chrome?.runtime;
      let sendMessage = 'unavailable';
      if (runtime?.sendMessage) {
        try {
          await runtime.sendMessage(id, { type: 'tab-result', result: forged });
          sendMessage = 'sent';
        } catch (e) {
          sendMessage = `threw: ${(e as Error).message}`;
        }
      }
      return { sendMessage };
    },
    { id: extensionId, forged },
  );
  // Pages have no channel to us (no externally_connectable): the call is absent or fails.
  expect(attempts.sendMessage).not.toBe('sent');
  await page.waitForTimeout(500);
  const tabId = await tabIdOf(page);
  const all = await sessionStorage();
  expect(Object.keys(all)).toEqual([`tab:${tabId}`]);
  expect((all[`tab:${tabId}`] as { title: string }).title).toBe(real.title);
});

test.describe('hostile pages cause no errors from Parley', () => {
  test('a page with no body', async ({ page, serveFixture, tabResult }) => {
    const errors = collectOurErrors(page);
    const url = 'https://www.cnn.com/2026/03/02/business/no-body';
    await serveFixture(
      url,
      '<!doctype html><html><head><title>Trade talks</title><script>addEventListener("DOMContentLoaded", () => document.body.remove());</script></head></html>',
    );
    await page.goto(url);
    expect(await page.evaluate(() => document.body)).toBeNull();
    const result = await tabResult(page);
    expect(result.isArticle).toBe(false);
    expect(errors).toEqual([]);
  });

  test('a 5 MB page', async ({ page, serveFixture, tabResult }) => {
    const errors = collectOurErrors(page);
    const url = 'https://www.theguardian.com/business/2026/mar/02/huge-page';
    const para =
      '<p>Shipping volumes rose at the port as the harbour added a third crane and longer hours.</p>\n';
    const body = para.repeat(Math.ceil((5 * 1024 * 1024) / para.length));
    await serveFixture(
      url,
      `<!doctype html><html><head><title>Port report</title></head><body><article><h1>Port report</h1>${body}</article></body></html>`,
    );
    await page.goto(url);
    const result = await tabResult(page, { timeout: 30_000 });
    expect(result.url).toBe(url);
    expect(errors).toEqual([]);
  });

  test('a page whose own scripts throw', async ({ page, serveFixture, tabResult }) => {
    const errors = collectOurErrors(page);
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    const withThrows = ARTICLE.replace(
      '</head>',
      '<script>throw new Error("site bug at load")</script><script>setTimeout(() => { throw new Error("site bug later") }, 50); Object.defineProperty(window, "chrome", { get() { throw new Error("no chrome for you") } });</script></head>',
    );
    await serveFixture(ARTICLE_URL, withThrows);
    await page.goto(ARTICLE_URL);
    const result = await tabResult(page);
    expect(result.isNegotiation).toBe(true);
    expect(pageErrors).toEqual(expect.arrayContaining(['site bug at load']));
    expect(errors).toEqual([]);
  });
});

test('a result goes when its tab navigates elsewhere or closes', async ({
  context,
  page,
  serveFixture,
  tabResult,
  tabIdOf,
  sessionStorage,
}) => {
  await serveFixture(ARTICLE_URL, ARTICLE);
  await page.goto(ARTICLE_URL);
  await tabResult(page);
  const tabId = await tabIdOf(page);
  // Past the background's "fresh result" window, so a load with a hidden URL counts as a new page.
  await page.waitForTimeout(1_700);
  const elsewhere = await serveFixture(
    'https://blog.example.org/notes',
    '<!doctype html><title>Notes</title><p>Hi</p>',
  );
  await page.goto(elsewhere);
  await expect.poll(async () => Object.keys(await sessionStorage())).toEqual([]);

  const second = await context.newPage();
  await second.goto(ARTICLE_URL);
  await tabResult(second);
  const secondId = await tabIdOf(second);
  expect(secondId).not.toBe(tabId);
  await second.close();
  await expect.poll(async () => Object.keys(await sessionStorage())).toEqual([]);
});
