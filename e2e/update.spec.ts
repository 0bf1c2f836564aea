/**
 * An extension update mid-session (issue 7's "an extension update mid-session"), in real Chromium:
 * Parley is loaded over CDP and loaded again over itself, which is what an update does to a running
 * browser. The old version's content script in an open article is orphaned (its messages go
 * nowhere), storage.session is cleared, IndexedDB and storage.local stay.
 *
 * What a reader must see: the open page keeps working (its text unchanged, no error of Parley's
 * whatever the page does next; the orphan removes the marks and card it can no longer drive),
 * nothing saved is lost (the reading list and the history), the popup says honestly that this
 * version has not read the page, and "Annotate this page" hands the page to the new version.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { fixture } from './fixtures/index';
import { DIST, installNetworkGuard, launchUpdatable, loadPageSource, poll, routeKey } from './launch';
import { collectParleyErrors } from './parley-errors';
import { PopupPage } from './pages/popup';

declare const chrome: {
  storage: { session: { get(k: null): Promise<Record<string, unknown>> } };
};

const talks = fixture('demo-us-china-talks.html');

/** Names of Parley's highlight entries on the page, and how many ranges they hold. */
const marksOf = (page: Page) =>
  page.evaluate(() => {
    let ranges = 0;
    const names: string[] = [];
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('parley-')) continue;
      names.push(name);
      ranges += h.size;
    }
    return { names: names.sort(), ranges };
  });

/** Children of <html> besides <head> and <body>: Parley's hover-card hosts. */
const cardHosts = (page: Page) =>
  page.evaluate(
    () =>
      [...document.documentElement.children].filter((e) => e !== document.head && e !== document.body).length,
  );

/** The tab id whose stored result is for `url`, read from an extension page of the current version. */
function storedTabId(ext: Page, url: string): Promise<number> {
  return poll(
    `a stored result for ${url}`,
    async () => {
      const all = await ext.evaluate(() => chrome.storage.session.get(null));
      for (const [key, value] of Object.entries(all)) {
        const stored = (value as { url?: string } | null)?.url;
        if (key.startsWith('tab:') && stored?.split('#')[0] === url) return Number(key.slice(4));
      }
      return undefined;
    },
    15_000,
  );
}

/** Hovers the first range of a Parley highlight, as a reader's mouse would. */
async function hoverMark(page: Page, name: string): Promise<void> {
  const at = await page.evaluate((n) => {
    const range = [...CSS.highlights.get(n)!][0] as Range;
    range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
    const r = range.getClientRects()[0]!;
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, name);
  await page.mouse.move(at.x - 4, at.y);
  await page.mouse.move(at.x, at.y);
}

// Playwright needs the fixtures argument as a pattern; this test launches its own browser.
// eslint-disable-next-line no-empty-pattern
test('an extension update mid-session: the open page keeps working with no errors, nothing saved is lost, and the new version takes the page over', async ({}, testInfo) => {
  test.setTimeout(120_000);
  // A toolbar click grants activeTab for the page; a test cannot click the toolbar, so a copy of
  // the build holds the host permission "Annotate this page" would get (as popup.spec.ts does).
  const dist = testInfo.outputPath('dist-granted');
  cpSync(DIST, dist, { recursive: true });
  const manifestPath = path.join(dist, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  manifest.host_permissions = [`${new URL(talks.url).origin}/*`];
  writeFileSync(manifestPath, JSON.stringify(manifest));

  const b = await launchUpdatable({ dist });
  try {
    const served = await installNetworkGuard(b.context);
    served.set(routeKey(talks.url), loadPageSource(talks.file));
    const page = b.context.pages()[0] ?? (await b.context.newPage());
    const errors = await collectParleyErrors(page);
    await page.goto(talks.url);
    const tabId = await storedTabId(b.extensionPage(), talks.url);
    await expect.poll(async () => (await marksOf(page)).names).toContain('parley-side-a');
    const text = await page.evaluate(() => document.body.textContent);

    // Saved before the update.
    const popup = await new PopupPage(await b.context.newPage(), b.id).open(tabId);
    await popup.page.getByTestId('save-article').click();
    await expect(popup.page.getByTestId('save-status')).toContainText('Saved');
    await popup.page.close();

    await b.update();

    // The page, left with the old version's orphaned script: the reader goes on reading, the page
    // goes on changing itself. Nothing of Parley's throws or logs; within its context check (10 s)
    // the orphan takes its marks and card away, since no version can drive them any more.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'added-by-page';
      p.textContent =
        'A paragraph the page added after the update, about tariffs and talks in Beijing. '.repeat(8);
      document.querySelector('article')!.append(p);
      history.pushState(null, '', `${location.pathname}#comments`);
    });
    await hoverMark(page, 'parley-side-a').catch(() => undefined); // the orphan may have gone already
    await page.mouse.move(1, 1);
    await expect.poll(() => marksOf(page), { timeout: 15_000 }).toEqual({ names: [], ranges: 0 });
    await expect.poll(() => cardHosts(page)).toBe(0);

    // The new version: it has not read the page (storage.session went with the old one)...
    const after = await new PopupPage(await b.context.newPage(), b.id).open(tabId);
    await expect(after.root).toContainText('Parley has not read this page');
    // ...but the reading list and the history kept their data.
    await after.page.getByRole('tab', { name: 'Reading list' }).click();
    await expect(after.page.getByTestId('reading-count')).toContainText('1 saved article');
    await expect(after.page.getByTestId('reading-item')).toContainText(talks.title);
    await after.page.getByRole('tab', { name: 'This article' }).click();

    // "Annotate this page": the new version reads it and replaces the old marks and card.
    await after.annotateButton.click();
    await expect(after.verdict).toContainText('Trade negotiation article');
    await expect(after.actor('China')).toBeVisible();
    await after.page.getByRole('tab', { name: /Context/ }).click();
    await expect(after.page.getByTestId('timeline-article')).toContainText(['this article']);
    await expect.poll(async () => (await marksOf(page)).names).toContain('parley-side-a');
    await hoverMark(page, 'parley-side-a');
    await expect.poll(() => cardHosts(page)).toBe(1);

    // The new version answers the page's marks switch (the orphan could not).
    await after.page.getByRole('tab', { name: 'This article' }).click();
    await after.page.getByRole('switch', { name: /Hide marks/ }).click();
    await expect.poll(async () => (await marksOf(page)).ranges).toBe(0);

    // Parley changed no text: without the page's own paragraph, the text is what it was.
    const textAfter = await page.evaluate(() => {
      document.getElementById('added-by-page')!.remove();
      return document.body.textContent;
    });
    expect(textAfter).toBe(text);
    expect(errors.errors).toEqual([]);
  } finally {
    await b.close();
  }
});
