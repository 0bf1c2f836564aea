/**
 * Parley's background service worker: the only writer of stored data. It validates every message,
 * keeps each tab's analysis in `storage.session` (`tab:<id>`), sets the badge, injects the content
 * script on request, and handles the context menu and keyboard commands.
 *
 * All listeners are registered synchronously at the top level, as MV3 requires for a worker that
 * is woken by the event it must handle.
 */
import { browser, type Runtime } from '../shared/browser';
import type { TabResult } from '../shared/tab-result';
import { tabResults } from '../storage';
import { history, historyRecorder } from '../storage/history';
import { readActorHistory } from './actor-history';
import { analyzeArticle } from './analyze';
import { readingListStore } from '../storage/reading-list/index';
import { isQuotaError } from '../storage/item';
import { annotateTab } from './annotate';
import { badgeFor } from './badge';
import { createMessageHandler } from './messages';
import {
  createReadingHandler,
  migrateLegacyReadingList,
  saveTab,
  type ReadingDeps,
  type TabLike,
} from './reading-list';
import { createTabLifecycle } from './tab-lifecycle';
import { createTabQueue } from './tab-queue';
import { createSites } from './sites';
import { createDataHandler } from './data';
import { storage } from '../storage';
import { applyPatch, createSettingsItem, readSettings } from '../storage/settings';
import { historySettings, announceHistoryChange } from '../storage/history';
import onDemandEntry from './on-demand-content.ts?script&iife';
import { contentScriptFiles } from './annotate';

export const SAVE_MENU_ID = 'parley-save';

/** Logs instead of throwing: a failed write must never take the worker (and every tab) down. */
function report(what: string, error: unknown): void {
  if (isQuotaError(error)) {
    console.error(`Parley: ${what} failed because the browser's extension storage is full.`, error);
  } else {
    console.error(`Parley: ${what} failed.`, error);
  }
}

/**
 * The popup of a tab Parley has seen names that tab (`?tab=<id>`): opened from the toolbar, it then
 * reads the tab and its result at once, instead of first asking which tab is active and only then
 * reading its result (src/popup/early-tab-read.ts). Other tabs get the manifest's plain popup.
 */
function popupFor(tabId: number): string | null {
  const popup = browser.runtime.getManifest().action?.default_popup;
  return popup ? `${popup}?tab=${tabId}` : null;
}

/** The toolbar button's state for a tab: its badge and title for the result, and its popup. */
async function setBadge(tabId: number, result: TabResult | null): Promise<void> {
  const { text, title } = badgeFor(result);
  try {
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#1f5fa8' });
    await browser.action.setBadgeText({ tabId, text });
    await browser.action.setTitle({ tabId, title });
    const popup = popupFor(tabId);
    if (popup) await browser.action.setPopup({ tabId, popup });
  } catch {
    // The tab closed in between: nothing to show.
  }
}

/**
 * Asks the tab for its article. Where no content script answers, injects one (activeTab) and asks
 * again for a few seconds: on a page still loading, the declared script may only be starting.
 */
async function fetchArticle(tabId: number): Promise<unknown> {
  const ask = (): Promise<unknown> =>
    browser.tabs.sendMessage(tabId, { type: 'get-article' }).catch(() => undefined);
  const first = await ask();
  if (first !== undefined) return first;
  // Fails without a grant (a declared site still loading, a browser page): then only the retries help.
  await annotateTab(tabId);
  for (let attempt = 0; attempt < 15; attempt++) {
    await new Promise((r) => setTimeout(r, 200));
    const reply = await ask();
    if (reply !== undefined) return reply;
  }
  return undefined;
}

const readingDeps: ReadingDeps = { store: readingListStore, fetchArticle };
const reading = {
  saveTab: async (tabId: number) =>
    saveTab(readingDeps, await browser.tabs.get(tabId).catch(() => ({ id: tabId }))),
  handle: createReadingHandler(readingDeps),
};

/** The options page's settings, added sites, all-data import and erase (issue 7). */
const settingsItem = createSettingsItem(storage);
const sites = createSites({
  scripting: browser.scripting,
  permissions: browser.permissions,
  settings: settingsItem,
  // The on-demand entry: the manifest loader's chunks are web-accessible on the built-in sites only.
  files: () => ({ js: [onDemandEntry], css: contentScriptFiles(browser.runtime.getManifest()).css }),
});
const data = createDataHandler({
  history,
  readingList: readingListStore,
  settings: settingsItem,
  sites,
  announceHistory: announceHistoryChange,
  clearHistoryNotice: () => historySettings.notice.remove(),
});
const options = async (
  msg: Parameters<NonNullable<Parameters<typeof createMessageHandler>[0]['options']>>[0],
): Promise<unknown> => {
  switch (msg.type) {
    case 'settings-update':
      await settingsItem.set(applyPatch(await readSettings(settingsItem), msg.patch));
      return { ok: true };
    case 'site-add':
      return sites.add(msg.pattern);
    case 'site-remove':
      return sites.remove(msg.pattern);
    default:
      return data(msg);
  }
};
// Added sites follow the browser's permissions (revoked in its own UI) and new file names (updates).
browser.permissions.onRemoved.addListener(() => {
  sites.sync().catch((e: unknown) => report('updating the added sites', e));
});
browser.permissions.onAdded.addListener(() => {
  sites.sync().catch((e: unknown) => report('updating the added sites', e));
});
browser.runtime.onInstalled.addListener(() => {
  sites.sync().catch((e: unknown) => report('registering the added sites', e));
});

const queue = createTabQueue();
const handle = createMessageHandler({
  ownId: browser.runtime.id,
  extensionOrigin: browser.runtime.getURL(''),
  tabResults,
  queue,
  setBadge,
  annotate: annotateTab,
  reading,
  history: historyRecorder,
  actorHistory: async (url, actorIds) => readActorHistory(await history(), url, actorIds),
  options,
  analyze: analyzeArticle,
});

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  const reply = handle(raw, sender);
  return reply?.catch((error: unknown) => {
    report(`handling a "${(raw as { type?: string }).type}" message`, error);
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  });
});

const lifecycle = createTabLifecycle({ tabResults, queue, setBadge });

browser.tabs.onRemoved.addListener((tabId) => {
  lifecycle.onRemoved(tabId).catch((e: unknown) => report('forgetting a closed tab', e));
});

browser.tabs.onUpdated.addListener((tabId, change) => {
  lifecycle.onUpdated(tabId, change).catch((e: unknown) => report('clearing a navigated tab', e));
});

// Tabs closed while the worker slept (or before a browser restart) leave results behind.
void browser.tabs
  .query({})
  .then((tabs) => lifecycle.sweep(new Set(tabs.flatMap((t) => (t.id === undefined ? [] : [t.id])))))
  .catch((e: unknown) => report('sweeping results of closed tabs', e));

browser.runtime.onInstalled.addListener(() => {
  // removeAll first: on an update the old item still exists and a second create() would fail.
  void browser.contextMenus
    .removeAll()
    .then(() =>
      browser.contextMenus.create({
        id: SAVE_MENU_ID,
        title: 'Save to Parley reading list',
        contexts: ['page'],
      }),
    )
    .catch((e: unknown) => report('creating the context menu', e));
});

/** The context menu's "Save to Parley reading list". */
async function saveFromMenu(
  info: { menuItemId: string | number; pageUrl?: string },
  tab: TabLike | undefined,
) {
  if (info.menuItemId !== SAVE_MENU_ID) return undefined;
  const reply = await saveTab(readingDeps, tab, info.pageUrl);
  if (!reply.ok) console.warn(`Parley: ${reply.error}`);
  return reply;
}
// The e2e tests call the menu's own handler (a real menu click cannot be scripted); pages cannot
// reach a service worker's global.
(globalThis as { parleySaveFromMenu?: typeof saveFromMenu }).parleySaveFromMenu = saveFromMenu;

browser.contextMenus.onClicked.addListener((info, tab) => {
  saveFromMenu(info, tab).catch((e: unknown) => report('saving to the reading list', e));
});

// Items of the first, storage.local-based reading list move into IndexedDB once.
void readingListStore()
  .then((store) => migrateLegacyReadingList(browser.storage.local, store))
  .catch((e: unknown) => report('moving the old reading list', e));

async function activeTab() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

browser.commands.onCommand.addListener((command, maybeTab) => {
  void (async () => {
    const tab = maybeTab ?? (await activeTab());
    if (command === 'toggle-highlights' && tab?.id !== undefined) {
      // No content script in the tab is fine: there are no marks to toggle.
      await browser.tabs.sendMessage(tab.id, { type: 'set-highlights' }).catch(() => undefined);
    } else if (command === 'save-article') {
      const reply = await saveTab(readingDeps, tab);
      if (!reply.ok) console.warn(`Parley: ${reply.error}`);
    }
  })().catch((e: unknown) => report(`the "${command}" command`, e));
});
