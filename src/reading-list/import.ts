/**
 * Reading a Parley JSON export back, strictly. The file is refused as a whole, with a message that
 * says why and where, when it is too big (checked on the size, before any parsing), not JSON or cut
 * short, of another format or version, or when any item breaks the schema: a wrong type, a string
 * past its length limit, a URL that is not an http(s) address, markup or control characters, marks
 * outside the text. Nothing is half-imported: the caller writes the result in one transaction.
 * Items with the same URL (after canonicalization) are merged, inside the file and with the list.
 */
import * as v from 'valibot';
import { canonicalUrl } from '../core/history';
import { ACTOR_KINDS, ISSUES, STANCES } from '../core/types';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export';
import { excerptOf, LIMITS, mergeArticles, normalizeTags, threadOf, type SavedArticle } from './model';

/** Larger files are refused before they are read into memory: 80 MiB holds ~10,000 long articles. */
export const MAX_IMPORT_BYTES = 80 * 1024 * 1024;
export const MAX_IMPORT_ITEMS = 50_000;

export type ImportResult =
  { ok: true; articles: SavedArticle[]; duplicates: number } | { ok: false; error: string };

const MB = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;

/** Tag-like markup anywhere in a string (Parley's own exports never contain any). */
const MARKUP = /<[a-zA-Z!/?]/;
// eslint-disable-next-line no-control-regex
const CONTROL_LINE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
// eslint-disable-next-line no-control-regex
const CONTROL_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** A single-line string: bounded, no markup, no control or bidi-override characters. */
const line = (max: number) =>
  v.pipe(
    v.string(),
    v.maxLength(max, `is longer than ${max} characters`),
    v.check((s) => !MARKUP.test(s), 'contains HTML markup'),
    v.check((s) => !CONTROL_LINE.test(s), 'contains control characters'),
  );

/** Multi-line text: bounded, no markup, no control characters other than tab and line ends. */
const text = (max: number) =>
  v.pipe(
    v.string(),
    v.maxLength(max, `is longer than ${max} characters`),
    v.check((s) => !MARKUP.test(s), 'contains HTML markup'),
    v.check((s) => !CONTROL_TEXT.test(s), 'contains control characters'),
  );

const WebUrl = v.pipe(
  v.string(),
  v.maxLength(LIMITS.url, `is longer than ${LIMITS.url} characters`),
  v.check((s) => canonicalUrl(s) !== null, 'is not an http(s) address'),
);

const IsoDate = v.pipe(v.string(), v.maxLength(40), v.isoTimestamp('is not an ISO date-time'));

const offset = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.text));
const Span = v.object({ start: offset, end: offset });

const ActorSchema = v.object({
  id: line(LIMITS.actorName),
  name: line(LIMITS.actorName),
  kind: v.picklist(ACTOR_KINDS),
  side: v.nullable(line(LIMITS.actorName)),
  role: v.nullable(line(LIMITS.actorRole)),
  mentions: v.pipe(v.array(Span), v.maxLength(LIMITS.mentions)),
});

const PreconditionSchema = v.object({
  holder: line(LIMITS.actorName),
  target: v.nullable(line(LIMITS.actorName)),
  issue: v.picklist(ISSUES),
  stance: v.picklist(STANCES),
  text: text(LIMITS.sentence),
  start: offset,
  end: offset,
  rule: line(LIMITS.rule),
});

const ItemSchema = v.object({
  url: WebUrl,
  title: line(LIMITS.title),
  site: line(LIMITS.site),
  published: v.nullable(line(LIMITS.published)),
  savedAt: IsoDate,
  updatedAt: IsoDate,
  read: v.boolean(),
  tags: v.pipe(v.array(line(LIMITS.tag)), v.maxLength(LIMITS.tags)),
  note: text(LIMITS.note),
  excerpt: text(LIMITS.excerpt),
  text: text(LIMITS.text),
  truncated: v.boolean(),
  annotations: v.object({
    isNegotiation: v.boolean(),
    parties: v.pipe(v.array(line(LIMITS.actorName)), v.maxLength(LIMITS.parties)),
    thread: v.nullable(line(LIMITS.actorName * 2)),
    actors: v.pipe(v.array(ActorSchema), v.maxLength(LIMITS.actors)),
    preconditions: v.pipe(v.array(PreconditionSchema), v.maxLength(LIMITS.preconditions)),
  }),
});

const FileSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(EXPORT_VERSION),
  exportedAt: v.optional(v.string()),
  items: v.pipe(
    v.array(v.unknown()),
    v.maxLength(MAX_IMPORT_ITEMS, `holds more than ${MAX_IMPORT_ITEMS} items`),
  ),
});

/** The first problem of a failed parse, as "items[3].annotations.actors[0].name is longer than …". */
function describe(issues: readonly v.BaseIssue<unknown>[], prefix: string): string {
  const issue = issues[0];
  if (!issue) return 'it does not match the reading-list format';
  const path = (issue.path ?? [])
    .map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`))
    .join('');
  const where = `${prefix}${path}`;
  const what =
    issue.kind === 'schema'
      ? `should be ${issue.expected ?? 'different'}, not ${issue.received}`
      : issue.message;
  return `${where} ${what}`;
}

/** Offsets must point into the item's own text. */
function checkSpans(item: v.InferOutput<typeof ItemSchema>, at: string): string | null {
  const len = item.text.length;
  const bad = (s: { start: number; end: number }) => s.start > s.end || s.end > len;
  for (const [i, a] of item.annotations.actors.entries()) {
    if (a.mentions.some(bad)) return `${at}.annotations.actors[${i}] marks text outside the article`;
  }
  for (const [i, p] of item.annotations.preconditions.entries()) {
    if (bad(p)) return `${at}.annotations.preconditions[${i}] marks text outside the article`;
  }
  return null;
}

/**
 * An import file's text as a JSON object, or why it is not one (empty, not JSON, or `notObject`
 * when it parses to something else). Shared by the reading-list and the all-data imports.
 */
export function jsonObjectOf(
  raw: string,
  notObject: string,
): { ok: true; data: Record<string, unknown> } | { ok: false; why: string } {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return {
      ok: false,
      why:
        raw.trim() === ''
          ? 'The file is empty'
          : 'The file is not valid JSON; it may have been cut short or is not a Parley export',
    };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, why: notObject };
  return { ok: true, data: data as Record<string, unknown> };
}

/**
 * Validates a Parley JSON export. `bytes` is the file's size as the browser reports it; a file over
 * the limit is refused without looking at `raw` (pass '' then: the caller need not read it at all).
 */
export function parseImport(raw: string, bytes: number): ImportResult {
  if (bytes > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      error: `The file is ${MB(bytes)}; Parley imports files up to ${MB(MAX_IMPORT_BYTES)}. Nothing was imported.`,
    };
  }
  const refuse = (why: string): ImportResult => ({ ok: false, error: `${why}. Nothing was imported.` });
  const json = jsonObjectOf(raw, 'The file is not a Parley reading-list export');
  if (!json.ok) return refuse(json.why);
  const data = json.data;
  const head = data as { format?: unknown; version?: unknown };
  if (head.format !== EXPORT_FORMAT) return refuse('The file is not a Parley reading-list export');
  if (head.version !== EXPORT_VERSION) {
    const newer = typeof head.version === 'number' && head.version > EXPORT_VERSION;
    return refuse(
      newer
        ? `The file was made by a newer Parley (format version ${String(head.version)}); update Parley to import it`
        : `The file has an unknown format version (${JSON.stringify(head.version) ?? 'none'}); this Parley reads version ${EXPORT_VERSION}`,
    );
  }
  const file = v.safeParse(FileSchema, data);
  if (!file.success) return refuse(`The file is not a valid Parley export: ${describe(file.issues, 'file')}`);

  const byUrl = new Map<string, SavedArticle>();
  let duplicates = 0;
  for (const [i, rawItem] of file.output.items.entries()) {
    const at = `items[${i}]`;
    const r = v.safeParse(ItemSchema, rawItem);
    if (!r.success) return refuse(`The file is not a valid Parley export: ${describe(r.issues, at)}`);
    const spans = checkSpans(r.output, at);
    if (spans) return refuse(`The file is not a valid Parley export: ${spans}`);
    const it = r.output;
    const url = canonicalUrl(it.url)!;
    const savedAt = Date.parse(it.savedAt);
    const updatedAt = Date.parse(it.updatedAt);
    const { isNegotiation, parties, preconditions } = it.annotations;
    const article: SavedArticle = {
      ...it,
      url,
      savedAt,
      updatedAt: Math.max(savedAt, updatedAt),
      tags: normalizeTags(it.tags),
      excerpt: it.excerpt || excerptOf(it.text, it.title),
      // The thread is derived, never trusted: an edited file cannot file an article under a made-up thread.
      annotations: { ...it.annotations, thread: threadOf(isNegotiation, parties, preconditions) },
    };
    const seen = byUrl.get(url);
    if (seen) duplicates++;
    byUrl.set(url, seen ? mergeArticles(seen, article) : article);
  }
  return { ok: true, articles: [...byUrl.values()], duplicates };
}
