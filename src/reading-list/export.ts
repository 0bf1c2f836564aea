/**
 * Export formats of the reading list, pure (strings in, strings out; the page turns them into
 * downloads). The formats are documented in FORMATS.md beside this file:
 *
 * - JSON: complete and versioned (`{format, version, exportedAt, items}`); the only format Parley
 *   imports again.
 * - Markdown, one file: every article under its own heading, separated by rules.
 * - Markdown notes: one note per article (YAML front matter + body) for Obsidian or Logseq, handed
 *   over as one JSON file of `{filename, content}` pairs (no archive format needed to build it).
 * - CSV (RFC 4180): one row per article, every field quoted, CRLF line ends, and cells that a
 *   spreadsheet would run as a formula (= + - @, tab, CR) prefixed with an apostrophe.
 */
import type { SavedArticle } from './model';

export const EXPORT_FORMAT = 'parley-reading-list';
export const EXPORT_VERSION = 1;
export const NOTES_FORMAT = 'parley-markdown-notes';

const iso = (ms: number) => new Date(ms).toISOString();

/** The JSON export's item: the stored article with its dates as ISO strings. */
export interface ExportedItem extends Omit<SavedArticle, 'savedAt' | 'updatedAt'> {
  savedAt: string;
  updatedAt: string;
}

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  items: ExportedItem[];
}

/** Everything, re-importable: `importJson(exportJson(x))` gives x back. */
export function exportJson(articles: readonly SavedArticle[], now = Date.now()): string {
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: iso(now),
    items: articles.map((a) => ({ ...a, savedAt: iso(a.savedAt), updatedAt: iso(a.updatedAt) })),
  };
  return `${JSON.stringify(file, null, 1)}\n`;
}

/** Backslash-escapes what Markdown would read as syntax, so page text stays text (no links, no HTML). */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/[\\`*_[\]<>~|!]/g, '\\$&')
    .replace(/^(\s*)([#+=-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2')
    .replace(/&(?=[#a-zA-Z0-9]+;)/g, '&amp;');
}

/** A Markdown link whose target cannot break out of the parentheses. */
function mdLink(text: string, url: string): string {
  return `[${escapeMarkdown(text)}](<${encodeURI(decodeURIComponentSafe(url)).replace(/[<>]/g, encodeURIComponent)}>)`;
}

function decodeURIComponentSafe(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

/** A YAML scalar: JSON strings are valid YAML, and quoting keeps `: # - [` from meaning anything. */
const yaml = (s: string | null) => (s === null ? 'null' : JSON.stringify(s));

/** Obsidian and Logseq tags cannot hold spaces. */
const tagWord = (t: string) => t.replace(/\s+/g, '-');

function day(published: string | null): string | null {
  if (!published) return null;
  const t = Date.parse(published);
  return Number.isNaN(t) ? published : new Date(t).toISOString().slice(0, 10);
}

function actorNames(a: SavedArticle): string[] {
  return a.annotations.actors.map((x) => x.name);
}

function conditionLines(a: SavedArticle): string[] {
  const names = new Map(a.annotations.actors.map((x) => [x.id, x.name]));
  return a.annotations.preconditions.map((p) => {
    const who = names.get(p.holder) ?? p.holder;
    const whom = p.target === null ? '' : ` → ${names.get(p.target) ?? p.target}`;
    return `- **${escapeMarkdown(who)}${escapeMarkdown(whom)}** (${p.stance}, ${p.issue.replace(/_/g, ' ')}): ${escapeMarkdown(p.text)}`;
  });
}

/** The body shared by both Markdown forms: facts, note, positions, then the text paragraph by paragraph. */
function articleBody(a: SavedArticle): string[] {
  const lines: string[] = [];
  if (a.note) lines.push('> ' + escapeMarkdown(a.note).split('\n').join('\n> '), '');
  const actors = actorNames(a);
  if (actors.length > 0) lines.push(`**Actors:** ${actors.map(escapeMarkdown).join(', ')}`, '');
  const conditions = conditionLines(a);
  if (conditions.length > 0) lines.push('**Positions:**', '', ...conditions, '');
  for (const p of a.text.split(/\n\s*\n/)) {
    const t = p.trim();
    if (t) lines.push(escapeMarkdown(t), '');
  }
  if (a.truncated) lines.push("*(The saved text was cut at Parley's length limit.)*", '');
  return lines;
}

/** All articles in one Markdown file. */
export function exportMarkdown(articles: readonly SavedArticle[], now = Date.now()): string {
  const out: string[] = [
    `# Parley reading list`,
    '',
    `Exported ${iso(now)}, ${articles.length} articles.`,
    '',
  ];
  for (const a of articles) {
    out.push('---', '', `## ${mdLink(a.title, a.url)}`, '');
    const facts = [
      a.site,
      day(a.published) && `published ${day(a.published)}`,
      `saved ${iso(a.savedAt).slice(0, 10)}`,
    ];
    facts.push(a.read ? 'read' : 'unread');
    out.push(
      facts
        .filter(Boolean)
        .map((f) => escapeMarkdown(String(f)))
        .join(' · '),
      '',
    );
    if (a.tags.length > 0) out.push(a.tags.map((t) => `#${escapeMarkdown(tagWord(t))}`).join(' '), '');
    out.push(...articleBody(a));
  }
  return out.join('\n');
}

/** A portable file name: letters, digits and dashes only, never empty, at most 80 characters. */
export function noteFileName(a: SavedArticle, taken: Set<string>): string {
  const slug =
    a.title
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 70)
      .replace(/-+$/, '') || 'article';
  const date = iso(a.savedAt).slice(0, 10);
  let name = `${date}-${slug}.md`;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${date}-${slug}-${n}.md`;
  taken.add(name.toLowerCase());
  return name;
}

/** One note: YAML front matter Obsidian and Logseq both read, then the article. */
export function noteOf(a: SavedArticle): string {
  const front = [
    '---',
    `title: ${yaml(a.title)}`,
    `url: ${yaml(a.url)}`,
    `site: ${yaml(a.site)}`,
    `published: ${yaml(day(a.published))}`,
    `saved: ${yaml(iso(a.savedAt))}`,
    `read: ${a.read}`,
    `tags: [${a.tags.map((t) => yaml(tagWord(t))).join(', ')}]`,
    `actors: [${actorNames(a).map(yaml).join(', ')}]`,
    `thread: ${yaml(a.annotations.thread)}`,
    'source: parley',
    '---',
    '',
    `# ${escapeMarkdown(a.title)}`,
    '',
    mdLink(a.site || a.url, a.url),
    '',
  ];
  return [...front, ...articleBody(a)].join('\n');
}

export interface NoteFile {
  filename: string;
  content: string;
}

/** One note per article, with unique file names. */
export function exportNotes(articles: readonly SavedArticle[]): NoteFile[] {
  const taken = new Set<string>();
  return articles.map((a) => ({ filename: noteFileName(a, taken), content: noteOf(a) }));
}

/** The notes as one JSON file (`{format, version, notes: [{filename, content}]}`). */
export function exportNotesJson(articles: readonly SavedArticle[], now = Date.now()): string {
  return `${JSON.stringify({ format: NOTES_FORMAT, version: 1, exportedAt: iso(now), notes: exportNotes(articles) }, null, 1)}\n`;
}

/** One CSV cell: a leading formula character is defused, then the whole cell quoted (RFC 4180). */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export const CSV_COLUMNS = [
  'url',
  'title',
  'site',
  'published',
  'saved',
  'read',
  'tags',
  'actors',
  'thread',
  'positions',
  'note',
  'excerpt',
] as const;

/** One row per article; lists inside a cell are joined with "; ". */
export function exportCsv(articles: readonly SavedArticle[]): string {
  const rows = [CSV_COLUMNS.map(csvCell).join(',')];
  for (const a of articles) {
    const cells = [
      a.url,
      a.title,
      a.site,
      a.published ?? '',
      iso(a.savedAt),
      a.read ? 'yes' : 'no',
      a.tags.join('; '),
      actorNames(a).join('; '),
      a.annotations.thread ?? '',
      String(a.annotations.preconditions.length),
      a.note,
      a.excerpt,
    ];
    rows.push(cells.map(csvCell).join(','));
  }
  return `${rows.join('\r\n')}\r\n`;
}
