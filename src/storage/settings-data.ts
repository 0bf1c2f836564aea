/**
 * "Export all data" and "Import" of the options page: one versioned JSON file holding the settings,
 * the reading history (its digests) and the reading list (in the reading list's own export format,
 * so its strict importer checks that part). Pure: the options page builds the file from what it
 * reads; the background parses a file completely before it writes anything, so a bad file changes
 * nothing and says what is wrong and where (`history[3].title is longer than 300 characters`).
 *
 * History digests are checked field by field with their bounds, and every derived field (site,
 * pair, thread, title key, fingerprint, actor ids) is recomputed rather than trusted, so an edited
 * file cannot file an article under a made-up thread.
 */
import * as v from 'valibot';
import {
  canonicalUrl,
  DIGEST_LIMITS,
  fingerprintOf,
  pairKeyOf,
  siteOf,
  subjectOf,
  threadKeyOf,
  titleKeyOf,
  type ArticleDigest,
} from '../core/history';
import { ACTOR_KINDS, EVENT_STATUSES, ISSUES, STANCES } from '../core/types';
import { exportJson, type ExportFile } from '../reading-list/export';
import { jsonObjectOf, parseImport } from '../reading-list/import';
import type { SavedArticle } from '../reading-list/model';
import { SettingsSchema, type Settings } from './settings-schema';

export const DATA_FORMAT = 'parley-data';
export const DATA_VERSION = 1;
/** The reading list alone may be 80 MiB; the history adds a few KB per article. */
export const MAX_DATA_BYTES = 160 * 1024 * 1024;
export const MAX_HISTORY_ITEMS = 50_000;

export interface DataFile {
  format: typeof DATA_FORMAT;
  version: typeof DATA_VERSION;
  exportedAt: string;
  settings: Settings;
  history: ArticleDigest[];
  readingList: ExportFile;
}

export interface ParsedData {
  settings: Settings;
  history: ArticleDigest[];
  readingList: SavedArticle[];
}

export type DataParse = { ok: true; data: ParsedData } | { ok: false; error: string };

/** The export: everything Parley keeps on the device, in one file. */
export function buildDataFile(
  settings: Settings,
  history: readonly ArticleDigest[],
  readingList: readonly SavedArticle[],
  now = Date.now(),
): string {
  const file: DataFile = {
    format: DATA_FORMAT,
    version: DATA_VERSION,
    exportedAt: new Date(now).toISOString(),
    settings,
    history: [...history].sort((a, b) => a.firstSeen - b.firstSeen),
    // The reading list's own versioned format, so its importer (and FORMATS.md) apply unchanged.
    readingList: JSON.parse(exportJson(readingList, now)) as ExportFile,
  };
  return `${JSON.stringify(file, null, 1)}\n`;
}

const L = DIGEST_LIMITS;
const str = (max: number) => v.pipe(v.string(), v.maxLength(max, `is longer than ${max} characters`));
const time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));
const WebUrl = v.pipe(
  str(4_096),
  v.check((s) => canonicalUrl(s) !== null, 'is not an http(s) address'),
);
const ActorId = str(L.actorName);

const DigestSchema = v.object({
  url: WebUrl,
  title: str(L.title),
  published: v.nullable(str(60)),
  date: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'is not a YYYY-MM-DD date')),
  firstSeen: time,
  lastSeen: time,
  parties: v.pipe(v.array(ActorId), v.maxLength(L.parties)),
  actors: v.pipe(
    v.array(
      v.object({
        id: ActorId,
        name: str(L.actorName),
        kind: v.picklist(ACTOR_KINDS),
        side: v.nullable(str(L.actorName)),
        role: v.nullable(str(L.actorName)),
        mentions: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000)),
      }),
    ),
    v.maxLength(L.actors),
  ),
  preconditions: v.pipe(
    v.array(
      v.object({
        holder: ActorId,
        side: ActorId,
        target: v.nullable(ActorId),
        issue: v.picklist(ISSUES),
        stance: v.picklist(STANCES),
        text: str(L.sentence),
      }),
    ),
    v.maxLength(L.preconditions),
  ),
  events: v.pipe(
    v.array(
      v.object({
        status: v.picklist(EVENT_STATUSES),
        date: v.nullable(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'is not a YYYY-MM-DD date'))),
        text: str(L.sentence),
      }),
    ),
    v.maxLength(L.events),
  ),
  group: v.optional(v.string()),
});

/** The first problem of a failed parse as "history[3].actors[0].name is longer than …". */
function describe(issues: readonly v.BaseIssue<unknown>[], prefix: string): string {
  const issue = issues[0];
  if (!issue) return `${prefix} is not valid`;
  const path = (issue.path ?? [])
    .map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`))
    .join('');
  const what =
    issue.kind === 'schema'
      ? `should be ${issue.expected ?? 'different'}, not ${issue.received}`
      : issue.message;
  return `${prefix}${path} ${what}`;
}

/** A validated digest with every derived field recomputed. */
function rebuildDigest(d: v.InferOutput<typeof DigestSchema>): ArticleDigest {
  const url = canonicalUrl(d.url)!;
  const pair = pairKeyOf(d.parties);
  const subject = subjectOf(d);
  const group = d.group === undefined ? null : canonicalUrl(d.group);
  return {
    url,
    title: d.title,
    site: siteOf(url),
    published: d.published,
    date: d.date,
    firstSeen: Math.min(d.firstSeen, d.lastSeen),
    lastSeen: d.lastSeen,
    parties: d.parties,
    pair,
    subject,
    thread: threadKeyOf(pair, subject),
    actorIds: d.actors.map((a) => a.id),
    actors: d.actors,
    preconditions: d.preconditions,
    events: d.events,
    titleKey: titleKeyOf(d.title),
    fingerprint: fingerprintOf([...d.preconditions.map((p) => p.text), ...d.events.map((e) => e.text)]),
    group: group ?? url,
  };
}

/**
 * Validates a whole export file. `bytes` is the file's size as the browser reports it; a file over
 * the limit is refused before it is parsed. Never throws.
 */
export function parseDataFile(raw: string, bytes: number): DataParse {
  const refuse = (why: string): DataParse => ({ ok: false, error: `${why}. Nothing was changed.` });
  if (bytes > MAX_DATA_BYTES) {
    return refuse(
      `The file is ${Math.round(bytes / 1024 / 1024)} MB; Parley imports files up to ${MAX_DATA_BYTES / 1024 / 1024} MB`,
    );
  }
  const json = jsonObjectOf(raw, 'The file is not a Parley data export');
  if (!json.ok) return refuse(json.why);
  const file = json.data;
  if (file.format === 'parley-reading-list') {
    return refuse('This is a reading-list export: import it in the reading list (Open full list → Import)');
  }
  if (file.format !== DATA_FORMAT) return refuse('The file is not a Parley data export');
  if (file.version !== DATA_VERSION) {
    const newer = typeof file.version === 'number' && file.version > DATA_VERSION;
    return refuse(
      newer
        ? `The file was made by a newer Parley (data format version ${String(file.version)}); update Parley to import it`
        : `The file has an unknown data format version (${JSON.stringify(file.version) ?? 'none'}); this Parley reads version ${DATA_VERSION}`,
    );
  }

  const settings = v.safeParse(SettingsSchema, file.settings);
  if (!settings.success)
    return refuse(`The file's settings are not valid: ${describe(settings.issues, 'settings')}`);

  if (!Array.isArray(file.history)) return refuse('The file has no history list');
  if (file.history.length > MAX_HISTORY_ITEMS) {
    return refuse(`The file's history holds more than ${MAX_HISTORY_ITEMS} articles`);
  }
  const history = new Map<string, ArticleDigest>();
  for (const [i, raw] of file.history.entries()) {
    const r = v.safeParse(DigestSchema, raw);
    if (!r.success) return refuse(`The file's history is not valid: ${describe(r.issues, `history[${i}]`)}`);
    const d = rebuildDigest(r.output);
    const seen = history.get(d.url);
    // The same article twice (two exports merged by hand): the later reading wins.
    if (!seen || seen.lastSeen <= d.lastSeen) history.set(d.url, d);
  }

  if (typeof file.readingList !== 'object' || file.readingList === null) {
    return refuse('The file has no reading list');
  }
  const list = parseImport(JSON.stringify(file.readingList), 0);
  if (!list.ok)
    return {
      ok: false,
      error: `The file's reading list is not valid: ${list.error.replace(/ Nothing was imported\.$/, '')} Nothing was changed.`,
    };

  return {
    ok: true,
    data: {
      settings: settings.output as Settings,
      history: [...history.values()],
      readingList: list.articles,
    },
  };
}
