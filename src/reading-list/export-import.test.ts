import { describe, expect, it } from 'vitest';
import {
  csvCell,
  CSV_COLUMNS,
  escapeMarkdown,
  exportCsv,
  exportJson,
  exportMarkdown,
  exportNotes,
  exportNotesJson,
  NOTES_FORMAT,
} from './export';
import { generateArticles } from './generate';
import { MAX_IMPORT_BYTES, parseImport } from './import';
import { buildArticle, type SavedArticle } from './model';

const articles = generateArticles(12);
const json = exportJson(articles, Date.UTC(2025, 5, 1));
const bytes = (s: string) => new TextEncoder().encode(s).length;

/** The export of `articles` with one item changed by `edit` (a hand-edited or hostile file). */
function withItem(edit: (item: Record<string, unknown>) => void, index = 0): string {
  const data = JSON.parse(json) as { items: Array<Record<string, unknown>> };
  edit(data.items[index]!);
  return JSON.stringify(data);
}

function rejected(raw: string, size = bytes(raw)): string {
  const r = parseImport(raw, size);
  if (r.ok) throw new Error('expected the import to be refused');
  expect(r.error).toMatch(/Nothing was imported\.$/);
  return r.error;
}

describe('JSON export and import', () => {
  it('round-trips every field of every item', () => {
    const r = parseImport(json, bytes(json));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.articles).toEqual(articles);
    expect(r.duplicates).toBe(0);
  });

  it('is versioned and marked as a Parley export', () => {
    expect(JSON.parse(json)).toMatchObject({
      format: 'parley-reading-list',
      version: 1,
      exportedAt: '2025-06-01T00:00:00.000Z',
    });
  });

  it('round-trips articles with cut text, no date and no annotations', () => {
    const bare = buildArticle(
      { url: 'https://example.org/a', title: 'Bare', text: 'x'.repeat(100_500) },
      undefined,
      5,
    )!;
    const raw = exportJson([bare]);
    const r = parseImport(raw, bytes(raw));
    expect(r.ok && r.articles).toEqual([bare]);
  });

  it('merges duplicate URLs (after canonicalization) instead of importing twice', () => {
    const data = JSON.parse(json) as { items: Array<Record<string, unknown>> };
    const copy = {
      ...data.items[0]!,
      url: `${String(data.items[0]!.url)}?utm_source=x#frag`,
      tags: ['extra'],
      read: true,
    };
    data.items.push(copy);
    const raw = JSON.stringify(data);
    const r = parseImport(raw, bytes(raw));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.articles).toHaveLength(articles.length);
    expect(r.duplicates).toBe(1);
    const merged = r.articles.find((a) => a.url === articles[0]!.url)!;
    expect(merged.tags).toContain('extra');
    expect(merged.read).toBe(true);
  });
});

describe('rejected imports', () => {
  it('too big: refused on the size alone, before parsing', () => {
    const error = rejected('this is not even looked at', 100 * 1024 * 1024);
    expect(error).toMatch(/100 MB.*up to 80 MB/);
    expect(MAX_IMPORT_BYTES).toBeLessThan(100 * 1024 * 1024);
  });

  it('truncated JSON', () => {
    expect(rejected(json.slice(0, Math.floor(json.length / 2)))).toMatch(/not valid JSON.*cut short/);
  });

  it('empty file and binary garbage', () => {
    expect(rejected('')).toMatch(/empty/);
    expect(rejected('\u0000\u0001PK\u0003\u0004')).toMatch(/not valid JSON/);
  });

  it('wrong schema: another JSON document, an array, a missing field, a wrong type', () => {
    expect(rejected('[1,2,3]')).toMatch(/not a Parley reading-list export/);
    expect(rejected('{"hello":"world"}')).toMatch(/not a Parley reading-list export/);
    expect(rejected(JSON.stringify({ format: 'parley-reading-list', version: 1 }))).toMatch(/file\.items/);
    expect(rejected(withItem((i) => delete i.title))).toMatch(/items\[0\]\.title/);
    expect(rejected(withItem((i) => (i.read = 'yes')))).toMatch(/items\[0\]\.read should be boolean/);
    expect(rejected(withItem((i) => (i.savedAt = 'last week')))).toMatch(
      /items\[0\]\.savedAt is not an ISO date/,
    );
    expect(
      rejected(
        withItem((i) => ((i.annotations as { actors: Array<{ kind: string }> }).actors[0]!.kind = 'alien')),
      ),
    ).toMatch(/items\[0\]\.annotations\.actors\[0\]\.kind/);
  });

  it('wrong version: older, newer, missing', () => {
    const data = JSON.parse(json) as Record<string, unknown>;
    expect(rejected(JSON.stringify({ ...data, version: 2 }))).toMatch(/newer Parley.*version 2/);
    expect(rejected(JSON.stringify({ ...data, version: 0 }))).toMatch(/unknown format version \(0\)/);
    expect(rejected(JSON.stringify({ ...data, version: undefined }))).toMatch(
      /unknown format version \(none\)/,
    );
  });

  it('hostile strings: overlong, markup, control characters, bad URLs, marks outside the text', () => {
    expect(rejected(withItem((i) => (i.title = 'x'.repeat(501))))).toMatch(
      /items\[0\]\.title is longer than 500/,
    );
    expect(rejected(withItem((i) => (i.title = '<img src=x onerror=alert(1)>')))).toMatch(
      /title contains HTML/,
    );
    expect(rejected(withItem((i) => (i.note = 'fine\n<script>steal()</script>')))).toMatch(
      /note contains HTML/,
    );
    expect(rejected(withItem((i) => (i.title = 'evil\u202etxt.exe')))).toMatch(/title contains control/);
    expect(rejected(withItem((i) => (i.url = 'javascript:alert(1)')))).toMatch(
      /url is not an http\(s\) address/,
    );
    expect(rejected(withItem((i) => (i.url = 'not a url')))).toMatch(/url is not an http\(s\) address/);
    expect(rejected(withItem((i) => (i.tags = Array.from({ length: 21 }, (_, n) => `t${n}`))))).toMatch(
      /tags/,
    );
    expect(
      rejected(
        withItem((i) => {
          const ann = i.annotations as { actors: Array<{ mentions: Array<{ start: number; end: number }> }> };
          ann.actors[0]!.mentions = [{ start: 0, end: 10_000_000 }];
        }),
      ),
    ).toMatch(/items\[0\]\.annotations\.actors\[0\]/);
    expect(
      rejected(
        withItem((i) => {
          const ann = i.annotations as { preconditions: Array<{ start: number; end: number }> };
          ann.preconditions[0]!.start = (i.text as string).length + 1;
          ann.preconditions[0]!.end = (i.text as string).length + 2;
        }, 1),
      ),
    ).toMatch(/items\[1\]\.annotations\.preconditions\[0\] marks text outside/);
  });

  it('a bad item anywhere refuses the whole file', () => {
    expect(rejected(withItem((i) => (i.title = 42), articles.length - 1))).toMatch(/items\[11\]\.title/);
  });

  it('ignores prototype keys instead of letting them through', () => {
    const raw = withItem((i) => Object.assign(i, JSON.parse('{"__proto__": {"polluted": true}}')));
    const r = parseImport(raw, bytes(raw));
    expect(r.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('Markdown export', () => {
  const hostile: SavedArticle = {
    ...articles[0]!,
    title: 'Deal [click](javascript:alert(1)) *now*',
    note: '# not a heading',
    text: 'Head\n\n<b>bold</b> and [x](y) | pipes\n\n- not a list',
  };

  it('one file: a heading with a link per article, separated by rules', () => {
    const md = exportMarkdown(articles.slice(0, 3));
    expect(md.startsWith('# Parley reading list\n')).toBe(true);
    expect(md.match(/^## \[/gm)).toHaveLength(3);
    expect(md.match(/^---$/gm)).toHaveLength(3);
    expect(md).toContain(`(<${articles[0]!.url}>)`);
  });

  it('escapes page text so it cannot become links, HTML or structure', () => {
    const md = exportMarkdown([hostile]);
    expect(md).not.toMatch(/[^\\]\[click\]/);
    expect(md).toContain('\\<b\\>bold\\</b\\>');
    expect(md).toContain('\\- not a list');
    expect(md).toContain('> \\# not a heading');
    expect(escapeMarkdown('1. a\n2) b')).toBe('1\\. a\n2\\) b');
  });

  it('notes: one per article with YAML front matter and unique safe file names', () => {
    const twin = { ...articles[0]!, url: 'https://example.org/twin' };
    const notes = exportNotes([articles[0]!, twin, hostile]);
    expect(notes).toHaveLength(3);
    expect(new Set(notes.map((n) => n.filename.toLowerCase())).size).toBe(3);
    for (const n of notes) expect(n.filename).toMatch(/^\d{4}-\d{2}-\d{2}-[\p{L}\p{N}-]+\.md$/u);
    const note = notes[0]!.content;
    expect(note.startsWith('---\ntitle: "')).toBe(true);
    expect(note).toMatch(/^url: "https:\/\//m);
    expect(note).toMatch(/^actors: \[".+"\]$/m);
    const front = /^---\n([\s\S]*?)\n---\n/.exec(notes[2]!.content)![1]!;
    expect(front).toContain('title: "Deal [click](javascript:alert(1)) *now*"');
    const bundle = JSON.parse(exportNotesJson(articles.slice(0, 2))) as { format: string; notes: unknown[] };
    expect(bundle.format).toBe(NOTES_FORMAT);
    expect(bundle.notes).toHaveLength(2);
  });
});

/** A small RFC 4180 reader, to check the export from the reading side. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && s[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('CSV export', () => {
  it('one quoted row per article with CRLF ends, readable back by an RFC 4180 parser', () => {
    const tricky = { ...articles[0]!, title: 'He said "no", then\r\nleft', note: 'a,b' };
    const csv = exportCsv([tricky, articles[1]!]);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows[1]![1]).toBe('He said "no", then\r\nleft');
    expect(rows[1]![10]).toBe('a,b');
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
  });

  it('defuses formula cells', () => {
    for (const f of ['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tx']) {
      expect(csvCell(f)).toBe(`"'${f.replace(/"/g, '""')}"`);
    }
    expect(csvCell('plain')).toBe('"plain"');
    const rows = parseCsv(exportCsv([{ ...articles[0]!, title: '=cmd|/c calc' }]));
    expect(rows[1]![1]).toBe("'=cmd|/c calc");
  });
});
