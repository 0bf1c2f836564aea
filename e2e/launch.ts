/**
 * One place that knows how to start Chromium with Parley loaded. Used by the Playwright harness
 * (`e2e/harness.ts`) and by `npm start` (`scripts/start.ts`), so both launch the browser the same way.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type BrowserContext, type Page, type Route, type Worker } from '@playwright/test';
import type { TabResult } from '../src/shared/tab-result';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/**
 * The Chrome build (`npm run build:chrome`). `PARLEY_DIST` points the harness at a private build
 * (`npx vite build --outDir <dir> --emptyOutDir`) so parallel work does not race on dist/.
 */
export const DIST = process.env.PARLEY_DIST ? path.resolve(process.env.PARLEY_DIST) : path.join(ROOT, 'dist');
export const FIXTURES_DIR = path.join(ROOT, 'e2e', 'fixtures');

/**
 * The browser to run: `CHROMIUM_PATH`, else the distribution's `/usr/bin/chromium`, else undefined
 * (Playwright's own Chromium, for machines where it was downloaded).
 */
export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

/**
 * Command-line switches for an extension test browser. Unpacked extensions load only with
 * `--load-extension`; the rest keeps Chromium from talking to the network behind our back
 * (updates, sync, field trials), so tests are quiet and repeatable.
 */
export function extensionArgs(dist = DIST): string[] {
  const abs = path.resolve(dist);
  const args = [
    `--disable-extensions-except=${abs}`,
    `--load-extension=${abs}`,
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-quic',
  ];
  // Chromium refuses to start as root with its sandbox on (containers, CI images).
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.push('--no-sandbox');
  return args;
}

/** Fails early with a useful message instead of a browser that silently has no extension. */
export function assertBuilt(dist = DIST): void {
  const manifest = path.join(dist, 'manifest.json');
  if (!existsSync(manifest)) {
    throw new Error(`No extension build at ${dist}: run \`npm run build:chrome\` first.`);
  }
}

export interface LaunchOptions {
  headless?: boolean;
  dist?: string;
  viewport?: { width: number; height: number } | null;
}

export interface LaunchedBrowser {
  context: BrowserContext;
  userDataDir: string;
  /** Closes the browser and deletes its throwaway profile. */
  close(): Promise<void>;
}

/**
 * Launches a persistent context (extensions need one) on a fresh temporary profile. Headless uses
 * Chromium's new headless mode, which loads extensions; for Playwright's own browser that needs
 * `channel: 'chromium'` (the default headless shell cannot load extensions).
 */
export async function launchWithExtension(opts: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const dist = opts.dist ?? DIST;
  assertBuilt(dist);
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'parley-profile-'));
  const executablePath = chromiumExecutable();
  const context = await chromium.launchPersistentContext(userDataDir, {
    headless: opts.headless ?? true,
    ...(executablePath ? { executablePath } : { channel: 'chromium' }),
    args: extensionArgs(dist),
    viewport: opts.viewport === undefined ? { width: 1280, height: 900 } : opts.viewport,
  });
  distOf.set(context, dist);
  return {
    context,
    userDataDir,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}

/** A browser whose Parley can be updated in place, as the Web Store updates it mid-session. */
export interface UpdatableBrowser extends LaunchedBrowser {
  /** The extension id (from its path, as with `--load-extension`). */
  id: string;
  /** An open page of the extension's current version (its options page), to read its storage. */
  extensionPage(): Page;
  /**
   * Loads the build again over the running one: Chromium treats it as an update (the old service
   * worker and extension pages go, the content scripts in open tabs are orphaned, storage.session
   * is cleared, IndexedDB and storage.local stay). Resolves once the new version serves its pages.
   */
  update(): Promise<void>;
}

/**
 * Like `launchWithExtension`, but Parley is loaded over CDP (`Extensions.loadUnpacked`, allowed by
 * `--enable-unsafe-extension-debugging`) instead of `--load-extension`: a command-line extension
 * does not come back from `chrome.runtime.reload()` in this Chromium, and loading the same path
 * again over CDP is the way to update it in place.
 */
export async function launchUpdatable(opts: { dist?: string } = {}): Promise<UpdatableBrowser> {
  const dist = path.resolve(opts.dist ?? DIST);
  assertBuilt(dist);
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'parley-profile-'));
  const executablePath = chromiumExecutable();
  const args = extensionArgs(dist).filter((a) => !/^--(load-extension|disable-extensions-except)=/.test(a));
  const context = await chromium.launchPersistentContext(userDataDir, {
    headless: true,
    ...(executablePath ? { executablePath } : { channel: 'chromium' }),
    args: [...args, '--enable-unsafe-extension-debugging'],
    // Playwright disables extensions by default; `--load-extension` lifts that, CDP loading does not.
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1280, height: 900 },
  });
  distOf.set(context, dist);
  const close = async () => {
    await context.close().catch(() => undefined);
    rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 });
  };
  try {
    const browser = context.browser();
    if (!browser) throw new Error('launchUpdatable: Playwright gave no Browser for a CDP session');
    const cdp = await browser.newBrowserCDPSession();
    // Extensions.* is not in Playwright's typed CDP protocol yet.
    const load = () =>
      (cdp.send as (m: string, p: object) => Promise<{ id: string }>)('Extensions.loadUnpacked', {
        path: dist,
      });
    const { id } = await load();
    /**
     * An extension page of the version now loaded, kept open (the update closes it). A marker in
     * storage.session tells versions apart: the update clears that storage.
     */
    const MARK = 'parley-test:version-marker';
    const openVersion = async (): Promise<Page> => {
      const page = await context.newPage();
      await poll(
        'the extension to serve its pages',
        () =>
          page.goto(`chrome-extension://${id}/src/options/index.html`).then(
            () => true,
            () => undefined,
          ),
        15_000,
      );
      return page;
    };
    const marked = (page: Page) =>
      page.evaluate(async (k) => k in (await chrome.storage.session.get(k)), MARK).catch(() => null);
    let current = await openVersion();
    await current.evaluate((k) => chrome.storage.session.set({ [k]: 1 }), MARK);
    return {
      context,
      userDataDir,
      id,
      close,
      extensionPage: () => current,
      async update() {
        await load();
        await poll(
          'the old version to go',
          async () => (current.isClosed() || (await marked(current)) !== true ? true : undefined),
          15_000,
        );
        await poll(
          'the new version to serve its pages',
          async () => {
            const page = await openVersion();
            if ((await marked(page)) === false) return page;
            await page.close();
            return undefined;
          },
          15_000,
        ).then((page) => (current = page));
        await current.evaluate((k) => chrome.storage.session.set({ [k]: 1 }), MARK);
      },
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Chrome derives an unpacked extension's id from its absolute path: the first 32 hex digits of the
 * path's SHA-256, each digit 0-f written as a letter a-p.
 */
export function unpackedExtensionId(dist: string): string {
  const hex = createHash('sha256').update(path.resolve(dist)).digest('hex').slice(0, 32);
  return [...hex].map((d) => String.fromCharCode(97 + parseInt(d, 16))).join('');
}

/** Which build each launched context loaded, so a sleeping worker can be woken by id. */
const distOf = new WeakMap<BrowserContext, string>();

/**
 * The extension's service worker. An MV3 worker may be stopped when idle, so callers that need it
 * later should ask again rather than keep an old handle. Now and then Chromium starts the worker
 * before Playwright listens and no "serviceworker" event comes; then an extension page that
 * messages the background (the popup) starts it again where Playwright sees it.
 */
export async function extensionWorker(context: BrowserContext, timeout = 15_000): Promise<Worker> {
  const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
  const existing = context.serviceWorkers().find(isOurs);
  if (existing) return existing;
  const firstWait = Math.min(5_000, timeout);
  try {
    return await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: firstWait });
  } catch {
    // fall through to waking it
  }
  const again = context.serviceWorkers().find(isOurs);
  if (again) return again;
  const waking = context.waitForEvent('serviceworker', { predicate: isOurs, timeout: timeout - firstWait });
  const page = await context.newPage();
  try {
    const id = unpackedExtensionId(distOf.get(context) ?? DIST);
    await page.goto(`chrome-extension://${id}/src/popup/index.html`).catch(() => undefined);
    return await waking;
  } catch (error) {
    throw new Error(
      `Parley's service worker did not start within ${timeout} ms. Is ${distOf.get(context) ?? DIST} a ` +
        'complete build (a concurrent `vite build` empties it)? Check `npm run build:chrome`.',
      { cause: error },
    );
  } finally {
    await page.close().catch(() => undefined);
  }
}

/** The extension id is the host of its service worker's URL. */
export function extensionIdOf(worker: Worker): string {
  return new URL(worker.url()).host;
}

/** A page body that a routed URL answers with. */
export interface ServedPage {
  body: string | Buffer;
  contentType: string;
}

/** Removes the hash so `https://x/a#b` and `https://x/a` are the same routed page. */
export function routeKey(url: string): string {
  const u = new URL(url);
  u.hash = '';
  return u.href;
}

/**
 * Answers every request of the context (or of one page): a registered fixture URL gets its page,
 * localhost and extension URLs pass, everything else is aborted. Tests and the demo never touch the
 * network. Returns the registry to add pages to.
 *
 * Every request routed here waits on a round trip through this Node process, extension files
 * included. Benchmarks that time extension pages route only the tab that loads fixtures, so the
 * pages they time load the way a user's do.
 */
export async function installNetworkGuard(target: BrowserContext | Page): Promise<Map<string, ServedPage>> {
  const pages = new Map<string, ServedPage>();
  await (target as Pick<BrowserContext, 'route'>).route('**/*', async (route: Route) => {
    const url = route.request().url();
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return route.abort();
    }
    const page = pages.get(routeKey(url));
    if (page) {
      return route.fulfill({ status: 200, contentType: page.contentType, body: page.body });
    }
    const local = ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
    // The crxjs loader imports the content script from chrome-extension://: never block our own files.
    const passes = ['data:', 'blob:', 'chrome-extension:', 'moz-extension:'].includes(parsed.protocol);
    if (local || passes) return route.continue();
    return route.abort('blockedbyclient');
  });
  return pages;
}

/**
 * Reads a page to serve: a string that starts with `<` is HTML itself, anything else is a file
 * name under e2e/fixtures/ (or an absolute path).
 */
export function loadPageSource(fileOrHtml: string): ServedPage {
  if (fileOrHtml.trimStart().startsWith('<')) {
    return { body: fileOrHtml, contentType: 'text/html; charset=utf-8' };
  }
  const file = path.isAbsolute(fileOrHtml) ? fileOrHtml : path.join(FIXTURES_DIR, fileOrHtml);
  return { body: readFileSync(file), contentType: 'text/html; charset=utf-8' };
}

/** The slice of the `chrome` API the helpers below use inside the service worker (evaluated there). */
declare const chrome: {
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
  storage: {
    session: {
      get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
};

/** Polls `fn` until it returns a value other than undefined, the way storage writes settle. */
export async function poll<T>(what: string, fn: () => Promise<T | undefined>, timeout: number): Promise<T> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (let delay = 50; ; delay = Math.min(delay * 2, 500)) {
    try {
      const value = await fn();
      if (value !== undefined) return value;
    } catch (error) {
      // The worker may have been stopped and restarted between polls; ask again.
      lastError = error;
    }
    if (Date.now() > deadline) {
      const why = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`Timed out after ${timeout} ms waiting for ${what}${why}`);
    }
    await new Promise((r) => setTimeout(r, delay));
  }
}

/** Everything in the extension's `storage.session`. */
export async function readSessionStorage(context: BrowserContext): Promise<Record<string, unknown>> {
  const sw = await extensionWorker(context);
  return sw.evaluate(() => chrome.storage.session.get(null));
}

/**
 * The browser tab id of `page`. Chrome shows tab URLs only with the "tabs" permission or
 * host_permissions (content-script matches do not count), so the stored results' URLs are searched
 * first, then visible tab URLs (extension pages), and last the active tab after bringing `page` to
 * the front.
 */
export function findTabId(context: BrowserContext, page: Page, timeout = 10_000): Promise<number> {
  const url = routeKey(page.url());
  return poll(
    `the tab id of ${url}`,
    async () => {
      const sw = await extensionWorker(context);
      // No helper functions inside evaluated code: tsx/esbuild would wrap them in `__name(...)`,
      // which does not exist in the worker.
      const byUrl = await sw.evaluate(async (target) => {
        const all = await chrome.storage.session.get(null);
        for (const [key, value] of Object.entries(all)) {
          const stored = (value as { url?: unknown } | null)?.url;
          if (key.startsWith('tab:') && typeof stored === 'string' && stored.split('#')[0] === target) {
            return Number(key.slice(4));
          }
        }
        const tabs = await chrome.tabs.query({});
        return tabs.find((t) => t.url !== undefined && t.url.split('#')[0] === target)?.id ?? null;
      }, url);
      if (byUrl !== null) return byUrl;
      await page.bringToFront();
      const active = await sw.evaluate(async () => {
        const tabs = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tabs.length === 1 ? (tabs[0]?.id ?? null) : null;
      });
      return active ?? undefined;
    },
    timeout,
  );
}

/**
 * The stored `tab:<id>` result for what `page` shows now: polled until present and about the
 * page's current URL (a result left from the tab's previous page does not count).
 */
export async function waitForTabResult(
  context: BrowserContext,
  page: Page,
  timeout = 15_000,
): Promise<TabResult> {
  const started = Date.now();
  const tabId = await findTabId(context, page, timeout);
  const key = `tab:${tabId}`;
  return poll(
    `${key} in storage.session for ${page.url()}`,
    async () => {
      const sw = await extensionWorker(context);
      const got = await sw.evaluate((k) => chrome.storage.session.get(k), key);
      const result = got[key] as TabResult | undefined;
      return result && routeKey(result.url) === routeKey(page.url()) ? result : undefined;
    },
    Math.max(1_000, timeout - (Date.now() - started)),
  );
}

/** Sends a message to a tab's content script from the service worker (as the popup would). */
export async function sendToTab(context: BrowserContext, tabId: number, message: unknown): Promise<unknown> {
  const sw = await extensionWorker(context);
  return sw.evaluate(
    ([id, msg]) =>
      (
        globalThis as unknown as {
          chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } };
        }
      ).chrome.tabs.sendMessage(id, msg),
    [tabId, message] as const,
  );
}

/**
 * Repository code bundled into one script for a page to evaluate: `contents` is an entry module
 * whose imports resolve from the repository root (`./src/...`), minified, for Chromium.
 */
export async function bundleForPage(contents: string, sourcefile: string): Promise<string> {
  const out = await build({
    stdin: { contents, resolveDir: ROOT, loader: 'ts', sourcefile },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    write: false,
    absWorkingDir: path.resolve(ROOT),
  });
  return out.outputFiles[0]!.text;
}
