/**
 * The Playwright harness for Parley: a persistent Chromium with the built extension (dist/), its id
 * and service worker, fixture pages served at real news URLs (so the manifest's content scripts
 * match) with every other request blocked, and helpers to read what the background stored.
 *
 *   import { test, expect } from './harness';
 *   test('…', async ({ page, serveFixture, tabResult }) => {
 *     await serveFixture('https://www.reuters.com/world/x', 'negotiation-classic.html');
 *     await page.goto('https://www.reuters.com/world/x');
 *     const result = await tabResult(page);
 *   });
 */
import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import type { TabResult } from '../src/shared/tab-result';
import {
  extensionIdOf,
  extensionWorker,
  installNetworkGuard,
  launchWithExtension,
  loadPageSource,
  routeKey,
} from './launch';
import { PopupPage } from './pages/popup';

/** The slice of the `chrome` API the helpers use inside the service worker (evaluated there). */
declare const chrome: {
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string; pendingUrl?: string }>> };
  storage: { session: { get(keys?: string | string[] | null): Promise<Record<string, unknown>> } };
};

export interface WaitOptions {
  /** How long to poll before failing (ms). */
  timeout?: number;
}

export interface ParleyFixtures {
  /** A fresh persistent Chromium profile with Parley loaded and all non-fixture traffic blocked. */
  context: BrowserContext;
  /** The extension's background service worker. */
  serviceWorker: Worker;
  /** The extension id (the host of the service worker's URL). */
  extensionId: string;
  /**
   * Serves `fileOrHtml` (a file name under e2e/fixtures/, or an HTML string starting with `<`) at
   * `url`, a real news-site URL. Returns the URL for chaining into `page.goto`.
   */
  serveFixture: (url: string, fileOrHtml: string) => Promise<string>;
  /** The browser tab id of a page, found by URL in the service worker (polls until it is known). */
  tabIdOf: (page: Page, opts?: WaitOptions) => Promise<number>;
  /** The stored `tab:<id>` result of a page, polled from `browser.storage.session` until present. */
  tabResult: (page: Page, opts?: WaitOptions) => Promise<TabResult>;
  /** Everything in `browser.storage.session` (for assertions that nothing else was written). */
  sessionStorage: () => Promise<Record<string, unknown>>;
  /** Opens the popup as an ordinary page for the tab showing `page` (`?tab=<id>`). */
  openPopup: (page: Page) => Promise<PopupPage>;
}

/** Polls `fn` until it returns a non-undefined value, the way storage writes settle. */
async function poll<T>(what: string, fn: () => Promise<T | undefined>, timeout: number): Promise<T> {
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

export const test = base.extend<ParleyFixtures>({
  context: async ({ headless }, use) => {
    const launched = await launchWithExtension({ headless });
    try {
      await use(launched.context);
    } finally {
      await launched.close();
    }
  },

  page: async ({ context }, use) => {
    // A persistent context opens with one blank tab: use it instead of opening a second window.
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
  },

  serviceWorker: async ({ context }, use) => {
    await use(await extensionWorker(context));
  },

  extensionId: async ({ serviceWorker }, use) => {
    await use(extensionIdOf(serviceWorker));
  },

  serveFixture: async ({ context }, use) => {
    const pages = await installNetworkGuard(context);
    await use(async (url, fileOrHtml) => {
      pages.set(routeKey(url), loadPageSource(fileOrHtml));
      return url;
    });
  },

  sessionStorage: async ({ context }, use) => {
    await use(async () => {
      const sw = await extensionWorker(context);
      return sw.evaluate(() => chrome.storage.session.get(null));
    });
  },

  tabIdOf: async ({ context }, use) => {
    await use((page, opts) => {
      const url = routeKey(page.url());
      return poll(
        `the tab id of ${url}`,
        async () => {
          const sw = await extensionWorker(context);
          const byUrl = await sw.evaluate(async (target) => {
            const strip = (u: string) => u.split('#')[0];
            // Stored results carry their URL; this works without the "tabs" permission.
            const all = await chrome.storage.session.get(null);
            for (const [key, value] of Object.entries(all)) {
              const stored = (value as { url?: unknown } | null)?.url;
              if (key.startsWith('tab:') && typeof stored === 'string' && strip(stored) === target) {
                return Number(key.slice(4));
              }
            }
            // Chrome shows tab URLs only with "tabs" or host_permissions (content-script matches
            // do not count), so this finds extension pages and little else.
            const tabs = await chrome.tabs.query({});
            return tabs.find((t) => t.url !== undefined && strip(t.url) === target)?.id ?? null;
          }, url);
          if (byUrl !== null) return byUrl;
          // Last resort: make the page the active tab of its window and ask for the focused one.
          await page.bringToFront();
          const active = await sw.evaluate(async () => {
            const tabs = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
            return tabs.length === 1 ? (tabs[0]?.id ?? null) : null;
          });
          return active ?? undefined;
        },
        opts?.timeout ?? 10_000,
      );
    });
  },

  tabResult: async ({ context, tabIdOf }, use) => {
    await use(async (page, opts) => {
      const timeout = opts?.timeout ?? 15_000;
      const started = Date.now();
      const tabId = await tabIdOf(page, { timeout });
      const key = `tab:${tabId}`;
      return poll(
        `${key} in storage.session for ${page.url()}`,
        async () => {
          const sw = await extensionWorker(context);
          const got = await sw.evaluate((k) => chrome.storage.session.get(k), key);
          return (got[key] as TabResult | undefined) ?? undefined;
        },
        Math.max(1_000, timeout - (Date.now() - started)),
      );
    });
  },

  openPopup: async ({ context, extensionId, tabIdOf }, use) => {
    const opened: Page[] = [];
    await use(async (page) => {
      const tabId = await tabIdOf(page);
      const popupTab = await context.newPage();
      opened.push(popupTab);
      const popup = new PopupPage(popupTab, extensionId);
      await popup.open(tabId);
      return popup;
    });
    for (const p of opened) await p.close().catch(() => undefined);
  },
});

export { expect };
