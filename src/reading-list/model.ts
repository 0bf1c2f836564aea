/**
 * The reading list's item model, pure: what a saved article is, how a save (or a second save of
 * the same URL) becomes one, and how two copies of one URL merge. The store (src/storage/reading-list)
 * keeps the light part of an item apart from its text so the list opens without reading 10,000 texts.
 */
import { canonicalUrl, pairKeyOf, siteOf, subjectOf, threadKeyOf } from '../core/history';
import type { ActorKind, Issue, Stance } from '../core/types';

/** Caps on every stored string and list: a saved item stays bounded whatever the page was. */
export const LIMITS = {
  url: 2_048,
  title: 500,
  site: 200,
  published: 60,
  excerpt: 300,
  /** About 15,000 words: longer articles are kept cut, with `truncated` set. */
  text: 100_000,
  tag: 40,
  tags: 20,
  note: 5_000,
  actors: 60,
  actorName: 200,
  actorRole: 300,
  mentions: 200,
  preconditions: 60,
  sentence: 2_000,
  rule: 300,
  parties: 6,
} as const;

/** An actor as the reading list keeps it: like the analyzer's, with mention offsets into `text`. */
export interface SavedActor {
  id: string;
  name: string;
  kind: ActorKind;
  side: string | null;
  role: string | null;
  mentions: Array<{ start: number; end: number }>;
}

export interface SavedPrecondition {
  holder: string;
  target: string | null;
  issue: Issue;
  stance: Stance;
  text: string;
  start: number;
  end: number;
  rule: string;
}

export interface Annotations {
  isNegotiation: boolean;
  /** Main parties' actor ids, most salient first. */
  parties: string[];
  /** `pair/subject` as the history names threads ("cn+us/trade"), or null when not a negotiation. */
  thread: string | null;
  actors: SavedActor[];
  preconditions: SavedPrecondition[];
}

/** One saved article, complete: what JSON export writes and import reads. */
export interface SavedArticle {
  /** Canonical URL (no fragment, no tracking parameters): the key. */
  url: string;
  title: string;
  site: string;
  published: string | null;
  /** Epoch ms of the first save. */
  savedAt: number;
  /** Epoch ms of the last change (re-save, tags, note, read). */
  updatedAt: number;
  read: boolean;
  tags: string[];
  note: string;
  excerpt: string;
  text: string;
  /** The page's text was longer than LIMITS.text and was cut. */
  truncated: boolean;
  annotations: Annotations;
}

/** The light part of an item: everything the list, its filters and its search need, but no text. */
export interface ReadingItem {
  /** The store's number for the item (search results are ids); 0 before it is stored. */
  id: number;
  url: string;
  title: string;
  site: string;
  published: string | null;
  savedAt: number;
  updatedAt: number;
  read: boolean;
  tags: string[];
  note: string;
  excerpt: string;
  isNegotiation: boolean;
  thread: string | null;
  parties: string[];
  /** Actors without their mentions (names for search, ids for the filter). */
  actors: Array<Omit<SavedActor, 'mentions'> & { count: number }>;
  preconditionCount: number;
}

/** The heavy part: the text and the offsets of its marks, read only to open one article. */
export interface ArticleBody {
  url: string;
  text: string;
  truncated: boolean;
  actors: Array<{ id: string; mentions: Array<{ start: number; end: number }> }>;
  preconditions: SavedPrecondition[];
}

/** What a save hands over: the page and what the analyzer found in its text. */
export interface SaveInput {
  url: string;
  title: string;
  published?: string | null;
  siteName?: string | null;
  text: string;
  isNegotiation?: boolean;
  parties?: string[];
  actors?: Array<{
    id: string;
    name: string;
    kind: ActorKind;
    side: string | null;
    role: string | null;
    mentions: Array<{ start: number; end: number }>;
  }>;
  preconditions?: SavedPrecondition[];
}

/** Fields a reader edits on a saved item. */
export interface ItemPatch {
  read?: boolean;
  tags?: string[];
  note?: string;
}

/** Collapses whitespace and cuts to `max` characters (an ellipsis marks the cut). */
export function clip(s: string, max: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}

/**
 * Makes tag-like markup inert by swapping its `<` for a look-alike (one UTF-16 unit for one, so
 * text offsets stay valid). Saved strings then never carry HTML into a Markdown note or another
 * tool, and a file Parley exported always passes Parley's own import check.
 */
export function neutralizeMarkup(s: string): string {
  return s.replace(/<(?=[a-zA-Z!/?])/g, '\u2039');
}

/** Control and bidi-override characters: never useful in saved text, a spoofing tool in titles. */
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Same length in, same length out (offsets stay valid): unsafe characters become spaces. */
export function cleanText(s: string): string {
  return neutralizeMarkup(s.replace(UNSAFE_CHARS, ' '));
}

/** A short, single-line field (title, tag, name): clean, collapsed, cut. */
export function cleanLine(s: string, max: number): string {
  return clip(cleanText(s), max);
}

/** Lower-case, trimmed, de-duplicated tags within limits; "#" prefixes dropped. */
export function normalizeTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of tags) {
    const tag = cleanLine(raw.replace(/^#+/, ''), LIMITS.tag).toLowerCase();
    if (tag && !out.includes(tag)) out.push(tag);
    if (out.length >= LIMITS.tags) break;
  }
  return out;
}

/** The first sentences of the body (after the headline), cut at a word. */
export function excerptOf(text: string, title: string): string {
  const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim());
  const body = paragraphs.filter((p, i) => p && !(i === 0 && p === title.trim()));
  const flat = (body.length > 0 ? body : paragraphs).join(' ').replace(/\s+/g, ' ').trim();
  if (flat.length <= LIMITS.excerpt) return flat;
  const cut = flat.slice(0, LIMITS.excerpt - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > LIMITS.excerpt / 2 ? cut.slice(0, space) : cut}…`;
}

/** The history's thread key for a negotiation article, so the filter speaks the context view's language. */
export function threadOf(
  isNegotiation: boolean,
  parties: readonly string[],
  preconditions: readonly SavedPrecondition[],
) {
  if (!isNegotiation) return null;
  const pair = pairKeyOf(parties);
  return pair === '' ? null : threadKeyOf(pair, subjectOf({ preconditions }));
}

const inText = (length: number) => (m: { start: number; end: number }) =>
  Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.start <= m.end && m.end <= length;

/**
 * Builds the item a save stores. `previous` is the stored item of the same URL: a second save
 * refreshes the page's part (title, text, marks) and keeps the reader's (first save date, tags,
 * note, read). Null when the URL is not a web page.
 */
export function buildArticle(
  input: SaveInput,
  previous: SavedArticle | undefined,
  now: number,
): SavedArticle | null {
  const url = canonicalUrl(input.url);
  if (url === null || url.length > LIMITS.url) return null;
  const truncated = input.text.length > LIMITS.text;
  const text = cleanText(truncated ? input.text.slice(0, LIMITS.text) : input.text);
  const title = cleanLine(input.title, LIMITS.title) || url;
  const fits = inText(text.length);
  const actors: SavedActor[] = (input.actors ?? []).slice(0, LIMITS.actors).map((a) => ({
    id: cleanLine(a.id, LIMITS.actorName),
    name: cleanLine(a.name, LIMITS.actorName),
    kind: a.kind,
    side: a.side === null ? null : cleanLine(a.side, LIMITS.actorName),
    role: a.role === null ? null : cleanLine(a.role, LIMITS.actorRole),
    mentions: a.mentions
      .filter(fits)
      .slice(0, LIMITS.mentions)
      .map((m) => ({ start: m.start, end: m.end })),
  }));
  const preconditions: SavedPrecondition[] = (input.preconditions ?? [])
    .filter(fits)
    .slice(0, LIMITS.preconditions)
    .map((p) => ({
      holder: cleanLine(p.holder, LIMITS.actorName),
      target: p.target === null ? null : cleanLine(p.target, LIMITS.actorName),
      issue: p.issue,
      stance: p.stance,
      text: cleanLine(p.text, LIMITS.sentence),
      start: p.start,
      end: p.end,
      rule: cleanLine(p.rule, LIMITS.rule),
    }));
  const isNegotiation = input.isNegotiation ?? false;
  const parties = (input.parties ?? []).slice(0, LIMITS.parties).map((p) => cleanLine(p, LIMITS.actorName));
  return {
    url,
    title,
    site: cleanLine(input.siteName || siteOf(url), LIMITS.site),
    published: input.published ? cleanLine(input.published, LIMITS.published) : (previous?.published ?? null),
    savedAt: previous?.savedAt ?? now,
    updatedAt: now,
    read: previous?.read ?? false,
    tags: previous?.tags ?? [],
    note: previous?.note ?? '',
    excerpt: excerptOf(text, title),
    text,
    truncated,
    annotations: {
      isNegotiation,
      parties,
      thread: threadOf(isNegotiation, parties, preconditions),
      actors,
      preconditions,
    },
  };
}

/** Applies a reader's edit; returns the item unchanged when the patch changes nothing. */
export function applyPatch(article: SavedArticle, patch: ItemPatch, now: number): SavedArticle {
  const next: SavedArticle = { ...article };
  if (patch.read !== undefined) next.read = patch.read;
  if (patch.tags !== undefined) next.tags = normalizeTags(patch.tags);
  if (patch.note !== undefined) next.note = cleanText(patch.note.slice(0, LIMITS.note)).trim();
  const changed =
    next.read !== article.read ||
    next.note !== article.note ||
    next.tags.join('\n') !== article.tags.join('\n');
  return changed ? { ...next, updatedAt: now } : article;
}

/**
 * Two copies of one URL become one (import of a list that overlaps the stored one): the page's
 * part comes from the copy changed last, tags are united, a note kept from both when they differ,
 * read wins, and the first save date is the earliest.
 */
export function mergeArticles(a: SavedArticle, b: SavedArticle): SavedArticle {
  const [older, newer] = a.updatedAt <= b.updatedAt ? [a, b] : [b, a];
  const notes = [newer.note, older.note].filter((n, i, all) => n !== '' && all.indexOf(n) === i);
  return {
    ...newer,
    savedAt: Math.min(a.savedAt, b.savedAt),
    updatedAt: Math.max(a.updatedAt, b.updatedAt),
    read: a.read || b.read,
    tags: normalizeTags([...newer.tags, ...older.tags]),
    note: notes.join('\n\n').slice(0, LIMITS.note),
  };
}

/** Splits an article into the list record and the body record the store keeps apart. */
export function splitArticle(article: SavedArticle, id = 0): { item: ReadingItem; body: ArticleBody } {
  const { annotations: ann } = article;
  return {
    item: {
      id,
      url: article.url,
      title: article.title,
      site: article.site,
      published: article.published,
      savedAt: article.savedAt,
      updatedAt: article.updatedAt,
      read: article.read,
      tags: article.tags,
      note: article.note,
      excerpt: article.excerpt,
      isNegotiation: ann.isNegotiation,
      thread: ann.thread,
      parties: ann.parties,
      actors: ann.actors.map(({ mentions, ...a }) => ({ ...a, count: mentions.length })),
      preconditionCount: ann.preconditions.length,
    },
    body: {
      url: article.url,
      text: article.text,
      truncated: article.truncated,
      actors: ann.actors.map((a) => ({ id: a.id, mentions: a.mentions })),
      preconditions: ann.preconditions,
    },
  };
}

/** The inverse of splitArticle. */
export function joinArticle(item: ReadingItem, body: ArticleBody | undefined): SavedArticle {
  const mentionsOf = new Map((body?.actors ?? []).map((a) => [a.id, a.mentions]));
  return {
    url: item.url,
    title: item.title,
    site: item.site,
    published: item.published,
    savedAt: item.savedAt,
    updatedAt: item.updatedAt,
    read: item.read,
    tags: item.tags,
    note: item.note,
    excerpt: item.excerpt,
    text: body?.text ?? '',
    truncated: body?.truncated ?? false,
    annotations: {
      isNegotiation: item.isNegotiation,
      parties: item.parties,
      thread: item.thread,
      actors: item.actors.map(({ count: _count, ...a }) => ({ ...a, mentions: mentionsOf.get(a.id) ?? [] })),
      preconditions: body?.preconditions ?? [],
    },
  };
}
