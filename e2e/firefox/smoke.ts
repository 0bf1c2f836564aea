/**
 * Firefox smoke test (`npm run test:firefox`): firefox-esr driven by puppeteer-core over WebDriver
 * BiDi, Parley installed as a temporary add-on from dist-firefox/ (or `PARLEY_FIREFOX_DIST`, a private
 * build: `npx vite build --mode firefox --outDir <dir>`), fixture pages served by a local HTTP server
 * on 127.0.0.1 and delivered at real news URLs (the manifest only matches news hosts) through BiDi
 * request interception: the browser asks for https://www.reuters.com/..., the test answers with the
 * fixture fetched from the local server, so nothing touches the network. It checks, in Firefox:
 *  - the gate: a non-trade news page gets no marks, its content script answers `ping` as gated out,
 *    and its stored result shows the pipeline never ran;
 *  - highlights painted on a negotiation article, only inside <article>, page text unchanged;
 *  - a hover card over a mark;
 *  - a round trip through the background: each tab's result reached storage.session (content script
 *    -> background -> storage), and the popup page shows the article's verdict and actors from it;
 *    its "Hide marks" switch hides the page's marks and shows them again;
 *  - the history in the background's IndexedDB: a second article of the same negotiation is linked to
 *    the first, and the popup's Context view on it lists the first in its timeline;
 *  - the reading list: Save in the popup keeps the article, and the Reading list view finds it by an
 *    actor's name (and not by a word it lacks).
 *
 * WebDriver BiDi refuses to navigate to moz-extension:// URLs, so the test runs a copy of the build
 * whose manifest also lists the popup page as web-accessible from one launcher URL, fixes the
 * add-on's UUID with a pref, and lets that launcher page navigate itself to the popup. The copy
 * differs from the build in that one entry only.
 *
 * Skips (exit 0) only when no Firefox is installed; a missing build is a failure.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { fixture } from '../fixtures/index';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST = process.env.PARLEY_FIREFOX_DIST
  ? path.resolve(process.env.PARLEY_FIREFOX_DIST)
  : path.join(ROOT, 'dist-firefox');
const FIXTURES = path.join(ROOT, 'e2e', 'fixtures');
const NEWS_URL =
  'https://www.reuters.com/world/china/us-china-end-shanghai-trade-talks-little-progress-2019-07-31/';
const FIXTURE = 'demo-us-china-talks.html';
/** A later article of the same negotiation: the history must link it to the first. */
const FOLLOWUP = fixture('demo-us-china-followup.html');
const TALKS_TITLE = fixture(FIXTURE).title;
/** A sports report with og:type article and country names: the gate must turn it away. */
const NON_TRADE_URL = 'https://www.bbc.com/sport/football/articles/c4ng7kx2rr1o';
const NON_TRADE_FIXTURE = 'non-trade-sports.html';
/** A blank page that navigates itself to the popup (see the header). */
const LAUNCHER_URL = 'https://www.reuters.com/parley-smoke-launcher';
/** The add-on's moz-extension:// host for this run (pref extensions.webextensions.uuids). */
const UUID = '7d1b2f54-3c1e-4d9a-9b6e-5f0a8c2e4d31';
const ADDON_ID = 'parley@parley.example';
/** News URL -> fixture file served there. */
const SERVED = new Map([
  [NEWS_URL, FIXTURE],
  [FOLLOWUP.url, FOLLOWUP.file],
  [NON_TRADE_URL, NON_TRADE_FIXTURE],
  [LAUNCHER_URL, 'launcher'],
]);
const LAUNCHER_HTML = '<!doctype html><title>launcher</title><p>Opens the Parley popup.</p>';
const TIMEOUT_MS = 30_000;

function findFirefox(): string | null {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  return candidates.find((p): p is string => !!p && existsSync(p)) ?? null;
}

/** Serves e2e/fixtures/ on 127.0.0.1 (an ephemeral port). */
function serveFixtures(): Promise<Server> {
  const server = createServer((req, res) => {
    const name = path.basename(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = path.join(FIXTURES, name);
    if (!name.endsWith('.html') || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

interface Check {
  name: string;
  run: (page: Page, env: Env) => Promise<void>;
}

/** What the checks share. */
interface Env {
  /** Fresh tab with routing and error capture, showing `url`. */
  open: (url: string) => Promise<Page>;
  /** A tab showing Parley's popup page (an extension page: it has the `browser` API). */
  popup: () => Promise<Page>;
  /** The tabs opened for the article and the non-trade page, once the checks run. */
  article: Page;
  nonTrade: Page;
}

/** A stored per-tab result, as far as the checks read it. */
interface StoredResult {
  url: string;
  gate: string | null;
  isNegotiation: boolean;
  actors: Array<{ name: string }>;
  timings: { gateMs: number; extractMs: number | null };
}

/** `tab:<id>` results in storage.session whose URL is `url`, read from an extension page. */
async function storedResult(
  popup: Page,
  url: string,
): Promise<{ tabId: number; result: StoredResult } | null> {
  const all = await popup.evaluate(async () => {
    const api = (
      globalThis as unknown as { browser: { storage: { session: { get(k: null): Promise<object> } } } }
    ).browser;
    return JSON.stringify(await api.storage.session.get(null));
  });
  for (const [key, value] of Object.entries(JSON.parse(all) as Record<string, StoredResult>)) {
    if (key.startsWith('tab:') && value.url.split('#')[0] === url)
      return { tabId: Number(key.slice(4)), result: value };
  }
  return null;
}

/** Sends a message to a tab's content script from the popup page, as the popup itself does. */
function sendToTab(popup: Page, tabId: number, message: unknown): Promise<unknown> {
  return popup.evaluate(
    (id: number, m: unknown) =>
      (
        globalThis as unknown as {
          browser: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } };
        }
      ).browser.tabs.sendMessage(id, m),
    tabId,
    message,
  );
}

/** What a call into a page can throw while the page navigates and its realm is torn down (one
 * CI run met "Protocol error (script.callFunction): ... Not allowed to define cross-origin object
 * as property on [Object] or [Array] XrayWrapper" right after the popup's search was changed). */
const NAVIGATING = /Protocol error|Execution context|context was destroyed|detached|cross-origin object/;

/** Navigates the popup page to its own URL with `search` ("?tab=3"), and waits for the new
 * document to have loaded. */
async function popupAt(popup: Page, search: string): Promise<void> {
  try {
    await popup.evaluate((q: string) => {
      location.search = q;
    }, search);
  } catch (e) {
    if (!NAVIGATING.test(String(e))) throw e;
  }
  await waitFor(`the popup at ${search}`, () =>
    popup.evaluate((q: string) => location.search === q && document.readyState === 'complete', search),
  );
}

async function waitFor<T>(
  what: string,
  fn: () => Promise<T | null | false>,
  timeout = TIMEOUT_MS,
): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    let v: T | null | false;
    try {
      v = await fn();
    } catch (e) {
      // (a call that meets the page navigating is tried again in the new document)
      if (!NAVIGATING.test(String(e)) || Date.now() > deadline) throw e;
      v = null;
    }
    if (v !== null && v !== false) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Our highlight entries as the page sees them: name -> texts of their ranges. */
function highlightsOf(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    if (typeof CSS === 'undefined' || !CSS.highlights) return out;
    for (const [name, h] of CSS.highlights) {
      if (name.startsWith('parley-')) out[name] = [...h].map((r) => (r as Range).toString());
    }
    return out;
  });
}

const checks: Check[] = [
  {
    name: 'content script paints highlights on a news article',
    async run(page) {
      const marks = await waitFor('parley-* highlights', async () => {
        const h = await highlightsOf(page);
        return h['parley-side-a'] && h['parley-side-b'] ? h : null;
      });
      const total = Object.values(marks).reduce((n, l) => n + l.length, 0);
      const names = Object.keys(marks).sort().join(', ');
      console.log(`  ${total} marked ranges in ${names}`);
      // The two main parties get the two side colours (which one is "a" is the analyzer's call).
      const sides = [...marks['parley-side-a']!, ...marks['parley-side-b']!];
      if (!sides.includes('China') || !sides.includes('United States')) {
        throw new Error(
          `expected China and the United States among the side marks, got ${JSON.stringify(sides)}`,
        );
      }
    },
  },
  {
    name: 'marks stay inside <article>; body text byte-identical to the served page',
    async run(page) {
      const source = readFileSync(path.join(FIXTURES, FIXTURE), 'utf8');
      const r = await page.evaluate((html: string) => {
        let outside = 0;
        for (const [name, h] of CSS.highlights) {
          if (!name.startsWith('parley-')) continue;
          for (const range of h) {
            const node = (range as Range).commonAncestorContainer;
            const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
            if (!el?.closest('article')) outside++;
          }
        }
        // The fixture has no scripts that change the page, so its parsed body is the "before".
        const served = new DOMParser().parseFromString(html, 'text/html');
        return { outside, same: served.body.textContent === document.body.textContent };
      }, source);
      if (r.outside > 0) throw new Error(`${r.outside} ranges outside <article>`);
      if (!r.same) throw new Error('document.body.textContent differs from the served page');
    },
  },
  {
    name: 'a hover card opens over a mark (closed shadow root outside <body>)',
    async run(page) {
      const target = await page.evaluate(() => {
        const range = [...CSS.highlights.get('parley-side-b')!][0] as Range;
        range.startContainer.parentElement!.scrollIntoView({ block: 'start' });
        window.scrollBy(0, -120);
        const r = range.getClientRects()[0]!;
        return { x: r.left + r.width / 2, y: r.top + r.height / 2, left: r.left, bottom: r.bottom };
      });
      await page.mouse.move(target.x - 3, target.y);
      await page.mouse.move(target.x, target.y);
      const hit = await waitFor(
        'the card under the mark',
        () =>
          page.evaluate(
            (x: number, y: number) => {
              const el = document.elementFromPoint(x, y);
              return el && el.parentNode === document.documentElement && !el.shadowRoot ? el.tagName : null;
            },
            target.left + 40,
            target.bottom + 40,
          ),
        10_000,
      );
      if (hit !== 'DIV') throw new Error(`unexpected card host ${hit}`);
    },
  },
];

/** Checks that need the popup page: the gate's verdict and the round trip through the background. */
const popupChecks: Check[] = [
  {
    name: 'gate: a non-trade news page gets no marks, answers ping as gated out, and its pipeline never ran',
    async run(popup, env) {
      const stored = await waitFor("the non-trade page's result in storage.session", () =>
        storedResult(popup, NON_TRADE_URL),
      );
      const { result, tabId } = stored;
      if (result.isNegotiation || result.gate === null) {
        throw new Error(
          `the gate let it through: ${JSON.stringify({ gate: result.gate, neg: result.isNegotiation })}`,
        );
      }
      if (result.timings.extractMs !== null) throw new Error('the extractor ran on a gated-out page');
      const pong = (await sendToTab(popup, tabId, { type: 'ping' })) as
        { ok?: boolean; state?: string } | undefined;
      if (pong?.ok !== true || pong.state !== 'gated-out')
        throw new Error(`ping answered ${JSON.stringify(pong)}`);
      const marks = await highlightsOf(env.nonTrade);
      if (Object.keys(marks).length > 0)
        throw new Error(`marks on a non-trade page: ${JSON.stringify(marks)}`);
      console.log(`  gate said "${result.gate}" in ${result.timings.gateMs} ms`);
    },
  },
  {
    name: "background round trip: the article's result is in storage.session and the popup shows it",
    async run(popup) {
      const { result, tabId } = await waitFor("the article's result in storage.session", () =>
        storedResult(popup, NEWS_URL),
      );
      if (!result.isNegotiation) throw new Error('stored result says: not a negotiation');
      const names = result.actors.map((a) => a.name);
      if (!names.includes('China'))
        throw new Error(`China missing from the stored actors: ${names.join(', ')}`);
      await popupAt(popup, `?tab=${tabId}`);
      await waitFor('the popup to show the verdict and China', () =>
        popup
          .evaluate(() => document.body?.innerText ?? '')
          .then((t) => /Trade negotiation article/.test(t) && t.includes('China')),
      );
    },
  },
  {
    name: 'the popup\'s "Hide marks" switch hides the page\'s marks and shows them again',
    async run(popup, env) {
      const count = async () => Object.keys(await highlightsOf(env.article)).length;
      const before = await count();
      if (before === 0) throw new Error('no marks to hide');
      const click = () =>
        popup.evaluate(() => {
          const sw = [...document.querySelectorAll('[role="switch"]')].find((e) =>
            /Hide marks/.test(e.getAttribute('aria-label') ?? e.textContent ?? ''),
          );
          if (!sw) throw new Error('no "Hide marks" switch in the popup');
          (sw as HTMLElement).click();
        });
      await click();
      await waitFor('the marks to be hidden', async () => (await count()) === 0, 10_000);
      await click();
      await waitFor('the marks to come back', async () => (await count()) === before, 10_000);
    },
  },
  {
    name: "past context: both articles were recorded (IndexedDB) and the popup's Context view on the second lists the first",
    async run(popup) {
      const { tabId } = await waitFor("the follow-up's result in storage.session", () =>
        storedResult(popup, FOLLOWUP.url),
      );
      await popupAt(popup, `?tab=${tabId}&view=context`);
      const shown = await waitFor('the timeline of two articles', () =>
        popup.evaluate(() => {
          const rows = [...document.querySelectorAll('[data-testid="timeline-article"]')];
          const summary = document.querySelector('[data-testid="thread-summary"]')?.textContent ?? '';
          return rows.length === 2 ? { rows: rows.map((r) => r.textContent ?? ''), summary } : null;
        }),
      );
      if (!shown.rows[0]!.includes(TALKS_TITLE) || !/this article/.test(shown.rows[1]!))
        throw new Error(`timeline reads ${JSON.stringify(shown.rows)}`);
      if (!/1 earlier article/.test(shown.summary)) throw new Error(`summary reads "${shown.summary}"`);
    },
  },
  {
    name: 'reading list: Save keeps the article on the device and the Reading list view finds it by an actor',
    async run(popup) {
      const { tabId } = (await storedResult(popup, NEWS_URL))!;
      await popupAt(popup, `?tab=${tabId}`);
      const text = (sel: string) =>
        popup.evaluate((s: string) => document.querySelector(s)?.textContent ?? '', sel);
      await waitFor('the Save button', () =>
        popup.evaluate(() => !!document.querySelector('[data-testid="save-article"]')),
      );
      await popup.click('[data-testid="save-article"]');
      await waitFor('"Saved"', async () => /Saved/.test(await text('[data-testid="save-status"]')));
      await popup.evaluate(() => {
        const tab = [...document.querySelectorAll('[role="tab"]')].find((e) =>
          /Reading list/.test(e.textContent ?? ''),
        );
        if (!tab) throw new Error('no "Reading list" tab in the popup');
        (tab as HTMLElement).click();
      });
      await waitFor('1 saved article', async () =>
        /\b1 saved article\b/.test(await text('[data-testid="reading-count"]')),
      );
      const search = async (q: string, want: number) => {
        await popup.evaluate(() => {
          const input = document.querySelector('[data-testid="reading-search"]') as HTMLInputElement;
          input.select();
        });
        await popup.type('[data-testid="reading-search"]', q);
        await waitFor(`${want} item(s) for "${q}"`, () =>
          popup.evaluate(
            (n: number) => document.querySelectorAll('[data-testid="reading-item"]').length === n,
            want,
          ),
        );
      };
      await search('Lighthizer', 1);
      if (!(await text('[data-testid="reading-item"]')).includes(TALKS_TITLE))
        throw new Error('the saved item does not show the article title');
      await search('miso', 0);
    },
  },
];

/** A copy of the build whose manifest lets the launcher page open the popup (see the header). */
function buildWithReachablePopup(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'parley-ff-'));
  cpSync(DIST, dir, { recursive: true });
  const file = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as {
    action?: { default_popup?: string };
    web_accessible_resources?: Array<{ resources: string[]; matches: string[] }>;
  };
  const popup = manifest.action?.default_popup ?? 'src/popup/index.html';
  manifest.web_accessible_resources = [
    ...(manifest.web_accessible_resources ?? []),
    { resources: [popup], matches: [`${new URL(LAUNCHER_URL).origin}/*`] },
  ];
  writeFileSync(file, JSON.stringify(manifest));
  return dir;
}

async function main(): Promise<number> {
  const firefox = findFirefox();
  if (!firefox) {
    console.log('firefox: skipped (no Firefox found: set FIREFOX_PATH or install firefox-esr)');
    return 0;
  }
  if (!existsSync(path.join(DIST, 'manifest.json'))) {
    console.error(`firefox: no build at ${DIST}: run \`npm run build:firefox\` first`);
    console.log('firefox: 0 passed, 1 failed');
    return 1;
  }

  const server = await serveFixtures();
  const local = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const dist = buildWithReachablePopup();
  let browser: Browser | null = null;
  let passed = 0;
  let failed = 0;
  const ourErrors: string[] = [];
  const run = async (list: Check[], page: Page, env: Env) => {
    for (const check of list) {
      try {
        await check.run(page, env);
        console.log(`  ✓ ${check.name}`);
        passed++;
      } catch (error) {
        console.log(`  ✘ ${check.name}: ${(error as Error).message}`);
        failed++;
      }
    }
  };
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefox,
      headless: true,
      extraPrefsFirefox: {
        // No first-run pages, updates or telemetry pings while testing.
        'browser.shell.checkDefaultBrowser': false,
        'app.update.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
      },
    });
    const version = await browser.version();
    const id = await browser.installExtension(dist);
    console.log(`firefox: ${version}, Parley installed as ${id} from ${DIST}`);

    const opened = browser;
    const open = async (url: string): Promise<Page> => {
      const page = await opened.newPage();
      page.on('pageerror', (e) => {
        const err = e as Error;
        if (/moz-extension:/.test(err.stack ?? '')) ourErrors.push(err.message);
      });
      await page.setRequestInterception(true);
      page.on('request', (req: HTTPRequest) => void route(req, local));
      await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT_MS });
      return page;
    };
    const nonTrade = await open(NON_TRADE_URL);
    const article = await open(NEWS_URL);
    // Read second, so the history holds two articles of one negotiation when the popup looks.
    await open(FOLLOWUP.url);
    const env: Env = {
      open,
      article,
      nonTrade,
      async popup() {
        const page = await open(LAUNCHER_URL);
        const target = `moz-extension://${UUID}/src/popup/index.html`;
        await page.evaluate((u: string) => {
          location.href = u;
        }, target);
        // BiDi reports this navigation unevenly: wait for the popup's document itself.
        await waitFor('the popup page', () =>
          page
            .evaluate(() => location.href.startsWith('moz-extension:') && document.readyState === 'complete')
            .catch(() => false),
        );
        return page;
      },
    };

    await run(checks, article, env);
    await article.bringToFront();
    await run(popupChecks, await env.popup(), env);
    if (ourErrors.length > 0) {
      console.log(`  ✘ errors from Parley: ${ourErrors.join('; ')}`);
      failed++;
    }
  } catch (error) {
    console.error(`firefox: ${(error as Error).stack ?? String(error)}`);
    failed++;
  } finally {
    await browser?.close().catch(() => undefined);
    server.close();
    rmSync(dist, { recursive: true, force: true });
  }
  console.log(`firefox: ${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

/**
 * A news URL gets its fixture (fetched from the local server, as a real page would be served); the
 * local server and the extension pass; everything else is refused: no network.
 */
async function route(req: HTTPRequest, local: string): Promise<void> {
  const url = req.url();
  try {
    const fixture = SERVED.get(url.split('#')[0]!);
    if (fixture) {
      const body = fixture === 'launcher' ? LAUNCHER_HTML : await (await fetch(`${local}/${fixture}`)).text();
      await req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
    } else if (url.startsWith(local) || url.startsWith('moz-extension:') || url.startsWith('data:')) {
      await req.continue();
    } else {
      await req.abort('blockedbyclient');
    }
  } catch {
    // The request was already handled or the page went away.
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    console.log('firefox: 0 passed, 1 failed');
    process.exit(1);
  },
);
