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
  findTabId,
  installNetworkGuard,
  launchWithExtension,
  loadPageSource,
  readSessionStorage,
  routeKey,
  waitForTabResult,
} from './launch';
import { PopupPage } from './pages/popup';

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
    await use(() => readSessionStorage(context));
  },

  tabIdOf: async ({ context }, use) => {
    await use((page, opts) => findTabId(context, page, opts?.timeout));
  },

  tabResult: async ({ context }, use) => {
    await use((page, opts) => waitForTabResult(context, page, opts?.timeout));
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
