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

const LD_TYPE = '"@type"';
/** A `@type` value longer than this is not a type name or a short list of them. */
const LD_TYPE_SPAN = 200;

/**
 * True when JSON-LD text declares a single article: an `@type` of `NewsArticle`, `Article`,
 * `ReportageNewsArticle`, `BlogPosting`, `LiveBlogPosting`..., alone or in a list. Read from the raw
 * text (no JSON.parse) with `indexOf` rather than a regular expression: compiling one costs a
 * page ~0.2 ms on the gate's cold first run, a fifth of its budget. Exported for tests.
 */
export function ldDeclaresArticle(text: string): boolean {
  for (let i = text.indexOf(LD_TYPE); i >= 0; i = text.indexOf(LD_TYPE, i + LD_TYPE.length)) {
    let j = i + LD_TYPE.length;
    while (text.charCodeAt(j) <= 32) j++; // whitespace before the colon
    if (text[j] !== ':') continue;
    j++;
    while (text.charCodeAt(j) <= 32) j++;
    // The value: one string, or a list up to its closing bracket.
    const list = text[j] === '[';
    const end = list ? text.indexOf(']', j) : text.indexOf('"', j + 1) + 1;
    if (end <= j || end - j > LD_TYPE_SPAN) continue;
    const value = text.slice(j, end + (list ? 1 : 0));
    if (value.includes('Article"') || value.includes('BlogPosting"')) return true;
  }
  return false;
}

/*
 * Trade vocabulary, weighted: strong terms (tariffs, trade talks, the WTO) count 2, words that are
 * trade-ish only in context ("negotiations", "duties", "sanctions") count 1. A page needs 2 to pass,
 * so one loose word does not load the analyzer. Looked up word by word in Sets rather than with one
 * big case-insensitive regex: compiling that regex alone cost ~0.5 ms on a cold page.
 */
export const STRONG_WORDS = new Set([
  'tariff',
  'tariffs',
  'wto',
  'ustr',
  'antidumping',
  'countervailing',
  'retaliatory',
]);
/** "trade X" pairs that are strong. */
export const TRADE_NEXT = new Set(
  (
    'talk talks war wars deal deals pact agreement agreements dispute disputes truce representative barrier ' +
    'barriers deficit deficits surplus tension tensions minister ministers chief chiefs envoy envoys negotiator ' +
    'negotiators negotiation negotiations policy partner partners friction frictions organization organisation'
  ).split(' '),
);
/** Other strong pairs, as "first second". */
export const STRONG_PAIRS = new Set([
  'free trade',
  'export control',
  'export controls',
  'import quota',
  'import quotas',
  'import duties',
  'import ban',
  'import bans',
  'import curbs',
  'anti dumping',
  'customs union',
  'market access',
  'trading partner',
  'trading partners',
]);
export const WEAK_WORDS = new Set(
  (
    'trade talks duties levies sanction sanctions export exports import imports quota quotas subsidy ' +
    'subsidies concession concessions bilateral summit commerce'
  ).split(' '),
);
/** First words of the pairs above: only these pay for building a pair key. */
const PAIR_FIRST = new Set(['trade', 'free', 'export', 'import', 'anti', 'customs', 'market', 'trading']);
const WORD = /[a-z]+/g;

const IS_PAIR_FIRST = 1;
const IS_STRONG = 2;
const IS_WEAK = 4;
/**
 * Every listed word with what it may be, so scoring a word costs one lookup: on a cold page the
 * gate's lead (~400 words) is scored once by the interpreter, and three Set lookups per word made
 * scoring the gate's largest step.
 */
const WORD_KIND = new Map<string, number>();
for (const [words, bit] of [
  [PAIR_FIRST, IS_PAIR_FIRST],
  [STRONG_WORDS, IS_STRONG],
  [WEAK_WORDS, IS_WEAK],
] as const) {
  for (const w of words) WORD_KIND.set(w, (WORD_KIND.get(w) ?? 0) | bit);
}

const MAX_LEAD_CHARS = 2_500;
const MAX_LD_CHARS = 20_000;

/**
 * Whole words (or with a plural s) and stems of which every scoring word or pair contains one:
 * a lead without any of them scores 0, found with a few native `indexOf`s instead of splitting it
 * into words, which on a cold page took half of the gate's time. Keep in step with the lists above
 * (gate.test.ts checks every listed word).
 */
const CUE_WORDS = [
  'tariff',
  'wto',
  'ustr',
  'antidumping',
  'dumping',
  'countervailing',
  'retaliatory',
  'trade',
  'talks',
  'duties',
  'levies',
  'sanction',
  'export',
  'import',
  'quota',
  'concession',
  'bilateral',
  'summit',
  'commerce',
  'customs',
  'market',
  'trading',
];
const CUE_STEMS = ['subsid', 'negotiat'];

const isLetter = (c: number) => c >= 97 && c <= 122;

/**
 * False only when `lower` (lowercased) holds no word that `tradeScore` counts; true may still score
 * 0. Exported for tests.
 */
export function mayScore(lower: string): boolean {
  for (const w of CUE_WORDS) {
    for (let i = lower.indexOf(w); i >= 0; i = lower.indexOf(w, i + 1)) {
      if (i > 0 && isLetter(lower.charCodeAt(i - 1))) continue;
      let end = i + w.length;
      if (lower.charCodeAt(end) === 115) end++; // a plural s
      if (!isLetter(lower.charCodeAt(end))) return true;
    }
  }
  for (const stem of CUE_STEMS) {
    for (let i = lower.indexOf(stem); i >= 0; i = lower.indexOf(stem, i + 1)) {
      if (i === 0 || !isLetter(lower.charCodeAt(i - 1))) return true;
    }
  }
  return false;
}

/** Score a short text (headline + lead) for trade vocabulary. Exported for tests. */
export function tradeScore(text: string): number {
  const lower = text.toLowerCase();
  if (!mayScore(lower)) return 0;
  const words = lower.match(WORD) ?? [];
  let score = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.length < 3) continue; // no listed word is shorter
    const kind = WORD_KIND.get(w);
    if (kind === undefined) {
      if (w.length >= 8 && w.startsWith('negotiat')) score += 1;
      continue;
    }
    if (kind & IS_PAIR_FIRST) {
      const next = words[i + 1];
      if (
        next !== undefined &&
        ((w === 'trade' && TRADE_NEXT.has(next)) || STRONG_PAIRS.has(`${w} ${next}`))
      ) {
        score += 2;
        i++; // the pair's second word is part of it
        continue;
      }
    }
    if (kind & IS_STRONG) score += 2;
    else if (kind & IS_WEAK) score += 1;
  }
  return score;
}

/** Reads the few head meta tags the gate needs in one pass (no selector engine). */
function readMeta(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  const metas = (doc.head ?? doc).getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i]!;
    const key = m.getAttribute('property') ?? m.getAttribute('name');
    if (key && !out.has(key)) out.set(key, m.getAttribute('content') ?? '');
  }
  return out;
}

/** Headline, description and first paragraphs: the "lead" a reader sees first. */
function leadText(
  doc: Document,
  meta: Map<string, string>,
  h1: Element | undefined,
  container: Element,
): string {
  const parts: string[] = [
    doc.title,
    h1?.textContent ?? '',
    meta.get('og:title') ?? '',
    meta.get('description') || meta.get('og:description') || '',
  ];
  let len = parts.reduce((n, s) => n + s.length, 0);
  // A live collection is walked lazily: only as far as the first few substantial paragraphs.
  const paras = container.getElementsByTagName('p');
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

/** Which article signals the page gives, and its <article> element if any. */
function articleSignals(
  doc: Document,
  meta: Map<string, string>,
): { signals: string[]; article: Element | null } {
  const signals: string[] = [];
  const scripts = doc.getElementsByTagName('script');
  for (let i = 0; i < scripts.length; i++) {
    const s = scripts[i]!;
    if (s.type !== 'application/ld+json') continue;
    const t = s.textContent ?? '';
    if (ldDeclaresArticle(t.length > MAX_LD_CHARS ? t.slice(0, MAX_LD_CHARS) : t)) {
      signals.push('json-ld');
      break;
    }
  }
  const og = (meta.get('og:type') ?? '').toLowerCase();
  if (og === 'article' || og.endsWith('article')) signals.push('og:article');
  let article: Element | null = doc.getElementsByTagName('article')[0] ?? null;
  // Microdata only matters when nothing else spoke; it costs a full attribute scan.
  if (!article && signals.length === 0) article = doc.querySelector('[itemtype*="Article"]');
  if (article) signals.push('article-element');
  if (meta.get('article:published_time')) signals.push('published-time');
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
  const meta = readMeta(doc);
  const { signals, article } = articleSignals(doc, meta);
  const articleHint = signals.length > 0;
  const body = doc.body;
  if (!body) return { candidate: false, reason: 'no body', articleHint, signals, tradeScore: 0 };
  const h1 = doc.getElementsByTagName('h1')[0];
  // Nothing that looks like an article: no need to read and score its text.
  if (!articleHint && !h1) {
    return { candidate: false, reason: 'no article signals', articleHint, signals, tradeScore: 0 };
  }
  const score = tradeScore(leadText(doc, meta, h1, article ?? body));
  // Without explicit signals, demand more evidence before loading the analyzer.
  const need = articleHint ? TRADE_THRESHOLD : TRADE_THRESHOLD * 2;
  if (score < need) {
    return { candidate: false, reason: 'no trade words', articleHint, signals, tradeScore: score };
  }
  return { candidate: true, reason: null, articleHint, signals, tradeScore: score };
}
