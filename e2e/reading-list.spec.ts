/**
 * The reading list in real Chromium (issue 6): save a fixture article from the popup and another
 * (not a negotiation article) through the context-menu handler, find one by an actor's name, export
 * JSON, erase, import it back and get the same items, relaunch on the same profile and find them
 * still there; bad imports change nothing; delete with undo; the offline reader shows the marks.
 *
 * Launches its own persistent profile (a relaunch needs the same user-data dir). PARLEY_DIST: a
 * private build (`vite build --outDir …`) to test without touching dist/.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { exportJson } from '../src/reading-list/export';
import { generateArticles } from '../src/reading-list/generate';
import { fixtures, type Fixture } from './fixtures/index';
import {
  chromiumExecutable,
  extensionArgs,
  extensionIdOf,
  extensionWorker,
  findTabId,
  installNetworkGuard,
  loadPageSource,
  routeKey,
  waitForTabResult,
} from './launch';

const talks = fixtures.find((f) => f.file === 'demo-us-china-talks.html') as Fixture;
const recipe = fixtures.find((f) => f.file === 'non-trade-recipe.html') as Fixture;

async function launchOn(userDataDir: string) {
  const executablePath = chromiumExecutable();
  const context = await chromium.launchPersistentContext(userDataDir, {
    headless: true,
    ...(executablePath ? { executablePath } : { channel: 'chromium' }),
    args: extensionArgs(process.env.PARLEY_DIST || undefined),
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  const pages = await installNetworkGuard(context);
  for (const f of [talks, recipe]) pages.set(routeKey(f.url), loadPageSource(f.file));
  const id = extensionIdOf(await extensionWorker(context));
  return { context, id };
}

/** The library page (full reading list) as a page object. */
class Library {
  constructor(readonly page: Page) {}
  static async open(context: BrowserContext, id: string, query = ''): Promise<Library> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/src/library/index.html${query}`);
    return new Library(page);
  }
  get count() {
    return this.page.getByTestId('reading-count');
  }
  get items() {
    return this.page.getByTestId('reading-item');
  }
  get notice() {
    return this.page.getByTestId('reading-notice');
  }
  async search(q: string) {
    await this.page.getByTestId('reading-search').fill(q);
  }
  async exportJson(dir: string): Promise<string> {
    await this.page.getByTestId('export-kind').selectOption('json');
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId('export').click(),
    ]);
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);
    return file;
  }
  async import(file: string) {
    await this.page.getByTestId('import-file').setInputFiles(file);
  }
}

/** What an export says about its items, without the export's own date. */
function itemsOf(file: string): unknown[] {
  const data = JSON.parse(readFileSync(file, 'utf8')) as {
    format: string;
    version: number;
    items: unknown[];
  };
  expect(data).toMatchObject({ format: 'parley-reading-list', version: 1 });
  return data.items;
}

test.describe('reading list', () => {
  test('save from the popup and the context menu, find, export, erase, import, relaunch', async () => {
    test.setTimeout(150_000);
    const dir = mkdtempSync(path.join(tmpdir(), 'parley-reading-'));
    const profile = path.join(dir, 'profile');
    try {
      let b = await launchOn(profile);

      // Popup path: the negotiation article.
      const reader = b.context.pages()[0] ?? (await b.context.newPage());
      await reader.goto(talks.url);
      await waitForTabResult(b.context, reader, 15_000);
      const tabId = await findTabId(b.context, reader);
      const popup = await b.context.newPage();
      await popup.goto(`chrome-extension://${b.id}/src/popup/index.html?tab=${tabId}`);
      await popup.getByTestId('save-article').click();
      await expect(popup.getByTestId('save-status')).toContainText('Saved');
      // Saving twice updates, never duplicates.
      await popup.getByTestId('save-article').click();
      await expect(popup.getByTestId('save-status')).toContainText('Updated');
      // The popup's Reading list tab shows it.
      await popup.getByRole('tab', { name: 'Reading list' }).click();
      await expect(popup.getByTestId('reading-count')).toContainText('1 saved article');
      await expect(popup.getByTestId('reading-item')).toContainText(talks.title);

      // Context-menu path: the same handler the menu's onClicked calls, on a page that is not about trade.
      const other = await b.context.newPage();
      await other.goto(recipe.url);
      await waitForTabResult(b.context, other, 15_000);
      const otherTab = await findTabId(b.context, other);
      const worker = await extensionWorker(b.context);
      const menuReply = await worker.evaluate(
        async ({ tabId: t, url }) => {
          const g = globalThis as unknown as {
            chrome: { tabs: { get(id: number): Promise<unknown> } };
            parleySaveFromMenu(info: { menuItemId: string; pageUrl: string }, tab: unknown): Promise<unknown>;
          };
          return g.parleySaveFromMenu(
            { menuItemId: 'parley-save', pageUrl: url },
            await g.chrome.tabs.get(t),
          );
        },
        { tabId: otherTab, url: recipe.url },
      );
      expect(menuReply).toMatchObject({ ok: true, created: true, withText: true });

      // Find it by an actor's name.
      const lib = await Library.open(b.context, b.id);
      await expect(lib.count).toContainText('2 saved articles');
      await lib.search('Lighthizer');
      await expect(lib.items).toHaveCount(1);
      await expect(lib.items.first()).toContainText(talks.title);
      await expect(lib.items.first().getByTestId('reading-actors')).toContainText('Robert Lighthizer');
      await lib.search('miso');
      await expect(lib.items).toHaveCount(1);
      await expect(lib.items.first()).toContainText(recipe.title);
      await lib.search('');
      await expect(lib.items).toHaveCount(2);

      // The offline reader shows the saved text with its marks.
      const read = await Library.open(b.context, b.id, `?read=${encodeURIComponent(routeKey(talks.url))}`);
      await expect(read.page.getByTestId('reader')).toContainText(talks.title);
      expect(await read.page.locator('[data-actor]').count()).toBeGreaterThan(5);
      await read.page.close();

      // Export, erase, import: the same items come back.
      const exported = await lib.exportJson(dir);
      expect(itemsOf(exported)).toHaveLength(2);
      lib.page.once('dialog', (d) => void d.accept());
      await lib.page.getByTestId('erase').click();
      await expect(lib.count).toContainText('0 saved articles');
      await lib.import(exported);
      await expect(lib.notice).toContainText('Imported 2 new');
      await expect(lib.count).toContainText('2 saved articles');
      const again = await lib.exportJson(path.join(dir));
      expect(itemsOf(again)).toEqual(itemsOf(exported));

      await b.context.close();

      // Same profile, new browser: still there, still searchable.
      b = await launchOn(profile);
      const lib2 = await Library.open(b.context, b.id);
      await expect(lib2.count).toContainText('2 saved articles');
      await lib2.search('Liu He');
      await expect(lib2.items).toHaveCount(1);
      await expect(lib2.items.first()).toContainText(talks.title);
      await b.context.close();
    } finally {
      rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    }
  });

  test('bad imports change nothing; delete has an undo; edits stick', async () => {
    test.setTimeout(90_000);
    const dir = mkdtempSync(path.join(tmpdir(), 'parley-reading-'));
    try {
      const b = await launchOn(path.join(dir, 'profile'));
      const reader = b.context.pages()[0] ?? (await b.context.newPage());
      await reader.goto(talks.url);
      const tabId = await findTabId(b.context, reader);
      const worker = await extensionWorker(b.context);
      await worker.evaluate(
        async ({ t, url }) => {
          const g = globalThis as unknown as {
            chrome: { tabs: { get(id: number): Promise<unknown> } };
            parleySaveFromMenu(info: { menuItemId: string; pageUrl: string }, tab: unknown): Promise<unknown>;
          };
          return g.parleySaveFromMenu(
            { menuItemId: 'parley-save', pageUrl: url },
            await g.chrome.tabs.get(t),
          );
        },
        { t: tabId, url: talks.url },
      );
      const lib = await Library.open(b.context, b.id);
      await expect(lib.count).toContainText('1 saved article');
      const good = await lib.exportJson(dir);

      // Truncated, hostile, wrong version: a clear message each, and the list untouched.
      const text = readFileSync(good, 'utf8');
      const bad: Array<[string, string, RegExp]> = [
        ['truncated.json', text.slice(0, text.length >> 1), /not valid JSON/],
        ['hostile.json', text.replace(/"title": "[^"]*"/, '"title": "<img src=x onerror=alert(1)>"'), /HTML/],
        ['newer.json', text.replace('"version": 1', '"version": 9'), /newer Parley/],
      ];
      for (const [name, content, message] of bad) {
        const file = path.join(dir, name);
        writeFileSync(file, content);
        await lib.import(file);
        await expect(lib.page.getByRole('alert')).toContainText(message);
        await expect(lib.page.getByRole('alert')).toContainText('Nothing was imported');
        await expect(lib.count).toContainText('1 saved article');
      }

      // Mark read, tag, delete and undo.
      const item = lib.items.first();
      await item.getByRole('button', { name: 'Mark read' }).click();
      await expect(item.getByRole('button', { name: 'Mark unread' })).toBeVisible();
      await item.getByRole('button', { name: 'Tags' }).click();
      await item.getByRole('textbox').fill('shanghai, follow-up');
      await item.getByRole('button', { name: 'Save' }).click();
      await expect(item.getByTestId('reading-tags')).toContainText('#shanghai');
      await item.getByRole('button', { name: 'Delete' }).click();
      await expect(lib.count).toContainText('0 saved articles');
      await lib.page.getByTestId('undo').click();
      await expect(lib.count).toContainText('1 saved article');
      await lib.page.getByTestId('filter-tag').selectOption('follow-up');
      await expect(lib.items).toHaveCount(1);
      await expect(lib.items.first().getByRole('button', { name: 'Mark unread' })).toBeVisible();
      await b.context.close();
    } finally {
      rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    }
  });
  test('a long list opens on the rows that fit the screen, then shows its first page, then more', async () => {
    test.setTimeout(90_000);
    const dir = mkdtempSync(path.join(tmpdir(), 'parley-reading-'));
    try {
      const b = await launchOn(path.join(dir, 'profile'));
      const id = extensionIdOf(await extensionWorker(b.context));
      const file = path.join(dir, 'sixty.json');
      // Generated articles, saved a minute apart: number 59 is the newest.
      writeFileSync(file, exportJson(generateArticles(60)));
      const lib = await Library.open(b.context, id);
      await lib.import(file);
      await expect(lib.count).toContainText('60 saved articles');

      // Opened again: the first read holds only the rows on screen (first-page.ts, rowsOnScreen),
      // the rest of the first page (40) joins once that is painted, then "Show more".
      await lib.page.reload();
      await expect(lib.items.first()).toContainText('(59)');
      await expect(lib.items).toHaveCount(40);
      await expect(lib.items.nth(39)).toContainText('(20)');
      const more = lib.page.getByRole('button', { name: /Show more/ });
      await expect(more).toContainText('20 left');
      await more.click();
      await expect(lib.items).toHaveCount(60);
      await b.context.close();
    } finally {
      rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    }
  });
});
