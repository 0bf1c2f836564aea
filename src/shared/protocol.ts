/**
 * The one message protocol between content script, background and popup. Every message is
 * validated on receipt (valibot) and every receiver ignores senders that are not this extension,
 * so a page (or another extension) cannot make the background write anything.
 */
import * as v from 'valibot';
import { ACTOR_KINDS, EVENT_STATUSES, ISSUES, STANCES, type Analysis } from '../core/types';
import type { TabResult } from './tab-result';
import { SettingsPatchSchema } from '../storage/settings-schema';

/** Bounds keep a compromised or buggy content script from filling storage. */
const MAX_TEXT = 2_000;
const MAX_ITEMS = 2_000;
const str = (max = MAX_TEXT) => v.pipe(v.string(), v.maxLength(max));
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const ms = v.nullable(v.pipe(v.number(), v.minValue(0), v.maxValue(3_600_000)));

const MentionSchema = v.object({ start: offset, end: offset, text: str(500) });

export const ActorSchema = v.object({
  id: str(200),
  name: str(200),
  kind: v.picklist(ACTOR_KINDS),
  side: v.nullable(str(200)),
  role: v.nullable(str(300)),
  mentions: v.pipe(v.array(MentionSchema), v.maxLength(MAX_ITEMS)),
});

export const PreconditionSchema = v.object({
  holder: str(200),
  target: v.nullable(str(200)),
  issue: v.picklist(ISSUES),
  stance: v.picklist(STANCES),
  text: str(),
  start: offset,
  end: offset,
  rule: str(300),
});

export const EventSchema = v.object({
  status: v.picklist(EVENT_STATUSES),
  date: v.nullable(str(40)),
  text: str(),
  start: offset,
  end: offset,
});

const UrlSchema = v.pipe(
  v.string(),
  v.maxLength(4_096),
  v.check((s) => URL.canParse(s), 'not a URL'),
);

export const TabResultSchema = v.object({
  url: UrlSchema,
  title: str(1_000),
  isArticle: v.boolean(),
  isTrade: v.boolean(),
  isNegotiation: v.boolean(),
  gate: v.nullable(str(300)),
  score: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  actors: v.pipe(v.array(ActorSchema), v.maxLength(MAX_ITEMS)),
  preconditions: v.pipe(v.array(PreconditionSchema), v.maxLength(MAX_ITEMS)),
  parties: v.pipe(v.array(str(200)), v.maxLength(20)),
  events: v.pipe(v.array(EventSchema), v.maxLength(MAX_ITEMS)),
  published: v.nullable(str(60)),
  timings: v.object({ gateMs: v.pipe(v.number(), v.minValue(0)), extractMs: ms, analyzeMs: ms, paintMs: ms }),
  at: v.number(),
});

/** Reading list (issue 6): an article as the content script hands it to the background for saving. */
const Span = v.object({ start: offset, end: offset });
export const MAX_ARTICLE_TEXT = 300_000;
export const ArticlePayloadSchema = v.object({
  url: UrlSchema,
  title: str(1_000),
  published: v.nullable(str(60)),
  siteName: v.nullable(str(200)),
  text: v.pipe(v.string(), v.maxLength(MAX_ARTICLE_TEXT)),
  isNegotiation: v.boolean(),
  parties: v.pipe(v.array(str(200)), v.maxLength(20)),
  actors: v.pipe(
    v.array(
      v.object({
        id: str(200),
        name: str(200),
        kind: v.picklist(ACTOR_KINDS),
        side: v.nullable(str(200)),
        role: v.nullable(str(300)),
        mentions: v.pipe(v.array(Span), v.maxLength(MAX_ITEMS)),
      }),
    ),
    v.maxLength(MAX_ITEMS),
  ),
  preconditions: v.pipe(v.array(PreconditionSchema), v.maxLength(MAX_ITEMS)),
});
export type ArticlePayload = v.InferOutput<typeof ArticlePayloadSchema>;

/** Parse the content script's answer to `get-article`; null when it is not one (never throws). */
export function parseArticlePayload(raw: unknown): ArticlePayload | null {
  const r = v.safeParse(ArticlePayloadSchema, raw);
  return r.success ? r.output : null;
}

/** The analyzer's input as a content script sends it (`analyze`): bounded like a saved article's text. */
export const AnalyzeInputSchema = v.object({
  text: v.pipe(v.string(), v.maxLength(MAX_ARTICLE_TEXT)),
  title: v.nullable(str(1_000)),
  published: v.nullable(str(60)),
  articleHint: v.boolean(),
});
/** The background's answer to `analyze`: the analysis and how long it took there. */
export type AnalyzeReply = { ok: true; analysis: Analysis; ms: number } | { ok: false; error: string };

/** Actors one `actor-history` question may name: a page rarely has more than a few dozen. */
export const MAX_ACTOR_HISTORY_IDS = 200;
/** Per actor id: articles other than the current one that mention it, and the earliest's day. */
export type ActorHistory = Record<string, { count: number; since: string }>;

const ReadingUrl = v.pipe(v.string(), v.maxLength(4_096));
/** Chunks of an import file: a 80 MB file is 20 messages, each well under Chrome's 64 MB message cap. */
export const IMPORT_CHUNK_CHARS = 4 * 1024 * 1024;

/** Messages a receiver accepts. `type` picks the handler; everything else is checked before use. */
export const MessageSchema = v.variant('type', [
  /** content -> background: this tab's analysis (or the gate's verdict). */
  v.object({ type: v.literal('tab-result'), result: TabResultSchema }),
  /** popup -> background: the stored result of a tab. Answer: TabResult | null. */
  v.object({ type: v.literal('get-tab-result'), tabId: v.pipe(v.number(), v.integer()) }),
  /** popup -> background: inject the content script into a tab the user asked for (activeTab). */
  v.object({ type: v.literal('annotate-tab'), tabId: v.pipe(v.number(), v.integer()) }),
  /** popup/background -> content: show or hide all marks. Answer: { visible }. */
  v.object({ type: v.literal('set-highlights'), visible: v.optional(v.boolean()) }),
  /** popup -> content: scroll to a mark and flash its card. */
  v.object({
    type: v.literal('reveal'),
    kind: v.picklist(['actor', 'precondition']),
    index: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  /** popup -> background: save the tab's article to the reading list. Answer: SaveReply. */
  v.object({ type: v.literal('save-tab'), tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  /** background -> content: the article's text and what the analyzer found in it. Answer: ArticlePayload. */
  v.object({ type: v.literal('get-article') }),
  /** extension page -> background: a reader's edit of a saved item. Answer: ReadingItem | null. */
  v.object({
    type: v.literal('reading-update'),
    url: ReadingUrl,
    patch: v.object({
      read: v.optional(v.boolean()),
      tags: v.optional(v.pipe(v.array(str(200)), v.maxLength(50))),
      note: v.optional(str(10_000)),
    }),
  }),
  /** extension page -> background: delete (to the trash) or bring back. Answer: { ok }. */
  v.object({ type: v.literal('reading-delete'), url: ReadingUrl }),
  v.object({ type: v.literal('reading-restore'), url: ReadingUrl }),
  /** extension page -> background: erase the whole reading list. Answer: { ok, erased }. */
  v.object({ type: v.literal('reading-erase') }),
  /**
   * extension page -> background: one part of a JSON file to import. The last part runs the import
   * (all or nothing). Answer: { ok: true, received } for a part, ImportReply for the last.
   */
  v.object({
    type: v.literal('reading-import'),
    id: v.pipe(v.string(), v.maxLength(64)),
    index: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(63)),
    total: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(64)),
    /** The file's size in bytes as the browser reports it (a file too big is refused on it). */
    bytes: v.pipe(v.number(), v.integer(), v.minValue(0)),
    data: v.pipe(v.string(), v.maxLength(IMPORT_CHUNK_CHARS)),
  }),
  /** popup -> background: forget one article of the history (its canonical URL). Answer: { ok }. */
  v.object({ type: v.literal('history-forget'), url: UrlSchema }),
  /** popup -> background: erase the whole history. Answer: { ok }. */
  v.object({ type: v.literal('history-forget-all') }),
  /** popup -> background: pause or resume recording articles into the history. Answer: { ok }. */
  v.object({ type: v.literal('history-set-paused'), paused: v.boolean() }),
  /** popup -> background: the "history was pruned" notice was read. Answer: { ok }. */
  v.object({ type: v.literal('history-dismiss-notice') }),
  /**
   * content -> background: how often the page's actors appeared in earlier recorded articles (the
   * hover card's "seen in N earlier articles"). Answer: ActorHistory.
   */
  v.object({
    type: v.literal('actor-history'),
    url: UrlSchema,
    actorIds: v.pipe(v.array(str(200)), v.maxLength(MAX_ACTOR_HISTORY_IDS)),
  }),
  /** options page -> background: change settings (sites switched off, marks, colours). Answer: { ok }. */
  v.object({ type: v.literal('settings-update'), patch: SettingsPatchSchema }),
  /**
   * options page -> background: a site the user added (its permission was granted in the click) or
   * removed. Answer: SiteReply.
   */
  v.object({ type: v.literal('site-add'), pattern: str(300) }),
  v.object({ type: v.literal('site-remove'), pattern: str(300) }),
  /** options page -> background: one part of an all-data import; the last part runs it. Answer: DataImportReply. */
  v.object({
    type: v.literal('data-import'),
    id: v.pipe(v.string(), v.maxLength(64)),
    index: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(63)),
    total: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(64)),
    bytes: v.pipe(v.number(), v.integer(), v.minValue(0)),
    data: v.pipe(v.string(), v.maxLength(IMPORT_CHUNK_CHARS)),
  }),
  /** options page -> background: erase history, reading list, settings and added sites. Answer: { ok }. */
  v.object({ type: v.literal('data-erase') }),
  /**
   * content -> background: analyze the page's article text there, off the page's thread, where no
   * page CSP can refuse it and the page cannot observe it (a blob: worker in the page could be
   * refused and the page told). Answer: AnalyzeReply.
   */
  v.object({ type: v.literal('analyze'), input: AnalyzeInputSchema }),
  /** anyone -> content: is the script alive here? Answer: { ok: true, state }. */
  v.object({ type: v.literal('ping') }),
]);

export type Message = v.InferOutput<typeof MessageSchema>;
export type MessageOf<T extends Message['type']> = Extract<Message, { type: T }>;

/** Parse an incoming message; null when it is not one of ours (never throws). */
export function parseMessage(raw: unknown): Message | null {
  const r = v.safeParse(MessageSchema, raw);
  return r.success ? r.output : null;
}

/** Typed sanity check for the stored per-tab result (used by the popup and tests). */
export function parseTabResult(raw: unknown): TabResult | null {
  const r = v.safeParse(TabResultSchema, raw);
  return r.success ? (r.output as TabResult) : null;
}

/**
 * True when a message comes from this extension itself (content scripts of ours have
 * `sender.id === runtime.id`; pages and other extensions do not).
 */
export function isOwnSender(sender: { id?: string | undefined }, ownId: string): boolean {
  return sender.id === ownId;
}
