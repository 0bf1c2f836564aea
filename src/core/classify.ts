import type { Classification } from './types';
import { TokKind, type Sentence, type Token } from './tokenize';
import {
  COMMODITY_TERMS,
  FINANCE_TERMS,
  NEGOTIATION_TERMS,
  STATISTICS_TERMS,
  TRADE_TERMS,
} from './lexicon/topics';
import type { ActorInfo } from './actors';

interface PhraseSet {
  one: Set<string>;
  two: Set<string>;
}

function phraseSet(list: string[]): PhraseSet {
  const one = new Set<string>();
  const two = new Set<string>();
  for (const p of list) (p.includes(' ') ? two : one).add(p);
  return { one, two };
}

let sets: { trade: PhraseSet; nego: PhraseSet; stats: PhraseSet; comm: PhraseSet; fin: PhraseSet } | null =
  null;
const getSets = (): NonNullable<typeof sets> =>
  (sets ??= {
    trade: phraseSet(TRADE_TERMS),
    nego: phraseSet(NEGOTIATION_TERMS),
    stats: phraseSet(STATISTICS_TERMS),
    comm: phraseSet(COMMODITY_TERMS),
    fin: phraseSet(FINANCE_TERMS),
  });

function count(toks: Token[], s: PhraseSet, a = 0, b = toks.length): number {
  let c = 0;
  for (let k = a; k < b; k++) {
    const t = toks[k]!;
    if (t.kind !== TokKind.Word) continue;
    if (s.one.has(t.lower)) c++;
    const nx = toks[k + 1];
    if (nx && s.two.size && s.two.has(t.lower + ' ' + nx.lower)) c++;
  }
  return c;
}

export interface ClassifyFeatures {
  preconditions: number;
  events: number;
}

/**
 * Article / trade / negotiation decision from vocabulary densities and what the recognizers found.
 * Each decision keeps a human-readable reason.
 */
export function classify(
  toks: Token[],
  sentences: Sentence[],
  actors: ActorInfo[],
  f: ClassifyFeatures,
  articleHint: boolean | null | undefined,
): Classification {
  const S = getSets();
  const reasons: string[] = [];
  let words = 0;
  for (const t of toks) if (t.kind === TokKind.Word) words++;
  // prose: sentences of reasonable length that end in punctuation
  let prose = 0;
  for (const s of sentences) {
    const n = s.last - s.first;
    const last = toks[s.last - 1];
    if (
      n >= 8 &&
      last &&
      (last.text === '.' ||
        last.text === '"' ||
        last.text === '\u201d' ||
        last.text === '?' ||
        last.text === '!' ||
        last.text === '\u3002')
    )
      prose++;
  }
  // Readability's "probably readerable" test over paragraphs: sum of sqrt(chars - 140) over
  // paragraphs longer than 140 characters must pass 20.
  let readable = 0;
  let paraStart = toks.length ? toks[0]!.start : 0;
  for (let k = 1; k <= toks.length; k++) {
    const t = toks[k];
    if (!t || t.nl >= 2) {
      const len = toks[k - 1]!.end - paraStart;
      if (len > 140) readable += Math.sqrt(len - 140);
      if (t) paraStart = t.start;
    }
  }
  let isArticle = readable > 20 && prose >= 2;
  if (articleHint === true) isArticle = readable > 10 && prose >= 1;
  else if (articleHint === false) isArticle = readable > 20 && prose >= 3;
  reasons.push(
    `${words} words, ${prose} prose sentences, readability ${readable.toFixed(0)}${articleHint != null ? `, page hint ${articleHint}` : ''}`,
  );

  const head = sentences[0];
  const trade = count(toks, S.trade);
  const tradeHead = head ? count(toks, S.trade, head.first, head.last) : 0;
  const comm = count(toks, S.comm);
  const fin = count(toks, S.fin);
  const per100 = words ? 100 / words : 0;
  const tradeScore = 2 * Math.min(tradeHead, 2) + (trade - comm - 0.2 * fin) * per100;
  const isTrade = trade >= 2 && tradeScore >= 1.5;
  reasons.push(
    `${trade} trade terms${tradeHead ? ` (${tradeHead} in headline)` : ''}, ${comm} commodity and ${fin} finance terms: trade score ${tradeScore.toFixed(1)}`,
  );
  const density = trade * per100;

  const nego = count(toks, S.nego);
  const stats = count(toks, S.stats);
  let parties = 0;
  for (const a of actors) if (a.kind === 'country' || a.kind === 'bloc') parties++;
  const negoScore = nego + 2 * f.preconditions + f.events;
  const statsLike = stats >= 8 && stats > nego * 2 && f.preconditions === 0;
  const isNegotiation = isTrade && !statsLike && parties >= 2 && negoScore >= 4;
  reasons.push(
    `${nego} negotiation terms, ${f.preconditions} preconditions, ${parties} parties${statsLike ? ', reads as statistics' : ''}`,
  );

  const score = Math.max(
    0,
    Math.min(
      1,
      (isArticle ? 0.2 : 0) +
        (isTrade ? 0.3 : Math.min(0.3, density / 10)) +
        Math.min(0.5, negoScore / 20) * (statsLike ? 0.2 : 1),
    ),
  );
  return { isArticle, isTrade, isNegotiation, score: Math.round(score * 100) / 100, reasons };
}
