/**
 * A small issue scorer over a whole sentence: multinomial naive Bayes over its lower-cased content
 * words, the words of the cue's own clause counted twice, plus the stance. The rules pick an issue
 * from the issue words nearest the cue; labellers pick it from what the sentence is about (a GATT
 * complaint over a product is `enforcement`), so this reads the sentence the way they do. The
 * weights are data (word statistics, never sentences), trained by scripts/issue-model.ts.
 *
 * It is consulted only where a precondition is about to be emitted (~2-3 times a story), never per
 * token of the text.
 */
import type { Token } from './tokenize';
import { TokKind } from './tokenize';
import type { Issue, Stance } from './types';

/** The trained weights: per word, the log-probability of the word under each issue. */
export interface IssueModelData {
  version: 1;
  /** The class order of every weight row. */
  issues: readonly Issue[];
  /** log P(issue). */
  prior: readonly number[];
  /** log P(word | issue) of a word the model holds no row for (kept out of scoring: 0 weight). */
  words: Readonly<Record<string, readonly number[]>>;
  /** How the file was made (script, sets, smoothing, pruning). */
  made: string;
}

/** How the model's choice combines with the rules' issue. */
export interface IssuePolicy {
  /** Replace a weak rules' issue (no strong issue word in the cue's complement) by the model's top. */
  weak: boolean;
  /** Replace any single rules' issue when the model prefers another by this many nats (Infinity: never). */
  margin: number;
  /** With `weak`, replace only when the model's top beats the rules' issue by this many nats. */
  weakMargin: number;
  /** When set, only a rules' issue of this category may be replaced (e.g. 'other', the residue). */
  only?: Issue;
}

/** Function words that say nothing of the issue (the model would only learn the sets' style from them). */
const STOP = new Set(
  (
    'the and for that with was were are has have had but not its his her their they them this these ' +
    'those from into onto than then there which who whom whose what when where would will shall should ' +
    'could can may might must been being also said says say told tell over under about after before ' +
    'between while other such some any all more most very just only one two three his our out off ' +
    'per via upon because since until unless though although whether within without against mr mrs ' +
    'she him you your yet did does doing done it’s'
  ).split(' '),
);

/** True for a token the model counts: a word of 3+ letters that is not a function word. */
export function contentWord(t: Token): boolean {
  return t.kind === TokKind.Word && t.lower.length >= 3 && !STOP.has(t.lower);
}

/**
 * The words of tokens [first, last) with their counts: words in [a, b) (the cue and its complement)
 * count `inner` times, the rest once; plus the stance as a pseudo-word `~<stance>`.
 */
export function sentenceWords(
  toks: readonly Token[],
  first: number,
  last: number,
  a: number,
  b: number,
  stance: Stance,
  inner = 2,
): Map<string, number> {
  const out = new Map<string, number>();
  for (let k = first; k < last; k++) {
    const t = toks[k]!;
    if (!contentWord(t)) continue;
    out.set(t.lower, (out.get(t.lower) ?? 0) + (k >= a && k < b ? inner : 1));
  }
  out.set(`~${stance === 'condition' ? 'demand' : stance}`, 1);
  return out;
}

/** A trie step as the lexicon's issue phrases are held (lexicon/compile.ts `PhraseNode<IssueHit>`). */
export interface IssueTrie {
  next: Map<string, IssueTrie> | null;
  value: { issue: Issue; strong: boolean } | null;
}

/** The longest issue phrase starting at token i (before `end`), or null. */
function issueAt(root: IssueTrie, toks: readonly Token[], i: number, end: number) {
  let node: IssueTrie | undefined = root;
  let best: { issue: Issue; strong: boolean; b: number } | null = null;
  for (let k = i; k < end && node?.next; k++) {
    node = node.next.get(toks[k]!.lower);
    if (!node) break;
    if (node.value !== null) best = { ...node.value, b: k + 1 };
  }
  return best;
}

/**
 * Adds the lexicon's issue words of tokens [first, last) as pseudo-words (`#tariffs` for a strong
 * one, `#?tariffs` for a weak one; `inner` times inside [a, b)), skipping words of actor names,
 * and the story's most named issue as `^<issue>`.
 */
export function addIssueFeatures(
  out: Map<string, number>,
  root: IssueTrie,
  toks: readonly Token[],
  mentionAt: readonly number[],
  first: number,
  last: number,
  a: number,
  b: number,
  storyIssue: Issue | null,
  inner = 2,
): void {
  for (let k = first; k < last; k++) {
    if (mentionAt[k]! >= 0) continue;
    const m = issueAt(root, toks, k, last);
    if (!m) continue;
    const w = `#${m.strong ? '' : '?'}${m.issue}`;
    out.set(w, (out.get(w) ?? 0) + (k >= a && k < b ? inner : 1));
    k = m.b - 1;
  }
  if (storyIssue) out.set(`^${storyIssue}`, 1);
}

/** The issue with the most strong issue words in the whole text (null when none). */
export function storyIssueOf(
  root: IssueTrie,
  toks: readonly Token[],
  mentionAt: readonly number[],
): Issue | null {
  const n = new Map<Issue, number>();
  for (let k = 0; k < toks.length; k++) {
    if (mentionAt[k]! >= 0) continue;
    const m = issueAt(root, toks, k, toks.length);
    if (!m) continue;
    if (m.strong) n.set(m.issue, (n.get(m.issue) ?? 0) + 1);
    k = m.b - 1;
  }
  let best: Issue | null = null;
  let c = 0;
  for (const [i, x] of n)
    if (x > c) {
      best = i;
      c = x;
    }
  return best;
}

/** Log-scores per issue (the model's class order) for a bag of weighted words. */
export function scoreWords(model: IssueModelData, words: ReadonlyMap<string, number>): number[] {
  const s = model.prior.slice();
  for (const [w, n] of words) {
    const row = model.words[w];
    if (!row) continue;
    for (let c = 0; c < s.length; c++) s[c]! += n * row[c]!;
  }
  return s;
}

/**
 * The issue to emit instead of the rules' single issue, or null to keep the rules' choice.
 * `strong`: the rules' issue came from a strong issue word in the cue's complement (or the cue
 * itself implies it), which the model may overrule only by `policy.margin`.
 */
export function chooseIssue(
  model: IssueModelData,
  policy: IssuePolicy,
  words: ReadonlyMap<string, number>,
  rules: Issue,
  strong: boolean,
): Issue | null {
  if (policy.only !== undefined && rules !== policy.only) return null;
  const s = scoreWords(model, words);
  let top = 0;
  for (let c = 1; c < s.length; c++) if (s[c]! > s[top]!) top = c;
  const best = model.issues[top]!;
  if (best === rules) return null;
  const r = model.issues.indexOf(rules);
  const gap = r < 0 ? Infinity : s[top]! - s[r]!;
  if (!strong && policy.weak && gap > policy.weakMargin) return best;
  if (gap > policy.margin) return best;
  return null;
}

/** Training example: a labelled precondition's sentence words and its issue. */
export interface IssueExample {
  words: ReadonlyMap<string, number>;
  issue: Issue;
  /** The story it comes from (pruning counts stories, not examples). */
  story: string;
}

/**
 * Multinomial naive Bayes with add-`alpha` smoothing over the words seen in at least `minStories`
 * stories; weights rounded to 2 decimals (the data file stays small and diffable).
 */
export function trainIssueModel(
  examples: readonly IssueExample[],
  issues: readonly Issue[],
  opts: { alpha?: number; minStories?: number; made?: string } = {},
): IssueModelData {
  const alpha = opts.alpha ?? 0.5;
  const minStories = opts.minStories ?? 2;
  const stories = new Map<string, Set<string>>();
  for (const e of examples)
    for (const w of e.words.keys()) {
      let s = stories.get(w);
      if (!s) stories.set(w, (s = new Set()));
      s.add(e.story);
    }
  const vocab = [...stories.keys()].filter((w) => stories.get(w)!.size >= minStories).sort();
  const index = new Map(vocab.map((w, i) => [w, i]));
  const counts = issues.map(() => new Float64Array(vocab.length));
  const totals = issues.map(() => 0);
  const docs = issues.map(() => 0);
  for (const e of examples) {
    const c = issues.indexOf(e.issue);
    if (c < 0) continue;
    docs[c]!++;
    for (const [w, n] of e.words) {
      const i = index.get(w);
      if (i === undefined) continue;
      counts[c]![i]! += n;
      totals[c]! += n;
    }
  }
  const nDocs = docs.reduce((x, y) => x + y, 0);
  const round = (x: number): number => Math.round(x * 100) / 100;
  const prior = issues.map((_, c) => round(Math.log((docs[c]! + 1) / (nDocs + issues.length))));
  const words: Record<string, number[]> = {};
  for (const [w, i] of index)
    words[w] = issues.map((_, c) =>
      round(Math.log((counts[c]![i]! + alpha) / (totals[c]! + alpha * vocab.length))),
    );
  return { version: 1, issues, prior, words, made: opts.made ?? '' };
}
