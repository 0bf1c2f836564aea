/**
 * `npm run eval`: measures the analyzer against ../shared/corpus (Reuters dev isTrade, the gold
 * set's actors and preconditions, Readability pages' isArticle), the blind Reuters held-out labels in
 * eval/reuters-heldout/ and eval/reuters-heldout2/ (each reported apart), and our own labelled modern articles in eval/articles/. Prints one table with the floors beside the figures.
 * Skips cleanly when the corpus is absent. `--verbose` lists every error per article.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../src/core/index';
import {
  add,
  prf,
  scoreArticle,
  scoreEvents,
  zero,
  type ArticleScore,
  type Counts,
  type GoldFile,
} from './eval-score';

const ROOT = resolve(import.meta.dirname, '..');
const CORPUS = resolve(ROOT, '../shared/corpus');
const OWN = join(ROOT, 'eval/articles');
const verbose = process.argv.includes('--verbose');

interface Row {
  name: string;
  value: string;
  floor: string;
  pass: boolean | null;
}
const rows: Row[] = [];
const pct = (x: number): string => x.toFixed(3);
const row = (name: string, value: string, floor?: number, got?: number): void => {
  rows.push({
    name,
    value,
    floor: floor === undefined ? '' : `>= ${floor.toFixed(2)}`,
    pass: floor === undefined || got === undefined ? null : got >= floor,
  });
};

type HtmlAnalyzer = (html: string, opts: { url?: string }) => unknown;

interface Story {
  id: number;
  title: string;
  body: string;
  is_trade: boolean;
  date: string;
}

/** "2-MAR-1987 15:46:40.19" -> ISO date. */
function reutersDate(d: string): string | null {
  const m = /^(\d{1,2})-([A-Z]{3})-(\d{4})/.exec(d.trim());
  if (!m) return null;
  const months = 'JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC';
  const mi = months.indexOf(m[2]!) / 3;
  if (mi < 0) return null;
  return `${m[3]}-${String(mi + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

interface GoldTotals {
  actors: Counts;
  demands: Counts;
  offers: Counts;
  rejects: Counts;
  negoRight: number;
  n: number;
}
const totals = (): GoldTotals => ({
  actors: zero(),
  demands: zero(),
  offers: zero(),
  rejects: zero(),
  negoRight: 0,
  n: 0,
});

function addScore(t: GoldTotals, s: ArticleScore, negoOk: boolean): void {
  add(t.actors, s.actors);
  add(t.demands, s.demands);
  add(t.offers, s.offers);
  add(t.rejects, s.rejects);
  t.n++;
  if (negoOk) t.negoRight++;
}

function reportSet(label: string, t: GoldTotals, floors: boolean): void {
  const a = prf(t.actors);
  const d = prf(t.demands);
  const o = prf(t.offers);
  const r = prf(t.rejects);
  row(
    `${label}: actors precision`,
    `${pct(a.p)} (${t.actors.tp}/${t.actors.tp + t.actors.fp})`,
    floors ? 0.9 : undefined,
    a.p,
  );
  row(
    `${label}: actors recall`,
    `${pct(a.r)} (${t.actors.tp}/${t.actors.tp + t.actors.fn})`,
    floors ? 0.9 : undefined,
    a.r,
  );
  row(
    `${label}: demand+condition (holder,issue) P/R/F1`,
    `${pct(d.p)} / ${pct(d.r)} / ${pct(d.f)}`,
    floors ? 0.75 : undefined,
    d.f,
  );
  row(`${label}: offer (holder,issue) P/R/F1`, `${pct(o.p)} / ${pct(o.r)} / ${pct(o.f)}`);
  row(`${label}: reject (holder,issue) P/R/F1`, `${pct(r.p)} / ${pct(r.r)} / ${pct(r.f)}`);
  const all = zero();
  add(all, t.demands);
  add(all, t.offers);
  add(all, t.rejects);
  const al = prf(all);
  row(`${label}: all stances (holder,issue) P/R/F1`, `${pct(al.p)} / ${pct(al.r)} / ${pct(al.f)}`);
  row(`${label}: isNegotiation accuracy`, `${pct(t.n ? t.negoRight / t.n : 1)} (${t.negoRight}/${t.n})`);
}

function scoreGoldDir(
  files: { gold: GoldFile; text: string; published: string | null }[],
  label: string,
  t: GoldTotals,
): void {
  for (const { gold, text, published } of files) {
    const res = analyze({ text, published });
    const s = scoreArticle(gold, res);
    addScore(t, s, res.isNegotiation === gold.is_negotiation_article);
    if (verbose) {
      console.log(`\n[${label}] ${gold.id} nego=${res.isNegotiation}/${gold.is_negotiation_article}`);
      if (s.falsePositives.length) console.log('  FP actors:', s.falsePositives.join('; '));
      if (s.missed.length) console.log('  missed   :', s.missed.join('; '));
      if (s.pairErrors.length) console.log('  pairs    :', s.pairErrors.join('; '));
      if (s.forbiddenHits.length) console.log('  FORBIDDEN:', s.forbiddenHits.join('; '));
    }
  }
}

/** Status events (the popup's timeline) against the own articles' labels: no floor in the issue. */
function reportEvents(
  label: string,
  files: { gold: GoldFile; text: string; published: string | null }[],
): void {
  const labelled = files.filter((f) => f.gold.events !== undefined);
  const c = zero();
  for (const { gold, text, published } of labelled) {
    const { counts, errors } = scoreEvents(gold, analyze({ text, published }).events);
    add(c, counts);
    if (verbose && errors.length) console.log(`[events] ${gold.id}: ${errors.join('; ')}`);
  }
  const m = prf(c);
  row(
    `${label} (n=${labelled.length}): status events (status, date) P/R/F1`,
    `${pct(m.p)} / ${pct(m.r)} / ${pct(m.f)} (${c.tp} of ${c.tp + c.fn}, ${c.fp} wrong)`,
  );
}

async function main(): Promise<void> {
  const haveCorpus = existsSync(CORPUS);
  if (!haveCorpus) console.log(`eval: ${CORPUS} not found; skipping the corpus rows.`);
  const pooled = totals();

  if (haveCorpus) {
    // Reuters dev: isTrade
    const stories: Story[] = readFileSync(join(CORPUS, 'reuters/dev.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Story);
    const c = zero();
    for (const s of stories) {
      const res = analyze({ text: `${s.title}\n${s.body}`, published: reutersDate(s.date) });
      if (res.isTrade && s.is_trade) c.tp++;
      else if (res.isTrade) {
        c.fp++;
        if (verbose) console.log(`isTrade FP ${s.id} ${s.title}`);
      } else if (s.is_trade) {
        c.fn++;
        if (verbose) console.log(`isTrade FN ${s.id} ${s.title}`);
      }
    }
    const m = prf(c);
    row(`Reuters dev isTrade P/R (n=${stories.length})`, `${pct(m.p)} / ${pct(m.r)}`);
    row('Reuters dev isTrade F1', pct(m.f), 0.9, m.f);

    // Gold
    const byId = new Map(stories.map((s) => [s.id, s]));
    const goldDir = join(CORPUS, 'gold');
    const golds = readdirSync(goldDir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as GoldFile & { source: { id: number } })
      .map((g) => {
        const s = byId.get(g.source.id)!;
        return { gold: g, text: `${s.title}\n${s.body}`, published: reutersDate(s.date) };
      });
    const t = totals();
    scoreGoldDir(golds, 'gold', t);
    reportSet(`gold (n=${t.n})`, t, true);
    for (const k of ['actors', 'demands', 'offers', 'rejects'] as const) add(pooled[k], t[k]);
    pooled.n += t.n;
    pooled.negoRight += t.negoRight;

    // Reuters held-out sets: other dev stories, labelled blind before the analyzer ran on them, so they
    // measure generalisation to the hidden set's distribution. Kept out of pooled. The labels hold
    // offsets, not text: the story is read from dev.jsonl here. eval/reuters-heldout2/ is a second
    // set, picked by subject whatever is_trade, kept away from those tuning on the first one's misses.
    for (const [dir, label] of [
      ['eval/reuters-heldout', 'reuters held-out'],
      ['eval/reuters-heldout2', 'reuters held-out 2'],
    ] as const) {
      const heldDir = join(ROOT, dir);
      if (!existsSync(heldDir)) continue;
      const held = readdirSync(heldDir)
        .filter((f) => f.endsWith('.json'))
        .map(
          (f) => JSON.parse(readFileSync(join(heldDir, f), 'utf8')) as GoldFile & { source: { id: number } },
        )
        .flatMap((g) => {
          const s = byId.get(g.source.id);
          return s ? [{ gold: g, text: `${s.title}\n${s.body}`, published: reutersDate(s.date) }] : [];
        });
      if (held.length) {
        const h = totals();
        scoreGoldDir(held, label, h);
        reportSet(`${label} (n=${h.n})`, h, false);
      }
    }
  }

  // Own modern articles
  if (existsSync(OWN)) {
    const files = readdirSync(OWN)
      .filter((f) => f.endsWith('.txt') && existsSync(join(OWN, f.replace(/\.txt$/, '.json'))))
      .map((f) => {
        const gold = JSON.parse(readFileSync(join(OWN, f.replace(/\.txt$/, '.json')), 'utf8')) as GoldFile;
        return { gold, text: readFileSync(join(OWN, f), 'utf8'), published: gold.published ?? null };
      });
    // Held-out articles are reported apart and kept out of the dev figures: each set was labelled
    // before the analyzer ever ran on it, so it measures generalisation. 'parley-heldout2' was written
    // after the fixes the first one prompted, 'parley-heldout3' (events included) after both.
    // 'parley-wire-a' to '-z', '-aa' to '-az' are 1987-style wire stories written in our own words (the hidden
    // evaluation's distribution): fifty-two sets (AW the wire's short items, AX its long analyses), so
    // that fixes made from one's misses are measured on the others. 'parley-heldout4' to '-6' are
    // later blind sets of modern articles, written after all of them; 'parley-dev2' is a set of
    // modern development articles in live-blog, explainer, Q&A and analysis formats, labelled blind
    // to the analyzer and then read (reported apart so the own modern floor row stays comparable).
    const setOf = (g: GoldFile): string => (g as GoldFile & { source?: { set?: string } }).source?.set ?? '';
    const heldSets = [
      ['parley-heldout', 'held-out'],
      ['parley-heldout2', 'held-out 2'],
      ['parley-heldout3', 'held-out 3'],
      ['parley-wire-a', 'wire held-out A'],
      ['parley-wire-b', 'wire held-out B'],
      ['parley-wire-c', 'wire held-out C'],
      ['parley-wire-d', 'wire held-out D'],
      ['parley-wire-e', 'wire held-out E'],
      ['parley-wire-f', 'wire held-out F'],
      ['parley-wire-g', 'wire held-out G'],
      ['parley-wire-h', 'wire held-out H'],
      ['parley-wire-i', 'wire held-out I'],
      ['parley-wire-j', 'wire held-out J'],
      ['parley-wire-k', 'wire held-out K'],
      ['parley-wire-l', 'wire held-out L'],
      ['parley-wire-m', 'wire held-out M'],
      ['parley-wire-n', 'wire held-out N'],
      ['parley-wire-o', 'wire held-out O'],
      ['parley-wire-p', 'wire held-out P'],
      ['parley-wire-q', 'wire held-out Q'],
      ['parley-wire-r', 'wire held-out R'],
      ['parley-wire-s', 'wire held-out S'],
      ['parley-wire-t', 'wire held-out T'],
      ['parley-wire-u', 'wire held-out U'],
      ['parley-wire-v', 'wire held-out V'],
      ['parley-wire-w', 'wire held-out W'],
      ['parley-wire-x', 'wire held-out X'],
      ['parley-wire-y', 'wire held-out Y'],
      ['parley-wire-z', 'wire held-out Z'],
      ['parley-wire-aa', 'wire held-out AA'],
      ['parley-wire-ab', 'wire held-out AB'],
      ['parley-wire-ac', 'wire held-out AC'],
      ['parley-wire-ad', 'wire held-out AD'],
      ['parley-wire-ae', 'wire held-out AE'],
      ['parley-wire-af', 'wire held-out AF'],
      ['parley-wire-ag', 'wire held-out AG'],
      ['parley-wire-ah', 'wire held-out AH'],
      ['parley-wire-ai', 'wire held-out AI'],
      ['parley-wire-aj', 'wire held-out AJ'],
      ['parley-wire-ak', 'wire held-out AK'],
      ['parley-wire-al', 'wire held-out AL'],
      ['parley-wire-am', 'wire held-out AM'],
      ['parley-wire-an', 'wire held-out AN'],
      ['parley-wire-ao', 'wire held-out AO'],
      ['parley-wire-ap', 'wire held-out AP'],
      ['parley-wire-aq', 'wire held-out AQ'],
      ['parley-wire-ar', 'wire held-out AR'],
      ['parley-wire-as', 'wire held-out AS'],
      ['parley-wire-at', 'wire held-out AT'],
      ['parley-wire-au', 'wire held-out AU'],
      ['parley-wire-av', 'wire held-out AV'],
      ['parley-wire-aw', 'wire held-out AW'],
      ['parley-wire-ax', 'wire held-out AX'],
      ['parley-wire-ay', 'wire held-out AY'],
      ['parley-heldout4', 'held-out 4'],
      ['parley-wire-az', 'wire held-out AZ'],
      ['parley-heldout5', 'held-out 5'],
      ['parley-dev2', 'dev set 2'],
      ['parley-wire-ba', 'wire held-out BA'],
      ['parley-heldout6', 'held-out 6'],
      ['parley-wire-bb', 'wire held-out BB'],
      ['parley-heldout7', 'held-out 7'],
      ['parley-wire-bc', 'wire held-out BC'],
      ['parley-heldout8', 'held-out 8'],
      ['parley-heldout9', 'held-out 9'],
      ['parley-heldout10', 'held-out 10'],
      ['parley-heldout11', 'held-out 11'],
      ['parley-heldout12', 'held-out 12'],
      ['parley-heldout13', 'held-out 13'],
      ['parley-heldout14', 'held-out 14'],
      ['parley-heldout15', 'held-out 15'],
      ['parley-heldout16', 'held-out 16'],
      ['parley-heldout17', 'held-out 17'],
      ['parley-heldout18', 'held-out 18'],
      ['parley-heldout19', 'held-out 19'],
      ['parley-heldout20', 'held-out 20'],
      ['parley-heldout21', 'held-out 21'],
      ['parley-heldout22', 'held-out 22'],
      ['parley-heldout23', 'held-out 23'],
      ['parley-heldout24', 'held-out 24'],
      ['parley-heldout25', 'held-out 25'],
      ['parley-heldout26', 'held-out 26'],
    ] as const;
    const heldSet = new Set<string>(heldSets.map(([set]) => set));
    const inSet = (set: string): typeof files => files.filter((f) => setOf(f.gold) === set);
    const held = inSet('parley-heldout');
    const held2 = inSet('parley-heldout2');
    const held3 = inSet('parley-heldout3');
    const dev = files.filter((f) => !heldSet.has(setOf(f.gold)));
    if (dev.length) {
      const t = totals();
      scoreGoldDir(dev, 'own', t);
      reportSet(`own modern (n=${t.n})`, t, true);
      reportEvents('own modern', dev);
      for (const k of ['actors', 'demands', 'offers', 'rejects'] as const) add(pooled[k], t[k]);
      pooled.n += t.n;
      pooled.negoRight += t.negoRight;
      if (haveCorpus) reportSet(`pooled (n=${pooled.n})`, pooled, true);
    } else row('own modern articles', 'none labelled yet');
    for (const [set, label] of heldSets) {
      const inThis = inSet(set);
      if (!inThis.length) continue;
      const h = totals();
      scoreGoldDir(inThis, label, h);
      reportSet(`${label} (n=${h.n})`, h, false);
    }
    // events of both held-out sets were labelled at one time, blind to the event detector's output
    if (held.length + held2.length) reportEvents('held-out 1+2', [...held, ...held2]);
    if (held3.length) reportEvents('held-out 3', held3);
    // the wire sets' (and held-out 4's) events were labelled with their stories, blind to the event detector
    for (const [set, label] of heldSets.slice(3)) {
      const inThis = inSet(set);
      if (inThis.length) reportEvents(label, inThis);
    }
  } else row('own modern articles', 'eval/articles absent');

  // Readability pages: isArticle vs readerable, isNegotiation false on all
  if (haveCorpus) {
    const cli = join(ROOT, 'src/cli/analyze-file.ts');
    let analyzeHtml: HtmlAnalyzer | null = null;
    if (existsSync(cli)) {
      try {
        const mod = (await import(cli)) as { analyzeHtml?: HtmlAnalyzer };
        analyzeHtml = mod.analyzeHtml ?? null;
      } catch (e) {
        console.log(`pages: could not load analyze-file.ts (${(e as Error).message})`);
      }
    }
    if (!analyzeHtml) row('pages', 'pending');
    else {
      const dir = join(CORPUS, 'pages');
      const run = analyzeHtml;
      let agree = 0;
      let n = 0;
      let negoFalse = 0;
      for (const name of readdirSync(dir)) {
        const src = join(dir, name, 'source.html');
        const meta = join(dir, name, 'expected-metadata.json');
        if (!existsSync(src) || !existsSync(meta)) continue;
        const expected =
          (JSON.parse(readFileSync(meta, 'utf8')) as { readerable?: boolean }).readerable ?? false;
        const res = (await run(readFileSync(src, 'utf8'), {})) as {
          isArticle: boolean;
          isNegotiation: boolean;
        };
        n++;
        if (res.isArticle === expected) agree++;
        else if (verbose)
          console.log(`pages isArticle mismatch ${name}: got ${res.isArticle}, readerable ${expected}`);
        if (!res.isNegotiation) negoFalse++;
        else if (verbose) console.log(`pages isNegotiation TRUE on ${name}`);
      }
      row(
        `pages isArticle agreement with readerable (n=${n})`,
        `${pct(agree / n)} (${agree}/${n})`,
        0.9,
        agree / n,
      );
      rows.push({
        name: 'pages isNegotiation false on all',
        value: `${negoFalse}/${n}`,
        floor: `= ${n}`,
        pass: negoFalse === n,
      });
    }
  }

  const w0 = Math.max(...rows.map((r) => r.name.length));
  const w1 = Math.max(...rows.map((r) => r.value.length));
  console.log('\n' + 'metric'.padEnd(w0) + '  ' + 'value'.padEnd(w1) + '  floor     result');
  console.log('-'.repeat(w0 + w1 + 20));
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(w0)}  ${r.value.padEnd(w1)}  ${r.floor.padEnd(8)}  ${r.pass === null ? '' : r.pass ? 'PASS' : 'FAIL'}`,
    );
  }
}

await main();
