/**
 * `npm start`: build Parley, serve the demo fixture pages at their real news URLs (Playwright
 * routing, nothing fetched from the network) and open Chromium with Parley loaded on the first one.
 *
 *   npm start                       headful; stays open until you close the window
 *   npm start -- --headless         visits every demo page, prints what Parley found, writes
 *                                   demo-screenshot.png; exit 1 when no page produced a result
 *   npm start -- --headless --update-docs   also writes docs/screenshot.png and docs/context.png
 *                                   (the popup's Context view on the last US-China demo article)
 *   --no-build                      use the existing dist/
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { fixtures, type Fixture } from '../e2e/fixtures/index';
import {
  DIST,
  extensionIdOf,
  extensionWorker,
  findTabId,
  installNetworkGuard,
  launchWithExtension,
  loadPageSource,
  ROOT,
  routeKey,
  sendToTab,
  waitForTabResult,
  type LaunchedBrowser,
} from '../e2e/launch';
import type { TabResult } from '../src/shared/tab-result';
import {
  groupActorsBySide,
  partyNames,
  preconditionRows,
  timingsLine,
  verdictOf,
} from '../src/popup/view-model';

const USAGE = 'Usage: npm start [-- --headless] [--update-docs] [--no-build]';

interface Options {
  headless: boolean;
  build: boolean;
  updateDocs: boolean;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { headless: false, build: true, updateDocs: false };
  for (const arg of argv) {
    if (arg === '--headless') opts.headless = true;
    else if (arg === '--no-build') opts.build = false;
    else if (arg === '--update-docs') opts.updateDocs = true;
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else {
      console.error(`Unknown option ${arg}\n${USAGE}`);
      process.exit(2);
    }
  }
  return opts;
}

/** Demo pages: negotiation articles first, then the rest (so the contrast with other pages shows). */
export function demoPages(all: readonly Fixture[]): Fixture[] {
  const demos = all.filter((f) => f.file.startsWith('demo-'));
  const chosen = demos.length > 0 ? demos : [...all];
  const rank = (f: Fixture) => (f.kind === 'negotiation' ? 0 : 1);
  return chosen
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
    .map(({ f }) => f);
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));

/** What Parley found on one page, as plain text for a terminal or a CI log. */
export function formatResult(result: TabResult, n: number, total: number): string {
  const v = verdictOf(result);
  const out: string[] = [];
  out.push(`[${n}/${total}] ${result.title}`);
  out.push(`      ${result.url}`);
  const parties = partyNames(result);
  out.push(
    `  Verdict      ${v.label} (${v.score})${v.reason ? `, gate: ${v.reason}` : ''}` +
      (result.isNegotiation && parties.length > 0 ? `; parties: ${parties.join(' – ')}` : ''),
  );
  const groups = groupActorsBySide(result);
  if (groups.length > 0) {
    out.push('  Actors');
    const width = Math.min(24, Math.max(...groups.map((g) => g.side.length)) + 2);
    for (const g of groups) {
      const names = g.actors.map((r) => (r.actor.role ? `${r.actor.name} (${r.actor.role})` : r.actor.name));
      out.push(`    ${pad(g.side, width)}${names.join(', ')}`);
    }
  }
  const rows = preconditionRows(result);
  if (rows.length > 0) {
    out.push('  Preconditions');
    const who = rows.map((r) => `${r.holder} -> ${r.target ?? '(none)'}`);
    const w1 = Math.max(...who.map((s) => s.length)) + 2;
    const w2 = Math.max(...rows.map((r) => r.issue.length)) + 2;
    const w3 = Math.max(...rows.map((r) => r.stanceKind.length)) + 2;
    rows.forEach((r, i) => {
      out.push(
        `    ${pad(who[i]!, w1)}${pad(r.issue, w2)}${pad(r.stanceKind, w3)}"${clip(r.text.replace(/\s+/g, ' '), 90)}"`,
      );
    });
  }
  if (result.events.length > 0) {
    out.push(
      `  Events       ${result.events.map((e) => `${e.status.replace('_', ' ')}${e.date ? ` ${e.date}` : ''}`).join('; ')}`,
    );
  }
  out.push(`  Timings      ${timingsLine(result.timings)}`);
  return out.join('\n');
}

function build(): void {
  console.log('Building the Chrome extension (npm run build:chrome)…');
  const r = spawnSync('npm', ['run', 'build:chrome'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('The build failed; nothing to start.');
    process.exit(r.status ?? 1);
  }
}

async function serveDemo(launched: LaunchedBrowser) {
  const pages = await installNetworkGuard(launched.context);
  // Every fixture is routed, so links between demo pages work too.
  for (const f of fixtures) pages.set(routeKey(f.url), loadPageSource(f.file));
}

/** Waits until a page's result stops changing (late bodies re-run the pipeline), at most `max` ms. */
async function settledResult(launched: LaunchedBrowser, page: Page, max = 6_000) {
  const started = Date.now();
  let result = await waitForTabResult(launched.context, page, 20_000);
  while (Date.now() - started < max) {
    await page.waitForTimeout(600);
    const next = await waitForTabResult(launched.context, page, 5_000);
    if (next.at === result.at) break;
    result = next;
  }
  return result;
}

async function headless(opts: Options, demo: Fixture[]): Promise<number> {
  const launched = await launchWithExtension({ headless: true, viewport: { width: 1280, height: 860 } });
  try {
    await serveDemo(launched);
    const page = launched.context.pages()[0] ?? (await launched.context.newPage());
    let found = 0;
    let shot = false;
    for (const [i, f] of demo.entries()) {
      try {
        await page.goto(f.url, { waitUntil: 'load' });
        const result = await settledResult(launched, page);
        found++;
        console.log(`\n${formatResult(result, i + 1, demo.length)}`);
        if (!shot && result.isNegotiation && result.preconditions.length + result.actors.length > 0) {
          await screenshot(launched, page, result, opts);
          shot = true;
        }
      } catch (error) {
        console.log(`\n[${i + 1}/${demo.length}] ${f.url}\n  No result: ${(error as Error).message}`);
      }
    }
    console.log(`\nParley produced a result on ${found} of ${demo.length} demo pages.`);
    if (!shot) console.log('No negotiation article was marked, so no screenshot was written.');
    if (opts.updateDocs) await contextScreenshot(launched, page, demo);
    return found > 0 ? 0 : 1;
  } finally {
    await launched.close();
  }
}

/** The first marked article, scrolled to its first precondition with its card open. */
async function screenshot(
  launched: LaunchedBrowser,
  page: Page,
  result: TabResult,
  opts: Options,
): Promise<void> {
  const tabId = await findTabId(launched.context, page);
  const kind = result.preconditions.length > 0 ? 'precondition' : 'actor';
  await sendToTab(launched.context, tabId, { type: 'reveal', kind, index: 0 }).catch(() => undefined);
  await page.waitForTimeout(400);
  const file = path.join(ROOT, 'demo-screenshot.png');
  await page.screenshot({ path: file });
  console.log(`\nScreenshot: ${path.relative(process.cwd(), file) || file}`);
  if (opts.updateDocs) {
    mkdirSync(path.join(ROOT, 'docs'), { recursive: true });
    copyFileSync(file, path.join(ROOT, 'docs', 'screenshot.png'));
    console.log('Updated docs/screenshot.png');
  }
}

/**
 * The popup's Context view for docs/context.png: the demo pages were all read above, so the history
 * holds the negotiation's earlier articles; the view is shown for its newest demo article, at the
 * popup's size.
 */
async function contextScreenshot(launched: LaunchedBrowser, page: Page, demo: Fixture[]): Promise<void> {
  const thread = demo.filter((f) => f.file.startsWith('demo-us-china-'));
  const last = [...thread].sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '')).at(-1);
  if (!last) {
    console.log('No US-China demo article, so docs/context.png was not written.');
    return;
  }
  await page.goto(last.url, { waitUntil: 'load' });
  await settledResult(launched, page);
  const tabId = await findTabId(launched.context, page);
  const id = extensionIdOf(await extensionWorker(launched.context));
  const popup = await launched.context.newPage();
  try {
    await popup.setViewportSize({ width: 440, height: 900 });
    await popup.goto(`chrome-extension://${id}/src/popup/index.html?tab=${tabId}&view=context`);
    await popup.getByTestId('context-view').waitFor({ timeout: 15_000 });
    await popup.getByTestId('ledger-entry').first().waitFor({ timeout: 15_000 });
    mkdirSync(path.join(ROOT, 'docs'), { recursive: true });
    // The summary, the timeline and the ledger's first sides; the rest of a long ledger is cut.
    const height = await popup.evaluate(() => document.documentElement.scrollHeight);
    await popup.screenshot({
      path: path.join(ROOT, 'docs', 'context.png'),
      fullPage: true,
      clip: { x: 0, y: 0, width: 440, height: Math.min(height, 2000) },
    });
    console.log('Updated docs/context.png');
  } finally {
    await popup.close();
  }
}

async function headful(demo: Fixture[]): Promise<number> {
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.error('No display here (DISPLAY is not set). Run `npm start -- --headless` instead.');
    return 1;
  }
  const launched = await launchWithExtension({ headless: false, viewport: null });
  await serveDemo(launched);
  const first = demo[0]!;
  const page = launched.context.pages()[0] ?? (await launched.context.newPage());
  await page.goto(first.url);
  console.log(`Parley is loaded. Demo pages (only these are served; the network is blocked):`);
  for (const f of demo) console.log(`  ${f.url}`);
  console.log('Close the browser window to finish.');
  await new Promise<void>((resolve) => {
    launched.context.on('close', () => resolve());
    // Closing the last tab closes the window; the context then stays alive with no pages.
    launched.context.on('page', (p) =>
      p.on('close', () => launched.context.pages().length === 0 && resolve()),
    );
    page.on('close', () => launched.context.pages().length === 0 && resolve());
    process.once('SIGINT', () => resolve());
  });
  await launched.close();
  return 0;
}

async function main(): Promise<number> {
  process.env.NO_COLOR ??= '1';
  const opts = parseArgs(process.argv.slice(2));
  if (opts.build) build();
  const demo = demoPages(fixtures);
  if (demo.length === 0) {
    console.error('No demo pages: e2e/fixtures/index.ts lists no fixtures.');
    return 1;
  }
  console.log(`Extension: ${path.relative(ROOT, DIST)}/ · ${demo.length} demo page(s)`);
  return opts.headless ? headless(opts, demo) : headful(demo);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
