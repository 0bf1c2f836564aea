/**
 * The issue-model experiment (src/core/issue-model.ts): does an issue chosen from the whole sentence
 * carry over to stories nobody tuned on?
 *
 *   npx tsx scripts/issue-model.ts [--table] [--policy=<name>] [--core=<dir>]
 *
 * prints, for two feature sets and each combination policy, the sum of the pair-F1 changes over the
 * groups (`--table`: each group's D+C / offer / reject F1 before -> after), then the model's plain
 * accuracy per held-out group against the rules'. Needs ../shared/corpus. The result (negative: the
 * analyzer ships without the model) is in src/core/README.md, "Wire held-out sets".
 *
 * `--core=<dir>` runs it against another copy of src/core, e.g. the rules as they were while wire A
 * and B were still blind: `git archive c6e0c1a src/core | tar -x -C build-x`, copy
 * src/core/issue-model.ts in, and add this tree's `setIssueModel` hook to its preconditions.ts.
 *
 * Training data: every labelled precondition of nine groups (Reuters gold, the two Reuters held-out
 * sets, eval/articles' own, held-out 1-3, wire A and B), as the words of the sentence(s) holding its
 * quote or evidence (the quote's own words counted twice), with its issue and stance. The wire C and
 * D sets are the final blind test: their files are never opened here (skipped by file name).
 *
 * Each group in turn is scored by scripts/eval-score.ts with a model trained on the other eight
 * plugged into the analyzer (setIssueModel), against the same group with the rules alone.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as thisCore from '../src/core/index';
import * as thisPre from '../src/core/preconditions';
import * as thisActors from '../src/core/actors';
import * as thisLex from '../src/core/lexicon/compile';
import * as thisTok from '../src/core/tokenize';
import * as thisModel from '../src/core/issue-model';
import type { IssueExample, IssueModelData, IssuePolicy } from '../src/core/issue-model';
import { ISSUES, type Issue, type Stance } from '../src/core/types';
import {
  add,
  prf,
  scoreArticle,
  zero,
  type Counts,
  type GoldFile,
  type GoldPrecondition,
} from './eval-score';

const ROOT = resolve(import.meta.dirname, '..');
const CORPUS = resolve(ROOT, '../shared/corpus');
const OWN = join(ROOT, 'eval/articles');

/**
 * `--core=<dir>`: run the experiment on another copy of src/core (an older commit's rules with the
 * same hook patched in, e.g. the rules as they were while wire A and B were still blind).
 */
const coreArg = process.argv.find((a) => a.startsWith('--core='))?.slice(7);
const load = async <T>(own: T, rel: string): Promise<T> =>
  coreArg ? ((await import(resolve(coreArg, rel))) as T) : own;
const { analyze } = await load(thisCore, 'index.ts');
const { setIssueModel } = await load(thisPre, 'preconditions.ts');
const { recognizeActors } = await load(thisActors, 'actors.ts');
const { getLexicon } = await load(thisLex, 'lexicon/compile.ts');
const { splitSentences, tokenize } = await load(thisTok, 'tokenize.ts');
const { addIssueFeatures, storyIssueOf, scoreWords, sentenceWords, trainIssueModel } = await load(
  thisModel,
  'issue-model.ts',
);

/** A labelled precondition as the held-out Reuters sets give it: evidence offsets, no quote. */
type Labelled = GoldPrecondition & { evidence?: [number, number] };
interface Story {
  group: string;
  id: string;
  text: string;
  published: string | null;
  gold: GoldFile & { preconditions: Labelled[] };
}

/** "2-MAR-1987 15:46:40.19" -> ISO date (as scripts/eval.ts reads the Reuters dates). */
function reutersDate(d: string): string | null {
  const m = /^(\d{1,2})-([A-Z]{3})-(\d{4})/.exec(d.trim());
  if (!m) return null;
  const mi = 'JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC'.indexOf(m[2]!) / 3;
  if (mi < 0) return null;
  return `${m[3]}-${String(mi + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

const GROUPS = [
  'gold',
  'reuters held-out',
  'reuters held-out 2',
  'own',
  'held-out',
  'held-out 2',
  'held-out 3',
  'wire A',
  'wire B',
] as const;
const ARTICLE_SETS: Record<string, string> = {
  'parley-own': 'own',
  'parley-heldout': 'held-out',
  'parley-heldout2': 'held-out 2',
  'parley-heldout3': 'held-out 3',
  'parley-wire-a': 'wire A',
  'parley-wire-b': 'wire B',
};

function loadStories(): Story[] {
  const out: Story[] = [];
  const read = <T>(p: string): T => JSON.parse(readFileSync(p, 'utf8')) as T;
  const dev = new Map(
    readFileSync(join(CORPUS, 'reuters/dev.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { id: number; title: string; body: string; date: string })
      .map((s) => [s.id, s]),
  );
  for (const [dir, group] of [
    [join(CORPUS, 'gold'), 'gold'],
    [join(ROOT, 'eval/reuters-heldout'), 'reuters held-out'],
    [join(ROOT, 'eval/reuters-heldout2'), 'reuters held-out 2'],
  ] as const)
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
      const gold = read<Story['gold'] & { source: { id: number } }>(join(dir, f));
      const s = dev.get(gold.source.id);
      if (s)
        out.push({ group, id: gold.id, text: `${s.title}\n${s.body}`, published: reutersDate(s.date), gold });
    }
  for (const f of readdirSync(OWN)) {
    // the final blind sets: never opened
    if (!f.endsWith('.json') || f.startsWith('wire-c-') || f.startsWith('wire-d-')) continue;
    const txt = join(OWN, f.replace(/\.json$/, '.txt'));
    if (!existsSync(txt)) continue;
    const gold = read<Story['gold'] & { source?: { set?: string } }>(join(OWN, f));
    const group = ARTICLE_SETS[gold.source?.set ?? ''];
    if (group)
      out.push({
        group,
        id: gold.id,
        text: readFileSync(txt, 'utf8'),
        published: gold.published ?? null,
        gold,
      });
  }
  return out;
}

/** The text with every whitespace run collapsed to one space, and each of its chars' offset in the text. */
function collapse(text: string): { flat: string; at: number[] } {
  let flat = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ws = /\s/.test(text[i]!);
    if (ws && flat.endsWith(' ')) continue;
    flat += ws ? ' ' : text[i]!;
    at.push(i);
  }
  at.push(text.length);
  return { flat, at };
}

interface Example extends IssueExample {
  group: string;
  stance: Stance;
  /** The evidence span in the story's text. */
  start: number;
  end: number;
}

let unlocated = 0;
function examplesOf(story: Story, features: boolean): Example[] {
  const toks = tokenize(story.text);
  const sents = splitSentences(story.text, toks);
  const pub = story.published ? Date.parse(story.published) : null;
  const mentionAt = features ? recognizeActors(story.text, toks, sents, pub).mentionAt : [];
  const root = getLexicon().issues;
  const main = features ? storyIssueOf(root, toks, mentionAt) : null;
  const { flat, at } = collapse(story.text);
  const out: Example[] = [];
  for (const p of story.gold.preconditions) {
    let a = -1;
    let b = -1;
    if (p.evidence) [a, b] = p.evidence;
    else if (p.quote) {
      const q = p.quote.replace(/\s+/g, ' ').trim();
      a = flat.indexOf(q);
      if (a < 0) a = flat.toLowerCase().indexOf(q.toLowerCase());
      b = a + q.length;
    }
    if (a < 0 || b > flat.length) {
      unlocated++;
      continue;
    }
    const start = at[a]!;
    const end = at[b - 1]! + 1;
    const inside = sents.filter((s) => s.start < end && s.end > start);
    if (inside.length === 0) {
      unlocated++;
      continue;
    }
    let qa = toks.findIndex((t) => t.end > start);
    if (qa < 0) qa = inside[0]!.first;
    let qb = qa;
    while (qb < toks.length && toks[qb]!.start < end) qb++;
    const first = inside[0]!.first;
    const last = inside[inside.length - 1]!.last;
    const words = sentenceWords(toks, first, last, qa, qb, p.stance);
    if (features) addIssueFeatures(words, root, toks, mentionAt, first, last, qa, qb, main);
    out.push({
      group: story.group,
      story: `${story.group}/${story.id}`,
      issue: p.issue as Issue,
      stance: p.stance,
      start,
      end,
      words,
    });
  }
  return out;
}

interface GroupScore {
  demands: Counts;
  offers: Counts;
  rejects: Counts;
}
function scoreGroup(stories: Story[]): GroupScore {
  const g: GroupScore = { demands: zero(), offers: zero(), rejects: zero() };
  for (const s of stories) {
    const r = scoreArticle(s.gold, analyze({ text: s.text, published: s.published }));
    add(g.demands, r.demands);
    add(g.offers, r.offers);
    add(g.rejects, r.rejects);
  }
  return g;
}
const f1 = (c: Counts): number => prf(c).f;
const dcGroup = (s: Stance): string => (s === 'condition' ? 'demand' : s);

function train(examples: readonly Example[], made = ''): IssueModelData {
  return trainIssueModel(examples, ISSUES, { made });
}

/** Plain accuracy on a group's labelled sentences: the model's top issue against the rules' issue
 * (the analyzer's preconditions of the same stance group whose sentence holds the evidence). */
function accuracy(
  model: IssueModelData,
  stories: Story[],
  examples: Example[],
): { n: number; answered: number; rules: number; modelOnAnswered: number; model: number } {
  const res = { n: 0, answered: 0, rules: 0, modelOnAnswered: 0, model: 0 };
  setIssueModel(null);
  for (const s of stories) {
    const out = analyze({ text: s.text, published: s.published }).preconditions;
    for (const e of examples.filter((x) => x.story === `${s.group}/${s.id}`)) {
      res.n++;
      const sc = scoreWords(model, e.words);
      let top = 0;
      for (let c = 1; c < sc.length; c++) if (sc[c]! > sc[top]!) top = c;
      const right = model.issues[top] === e.issue;
      if (right) res.model++;
      const near = out.filter(
        (p) => p.start < e.end && p.end > e.start && dcGroup(p.stance) === dcGroup(e.stance),
      );
      if (near.length === 0) continue;
      res.answered++;
      if (near.some((p) => p.issue === e.issue)) res.rules++;
      if (right) res.modelOnAnswered++;
    }
  }
  return res;
}

const POLICIES: [string, IssuePolicy][] = [
  ['weak only', { weak: true, weakMargin: 0, margin: Infinity }],
  ['weak, by 1 nat', { weak: true, weakMargin: 1, margin: Infinity }],
  ['weak, by 3 nats', { weak: true, weakMargin: 3, margin: Infinity }],
  ['any, by 3 nats', { weak: false, weakMargin: 0, margin: 3 }],
  ['any, by 6 nats', { weak: false, weakMargin: 0, margin: 6 }],
  ['weak by 1, any by 6', { weak: true, weakMargin: 1, margin: 6 }],
  ["'other' only", { weak: true, weakMargin: 0, margin: 0, only: 'other' }],
  ["'other' only, by 2 nats", { weak: true, weakMargin: 2, margin: 2, only: 'other' }],
];

function main(): void {
  if (!existsSync(CORPUS)) {
    console.log(`issue-model: ${CORPUS} not found; nothing to measure.`);
    return;
  }
  if (coreArg) console.log(`rules of ${coreArg}`);
  const stories = loadStories();
  const fmt = (x: number): string => x.toFixed(3);
  setIssueModel(null);
  const before = new Map(GROUPS.map((g) => [g, scoreGroup(stories.filter((s) => s.group === g))]));
  const only = process.argv.find((a) => a.startsWith('--policy='))?.slice(9);
  for (const features of [false, true]) {
    unlocated = 0;
    const examples = stories.flatMap((s) => examplesOf(s, features));
    console.log(
      `\n=== model over ${features ? "the sentence's words + the lexicon's issue words + the story's main issue" : "the sentence's words"}` +
        `\n${stories.length} stories, ${examples.length} labelled preconditions located (${unlocated} not found): ` +
        GROUPS.map((g) => `${g} ${examples.filter((e) => e.group === g).length}`).join(', '),
    );
    const models = new Map<string, IssueModelData>();
    for (const g of GROUPS) models.set(g, train(examples.filter((e) => e.group !== g)));
    for (const [name, policy] of POLICIES) {
      if (only && name !== only) continue;
      const lines: string[] = [];
      let sum = 0;
      let worstDc = 0;
      for (const g of GROUPS) {
        setIssueModel(models.get(g)!, policy, features);
        const a = scoreGroup(stories.filter((s) => s.group === g));
        const b = before.get(g)!;
        const d = (k: keyof GroupScore): number => f1(a[k]) - f1(b[k]);
        sum += d('demands') + d('offers') + d('rejects');
        worstDc = Math.min(worstDc, d('demands'));
        lines.push(
          `  | ${g.padEnd(18)} | ${(['demands', 'offers', 'rejects'] as const)
            .map((k) => `${fmt(f1(b[k]))} -> ${fmt(f1(a[k]))}`)
            .join(' | ')} |`,
        );
      }
      setIssueModel(null);
      console.log(
        `\npolicy "${name}": sum of pair-F1 changes ${sum >= 0 ? '+' : ''}${fmt(sum)}; worst D+C change ${fmt(worstDc)}`,
      );
      if (process.argv.includes('--table')) {
        console.log('  | held out           | D+C F1 before -> after | offer | reject |');
        for (const l of lines) console.log(l);
      }
    }
    console.log('\nplain accuracy, each group held out (rules = the analyzer output of that stance group in');
    console.log("the evidence's sentence, where it gave one; majority class market_access is 0.31 overall)");
    for (const g of GROUPS) {
      const r = accuracy(
        models.get(g)!,
        stories.filter((s) => s.group === g),
        examples.filter((e) => e.group === g),
      );
      console.log(
        `  ${g.padEnd(19)} n=${String(r.n).padStart(3)}  model ${fmt(r.model / r.n)}   where the rules answered (${r.answered}): rules ${fmt(r.rules / r.answered)}, model ${fmt(r.modelOnAnswered / r.answered)}`,
      );
    }
  }
}

main();
