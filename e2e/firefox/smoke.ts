/**
 * Firefox smoke test (`npm run test:firefox`): firefox-esr driven by puppeteer-core over WebDriver
 * BiDi, Parley installed as a temporary add-on from dist-firefox/, a fixture article served by a
 * local HTTP server on 127.0.0.1 and delivered at a real news URL (the manifest only matches news
 * hosts) through BiDi request interception: the browser asks for https://www.reuters.com/..., the
 * test answers with the fixture fetched from the local server, so nothing touches the network. It
 * passes when the content script painted its highlights in that page.
 *
 * Skips (exit 0) only when no Firefox is installed; a missing build is a failure.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST = path.join(ROOT, 'dist-firefox');
const FIXTURES = path.join(ROOT, 'e2e', 'fixtures');
const NEWS_URL =
  'https://www.reuters.com/world/china/us-china-end-shanghai-trade-talks-little-progress-2019-07-31/';
const FIXTURE = 'demo-us-china-talks.html';
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
  run: (page: Page) => Promise<void>;
}

async function waitFor<T>(
  what: string,
  fn: () => Promise<T | null | false>,
  timeout = TIMEOUT_MS,
): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const v = await fn();
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
  let browser: Browser | null = null;
  let passed = 0;
  let failed = 0;
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
      },
    });
    const version = await browser.version();
    const id = await browser.installExtension(DIST);
    console.log(`firefox: ${version}, Parley installed as ${id}`);

    const page = await browser.newPage();
    const ourErrors: string[] = [];
    page.on('pageerror', (e) => {
      const err = e as Error;
      if (/moz-extension:/.test(err.stack ?? '')) ourErrors.push(err.message);
    });
    await page.setRequestInterception(true);
    page.on('request', (req: HTTPRequest) => void route(req, local));
    await page.goto(NEWS_URL, { waitUntil: 'load', timeout: TIMEOUT_MS });

    for (const check of checks) {
      try {
        await check.run(page);
        console.log(`  ✓ ${check.name}`);
        passed++;
      } catch (error) {
        console.log(`  ✘ ${check.name}: ${(error as Error).message}`);
        failed++;
      }
    }
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
  }
  console.log(`firefox: ${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

/**
 * The news URL gets the fixture (fetched from the local server, as a real page would be served);
 * the local server and the extension pass; everything else is refused: no network.
 */
async function route(req: HTTPRequest, local: string): Promise<void> {
  const url = req.url();
  try {
    if (url.split('#')[0] === NEWS_URL) {
      const res = await fetch(`${local}/${FIXTURE}`);
      await req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: await res.text() });
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
