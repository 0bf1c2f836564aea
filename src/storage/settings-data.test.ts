import { describe, expect, it } from 'vitest';
import { generateHistory } from '../core/history/generate';
import { generateArticles } from '../reading-list/generate';
import { buildDataFile, DATA_FORMAT, MAX_DATA_BYTES, parseDataFile } from './settings-data';
import { defaultSettings } from './settings-schema';

const settings = { ...defaultSettings(), scheme: 'colour-blind' as const, disabledSites: ['reuters.com'] };
const history = generateHistory({ articles: 30, seed: 7 });
const articles = generateArticles(5);
const NOW = Date.UTC(2026, 10, 28);
const file = buildDataFile(settings, history, articles, NOW);

function refused(raw: string, bytes = raw.length): string {
  const r = parseDataFile(raw, bytes);
  if (r.ok) throw new Error('expected the file to be refused');
  expect(r.error).toMatch(/Nothing was changed\.$/);
  return r.error;
}

const edit = (fn: (f: Record<string, unknown>) => void): string => {
  const f = JSON.parse(file) as Record<string, unknown>;
  fn(f);
  return JSON.stringify(f);
};

describe('data file', () => {
  it('round-trips settings, history and reading list', () => {
    const r = parseDataFile(file, file.length);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.settings).toEqual(settings);
    const byUrl = (a: { url: string }, b: { url: string }) => (a.url < b.url ? -1 : 1);
    expect([...r.data.history].sort(byUrl)).toEqual([...history].sort(byUrl));
    expect(r.data.readingList).toEqual(articles);
    expect(JSON.parse(file)).toMatchObject({
      format: DATA_FORMAT,
      version: 1,
      exportedAt: '2026-11-28T00:00:00.000Z',
    });
  });

  it('refuses what is not a whole, valid Parley data file, saying why', () => {
    expect(refused('')).toMatch(/empty/);
    expect(refused(file.slice(0, file.length / 2))).toMatch(/not valid JSON/);
    expect(refused('[]')).toMatch(/not a Parley data export/);
    expect(refused('{"format":"parley-reading-list","version":1,"items":[]}')).toMatch(/reading-list export/);
    expect(refused(edit((f) => (f.version = 2)))).toMatch(/newer Parley/);
    expect(refused(edit((f) => (f.settings = { ...settings, scheme: 'neon' })))).toMatch(/settings\.scheme/);
    expect(
      refused(edit((f) => ((f.history as Array<Record<string, unknown>>)[3]!.title = 'x'.repeat(301)))),
    ).toMatch(/history\[3\]\.title is longer than 300 characters/);
    expect(
      refused(edit((f) => ((f.history as Array<Record<string, unknown>>)[0]!.url = 'javascript:alert(1)'))),
    ).toMatch(/history\[0\]\.url is not an http\(s\) address/);
    expect(
      refused(
        edit((f) => {
          const list = f.readingList as { items: Array<Record<string, unknown>> };
          list.items[1]!.title = '<img src=x onerror=alert(1)>';
        }),
      ),
    ).toMatch(/reading list is not valid: .*items\[1\]\.title contains HTML markup/);
    expect(refused('{}', MAX_DATA_BYTES + 1)).toMatch(/up to 160 MB/);
  });

  it('recomputes derived history fields instead of trusting them', () => {
    const r = parseDataFile(
      edit((f) => {
        const d = (f.history as Array<Record<string, unknown>>)[0]!;
        d.thread = 'made/up';
        d.site = 'evil.example';
        d.actorIds = ['nobody'];
      }),
      file.length,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const d = r.data.history.find((x) => x.url === history[0]!.url)!;
    expect(d).toEqual(history[0]);
  });
});
