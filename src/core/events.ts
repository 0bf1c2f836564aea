import type { EventStatus, NegotiationEvent } from './types';
import { TokKind, type Sentence, type Token } from './tokenize';
import { EVENT_PHRASES, MONTH_NAMES } from './lexicon/topics';
import { W_EVENT } from './lexicon/compile';

const DAY = 864e5;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS: readonly string[] = MONTH_NAMES;
const MONTH_ABBR = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  several: 3,
  few: 3,
};
const UNITS: Record<string, number> = {
  day: 1,
  days: 1,
  week: 7,
  weeks: 7,
  month: 30,
  months: 30,
  year: 365,
  years: 365,
};

interface Node {
  next: Map<string, Node> | null;
  status: EventStatus | null;
}
let trie: { root: Node } | null = null;
function getTrie(): NonNullable<typeof trie> {
  if (trie) return trie;
  const root: Node = { next: null, status: null };
  for (const { phrase, status } of EVENT_PHRASES) {
    let node = root;
    for (const w of phrase.split(' ')) {
      node.next ??= new Map();
      let c = node.next.get(w);
      if (!c) {
        c = { next: null, status: null };
        node.next.set(w, c);
      }
      node = c;
    }
    node.status ??= status;
  }
  trie = { root };
  return trie;
}

const pad2 = (x: number): string => (x < 10 ? '0' : '') + x;

/**
 * The UTC date of a time value as toISOString() begins it (YYYY-MM-DD), computed (days to civil
 * date, as in H. Hinnant's algorithm) for years 1000-9999 instead of a Date object and its
 * C++ formatting; other values (and NaN, which throws) go through Date as before.
 */
function iso(ms: number): string {
  if (!(ms >= -30610224000000 && ms < 253402300800000)) return new Date(ms).toISOString().slice(0, 10);
  const z = Math.floor(Math.trunc(ms) / DAY) + 719468; // (Date truncates a fractional time value)
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** Month and weekday names -> their index, as MONTHS/MONTH_ABBR.indexOf and WEEKDAYS.indexOf
 * give it (one lookup instead of up to 24 string comparisons per capitalised word). */
function firstIndex(...lists: readonly (readonly string[])[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const list of lists) list.forEach((w, k) => m.has(w) || m.set(w, k));
  return m;
}
const MONTH_INDEX = firstIndex(MONTHS, MONTH_ABBR);
const WEEKDAY_INDEX = firstIndex(WEEKDAYS);

function monthOf(lower: string): number {
  return MONTH_INDEX.get(lower) ?? -1;
}

/**
 * Resolves the first date expression in tokens [a, b) against the publication date: "this week",
 * "Monday" (the most recent one, or the next for future-tense plans), "two months ago",
 * "on March 3", "yesterday". Returns null when there is none or no publication date.
 */
export function resolveDate(
  toks: Token[],
  a: number,
  b: number,
  publishedMs: number | null,
  future: boolean,
): string | null {
  if (publishedMs === null) return null;
  const pub = new Date(publishedMs);
  for (let k = a; k < b; k++) {
    const t = toks[k]!;
    if (t.kind !== TokKind.Word && t.kind !== TokKind.Number) continue;
    const w = t.lower;
    const nx = toks[k + 1]?.lower;
    if (w === 'today') return iso(publishedMs);
    if (w === 'yesterday') return iso(publishedMs - DAY);
    if (w === 'tomorrow') return iso(publishedMs + DAY);
    if ((w === 'this' || w === 'next' || w === 'last') && (nx === 'week' || nx === 'month')) {
      const shift = w === 'this' ? 0 : w === 'next' ? 1 : -1;
      if (nx === 'week') {
        const monday = publishedMs - ((pub.getUTCDay() + 6) % 7) * DAY;
        return iso(monday + shift * 7 * DAY);
      }
      return iso(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() + shift, 1));
    }
    const wd = WEEKDAY_INDEX.get(w) ?? -1;
    if (wd >= 0) {
      const diff = (pub.getUTCDay() - wd + 7) % 7;
      if (future) return iso(publishedMs + ((wd - pub.getUTCDay() + 7) % 7 || 7) * DAY);
      return iso(publishedMs - diff * DAY);
    }
    // "two months ago"
    // (the cheap test first: the number is parsed only before "<unit> ago")
    if (nx && toks[k + 2]?.lower === 'ago' && UNITS[nx]) {
      const num = t.kind === TokKind.Number ? Number(t.text) : NUMBER_WORDS[w];
      if (num !== undefined && !Number.isNaN(num)) return iso(publishedMs - num * UNITS[nx]! * DAY);
    }
    // "March 3", "3 March", "March 3, 2019"
    const m = t.kind === TokKind.Word && t.cap ? monthOf(w) : -1;
    if (m >= 0 && (w !== 'may' || toks[k + 1]?.kind === TokKind.Number)) {
      const dTok = toks[k + 1];
      let day = 1;
      let year = pub.getUTCFullYear();
      if (dTok?.kind === TokKind.Number && dTok.text.length <= 2) {
        day = Number(dTok.text);
        const yTok = toks[k + 3];
        if (toks[k + 2]?.text === ',' && yTok?.kind === TokKind.Number && yTok.text.length === 4)
          year = Number(yTok.text);
      } else if (dTok?.kind === TokKind.Number && dTok.text.length === 4) {
        year = Number(dTok.text);
      }
      let ms = Date.UTC(year, m, day);
      // a month later than publication with no year is last year's, unless it is a plan
      if (!future && ms > publishedMs + 2 * DAY && !(dTok?.text.length === 4))
        ms = Date.UTC(year - 1, m, day);
      return iso(ms);
    }
    if (t.kind === TokKind.Number && t.text.length <= 2 && nx) {
      const mm = monthOf(nx);
      if (mm >= 0 && toks[k + 1]!.cap) return iso(Date.UTC(pub.getUTCFullYear(), mm, Number(t.text)));
    }
  }
  return null;
}

/** Status events ("talks may restart this week", "the deal was signed on Monday"), dated. */
export function findEvents(
  text: string,
  toks: Token[],
  sentences: Sentence[],
  publishedMs: number | null,
): NegotiationEvent[] {
  const { root } = getTrie();
  const out: NegotiationEvent[] = [];
  const seen = new Set<string>();
  for (const S of sentences) {
    // EVENT_NOUNS, as a word-class bit of the tokens, or-ed over the sentence's
    if ((S.w & W_EVENT) === 0) continue;
    let future = false;
    for (let k = S.first; k < S.last; k++) {
      const w = toks[k]!.lower;
      if (
        w === 'will' ||
        w === 'may' ||
        w === 'plan' ||
        w === 'plans' ||
        w === 'next' ||
        w === 'could' ||
        w === 'expected'
      )
        future = true;
    }
    for (let k = S.first; k < S.last; k++) {
      let node: Node | undefined = root;
      let status: EventStatus | null = null;
      let end = k;
      for (let q = k; q < S.last && node?.next; q++) {
        node = node.next.get(toks[q]!.lower);
        if (!node) break;
        if (node.status) {
          status = node.status;
          end = q + 1;
        }
      }
      if (!status) continue;
      const date = resolveDate(toks, S.first, S.last, publishedMs, future || status === 'planned');
      const key = `${status}|${date ?? ''}`;
      k = end - 1;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ status, date, text: text.slice(S.start, S.end), start: S.start, end: S.end });
      break; // one event per sentence
    }
  }
  return out;
}
