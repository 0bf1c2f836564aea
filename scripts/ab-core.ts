/**
 * `npx tsx scripts/ab-core.ts [<git ref>] [rounds]`: the analyzer (src/core) of the working tree
 * against the one at <ref> (default `main`), side by side, with an identical copy of <ref> as the
 * control (what "no change" measures on this host at this moment).
 *
 * How (README "Throughput pass" sections): each analyzer is an esbuild bundle, as the bench ships
 * it, in a worker thread of its own (its own isolate: two copies in one isolate share hidden
 * classes and inline caches, and slow each other down); after 3,000 warm-up calls and one
 * discarded pass, each round times one pass of every worker over the Reuters dev stories repeated
 * to ~2.5 MB, in alternating order, by the worker's own thread cpu time
 * (`/proc/thread-self/schedstat`, ns; not the compiler's or the garbage collector's helper
 * threads). Prints per analyzer the median pass, MB/s, and the median and quartiles of the
 * per-round ratios ref/x (> 1: x is faster). A change is real only when it wins by more than the
 * control's spread. Linux only (schedstat); needs ../shared/corpus.
 *
 * A session's own start is not enough of a reference: twelve sessions each "within noise" of their
 * start cost ~1.6x together (src/core/README.md, twenty-first pass). Measure against the pinned
 * reference too: `npx tsx scripts/ab-core.ts 6624259 30` (0.63x at d48a8a8).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { bundleForNode } from './bundle-node';

const ROOT = resolve(import.meta.dirname, '..');
const DEV = resolve(ROOT, '../shared/corpus/reuters/dev.jsonl');
const ref = process.argv[2] ?? 'main';
const rounds = Number(process.argv[3] ?? 16);

/** The worker: loads one bundle, warms it up, then times a pass per message. */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const cpu = () => Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
(async () => {
  const { analyze } = await import(workerData.bundle);
  const batch = JSON.parse(readFileSync(workerData.batch, 'utf8'));
  let sink = 0;
  for (let i = 0; i < 3000; i++) sink += analyze({ text: batch[i % batch.length], published: '2019-07-10' }).actors.length;
  parentPort.on('message', () => {
    const c0 = cpu();
    for (const s of batch) sink += analyze({ text: s, published: '2019-07-10' }).actors.length;
    parentPort.postMessage(cpu() - c0 + (sink < 0 ? 1 : 0));
  });
  parentPort.postMessage(-1);
})();
`;

if (!existsSync(DEV)) {
  console.log('ab-core: ../shared/corpus absent; nothing to measure');
  process.exit(0);
}
if (!existsSync('/proc/thread-self/schedstat')) {
  console.log('ab-core: needs /proc/thread-self/schedstat (Linux)');
  process.exit(0);
}

const tmp = mkdtempSync(join(tmpdir(), 'parley-ab-'));
try {
  const stories = readFileSync(DEV, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { title: string; body: string })
    .map((r) => `${r.title}\n${r.body}`);
  const batch: string[] = [];
  let bytes = 0;
  while (bytes < 2.5e6) {
    for (const s of stories) {
      batch.push(s);
      bytes += Buffer.byteLength(s);
    }
  }
  const batchFile = join(tmp, 'batch.json');
  writeFileSync(batchFile, JSON.stringify(batch));
  const bundle = (dir: string, name: string): string => {
    const outfile = join(tmp, `${name}.mjs`);
    bundleForNode(join(dir, 'src/core/index.ts'), outfile);
    return outfile;
  };
  const refDir = join(tmp, 'ref');
  execFileSync(
    'sh',
    ['-c', `mkdir -p "${refDir}" && git archive "${ref}" src/core | tar -x -C "${refDir}"`],
    {
      cwd: ROOT,
    },
  );
  const refBundle = bundle(refDir, 'ref');
  const control = join(tmp, 'control.mjs');
  copyFileSync(refBundle, control);
  const specs: [string, string][] = [
    [ref, refBundle],
    ['tree', bundle(ROOT, 'tree')],
    ['control', control],
  ];
  interface Runner {
    name: string;
    worker: Worker;
    ms: number[];
  }
  const runners: Runner[] = [];
  for (const [name, file] of specs) {
    const worker = new Worker(WORKER, { eval: true, workerData: { bundle: file, batch: batchFile } });
    await new Promise((r) => worker.once('message', r));
    runners.push({ name, worker, ms: [] });
  }
  const pass = (r: Runner): Promise<void> =>
    new Promise((done) => {
      r.worker.once('message', (ms: number) => {
        r.ms.push(ms);
        done();
      });
      r.worker.postMessage(0);
    });
  for (const r of runners) await pass(r);
  for (const r of runners) r.ms.length = 0; // the discarded pass
  for (let i = 0; i < rounds; i++) for (const r of i % 2 ? [...runners].reverse() : runners) await pass(r);
  const q = (xs: number[], f: number): number => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.round(f * (s.length - 1))]!;
  };
  const base = runners[0]!;
  console.log(`${rounds} rounds, ${(bytes / 1e6).toFixed(1)} MB a pass, thread cpu`);
  for (const r of runners) {
    const ratios = r.ms.map((ms, i) => base.ms[i]! / ms);
    console.log(
      `${r.name.padEnd(10)} median ${q(r.ms, 0.5).toFixed(0)} ms (${(bytes / 1e6 / (q(r.ms, 0.5) / 1000)).toFixed(1)} MB/s); ` +
        `${ref}/x median ${q(ratios, 0.5).toFixed(3)}, quartiles ${q(ratios, 0.25).toFixed(3)}-${q(ratios, 0.75).toFixed(3)}`,
    );
  }
  for (const r of runners) await r.worker.terminate();
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
