import type { Classification } from './types';
import { registerWordSet2, TokKind, WordSet2, type Sentence, type Token } from './tokenize';
import {
  COMMODITY_TERMS,
  FINANCE_TERMS,
  NEGOTIATION_TERMS,
  STATISTICS_TERMS,
  TRADE_TERMS,
} from './lexicon/topics';
import type { ActorInfo } from './actors';
import { W_COMM, W_FIN, W_NEGO, W_STATS, W_TRADE, W_TWO } from './lexicon/compile';

/** Vocabulary bits, as in the tokens' word-class bits (`Token.w`). */
const TRADE = W_TRADE;
const NEGO = W_NEGO;
const STATS = W_STATS;
const COMM = W_COMM;
const FIN = W_FIN;

/** First word -> second word -> bits, for two-word terms ("trade war"), with no string joins. */
let twoWords: Map<string, Map<string, number>> | null = null;
function getTwoWords(): Map<string, Map<string, number>> {
  if (twoWords) return twoWords;
  const two = new Map<string, Map<string, number>>();
  const add = (list: string[], bit: number): void => {
    for (const p of list) {
      const sp = p.indexOf(' ');
      if (sp < 0) continue;
      const a = p.slice(0, sp);
      const b = p.slice(sp + 1);
      let m = two.get(a);
      if (!m) two.set(a, (m = new Map()));
      m.set(b, (m.get(b) ?? 0) | bit);
    }
  };
  add(TRADE_TERMS, TRADE);
  add(NEGOTIATION_TERMS, NEGO);
  add(STATISTICS_TERMS, STATS);
  add(COMMODITY_TERMS, COMM);
  add(FINANCE_TERMS, FIN);
  return (twoWords = two);
}

/** Vocabulary counts of a text (one pass; reusable between classify calls). */
export interface Counts {
  words: number;
  trade: number;
  nego: number;
  stats: number;
  comm: number;
  fin: number;
}

/** Words before "demand" that make it a market's ("strong export demand", "in fair demand"). */
const MARKET_DEMAND = new Set(
  'strong weak fair firm good poor brisk steady slack sluggish export import domestic world consumer seasonal industrial in'.split(
    ' ',
  ),
);
/** True for a negotiation word used of a market: "strong export demand", goods "on offer". */
function marketSense(toks: Token[], k: number): boolean {
  const w = toks[k]!.lower;
  const prev = toks[k - 1]?.lower ?? '';
  if (w === 'demand') return MARKET_DEMAND.has(prev);
  if (w === 'offer') return prev === 'on';
  return false;
}

/** International lenders a government negotiates with as a party of its own (loan terms). */
const LENDERS = new Set(['imf', 'wb', 'paris-club']);

/** Countries and blocs among the actors, and the lenders: the parties a negotiation needs two of. */
export function countParties(actors: readonly ActorInfo[]): number {
  let n = 0;
  for (const a of actors) if (a.kind === 'country' || a.kind === 'bloc' || LENDERS.has(a.id)) n++;
  return n;
}

/** The distinct sides (countries and blocs acted for) of the actors named. */
function countSides(actors: readonly ActorInfo[]): number {
  const seen: string[] = [];
  for (const a of actors) if (a.mentions.length > 0 && a.side && !seen.includes(a.side)) seen.push(a.side);
  return seen.length;
}

/** The parties of a supply contract's talks: the distinct sides named, and each firm with no side
 * of its own ("West German steelmakers, led by Krupp Stahl AG": the buyers' group is a party). */
function countSupplyParties(actors: readonly ActorInfo[]): number {
  let firms = 0;
  for (const a of actors) if (a.mentions.length > 0 && !a.side && a.kind === 'company') firms++;
  return countSides(actors) + firms;
}

/** Tokens with a vocabulary bit, noted by countAll's first loop (reused between calls, up to
 * VOCAB_SCRATCH_MAX tokens: a huge text gets its own, which is not kept). */
let vocabAt = new Int32Array(1024);
const VOCAB_SCRATCH_MAX = 1 << 16;

/** Counts from the tokens' word-class bits; two-word terms look at the next token. */
export function countAll(toks: Token[], a: number, b: number): Counts {
  // (the masks and counts in locals: a module constant is a context load and a check per use in
  // optimized code, and a count in an object a load and a store per word)
  const vocab = TRADE | NEGO | STATS | COMM | FIN;
  const two = W_TWO;
  if (vocabAt.length < b - a && b - a <= VOCAB_SCRATCH_MAX) vocabAt = new Int32Array(b - a);
  const at = vocabAt.length >= b - a ? vocabAt : new Int32Array(b - a);
  // Two loops: every token in a loop with no call in it, noting the few words with a vocabulary
  // bit, then those words (a two-word term's map lookup, marketSense). With the calls in the
  // loop, the compiler kept the counts in memory, a store and a load per token.
  let words = 0;
  let found = 0;
  for (let k = a; k < b; k++) {
    const t = toks[k]!;
    if (t.kind !== TokKind.Word) continue;
    words++;
    if ((t.w & (vocab | two)) !== 0) at[found++] = k; // (most words have none)
  }
  let trade = 0;
  let nego = 0;
  let stats = 0;
  let comm = 0;
  let fin = 0;
  for (let f = 0; f < found; f++) {
    const k = at[f]!;
    const t = toks[k]!;
    const w = t.w;
    let bits = w & vocab;
    if (w & two) {
      const nx = toks[k + 1];
      if (nx) bits |= getTwoWords().get(t.lower)?.get(nx.lower) ?? 0;
    }
    if (bits === 0) continue;
    if (bits & TRADE) trade++;
    if (bits & NEGO && !marketSense(toks, k)) nego++;
    if (bits & STATS) stats++;
    if (bits & COMM) comm++;
    if (bits & FIN) fin++;
  }
  return { words, trade, nego, stats, comm, fin };
}

export interface ClassifyFeatures {
  preconditions: number;
  events: number;
}

/** Goods sold under long supply contracts between producers and buyers ("bought coal from Poland"),
 * beyond the commodity terms the counts already hold (oil, crude, copper). */
const SUPPLY_GOODS = new Set(
  'coal gas lng ore uranium bauxite alumina tin nickel zinc naphtha pulp pulpwood timber'.split(' '),
);
/** True when a word of the text names such a good (read only when the other signs of supply talks hold). */
export function namesSupplyGood(toks: Token[]): boolean {
  return textNames(toks, WordSet2.SupplyGood);
}
/** True when a word of the text is in `set` (read only on the rare paths where the other signs of
 * supply talks already hold, so a second read by the gate and classify() costs little). */
function textNames(toks: Token[], bit: WordSet2): boolean {
  for (const t of toks) if ((t.w2 & bit) !== 0) return true;
  return false;
}
/** Words of talks held between buyers and sellers (not a court's ruling or a firm's filing). */
const TALKS_WORDS = new Set('talks negotiations negotiation negotiated negotiating'.split(' '));
/** True when the text tells of talks with two parties or more when each firm without a side of its
 * own counts as one (read only when the other signs of supply talks hold). */
export function firmsInTalks(toks: Token[], actors: readonly ActorInfo[]): boolean {
  return countSupplyParties(actors) >= 2 && textNames(toks, WordSet2.TalksWord);
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
  counts?: Counts,
): Classification {
  const reasons: string[] = [];
  const all = counts ?? countAll(toks, 0, toks.length);
  const words = all.words;
  // prose: sentences of reasonable length that end in punctuation
  let prose = 0;
  for (const s of sentences) {
    const n = s.last - s.first;
    const last = toks[s.last - 1];
    if (
      n >= 8 &&
      last !== undefined &&
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
  // A blank line always ends a sentence, so paragraphs start only where sentences do: visiting
  // each sentence's first token finds them without reading every token.
  let readable = 0;
  let paraStart = toks.length ? toks[0]!.start : 0;
  for (let s = 1; s <= sentences.length; s++) {
    const first = s < sentences.length ? sentences[s]!.first : toks.length;
    const t = toks[first];
    if (t === undefined || t.nl >= 2) {
      const len = toks[first - 1]!.end - paraStart;
      if (len > 140) readable += Math.sqrt(len - 140);
      if (t !== undefined) paraStart = t.start;
    }
  }
  let isArticle = readable > 20 && prose >= 2;
  if (articleHint === true) isArticle = readable > 10 && prose >= 1;
  else if (articleHint === false) isArticle = readable > 20 && prose >= 3;
  reasons.push(
    `${words} words, ${prose} prose sentences, readability ${readable.toFixed(0)}${articleHint != null ? `, page hint ${articleHint}` : ''}`,
  );

  const head = sentences[0];
  const trade = all.trade;
  const tradeHead = head ? countAll(toks, head.first, head.last).trade : 0;
  const comm = all.comm;
  const fin = all.fin;
  const per100 = words ? 100 / words : 0;
  const tradeScore = 2 * Math.min(tradeHead, 2) + (trade - comm - 0.2 * fin) * per100;
  // (no trade word, no trade: analyze() relies on it to skip a preliminary classify())
  const isTrade = trade >= 2 && tradeScore >= 1.5;
  reasons.push(
    `${trade} trade terms${tradeHead ? ` (${tradeHead} in headline)` : ''}, ${comm} commodity and ${fin} finance terms: trade score ${tradeScore.toFixed(1)}`,
  );
  const density = trade * per100;

  const nego = all.nego;
  const stats = all.stats;
  // (a lobby or firm of another country, "the Canadian Pork Council", is that country's voice in
  // the row: the sides named count, as the countries and blocs do)
  const parties = Math.max(countParties(actors), countSides(actors));
  const negoScore = nego + 2 * f.preconditions + f.events;
  const statsLike = stats >= 8 && stats > nego * 2 && f.preconditions === 0;
  // A dispute over one sector (aircraft aid, textile quotas, public works) names its goods and rules
  // in words of its own, so its trade density can stay low: there, a stance the recognizers found
  // (a precondition, which needs a trade word to be looked for) and negotiation words of their own
  // stand in for the density. Not where finance words outnumber trade words: a budget or debt story
  // quotes demands too. (As many finance words as trade words is no such story: a farm price
  // dispute that names the budget once.)
  const finFew = fin <= trade;
  // (a status event found, talks held or planned, stands in for a stance: "urged Japan to base its
  // fighter on a U.S. design ... two hours of talks ... would meet again" names no issue word)
  const stances = f.preconditions + f.events;
  // (three or more stances found stand in for the negotiation words too: "France will count
  // Nissan Bluebirds built in England as Japanese imports unless ...", a row told by its positions)
  const sectorDispute =
    !isTrade &&
    trade >= 1 &&
    finFew &&
    stances >= 1 &&
    (nego >= 2 || f.preconditions >= 3) &&
    nego + stances >= 5;
  // Talks between governments over farm prices, exchange rates, debt or a commodity pact name few
  // trade terms (or fewer than finance terms): there, dense negotiation vocabulary and a stance or
  // status event the recognizers found stand in for the trade density (a market report's
  // "demand" and "supply contracts" find no stance)
  const policyTalks = !isTrade && nego >= 4 && negoScore >= 6 && f.events >= 1;
  // A supply contract between two countries' buyers and sellers (gas, coal, ore) is told in
  // commodity words, not trade words: there, dense negotiation vocabulary alone stands in for them
  // (a market report names no such run of talks, contracts, refusals and deals)
  const supplyTalks =
    !isTrade && finFew && nego >= 6 && nego * per100 >= 1.5 && (comm >= 1 || namesSupplyGood(toks));
  const isNegotiation =
    (isTrade || sectorDispute || policyTalks || supplyTalks) &&
    !statsLike &&
    (parties >= 2 || (supplyTalks && firmsInTalks(toks, actors))) &&
    negoScore >= 4;
  reasons.push(
    `${nego} negotiation terms, ${f.preconditions} preconditions, ${parties} parties${statsLike ? ', reads as statistics' : ''}${sectorDispute ? ', a stance in a sector dispute' : ''}${policyTalks && !sectorDispute ? ', policy talks' : ''}`,
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
// (after the sets' definitions: word-set bits of sets looked up at every token, WordSet2)
registerWordSet2(SUPPLY_GOODS, WordSet2.SupplyGood);
registerWordSet2(TALKS_WORDS, WordSet2.TalksWord);
