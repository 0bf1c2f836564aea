import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { run, USAGE } from './run';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const VERSION = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;

/** Runs the CLI in-process with the given stdin; returns exit status and both streams. */
async function cli(argv: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(argv, {
    stdin: Readable.from([Buffer.from(stdin)]),
    out: (s) => (out += s),
    err: (s) => (err += s),
  });
  return { code, out, err };
}

const lines = (s: string) =>
  s
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);

const TEXT =
  'Steel talks resume\n\nThe European Union and the United States resumed talks on steel and aluminium tariffs on Monday, officials in Brussels said.\n';
const PAGE = `<!doctype html><html><head><title>Steel talks resume</title><link rel="canonical" href="https://wire.example/steel"></head>
<body><article><h1>Steel talks resume</h1><p>The European Union and the United States resumed talks on steel and aluminium tariffs on Monday, officials in Brussels said.</p></article></body></html>`;

const dir = mkdtempSync(join(tmpdir(), 'parley-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('parley (in-process)', () => {
  it('prints help and version, exit 0', async () => {
    expect(await cli(['--help'])).toEqual({ code: 0, out: USAGE, err: '' });
    expect(await cli(['analyze', '-h'])).toMatchObject({ code: 0, out: USAGE });
    expect(await cli(['--version'])).toEqual({ code: 0, out: `${VERSION}\n`, err: '' });
  });

  it('exits 2 with the usage on stderr for usage errors', async () => {
    for (const argv of [
      [],
      ['summarize'],
      ['analyze', '--frobnicate'],
      ['analyze', '--url'],
      ['analyze', '--url', 'not a url'],
    ]) {
      const r = await cli(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toContain('Usage: parley analyze');
    }
  });

  it('analyzes a page and a text file, one JSON object per line, in argument order', async () => {
    const r = await cli(['analyze', file('a.html', PAGE), file('b.txt', TEXT)]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const [page, text] = lines(r.out);
    expect(page).toMatchObject({
      url: 'https://wire.example/steel',
      title: 'Steel talks resume',
      published: null,
    });
    expect(text).toMatchObject({ url: null, title: 'Steel talks resume' });
    expect(page).not.toHaveProperty('id');
    // Offsets index the article's text: mentions quote it.
    for (const actor of (text?.['actors'] ?? []) as {
      mentions: { start: number; end: number; text: string }[];
    }[]) {
      for (const m of actor.mentions) expect(TEXT.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('reports binary and missing files on stderr, still analyzes the rest, exit 1', async () => {
    const bin = file('photo.html', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a, 0x0a, 0x00]));
    const empty = file('empty.txt', '');
    const r = await cli([
      'analyze',
      '--url',
      'https://u.example/x',
      bin,
      join(dir, 'missing.txt'),
      empty,
      file('c.txt', TEXT),
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('photo.html: binary data');
    expect(r.err).toContain('missing.txt: no such file');
    const out = lines(r.out);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ url: 'https://u.example/x', title: '', isArticle: false, actors: [] });
    expect(out[1]).toMatchObject({ url: 'https://u.example/x', title: 'Steel talks resume' });
  });

  it('reads stdin, as a page when it starts with markup', async () => {
    const text = await cli(['analyze'], TEXT);
    expect(lines(text.out)[0]).toMatchObject({ title: 'Steel talks resume', url: null });
    const page = await cli(['analyze', '-'], PAGE);
    expect(lines(page.out)[0]).toMatchObject({ url: 'https://wire.example/steel' });
  });

  it('indents with --pretty', async () => {
    const r = await cli(['analyze', '--pretty', file('d.txt', TEXT)]);
    expect(r.out.startsWith('{\n  "url": null,\n  "title": "Steel talks resume",')).toBe(true);
    expect(JSON.parse(r.out)).toMatchObject({ title: 'Steel talks resume' });
  });

  it('--jsonl: one result per line in order with its id; bad lines give {id, error}; exit 1', async () => {
    const input = [
      JSON.stringify({ id: 'one', text: TEXT }),
      '',
      'not json at all',
      JSON.stringify({ id: 'two', html: PAGE, url: 'https://given.example/' }),
      JSON.stringify({ id: 'three' }),
      JSON.stringify({ id: 4, text: '' }),
    ].join('\n');
    const r = await cli(['analyze', '--jsonl', '--url', 'https://default.example/'], input);
    expect(r.code).toBe(1);
    const out = lines(r.out);
    expect(out.map((o) => o['id'])).toEqual(['one', null, 'two', 'three', 4]);
    expect(out[0]).toMatchObject({ url: 'https://default.example/', title: 'Steel talks resume' });
    expect(out[1]).toEqual({ id: null, error: expect.stringMatching(/^invalid JSON/) });
    expect(out[2]).toMatchObject({ url: 'https://given.example/' });
    expect(out[3]).toEqual({ id: 'three', error: 'missing "html" or "text" string' });
    expect(out[4]).toMatchObject({ id: 4, isArticle: false });
    expect(Object.keys(out[0] ?? {}).slice(0, 3)).toEqual(['id', 'url', 'title']);
  });

  it('--events adds parties and dated status events; without it the output is unchanged', async () => {
    const story =
      'Steel tariff talks resume\n\nThe European Union and the United States resumed talks on steel and aluminium tariffs on Monday, officials in Brussels said. ' +
      'Brussels wants the tariffs lifted before any trade deal. The two sides agreed to meet again in Washington next week.\n';
    const plain = lines((await cli(['analyze', file('plain.txt', story)])).out)[0]!;
    expect(Object.keys(plain)).not.toContain('events');
    expect(Object.keys(plain)).not.toContain('parties');
    const jsonl = JSON.stringify({ id: 'e', text: story, published: '2025-06-11' });
    const r = await cli(['analyze', '--jsonl', '--events'], jsonl);
    expect(r.code).toBe(0);
    const out = lines(r.out)[0]!;
    expect(Object.keys(out).slice(-2)).toEqual(['parties', 'events']);
    expect(out['parties']).toEqual(expect.arrayContaining(['eu', 'us']));
    const events = out['events'] as Array<Record<string, unknown>>;
    expect(events.map((e) => `${e['status']}@${e['date']}`)).toEqual([
      'restarted@2025-06-09',
      'planned@2025-06-16',
    ]);
    expect(Object.keys(events[0]!)).toEqual(['status', 'date', 'text', 'start', 'end']);
    const e = events[0]!;
    expect(story.slice(e['start'] as number, e['end'] as number)).toBe(e['text']);
    // the same for a page
    const [headline, body] = story.split('\n\n') as [string, string];
    const html = `<html><head><title>${headline}</title><meta property="article:published_time" content="2025-06-11"></head><body><article><h1>${headline}</h1><p>${body}</p></article></body></html>`;
    const page = lines((await cli(['analyze', '--events', file('events.html', html)])).out)[0]!;
    expect((page['events'] as Array<{ status: string }>).map((x) => x.status)).toEqual([
      'restarted',
      'planned',
    ]);
  });

  it('--jsonl from files, exit 0 when every line is fine', async () => {
    const f = file(
      'batch.jsonl',
      `${JSON.stringify({ id: 1, text: TEXT })}\r\n${JSON.stringify({ id: 2, html: PAGE })}\r\n`,
    );
    const r = await cli(['analyze', '--jsonl', f]);
    expect(r.code).toBe(0);
    expect(lines(r.out).map((o) => o['id'])).toEqual([1, 2]);
    const missing = await cli(['analyze', '--jsonl', join(dir, 'nope.jsonl'), f]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('nope.jsonl: no such file');
    expect(lines(missing.out)).toHaveLength(2);
  });

  it('handles a 5 MB page', async () => {
    const para = '<p>Negotiators met again on Thursday to compare lists of tariff lines, officials said.</p>';
    const big = `<html><body><article><h1>Long</h1>${para.repeat(Math.ceil((5 << 20) / para.length))}</article></body></html>`;
    const r = await cli(['analyze', file('big.html', big)]);
    expect(r.code).toBe(0);
    expect(lines(r.out)[0]).toMatchObject({ title: 'Long' });
  }, 120_000);
});

/**
 * Spawns the real command from its TypeScript entry under tsx (not dist-cli/, which may be older
 * than the code under test; the bundle is exercised by `npx parley` after `npm run build`).
 */
function spawnCli(args: string[], input?: string): Promise<{ code: number; out: string; err: string }> {
  const argv = ['--import', 'tsx', join(REPO, 'src/cli/main.ts'), ...args];
  return new Promise((resolve) => {
    const child = execFile(process.execPath, argv, { cwd: REPO, encoding: 'utf8' }, (error, out, err) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, out, err });
    });
    child.stdin?.end(input ?? '');
  });
}

describe('parley (spawned process)', () => {
  it('exit codes and stdout of the real command', async () => {
    const ok = await spawnCli(['analyze', file('e.txt', TEXT), file('f.html', PAGE)]);
    expect(ok.err).toBe('');
    expect(ok.code).toBe(0);
    expect(lines(ok.out).map((o) => o['title'])).toEqual(['Steel talks resume', 'Steel talks resume']);

    const some = await spawnCli(['analyze', join(dir, 'absent.txt'), file('g.txt', TEXT)]);
    expect(some.code).toBe(1);
    expect(lines(some.out)).toHaveLength(1);

    const usage = await spawnCli(['analyse']);
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('Usage: parley analyze');

    const stdin = await spawnCli(
      ['analyze', '--jsonl'],
      `${JSON.stringify({ id: 'x', text: TEXT })}\n{oops\n`,
    );
    expect(stdin.code).toBe(1);
    expect(lines(stdin.out).map((o) => o['id'])).toEqual(['x', null]);

    const version = await spawnCli(['--version']);
    expect(version).toMatchObject({ code: 0, out: `${VERSION}\n` });
  }, 120_000);
});
