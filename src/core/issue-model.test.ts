import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from './index';
import {
  addIssueFeatures,
  chooseIssue,
  sentenceWords,
  storyIssueOf,
  trainIssueModel,
  type IssueExample,
  type IssuePolicy,
  type IssueTrie,
} from './issue-model';
import { getLexicon } from './lexicon/compile';
import { setIssueModel } from './preconditions';
import { tokenize } from './tokenize';
import { ISSUES, type Issue } from './types';

const bag = (s: string): Map<string, number> => {
  const m = new Map<string, number>();
  for (const w of s.split(' ')) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
};
/** Invented training sentences, as bags of words, two stories per issue so no word is pruned. */
const EXAMPLES: IssueExample[] = [
  { story: 's1', issue: 'enforcement', words: bag('complaint gatt panel dispute ruling') },
  { story: 's2', issue: 'enforcement', words: bag('complaint gatt panel petition dispute') },
  { story: 's3', issue: 'tariffs', words: bag('tariffs duties cheese lift tariffs') },
  { story: 's4', issue: 'tariffs', words: bag('tariffs duties wine cut tariffs') },
  { story: 's5', issue: 'market_access', words: bag('quota imports open market quota') },
  { story: 's6', issue: 'market_access', words: bag('quota imports market barriers') },
  { story: 's1', issue: 'other', words: bag('reconsider visit') },
];
const model = trainIssueModel(EXAMPLES, ISSUES);
const WEAK_ONLY: IssuePolicy = { weak: true, weakMargin: 0, margin: Infinity };

afterEach(() => setIssueModel(null));

describe('sentenceWords', () => {
  it('drops function words, counts the cue clause twice and adds the stance', () => {
    getLexicon();
    const toks = tokenize('Ottawa said it would file a complaint with the panel');
    // tokens: Ottawa said it would file a complaint with the panel -> the clause "file ... panel"
    const w = sentenceWords(toks, 0, toks.length, 4, toks.length, 'condition');
    expect(w.get('complaint')).toBe(2);
    expect(w.get('ottawa')).toBe(1);
    expect(w.has('the')).toBe(false);
    expect(w.has('would')).toBe(false);
    expect(w.get('~demand')).toBe(1); // a condition pools with demands, as the scoring does
  });
});

describe('trainIssueModel', () => {
  it('keeps only words seen in two stories and stores log-probabilities', () => {
    expect(model.words['complaint']).toBeDefined();
    expect(model.words['ruling']).toBeUndefined(); // one story only
    expect(model.words['cheese']).toBeUndefined();
    const c = ISSUES.indexOf('enforcement');
    const total = Object.values(model.words).reduce((s, row) => s + Math.exp(row[c]!), 0);
    expect(total).toBeLessThanOrEqual(1.01);
    expect(model.words['complaint']![c]!).toBeGreaterThan(model.words['quota']![c]!);
  });
});

describe('chooseIssue', () => {
  const gatt = bag('complaint gatt panel dispute');
  it('overrules a weak rules issue when the sentence is about a complaint', () => {
    expect(chooseIssue(model, WEAK_ONLY, gatt, 'other', false)).toBe('enforcement');
  });
  it('does not overrule an issue a strong word of the complement gave', () => {
    expect(chooseIssue(model, WEAK_ONLY, gatt, 'tariffs', true)).toBeNull();
  });
  it('overrules a strong issue only past the margin', () => {
    expect(chooseIssue(model, { ...WEAK_ONLY, margin: 1 }, gatt, 'tariffs', true)).toBe('enforcement');
    expect(chooseIssue(model, { ...WEAK_ONLY, margin: 1000 }, gatt, 'tariffs', true)).toBeNull();
  });
  it('does not overrule what it agrees with, nor a category outside `only`', () => {
    expect(chooseIssue(model, WEAK_ONLY, gatt, 'enforcement', false)).toBeNull();
    expect(chooseIssue(model, { ...WEAK_ONLY, only: 'other' }, gatt, 'market_access', false)).toBeNull();
  });
});

describe('issue features', () => {
  const leaf = (issue: Issue, strong: boolean): IssueTrie => ({ next: null, value: { issue, strong } });
  const root: IssueTrie = {
    next: new Map([
      ['tariffs', leaf('tariffs', true)],
      ['trade', leaf('market_access', false)],
      ['quota', leaf('market_access', true)],
    ]),
    value: null,
  };
  it('adds the lexicon issue words and the story main issue, not words inside names', () => {
    getLexicon();
    const toks = tokenize('tariffs and quota and tariffs on trade');
    const mentionAt = toks.map((_, k) => (k === 2 ? 0 : -1)); // "quota" inside a name
    const out = new Map<string, number>();
    addIssueFeatures(out, root, toks, mentionAt, 0, toks.length, 0, 1, 'tariffs');
    expect(out.get('#tariffs')).toBe(3); // once inside [0, 1) (twice), once outside
    expect(out.get('#?market_access')).toBe(1);
    expect(out.has('#market_access')).toBe(false);
    expect(out.get('^tariffs')).toBe(1);
    expect(storyIssueOf(root, toks, mentionAt)).toBe('tariffs');
    expect(
      storyIssueOf(
        root,
        toks,
        toks.map(() => 0),
      ),
    ).toBeNull();
  });
});

describe('setIssueModel in the analyzer', () => {
  // invented text: the directive names no issue word, the rest of the sentence is a GATT complaint
  const weak =
    'Japan presses U.S. on chips\n\nJapan urged the United States to reconsider, saying it would take its complaint to the GATT dispute panel.';
  const strong =
    'Japan presses U.S. on chips\n\nJapan urged the United States to lift the tariffs on its chips, saying it would take its complaint to the GATT dispute panel.';
  const issues = (text: string): string[] =>
    analyze({ text, published: '1987-04-01' })
      .preconditions.filter((p) => p.holder === 'jp')
      .map((p) => `${p.stance}:${p.issue}`);

  it('re-chooses a weak issue from the sentence, and the rules alone come back with null', () => {
    expect(issues(weak)).toEqual(['demand:other']);
    setIssueModel(model, WEAK_ONLY);
    expect(issues(weak)).toEqual(['demand:enforcement']);
    setIssueModel(null);
    expect(issues(weak)).toEqual(['demand:other']);
  });
  it('leaves an issue named in the complement alone', () => {
    const before = issues(strong);
    expect(before).toContain('demand:tariffs');
    setIssueModel(model, WEAK_ONLY);
    expect(issues(strong)).toEqual(before);
  });
});
