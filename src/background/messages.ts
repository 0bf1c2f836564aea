/**
 * The background's message handler. Every message is validated (`parseMessage`) and must come from
 * this extension (`isOwnSender`); anything else gets no answer at all, so a page or another
 * extension can neither write results nor learn that Parley is installed.
 */
import {
  isOwnSender,
  type AnalyzeReply,
  parseMessage,
  type ActorHistory,
  type Message,
  type MessageOf,
} from '../shared/protocol';
import type { TabResult } from '../shared/tab-result';
import type { TabResultStore } from '../storage/tab-results';
import type { TabQueue } from './tab-queue';
import type { HistoryRecorder } from '../storage/history/recorder';

/** What `annotate-tab` answers. */
export type AnnotateResult = { ok: true; injected: boolean } | { ok: false; error: string };

export interface SenderLike {
  id?: string | undefined;
  url?: string | undefined;
  frameId?: number | undefined;
  tab?: { id?: number | undefined; incognito?: boolean | undefined } | undefined;
}

export interface MessageDeps {
  ownId: string;
  /** `chrome-extension://<id>/` (or `moz-extension://<uuid>/`): extension pages start with it. */
  extensionOrigin: string;
  tabResults: TabResultStore;
  queue: TabQueue;
  setBadge(tabId: number, result: TabResult | null): Promise<void>;
  annotate(tabId: number): Promise<AnnotateResult>;
  /** The reading list (issue 6): saves a tab's article; handles the list pages' edits and imports. */
  reading?: {
    saveTab(tabId: number): Promise<unknown>;
    handle(
      msg: MessageOf<
        'reading-update' | 'reading-delete' | 'reading-restore' | 'reading-erase' | 'reading-import'
      >,
    ): Promise<unknown>;
  };
  /** The reading history (issue 5): records negotiation articles, runs the popup's history commands. */
  history?: Pick<HistoryRecorder, 'record' | 'run'>;
  /** The options page (issue 7): settings, added sites, all-data import and erase. */
  options?: (
    msg: MessageOf<'settings-update' | 'site-add' | 'site-remove' | 'data-import' | 'data-erase'>,
  ) => Promise<unknown>;
  /** Past context for the hover cards: earlier articles mentioning each actor (read-only). */
  actorHistory?: (url: string, actorIds: readonly string[]) => Promise<ActorHistory>;
  /** Runs the analyzer for a content script (`analyze`), so no worker has to start in the page. */
  analyze?: (input: MessageOf<'analyze'>['input']) => Promise<AnalyzeReply>;
  now?: () => number;
}

const fromExtensionPage = (sender: SenderLike, deps: MessageDeps) =>
  typeof sender.url === 'string' && sender.url.startsWith(deps.extensionOrigin);

/** A content script of ours in a tab's top frame (not an extension page, not an iframe). */
function fromContentScript(sender: SenderLike, deps: MessageDeps): boolean {
  const tabId = sender.tab?.id;
  return (
    typeof tabId === 'number' && tabId >= 0 && (sender.frameId ?? 0) === 0 && !fromExtensionPage(sender, deps)
  );
}

/** An http(s) URL: what a content script's page can be (never javascript:, data:, file:...). */
function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * Same site check: a content script reports only on the page it runs in. The browser always gives
 * a content script's URL, so a sender without one is refused.
 */
function sameOrigin(a: string, b: string | undefined): boolean {
  if (b === undefined) return false;
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

async function onTabResult(msg: MessageOf<'tab-result'>, sender: SenderLike, deps: MessageDeps) {
  const tabId = sender.tab?.id;
  // Only a top-frame content script in a real tab may report (not the popup, not an iframe).
  if (typeof tabId !== 'number' || tabId < 0 || (sender.frameId ?? 0) !== 0) return { ok: false };
  // Content scripts run on web pages only, and the browser always tells us which one.
  if (!isWebUrl(msg.result.url) || !sameOrigin(msg.result.url, sender.url)) return { ok: false };
  const result: TabResult = { ...msg.result, at: (deps.now ?? Date.now)() };
  await deps.queue.run(tabId, () => deps.tabResults.save(tabId, result));
  await deps.setBadge(tabId, result);
  if (deps.history && result.isNegotiation) {
    // Awaited, so the reply means "committed"; a failed history write never fails the tab result.
    await deps.history.record(result, sender.tab).catch((error: unknown) => {
      console.error('Parley: recording the article in the history failed.', error);
    });
  }
  return { ok: true };
}

/** Only a top-frame content script asks, and only about the page it runs in. */
function onActorHistory(msg: MessageOf<'actor-history'>, sender: SenderLike, deps: MessageDeps) {
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || tabId < 0 || (sender.frameId ?? 0) !== 0) return undefined;
  if (fromExtensionPage(sender, deps) || !sameOrigin(msg.url, sender.url)) return undefined;
  if (!deps.actorHistory) return Promise.resolve({});
  return deps.actorHistory(msg.url, msg.actorIds);
}

/**
 * Returns the reply promise for messages the background answers, and undefined for all others,
 * so another listener (a content script, the popup) can still answer them.
 */
export function createMessageHandler(deps: MessageDeps) {
  return (raw: unknown, sender: SenderLike): Promise<unknown> | undefined => {
    if (!isOwnSender(sender, deps.ownId)) return undefined;
    const msg: Message | null = parseMessage(raw);
    if (msg === null) return undefined;
    switch (msg.type) {
      case 'tab-result':
        return onTabResult(msg, sender, deps);
      case 'get-tab-result':
        // Another tab's result (URL, title, actors) is the popup's to read, not a content script's.
        if (!fromExtensionPage(sender, deps)) return undefined;
        return deps.tabResults.get(msg.tabId).then((r) => r ?? null);
      case 'actor-history':
        return onActorHistory(msg, sender, deps);
      case 'analyze':
        // A content script in a tab's top frame; the input's size was bounded by the schema.
        if (!fromContentScript(sender, deps) || !deps.analyze) return undefined;
        return deps.analyze(msg.input);
      case 'history-forget':
      case 'history-forget-all':
      case 'history-set-paused':
      case 'history-dismiss-notice':
        // Only the popup (an extension page) changes the history; a content script never does.
        if (!fromExtensionPage(sender, deps)) return undefined;
        return deps.history ? deps.history.run(msg) : Promise.resolve({ ok: false });
      case 'annotate-tab':
        // Injecting code is a user decision taken in the popup, never something a content script asks.
        if (!fromExtensionPage(sender, deps)) return undefined;
        return deps.annotate(msg.tabId);
      case 'save-tab':
        // Saving is the reader's decision, taken in the popup; a content script may not ask for it.
        if (!fromExtensionPage(sender, deps) || !deps.reading) return undefined;
        return deps.reading.saveTab(msg.tabId);
      case 'reading-update':
      case 'reading-delete':
      case 'reading-restore':
      case 'reading-erase':
      case 'reading-import':
        if (!fromExtensionPage(sender, deps) || !deps.reading) return undefined;
        return deps.reading.handle(msg);
      case 'settings-update':
      case 'site-add':
      case 'site-remove':
      case 'data-import':
      case 'data-erase':
        // Settings, sites and all data change only from the options page, never from a content script.
        if (!fromExtensionPage(sender, deps) || !deps.options) return undefined;
        return deps.options(msg);
      default:
        return undefined;
    }
  };
}
