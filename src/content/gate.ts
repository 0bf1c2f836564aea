/**
 * The content script's first stage, run on every matching page: decide from cheap signals whether
 * the page may be a trade article. It reads a handful of elements (JSON-LD, a few meta tags, the
 * headline and the first paragraphs) and never walks the whole DOM, so it stays well under 1 ms on a
 * typical page. It lives in the entry chunk; everything heavier is loaded only for candidates.
 */

/** What the gate decided and why; `reason` is the TabResult's `gate` field when it said no. */
export interface GateVerdict {
  candidate: boolean;
  /** Null when the page is a candidate, else a short human-readable reason. */
  reason: string | null;
  /** The page declares itself an article (JSON-LD, og:type, <article>): a hint for the analyzer. */
  articleHint: boolean;
  /** Names of the signals seen, for debugging and tests. */
  signals: string[];
  /** Weighted count of trade words in the headline and lead. */
  tradeScore: number;
}

/** JSON-LD `@type`s that mean "a single article". Matched on the raw text: no JSON.parse needed. */
const LD_ARTICLE = /"@type"\s*:\s*(?:\[[^\]]*)?"(?:\w*Article|LiveBlogPosting|BlogPosting)"/;

/**
 * Trade vocabulary, weighted: strong terms (tariffs, trade talks, the WTO) count 2, words that are
 * trade-ish only in context ("negotiations", "duties", "sanctions") count 1. A page needs 2 to pass,
 * so one loose word in a sports headline ("trade deadline" is not here) does not load the analyzer.
 */
const STRONG =
  /\b(?:tariffs?|trade (?:talks?|war|wars|deal|deals|pact|agreement|negotiat\w*|dispute|truce|representative|barriers?|deficits?|surplus|tensions?|ministers?|chiefs?|envoys?|negotiators?|policy|partners?|frictions?)|free[- ]trade|WTO|World Trade Organi[sz]ation|USTR|export controls?|import (?:quotas?|duties|bans?|curbs)|anti-?dumping|countervailing|customs union|market access|trading partners?|retaliatory)\b/gi;
const WEAK =
  /\b(?:trade|negotiat\w*|talks|duties|levies|sanctions?|exports?|imports?|quotas?|subsid(?:y|ies)|concessions?|bilateral|summit|commerce)\b/gi;

const MAX_LEAD_CHARS = 2_500;
const MAX_LD_CHARS = 20_000;

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/** Score a short text (headline + lead) for trade vocabulary. Exported for tests. */
export function tradeScore(text: string): number {
  const strong = count(STRONG, text);
  // Strong terms contain weak words ("trade talks"): count weak words only outside them.
  const weak = strong > 0 ? count(WEAK, text.replace(STRONG, ' ')) : count(WEAK, text);
  return strong * 2 + weak;
}

function metaContent(doc: Document, selector: string): string {
  return doc.querySelector<HTMLMetaElement>(selector)?.content ?? '';
}

/** Headline, description and first paragraphs: the "lead" a reader sees first. */
function leadText(doc: Document, container: ParentNode): string {
  const parts: string[] = [
    doc.title,
    doc.querySelector('h1')?.textContent ?? '',
    metaContent(doc, 'meta[property="og:title"]'),
    metaContent(doc, 'meta[name="description"]') || metaContent(doc, 'meta[property="og:description"]'),
  ];
  let len = parts.reduce((n, s) => n + s.length, 0);
  // querySelectorAll is a static list but cheap; stop after the first few substantial paragraphs.
  const paras = container.querySelectorAll('p');
  let taken = 0;
  for (let i = 0; i < paras.length && taken < 4 && len < MAX_LEAD_CHARS; i++) {
    const t = paras[i]!.textContent ?? '';
    if (t.length < 60) continue;
    parts.push(t.slice(0, 800));
    len += t.length;
    taken++;
  }
  return parts.join('\n');
}

/** True when the page says it is an article; also returns which signals said so. */
function articleSignals(doc: Document): { signals: string[]; article: Element | null } {
  const signals: string[] = [];
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const t = s.textContent ?? '';
    if (LD_ARTICLE.test(t.length > MAX_LD_CHARS ? t.slice(0, MAX_LD_CHARS) : t)) {
      signals.push('json-ld');
      break;
    }
  }
  const og = metaContent(doc, 'meta[property="og:type"]').toLowerCase();
  if (og === 'article' || og.endsWith('article')) signals.push('og:article');
  const article = doc.querySelector('article, [itemtype*="Article"]');
  if (article) signals.push('article-element');
  if (metaContent(doc, 'meta[property="article:published_time"]')) signals.push('published-time');
  return { signals, article };
}

/** Minimum trade score of the headline and lead for a page to go on to the analyzer. */
export const TRADE_THRESHOLD = 2;

/**
 * Decide whether `doc` may be a trade article. Pages without any article signal still pass when a
 * headline and several paragraphs are there and the lead is clearly about trade (plain sites), so
 * the signals only lower the bar, they are not required.
 */
export function gate(doc: Document): GateVerdict {
  const { signals, article } = articleSignals(doc);
  const articleHint = signals.length > 0;
  const body = doc.body;
  if (!body) return { candidate: false, reason: 'no body', articleHint, signals, tradeScore: 0 };
  const lead = leadText(doc, article ?? body);
  const score = tradeScore(lead);
  const hasHeadline = !!doc.querySelector('h1');
  if (!articleHint && !hasHeadline) {
    return { candidate: false, reason: 'no article signals', articleHint, signals, tradeScore: score };
  }
  // Without explicit signals, demand more evidence before loading the analyzer.
  const need = articleHint ? TRADE_THRESHOLD : TRADE_THRESHOLD * 2;
  if (score < need) {
    return { candidate: false, reason: 'no trade words', articleHint, signals, tradeScore: score };
  }
  return { candidate: true, reason: null, articleHint, signals, tradeScore: score };
}
