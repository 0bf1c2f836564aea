/** The analyzer's entry point: pure, synchronous, no DOM. See types.ts for the contract. */
export * from './types';
import type { Actor, Analysis, AnalyzeInput } from './types';
import { splitSentences, tokenize } from './tokenize';
import { recognizeActors, type ActorInfo } from './actors';
import { findPreconditions } from './preconditions';
import { classify, countAll, countParties, firmsInTalks, namesSupplyGood } from './classify';
import { findEvents, partiesOf } from './events';
import { getLexicon } from './lexicon/compile';

export { getLexicon } from './lexicon/compile';

/** The last date parsed and its value: a batch passes the same date with every text, and
 * Date.parse is a call into C++. */
let lastPublished = '';
let lastPublishedMs: number | null = null;

/** Parses an ISO date/date-time to ms, or null. */
function publishedMs(p: string | null | undefined): number | null {
  if (!p) return null;
  if (p === lastPublished) return lastPublishedMs;
  const t = Date.parse(p);
  lastPublished = p;
  lastPublishedMs = Number.isNaN(t) ? null : t;
  return lastPublishedMs;
}

const toPublic = (a: ActorInfo): Actor => ({
  id: a.id,
  name: a.name,
  kind: a.kind,
  side: a.side,
  role: a.role,
  mentions: a.mentions,
});

/**
 * Analyzes one article's plain text: actors, preconditions, negotiation parties and events, and
 * whether it is an article / about trade / about a negotiation. Linear in the text length.
 */
export function analyze(input: AnalyzeInput): Analysis {
  const text = input.text ?? '';
  const pub = publishedMs(input.published);
  const toks = tokenize(text);
  const sentences = splitSentences(text, toks);
  const ar = recognizeActors(text, toks, sentences, pub);
  const lex = getLexicon();
  const extra: ActorInfo[] = [];
  // id -> actor, built on first use (preconditions resolve holders through it, once per cue)
  let known: Map<string, ActorInfo> | null = null;
  const ensureActor = (id: string): ActorInfo | null => {
    if (!known) {
      known = new Map();
      for (const a of ar.actors) if (!known.has(a.id)) known.set(a.id, a);
    }
    const found = known.get(id);
    if (found) return found;
    const ref = lex.byId.get(id);
    if (!ref) return null;
    const a: ActorInfo = {
      id,
      name: ref.name,
      kind: ref.kind,
      side: ref.side,
      role: ref.role,
      mentions: [],
      own: ref.own,
      sideId: id,
    };
    extra.push(a);
    known.set(id, a);
    return a;
  };
  // Preconditions and events only matter in trade texts: skip them (the costliest passes after
  // actors) when the vocabulary already says this is not about trade.
  // (no trade word counted: then classify() would find no trade either, its isTrade needing two
  // trade words of the same counts, so it is not called for it: the preliminary classification
  // was a second classify() on every text with no trade word, its reasons thrown away)
  const counts = countAll(toks, 0, toks.length);
  const tradeish = counts.trade > 0;
  // (talks between governments over farm prices or a commodity pact's debt can name no trade term
  // and still report talks held or stalled and the positions taken; a company's tender offer names
  // no two governments)
  // (or two firms of a supply contract, "talks between Japanese steelmakers and Quintette Coal Ltd
  // on the price of coking coal": the same terms in commodity words)
  const talks =
    tradeish ||
    (counts.nego >= 4 &&
      (countParties(ar.actors) >= 2 ||
        ((counts.comm >= 1 || namesSupplyGood(toks)) && firmsInTalks(toks, ar.actors))));
  const found = talks ? findPreconditions(text, toks, sentences, ar, ensureActor, pub) : [];
  const events = talks ? findEvents(text, toks, sentences, pub, partiesOf(ar, toks)) : [];
  // Positions found in a text with no trade word are kept only when the text is a negotiation:
  // judged so without them, or told by three of them or more (below)
  let preconditions = tradeish ? found : [];
  // (no copy when nothing was added: concat is a call into the runtime's C++)
  const withExtras = (): ActorInfo[] =>
    extra.length === 0
      ? ar.actors
      : ar.actors.concat(
          extra.filter((a) => preconditions.some((p) => p.holder === a.id || p.target === a.id)),
        );
  let actors = withExtras();
  const cls = classify(
    toks,
    sentences,
    actors,
    { preconditions: preconditions.length, events: events.length },
    input.articleHint,
    counts,
  );
  if (!tradeish && found.length > 0) {
    // (three positions or more, in talks between two parties told with negotiation words, make
    // them a negotiation even with no talks held: "West Germany will not accept any cut in the
    // monetary compensatory amounts ... France and the Netherlands called for ...")
    const told = !cls.isNegotiation && found.length >= 3;
    if (told) cls.isNegotiation = true;
    if (cls.isNegotiation) {
      preconditions = found;
      actors = withExtras();
      cls.reasons.push(
        `${found.length} positions kept from talks that name no trade term${told ? ' (they make it a negotiation)' : ''}`,
      );
    }
  }

  // parties: the two most salient countries/blocs (mentions + involvement in preconditions)
  const weight = new Map<string, number>();
  for (const a of actors) if (a.kind === 'country' || a.kind === 'bloc') weight.set(a.id, a.mentions.length);
  for (const p of preconditions) {
    if (weight.has(p.holder)) weight.set(p.holder, weight.get(p.holder)! + 3);
    if (p.target && weight.has(p.target)) weight.set(p.target, weight.get(p.target)! + 2);
  }
  // the two heaviest, first inserted first among equals (as a stable sort would order them)
  const parties: string[] = [];
  if (cls.isTrade) {
    let p1: string | null = null;
    let p2: string | null = null;
    let w1 = 0;
    let w2 = 0;
    for (const [id, w] of weight) {
      if (w <= 0) continue;
      if (p1 === null || w > w1) {
        p2 = p1;
        w2 = w1;
        p1 = id;
        w1 = w;
      } else if (p2 === null || w > w2) {
        p2 = id;
        w2 = w;
      }
    }
    if (p1 !== null) parties.push(p1);
    if (p2 !== null) parties.push(p2);
  }

  // spelled out rather than `...cls`: the spread took a slow generic path, a third of the time of
  // a short text
  return {
    isArticle: cls.isArticle,
    isTrade: cls.isTrade,
    isNegotiation: cls.isNegotiation,
    score: cls.score,
    reasons: cls.reasons,
    actors: actors.map(toPublic),
    preconditions,
    parties,
    events: cls.isNegotiation || cls.isTrade ? events : [],
  };
}
