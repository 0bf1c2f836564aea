/**
 * `npx tsx scripts/check-identical.ts [<git ref>]`: is the working tree's analyzer (src/core) output
 * byte-identical to the one at <ref> (default `main`)? For throughput work, where any difference in
 * output is a bug.
 *
 * Both analyzers are bundled by esbuild (the ref's src/core taken with `git archive`, so no
 * worktree is touched) and run in this process over: every Reuters dev story as `title\nbody` with
 * no date, with its date as ISO and as the corpus spells it, and in the blank-line form; every
 * `eval/**.txt` with and without its label's `published`; the seed article; each corpus page's
 * HTML and its Readability text; 500 random splices of that text (some upper-, lower- or
 * case-mangled, some with typographic apostrophes and accents); 300 word salads in random cases;
 * the bench's four hostile shapes at 50 KB. Each input twice, so that state kept between calls
 * (the word index, memos) is exercised too. Compares `JSON.stringify` of the full Analysis and
 * prints the first differences. Inputs from ../shared are skipped when it is absent. Exits 1 on a
 * difference.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleForNode } from './bundle-node';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { Analysis, AnalyzeInput } from '../src/core/types';

const ROOT = resolve(import.meta.dirname, '..');
const SHARED = resolve(ROOT, '../shared');
const ref = process.argv[2] ?? 'main';
type Analyze = (input: AnalyzeInput) => Analysis;

/** An esbuild bundle of `<dir>/src/core/index.ts`, imported. */
async function load(dir: string, out: string): Promise<Analyze> {
  const outfile = join(out, `core-${Math.random().toString(36).slice(2)}.mjs`);
  bundleForNode(join(dir, 'src/core/index.ts'), outfile);
  return ((await import(pathToFileURL(outfile).href)) as { analyze: Analyze }).analyze;
}

/** Deterministic random numbers (the same inputs every run). */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 4294967296;
  };
}

const MONTHS: Record<string, number> = {
  JAN: 1,
  FEB: 2,
  MAR: 3,
  APR: 4,
  MAY: 5,
  JUN: 6,
  JUL: 7,
  AUG: 8,
  SEP: 9,
  OCT: 10,
  NOV: 11,
  DEC: 12,
};
/** "2-MAR-1987 15:46:40.19" -> "1987-03-02". */
function isoOf(d: string | undefined): string | undefined {
  const m = /^(\d+)-([A-Z]+)-(\d+)/.exec(d ?? '');
  if (!m || !MONTHS[m[2]!]) return undefined;
  return `${m[3]}-${String(MONTHS[m[2]!]).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

function inputs(): AnalyzeInput[] {
  const out: AnalyzeInput[] = [];
  const pool: string[] = [];
  const dev = join(SHARED, 'corpus/reuters/dev.jsonl');
  if (existsSync(dev)) {
    for (const line of readFileSync(dev, 'utf8').split('\n')) {
      if (!line) continue;
      const r = JSON.parse(line) as { title: string; body: string; date?: string };
      const wire = `${r.title}\n${r.body}`;
      pool.push(wire);
      out.push({ text: wire }, { text: wire, published: isoOf(r.date) ?? null });
      out.push({ text: `${r.title}\n\n${r.body}`, published: r.date ?? null });
    }
  }
  const walk = (dir: string): void => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (f.endsWith('.txt')) {
        const label = p.replace(/\.txt$/, '.json');
        const published = existsSync(label)
          ? ((JSON.parse(readFileSync(label, 'utf8')) as { published?: string }).published ?? null)
          : null;
        const text = readFileSync(p, 'utf8');
        pool.push(text);
        out.push({ text, published }, { text });
      }
    }
  };
  if (existsSync(join(ROOT, 'eval'))) walk(join(ROOT, 'eval'));
  const seed = join(SHARED, 'seed-article.txt');
  if (existsSync(seed)) {
    const text = readFileSync(seed, 'utf8');
    out.push({ text, published: '2019-07-10' }, { text });
  }
  const pages = join(SHARED, 'corpus/pages');
  if (existsSync(pages)) {
    for (const name of readdirSync(pages)) {
      const f = join(pages, name, 'source.html');
      if (!existsSync(f)) continue;
      const html = readFileSync(f, 'utf8');
      out.push({ text: html.slice(0, 200_000) });
      const { document } = parseHTML(html);
      const art = new Readability(document as unknown as Document).parse();
      if (!art) continue;
      const text = `${art.title ?? ''}\n\n${art.textContent ?? ''}`;
      pool.push(text);
      out.push({ text, published: '2020-01-15', articleHint: true }, { text });
    }
  }
  const rnd = prng(12345);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  if (pool.length > 0) {
    const piece = (): string => {
      const t = pick(pool);
      const a = Math.floor(rnd() * t.length);
      return t.slice(a, a + 50 + Math.floor(rnd() * 900));
    };
    for (let i = 0; i < 500; i++) {
      let t = '';
      const k = 1 + Math.floor(rnd() * 5);
      for (let j = 0; j < k; j++) t += piece() + (rnd() < 0.3 ? '\n\n' : rnd() < 0.5 ? ' ' : '');
      const m = rnd();
      if (m < 0.15) t = t.toUpperCase();
      else if (m < 0.3) t = t.toLowerCase();
      else if (m < 0.5)
        t = t.replace(/[A-Za-z]+/g, (w) => {
          const r = rnd();
          if (r < 0.2) return w.toUpperCase();
          if (r < 0.4) return w.toLowerCase();
          return r < 0.5 ? w[0]!.toUpperCase() + w.slice(1).toLowerCase() : w;
        });
      else if (m < 0.55) t = t.replace(/'/g, '\u2019').replace(/e/g, '\u00e9');
      out.push({ text: t, published: rnd() < 0.5 ? '2019-07-10' : null });
    }
    const words = pool.join(' ').split(/\s+/).filter(Boolean);
    for (let i = 0; i < 300; i++) {
      const n = 20 + Math.floor(rnd() * 300);
      const ws: string[] = [];
      for (let j = 0; j < n; j++) {
        let w = pick(words);
        const r = rnd();
        if (r < 0.2) w = w.toUpperCase();
        else if (r < 0.4) w = w.toLowerCase();
        else if (r < 0.55) w = w[0]!.toUpperCase() + w.slice(1);
        ws.push(w);
        if (rnd() < 0.08) ws.push('.');
      }
      out.push({ text: ws.join(' '), published: '2023-03-05' });
    }
  }
  // the bench's hostile shapes (scripts/bench.ts), 50 KB each
  const N = 50 * 1024;
  for (const unit of [
    'tariffs and quotas on steel, said the minister of trade; ',
    'Alpha Beta Gamma Delta Epsilon Zeta Theta Kappa ',
    'China insists demands must require refuse unless willing to tariffs ',
    'U.S. A. B. C. Mr. Dr. Jan. U.K. E.U. ',
  ])
    out.push({ text: unit.repeat(Math.ceil(N / unit.length)).slice(0, N) });
  out.push({ text: '' }, { text: 'x' }, { text: '\n\n\n' });
  return out;
}

const tmp = mkdtempSync(join(tmpdir(), 'parley-identical-'));
try {
  const refDir = join(tmp, 'ref');
  execFileSync(
    'sh',
    ['-c', `mkdir -p "${refDir}" && git archive "${ref}" src/core | tar -x -C "${refDir}"`],
    {
      cwd: ROOT,
    },
  );
  const before = await load(refDir, tmp);
  const after = await load(ROOT, tmp);
  const all = inputs();
  let diffs = 0;
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < all.length; i++) {
      const a = JSON.stringify(before(all[i]!));
      const b = JSON.stringify(after(all[i]!));
      if (a === b) continue;
      if (diffs++ < 3) {
        let k = 0;
        while (a[k] === b[k]) k++;
        console.log(`DIFF input ${i}: ${JSON.stringify(all[i]!.text.slice(0, 80))}`);
        console.log(`  ${ref}: ...${a.slice(Math.max(0, k - 120), k + 120)}`);
        console.log(`  tree: ...${b.slice(Math.max(0, k - 120), k + 120)}`);
      }
    }
  }
  console.log(
    diffs === 0
      ? `identical to ${ref} over ${all.length} inputs, each twice`
      : `${diffs} differences from ${ref} (${all.length} inputs, each twice)`,
  );
  if (diffs > 0) process.exitCode = 1;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
