import type { EventStatus, NegotiationEvent } from './types';
import {
  isPossessive,
  registerWordSet,
  registerWordSet2,
  TokenSet,
  TokKind,
  WordSet,
  WordSet2,
  type Sentence,
  type Token,
} from './tokenize';
import {
  DEAL_NOUNS,
  DISPUTE_NOUNS,
  EVENT_TRIGGERS,
  MEETING_NOUNS,
  MONTH_NAMES,
  TALKS_NOUNS,
  WEEKDAY_NAMES,
} from './lexicon/topics';
import { W_EVENT } from './lexicon/compile';
import type { ActorResult } from './actors';

const DAY = 864e5;
const WEEKDAYS: readonly string[] = WEEKDAY_NAMES;
const MONTHS: readonly string[] = MONTH_NAMES;
const MONTH_ABBR = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// (Maps, not objects: an object read with a token's word is a generic keyed lookup, and answers
// for "constructor" too)
const NUMBER_WORDS = new Map<string, number>([
  ['a', 1],
  ['an', 1],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['several', 3],
  ['few', 3],
]);
const UNITS = new Map<string, number>([
  ['day', 1],
  ['days', 1],
  ['week', 7],
  ['weeks', 7],
  ['month', 30],
  ['months', 30],
  ['year', 365],
  ['years', 365],
]);

/** Words after which a capitalised `May` is the month, not the modal or a name. */
const MAY_BEFORE = new Set([
  'in',
  'early',
  'late',
  'mid',
  'since',
  'until',
  'by',
  'from',
  'last',
  'next',
  'this',
  'through',
  'of',
]);

/** Seasons -> the month they open (northern, as the wire writes them), read after SEASON_BEFORE. */
const SEASONS = new Map([
  ['spring', 2],
  ['summer', 5],
  ['autumn', 8],
  ['fall', 8],
  ['winter', 11],
]);
const SEASON_BEFORE = new Set(['the', 'this', 'next']);
const SEASON_IN = new Set(['in', 'during', 'over']);

/** Words before a date that make it a limit rather than the day something happened. */
const DATE_LIMITS = new Set(['by', 'until', 'till', 'before', 'from', 'since']);
const DATE_LIMITS_TOK = new TokenSet(DATE_LIMITS);

const pad2 = (x: number): string => (x < 10 ? '0' : '') + x;

/**
 * The UTC date of a time value as toISOString() begins it (YYYY-MM-DD), computed (days to civil
 * date, as in H. Hinnant's algorithm) for years 1000-9999 instead of a Date object and its
 * C++ formatting; other values (and NaN, which throws) go through Date as before.
 */
/** The largest time value a Date holds (ECMA-262: 8.64e15 ms either side of 1970). */
const MAX_DATE_MS = 8.64e15;
/** True when a token's text is all ASCII digits. */
/** Past verbs of a decision with an infinitive after them, besides `-ed` forms. */
const PAST_DECIDERS = new Set([
  'agreed',
  'signed',
  'decided',
  'pledged',
  'promised',
  'vowed',
  'undertook',
  'chose',
]);
/** True when a past verb of a decision stands in [a, b) ("agreed on Wednesday", "signed a
 * memorandum today"). */
function pastVerbBefore(toks: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (PAST_DECIDERS.has(toks[k]!.lower)) return true;
  return false;
}
/** Words that count deals ("a dozen", "dozens of", "several", "more than"). */
const DEAL_COUNTS = new Set(['dozen', 'dozens', 'several', 'many', 'numerous', 'multiple', 'more', 'some']);
/** Plural nouns of deals. */
const DEALS_PLURAL = new Set(['agreements', 'deals', 'accords', 'pacts', 'treaties']);
/** True when the verb at a takes a counted plural of deals within seven words ("has signed 28 trade
 * agreements", "signed more than two dozen such deals"). */
function countedDeals(toks: Token[], a: number, end: number): boolean {
  let counted = false;
  for (let k = a + 1; k < Math.min(end, a + 8); k++) {
    const t = toks[k]!;
    // (three or more: "signed two agreements on Tuesday" may be this negotiation's own)
    if (
      (t.kind === TokKind.Number && Number(t.text) >= 3) ||
      DEAL_COUNTS.has(t.lower) ||
      (NUMBER_WORDS.get(t.lower) ?? 0) >= 3
    )
      counted = true;
    else if (DEALS_PLURAL.has(t.lower)) return counted;
    else if (t.kind !== TokKind.Word) return false;
  }
  return false;
}
function isDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return s.length > 0;
}

function iso(ms: number): string {
  if (!(ms >= -30610224000000 && ms < 253402300800000)) {
    // (hostile numbers, `99999999 years ago`: the Date range's ends, never a RangeError)
    const safe = ms > 0 ? Math.min(ms, MAX_DATE_MS) : ms < 0 ? Math.max(ms, -MAX_DATE_MS) : 0;
    const out = new Date(safe).toISOString();
    return out.slice(0, out.indexOf('T'));
  }
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
MONTH_INDEX.set('sept', 8); // (`Sept 15`: wire copy's four-letter abbreviation)
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
    // `a deal by July 21`, `tariffs from August 1`, `since May`: a deadline or a start, not the day
    if (k > a && DATE_LIMITS_TOK.has(toks[k - 1])) continue;
    const w = t.lower;
    const nx = toks[k + 1]?.lower;
    if (w === 'today') return iso(publishedMs);
    if (w === 'yesterday') return iso(publishedMs - DAY);
    if (w === 'tomorrow') return iso(publishedMs + DAY);
    // `tonight`, `last night`, `this morning`: wire copy's same-day times
    if (w === 'tonight') return iso(publishedMs);
    if (w === 'last' && nx === 'night') return iso(publishedMs - DAY);
    if (w === 'this' && (nx === 'morning' || nx === 'afternoon' || nx === 'evening')) return iso(publishedMs);
    if ((w === 'this' || w === 'next' || w === 'last') && (nx === 'week' || nx === 'month')) {
      const shift = w === 'this' ? 0 : w === 'next' ? 1 : -1;
      if (nx === 'week') {
        const monday = publishedMs - ((pub.getUTCDay() + 6) % 7) * DAY;
        return iso(monday + shift * 7 * DAY);
      }
      return iso(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() + shift, 1));
    }
    // `a special session next year`: the first day of the coming year (a plan with no day of its own)
    if (w === 'next' && nx === 'year') return iso(Date.UTC(pub.getUTCFullYear() + 1, 0, 1));
    // `in the autumn`, `this spring`, `next summer`: a season as the first day of its first month
    // (`fall` only so, and not before `in`/`of`: elsewhere it is the verb or a drop)
    const season = SEASONS.get(w);
    if (
      season !== undefined &&
      k > a &&
      SEASON_BEFORE.has(toks[k - 1]!.lower) &&
      // (`in the autumn`, not `until the autumn` nor `the fall in oil prices`)
      (toks[k - 1]!.lower !== 'the' || SEASON_IN.has(toks[k - 2]?.lower ?? '')) &&
      (w !== 'fall' || (nx !== 'in' && nx !== 'of'))
    ) {
      let ms = Date.UTC(pub.getUTCFullYear(), season, 1);
      const prev = toks[k - 1]!.lower;
      const yTok = nx === 'of' ? toks[k + 2] : undefined;
      // (`in the autumn of 1988`)
      if (yTok?.kind === TokKind.Number && yTok.text.length === 4 && isDigits(yTok.text))
        return iso(Date.UTC(Number(yTok.text), season, 1));
      if (prev === 'next' || (future && Date.UTC(pub.getUTCFullYear(), season + 3, 1) <= publishedMs))
        ms = Date.UTC(pub.getUTCFullYear() + 1, season, 1);
      else if (!future && prev !== 'this' && ms > publishedMs + 2 * DAY)
        ms = Date.UTC(pub.getUTCFullYear() - 1, season, 1);
      return iso(ms);
    }
    let wd = WEEKDAY_INDEX.get(w) ?? -1;
    // `on Friday and Saturday`, `Monday to Wednesday`: a past sitting is dated by its last day
    if (wd >= 0 && !future && (nx === 'and' || nx === 'to' || nx === 'through'))
      wd = WEEKDAY_INDEX.get(toks[k + 2]?.lower ?? '') ?? wd;
    if (wd >= 0) {
      const diff = (pub.getUTCDay() - wd + 7) % 7;
      if (future) return iso(publishedMs + ((wd - pub.getUTCDay() + 7) % 7 || 7) * DAY);
      return iso(publishedMs - diff * DAY);
    }
    // "two months ago"
    // (the cheap test first: the number is parsed only before "<unit> ago")
    if (nx && toks[k + 2]?.lower === 'ago' && UNITS.get(nx)) {
      const num = t.kind === TokKind.Number ? Number(t.text) : NUMBER_WORDS.get(w);
      if (num !== undefined && !Number.isNaN(num)) return iso(publishedMs - num * UNITS.get(nx)! * DAY);
    }
    // "March 3", "3 March", "March 3, 2019"
    const m = t.kind === TokKind.Word && t.cap ? monthOf(w) : -1;
    // (`May` is the month before a day, or after a word that only a month follows: `in May`)
    if (
      m >= 0 &&
      (w !== 'may' ||
        toks[k + 1]?.kind === TokKind.Number ||
        MAY_BEFORE.has(toks[k - 1]?.lower ?? '') ||
        (toks[k - 1]?.text === '-' && toks[k - 2]?.lower === 'mid')) // (`mid-May`)
    ) {
      // (`Jan. 5`: an abbreviation's full stop before the day)
      const d = toks[k + 1]?.text === '.' && w.length <= 4 ? k + 2 : k + 1;
      // (a number token may run into letters, `1lso`: only digits make a day or a year)
      const dTok = toks[d]?.kind === TokKind.Number && isDigits(toks[d]!.text) ? toks[d] : undefined;
      let day = 1;
      let year = pub.getUTCFullYear();
      if (dTok?.kind === TokKind.Number && dTok.text.length <= 2) {
        day = Number(dTok.text);
        const yTok = toks[d + 2];
        if (
          toks[d + 1]?.text === ',' &&
          yTok?.kind === TokKind.Number &&
          yTok.text.length === 4 &&
          isDigits(yTok.text)
        )
          year = Number(yTok.text);
      } else if (dTok?.kind === TokKind.Number && dTok.text.length === 4) {
        year = Number(dTok.text);
      }
      let ms = Date.UTC(year, m, day);
      // a month later than publication with no year is last year's, unless it is a plan
      if (!future && ms > publishedMs + 2 * DAY && !(dTok?.text.length === 4))
        ms = Date.UTC(year - 1, m, day);
      // and a plan for a month earlier in the year than publication is next year's (`at the next
      // meeting in February` in a December story); the current month stays (`later this month`)
      if (future && !(dTok?.text.length === 4) && Date.UTC(year, m + 1, 1) <= publishedMs)
        ms = Date.UTC(year + 1, m, day);
      return iso(ms);
    }
    // `signed its association agreement with the EU in 2014`: a bare past year that ended half a
    // year or more before the story dates its history (its first day); a nearer one stays undated
    if (t.kind === TokKind.Number && t.text.length === 4 && !future && k > a && toks[k - 1]!.lower === 'in') {
      const y = Number(t.text);
      if (y >= 1900 && Date.UTC(y + 1, 0, 1) + HISTORY_MS < publishedMs) return iso(Date.UTC(y, 0, 1));
    }
    if (t.kind === TokKind.Number && t.text.length <= 2 && nx && isDigits(t.text)) {
      const mm = monthOf(nx);
      if (mm >= 0 && toks[k + 1]!.cap) return iso(Date.UTC(pub.getUTCFullYear(), mm, Number(t.text)));
    }
  }
  return null;
}

/** How far a trigger's first word can be from a W_EVENT word: an object noun up to 9 tokens after
 * a phrase of up to 4 words (`reached a substantial first phase of a trade agreement`); a subject
 * noun up to 5 + 8 tokens before (`talks between Frost and Sefcovic are to start`). */
const REACH_BEFORE = 13;
const REACH_AFTER = 14;

/** A trigger phrase and what it must attach to (EVENT_TRIGGERS in lexicon/topics.ts). */
interface Trigger {
  status: EventStatus;
  words: string[];
  attach: 'object' | 'subject' | 'parties' | 'none';
  /** Noun classes it attaches to (`talks-on-deal`: a talks noun followed by a deal noun). */
  nouns: readonly NounClass[];
}
/** A status found by one of the shape recognizers below, over tokens [a, b). */
interface StatusSpan {
  status: EventStatus;
  a: number;
  b: number;
}
/** `talks`: any noun of the negotiating process; `process`: the whole of it (`negotiations`), which
 * concluding means a deal; `meeting`: one sitting of it (`a round`), which concluding means held. */
type NounClass = 'talks' | 'process' | 'meeting' | 'deal' | 'dispute' | 'talks-on-deal' | 'body';
/** What may follow the verb of a body that sat (`adjourned on Thursday`, `resumed in Geneva`). */
const BODY_SAT_NEXT = new Set([
  'next',
  'on',
  'in',
  'at',
  'without',
  'after',
  'yesterday',
  'today',
  'last',
  'this',
  'late',
  'early',
  ',',
  '.',
]);
/** Bodies of the talks that sit (`the group meets again`, `a joint committee will meet`). */
const SITTING_BODY_NOUNS = new Set(['council', 'commission', 'committee', 'group', 'conference']);

/** Trigger phrases by their first word, then (phrases of two words or more) by their second, so
 * a common first word (`to`, `will`) costs one more lookup, not a test of each of its phrases. */
interface TriggerIndex {
  /** One-word phrases of this first word. */
  one: Trigger[];
  /** Longer phrases by their second word, longest first (`ended without` before `ended`). */
  more: Map<string, Trigger[]> | null;
}
let triggers: Map<string, TriggerIndex> | null = null;
function triggersByFirstWord(): Map<string, TriggerIndex> {
  if (triggers) return triggers;
  const index = new Map<string, TriggerIndex>();
  for (const line of EVENT_TRIGGERS) {
    const [status, phrases, attach, nouns] = line.split('|') as [
      EventStatus,
      string,
      Trigger['attach'],
      string,
    ];
    for (const phrase of phrases.split(',')) {
      const words = phrase.split(' ');
      const t: Trigger = { status, words, attach, nouns: nouns ? (nouns.split(',') as NounClass[]) : [] };
      let entry = index.get(words[0]!);
      if (!entry) index.set(words[0]!, (entry = { one: [], more: null }));
      if (words.length === 1) entry.one.push(t);
      else {
        entry.more ??= new Map();
        const list = entry.more.get(words[1]!) ?? [];
        list.push(t);
        entry.more.set(words[1]!, list);
      }
    }
  }
  for (const entry of index.values())
    for (const list of entry.more?.values() ?? []) list.sort((x, y) => y.words.length - x.words.length);
  return (triggers = index);
}

/** The words findEvents' rules after the trigger phrases start at (`t.lower === ...`, and the
 * sets SPANS, LOOSE_BY_FIRST, RESUMES): a rule added there with a new word must add it here. */
const RULE_WORDS = [
  'of',
  'next',
  'in',
  'agreed',
  'agree',
  'agrees',
  'to',
  'at',
  'after',
  'following',
  'visits',
  'visit',
  'meet',
  'told',
  'asked',
  'saw',
  'failed',
  'continue',
  'discussed',
  'raised',
];
/** Every word a hit can start at: a trigger phrase's first word (its index), or a word only the
 * rules start at (null). A word not in it ends findEvents' look at a token with one lookup,
 * where the rules tested it against each of their words in turn. */
let startWords: Map<string, TriggerIndex | null> | null = null;
function eventStartWords(): Map<string, TriggerIndex | null> {
  if (startWords) return startWords;
  const m = new Map<string, TriggerIndex | null>(triggersByFirstWord());
  for (const w of [...RULE_WORDS, ...SPANS, ...LOOSE_BY_FIRST.keys(), ...RESUMES])
    if (!m.has(w)) m.set(w, null);
  return (startWords = m);
}

const TALKS = new Set(TALKS_NOUNS);
const TALKS_TOK = new TokenSet(TALKS);
const DEALS = new Set(DEAL_NOUNS);
const DISPUTES = new Set(DISPUTE_NOUNS);
const MEETINGS = new Set(MEETING_NOUNS);
/** Whether `lower` is of any of the classes `nouns` (a loop: `nouns.some` made a closure a call). */
function anyClass(lower: string, nouns: readonly NounClass[]): boolean {
  for (let i = 0; i < nouns.length; i++) if (isClass(lower, nouns[i]!)) return true;
  return false;
}

function isClass(lower: string, c: NounClass): boolean {
  switch (c) {
    case 'talks':
    case 'talks-on-deal':
      return TALKS.has(lower);
    case 'process':
      return TALKS.has(lower) && !MEETINGS.has(lower);
    case 'meeting':
      return MEETINGS.has(lower);
    case 'deal':
      return DEALS.has(lower);
    case 'dispute':
      return DISPUTES.has(lower);
    case 'body':
      return SITTING_BODY_NOUNS.has(lower);
  }
}

/** True when a weekday's possessive stands at k (`Tuesday's session`). */
function dayPossessorAt(toks: Token[], k: number): boolean {
  const t = toks[k];
  return t !== undefined && t.cap && WEEKDAYS.includes(t.lower) && isPossessive(toks[k + 1]);
}
/** Words that open a clause whose event is only supposed: `if the two sides reached a deal`. */
const HYPOTHETICAL = new Set(['if', 'unless', 'until', 'once', 'whether', 'lest', 'provided']);
const HYPOTHETICAL_TOK = new TokenSet(HYPOTHETICAL);
/** Nouns of a time that a clause after them names (`the day a deal is signed`). */
const TIME_HEADS = new Set(['day', 'moment', 'date', 'time', 'minute']);
/** Nouns of talks stuck (`a long stalemate`). */
const STALL_NOUNS = new Set(['impasse', 'deadlock', 'stalemate']);
/** Modals that make an event possible, not real (`could see the pact suspended`). */
const MODALS = new Set(['could', 'might', 'may', 'would', 'should', 'must', 'can']);
// (`has yet to be signed`: not done, and not on the calendar)
const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'without', 'nor', 'neither', 'yet']);
/** Verbs whose infinitive complement is a goal, not an event (`urged Brussels to return to talks`). */
const GOAL_VERBS = new Set([
  'urge',
  'urged',
  'urges',
  'urging',
  'ask',
  'asked',
  'asks',
  'want',
  'wants',
  'wanted',
  'call',
  'called',
  'calls',
  'press',
  'pressed',
  'presses',
  'hope',
  'hoped',
  'hopes',
  'seek',
  'seeks',
  'sought',
  'aim',
  'aims',
  'aimed',
  'try',
  'tried',
  'tries',
  'push',
  'pushed',
  'pushing',
  'wish',
  'need',
  'needs',
  'needed',
  'failed',
  'fail',
  'refused',
  'refuse',
  'threatened',
  'threaten',
  'vowed',
  'prepared',
  'ready',
  'willing',
  'eager',
  'keen',
  'able',
  'unable',
  'bid',
  'effort',
  'efforts',
  'attempt',
  'chance',
  'way',
  'pressure',
  'require',
  'requires',
  'required',
  'requiring',
  'predict',
  'predicts',
  'predicted',
  'forecast',
  'forecasts',
  'expect',
  'expects',
  'view',
  'order',
  'goal',
  'intention',
  'plea',
  // (`was open to resuming talks with Canada in the future`: a willingness, no restart)
  'open',
  'committed',
]);
/** Verbs of wanting whose object can take a participle (`wants the talks resumed`). */
/** Words before `bid` that make it a noun (`Ethiopia's bid`, `the bid`). */
const BID_DETERMINERS = new Set(['the', 'its', 'their', "'s", 'his', 'her']);

const WANTS = new Set(['want', 'wants', 'wanted', 'wanting', 'need', 'needs', 'needed', 'expect', 'expects']);
/** Tokens [p, a) are an object noun phrase of the trigger's noun: words, no break, its head last. */
function isWantedObject(toks: Token[], p: number, a: number): boolean {
  const isHead = (w: string): boolean => TALKS.has(w) || DEALS.has(w) || DISPUTES.has(w);
  if (!isHead(toks[a - 1]!.lower)) {
    // (`the agreement with the European Union`: the head, then `with` and its party to the trigger)
    let h = p;
    while (h < a && !isHead(toks[h]!.lower)) h++;
    if (h >= a - 1 || h - p > 3 || toks[h + 1]!.lower !== 'with') return false;
  } else if (a - p > 4) return false;
  for (let q = p; q < a; q++)
    if (toks[q]!.kind !== TokKind.Word || CLAUSE_END.has(toks[q]!.lower)) return false;
  return true;
}
/** `a Soviet request to attend the new round`: what a party asks leave to do, right before the
 * trigger's `to` (not `a working party on China's request to resume its seat ended its meeting`). */
const REQUEST_NOUNS = new Set(['request', 'requests', 'requested', 'application', 'permission']);
/** Nouns an infinitive of purpose follows (`in a push to settle the row`). */
const PURPOSE_HEADS = new Set(['attempts', 'push', 'drive', 'week']);
/** Present tenses of triggers, which news uses for what is still to come. */
// (`when the talks resume in Seoul in March`: a restart still to come)
const PRESENT_TENSE = new Set([
  'open',
  'opens',
  'begin',
  'begins',
  'starts',
  'meets',
  'visits',
  'resume',
  'resumes',
]);
/** Verbs of talks starting (subject triggers of `held`), and the openers that make them background. */
const STARTS = new Set(['opened', 'began', 'got', 'opens', 'open', 'begins', 'begin', 'starts']);
const SINCE = new Set(['after', 'since', 'when']);
/**
 * `eight years after talks began`, `since the talks opened`, `talks opened in 2020`: when the
 * negotiation started (its history), not a sitting of it.
 */
function background(toks: Token[], from: number, a: number, b: number, last: number): boolean {
  if (SINCE.has(toks[clauseStart(toks, from, a) - 1]?.lower ?? '')) return true;
  for (let q = b; q < clauseEnd(toks, b, last); q++) {
    const t = toks[q]!;
    // (not `to replace the five-year accord`: a compound's `year` is a length, not a time)
    if (
      (t.kind === TokKind.Number && t.text.length === 4) ||
      ((t.lower === 'year' || t.lower === 'years') && toks[q - 1]!.text !== '-')
    )
      return true;
  }
  return false;
}

/** Future markers before a trigger: its date is a plan (`will meet on Monday` is the next Monday). */
const FUTURE = new Set([
  'will',
  'would',
  'to',
  'plan',
  'plans',
  'planned',
  'expected',
  'due',
  'set',
  'next',
  "'ll",
]);
/** Words that end the stretch a trigger looks through for its noun. */
const CLAUSE_END = new Set([
  ',',
  ';',
  ':',
  '.',
  '!',
  '?',
  '(',
  ')',
  'that',
  'which',
  'who',
  'while',
  'but',
  'because',
  'as',
  'after',
  'before',
  'since',
  'when',
  'where',
  'until',
  'though',
  'although',
  'whereas',
]);
registerWordSet(
  [...CLAUSE_END].filter((w) => w.charCodeAt(0) >= 97),
  WordSet.ClauseEnd,
);
/** `CLAUSE_END.has(t.lower)`: a word by its word-set bit, punctuation by the set. */
const endsClause = (t: Token): boolean =>
  t.kind === TokKind.Word ? (t.w & WordSet.ClauseEnd) !== 0 : CLAUSE_END.has(t.lower);
/** Words a trigger may skip between it and its subject: auxiliaries, adverbs, a relative comma. */
const SUBJECT_GAP = new Set([
  'was',
  'were',
  'is',
  'are',
  'be',
  'been',
  'being',
  'has',
  'have',
  'had',
  'finally',
  'eventually',
  'also',
  'now',
  'already',
  'effectively',
  'formally',
  'officially',
  'then',
  'again',
  'quickly',
  'largely',
  ',',
  'reportedly',
  'apparently',
  'all',
  'but',
  'later',
  'since',
  'just',
  'which',
  'that',
]);
/** Prepositions that open a phrase after a subject's head noun (`talks between Frost and Sefcovic`). */
const SUBJECT_PREPS = new Set(['between', 'with', 'on', 'over', 'in', 'at', 'of', 'among', 'for', 'about']);
/** True when a verb of telling the news or a clause break lies in [a, b) (a subject's span has none). */
function speechBetween(toks: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const w = toks[k]!.lower;
    if (REPORTING.has(w) || w === ';' || w === ':') return true;
  }
  return false;
}
/** A talks noun (of the trigger's classes) opening the sentence at `from`, with a phrase after it
 * (`Talks between ...`, `The negotiations on ...`): a wire lead's subject. */
function leadHead(toks: Token[], from: number, tr: Trigger): boolean {
  const s = toks[from]?.lower === 'the' ? from + 1 : from;
  const t = toks[s];
  return !!t && SUBJECT_PREPS.has(toks[s + 1]?.lower ?? '') && anyClass(t.lower, tr.nouns);
}
/** Verbs of a trip's purpose that make it a sitting (`would go to Washington to discuss ...`). */
const DISCUSS_VERBS = new Set(['discuss', 'negotiate', 'hold', 'resume', 'continue']);
/** Pronouns that may be the subject of `met` when a party is met. */
const PRONOUNS = new Set(['they', 'he', 'she', 'we']);

/** Quotation marks as tokens. */
const QUOTES = new Set(['"', '\u201c', '\u201d']);

/** True when `we` at q opens a sentence with no quotation mark in it or right before it: the outlet's
 * own voice (`We spoke to Lim Siew Kuan, president of the refiners' association`), no party. */
function outletsWe(toks: Token[], from: number, q: number, last: number): boolean {
  if (q !== from || QUOTES.has(toks[from - 1]?.text ?? '')) return false;
  for (let r = from; r < last && r < from + 80; r++) if (QUOTES.has(toks[r]!.text)) return false;
  return true;
}
/** What a country's adjective must qualify to name a party (`Chinese negotiators`, not `Chinese companies`). */
const PARTY_HEADS = new Set([
  'negotiators',
  'negotiator',
  'officials',
  'official',
  'government',
  'side',
  'delegation',
  'delegations',
  'leaders',
  'leader',
  'ministers',
  'minister',
  'counterpart',
  'counterparts',
  'team',
  'envoy',
  'envoys',
  // (`Chilean diplomats are to meet Commission officials on Thursday`)
  'diplomats',
  'diplomat',
  'ambassador',
  'ambassadors',
  'delegates',
  'authorities',
  'president',
  'premier',
  'administration',
]);
/** Particles after a one-word trigger that make it another verb (`close in on`, `call for`). */
const PARTICLES = new Set(['in', 'up', 'off', 'for', 'out', 'back', 'down']);
/** Several parties as one subject (`the two sides agreed to ...`). */
const BOTH_SIDES = new Set([
  'sides',
  'countries',
  'governments',
  'leaders',
  'nations',
  'partners',
  'teams',
  'delegations',
  'negotiators',
  'blocs',
  'economies',
  // (`officials of the two provinces would meet in Hull next week`)
  'provinces',
  'states',
]);
/** Infinitives after a joint `agreed to` that are plans of talks, not a deal (a trigger of their own). */
const TALK_VERBS = new Set([
  'meet',
  'hold',
  'resume',
  'start',
  'begin',
  'continue',
  'talk',
  'negotiate',
  'keep',
  'work',
  'return',
  'restart',
  'reopen',
  'revive',
  'relaunch',
  'discuss',
  // (`agreed on Tuesday to step up work on a trade agreement`, `to speed up talks`: the pace of
  // the talks, no deal)
  'step',
  'speed',
  'accelerate',
  'intensify',
  'expedite',
]);

/**
 * Token k names a party of a negotiation: a country or bloc, a government body or official of one
 * (not a lobby, outlet or analyst), or a country's adjective (`U.S. and Chinese negotiators`).
 */
export function partiesOf(ar: ActorResult, toks: Token[]): (k: number) => boolean {
  return (k) => {
    const m = ar.mentionAt[k] ?? -1;
    if (m >= 0) {
      const a = ar.mentions[m]!.actor;
      if (a.own || a.kind === 'media') return false;
      // an official whose country the text does not say is still a government's (`trade
      // representative Clayton Yeutter`)
      return (
        a.kind === 'country' ||
        a.kind === 'bloc' ||
        a.sideId !== null ||
        (a.kind === 'person' && a.role !== null)
      );
    }
    // a seat of government (`visited the White House`), or `Chinese negotiators`
    // (`Japanese and EC officials`: a demonym coordinated with a one-word party before the head)
    // (most stories name no seat: no look-up then)
    // (`South Korean officials`, `West German negotiators`: a demonym of two words is noted at its
    // first; the head follows its second)
    return (
      (ar.seatAt.size > 0 && ar.seatAt.has(k)) ||
      (!!ar.adjAt[k] &&
        (PARTY_HEADS.has(toks[k + 1]?.lower ?? '') ||
          (toks[k + 1]?.cap === true && PARTY_HEADS.has(toks[k + 2]?.lower ?? '')) ||
          (toks[k + 1]?.lower === 'and' && PARTY_HEADS.has(toks[k + 3]?.lower ?? ''))))
    );
  };
}

/** The first of these phrases at token k that is spelled there and attaches. */
function firstAttached(
  list: Trigger[] | undefined,
  toks: Token[],
  from: number,
  k: number,
  last: number,
  party: ((k: number) => boolean) | null,
): StatusSpan | null {
  if (!list) return null;
  for (const tr of list) {
    if (!spells(toks, k, last, tr.words)) continue;
    const b = k + tr.words.length;
    // a particle makes another verb: `close in on a deal`, `called for a truce`, `sign up to`
    // (`agreed in London on Thursday on ...`: `in` before a place is no particle)
    if (
      tr.attach === 'object' &&
      tr.words.length === 1 &&
      PARTICLES.has(toks[b]?.lower ?? '') &&
      !(toks[b]!.lower === 'in' && toks[b + 1]?.kind === TokKind.Word && toks[b + 1]!.cap)
    )
      continue;
    // `Nigeria has ended more than two years of negotiations with the Fund`: a party ending a
    // process of years or months breaks it off
    if (
      tr.attach === 'object' &&
      SITTING_ENDS.has(tr.words[0]!) &&
      tr.nouns.includes('talks') &&
      yearsOfTalks(toks, b, last) &&
      partyBefore(toks, from, k, party)
    )
      return { status: 'broken_off', a: k, b };
    if (!attaches(toks, tr, from, k, b, last, party)) continue;
    // `ended talks in Peking`: ending talks (not a meeting, found above) is a sitting's end only with
    // the sitting's place after the noun (`ended talks on a joint debt plan` may end the process)
    if (
      tr.status === 'held' &&
      tr.attach === 'object' &&
      SITTING_ENDS.has(tr.words[0]!) &&
      tr.nouns.includes('talks') &&
      !placedTalks(toks, b, last)
    )
      continue;
    // signing is the parties' act (`companies signed agreements to buy` is no event)
    // (`Lutnick and Japan's chief negotiator, Ryosei Akazawa, signed a memorandum`: the subject
    // before an appositive)
    // (`..., Hon. Salim Mvurya, today signed`: past a time word between the appositive and the verb)
    const verbAt = TIME_WORDS.has(toks[k - 1]?.lower ?? '') ? k - 1 : k;
    if (
      tr.status === 'signed' &&
      tr.attach === 'object' &&
      !partyBefore(toks, from, verbAt, party) &&
      !(toks[verbAt - 1]?.text === ',' && party !== null && partyInClause(toks, from, verbAt, party))
    )
      continue;
    return { status: tr.status, a: k, b };
  }
  return null;
}

/** Words before a span's number (`more than two years`). */
const ABOUT_WORDS = new Set(['more', 'than', 'nearly', 'almost', 'over', 'some', 'about']);
/** `[more than] two years of negotiations` at b: a process's length (PROCESS_SPANS), then a talks
 * noun. */
function yearsOfTalks(toks: Token[], b: number, last: number): boolean {
  let j = b;
  while (j < last && j < b + 2 && ABOUT_WORDS.has(toks[j]!.lower)) j++;
  const n = toks[j];
  if (!n || !isCount(n) || !PROCESS_SPANS.has(toks[j + 1]?.lower ?? '')) return false;
  return toks[j + 2]?.lower === 'of' && isClass(toks[j + 3]?.lower ?? '', 'talks');
}

/** A number, in figures or words (`20`, `two`). */
function isCount(t: Token): boolean {
  return t.kind === TokKind.Number || NUMBER_WORDS.has(t.lower);
}

/** `continue` after a future auxiliary, with talks as its subject. */
const CONTINUING: Trigger = { status: 'planned', words: ['continue'], attach: 'subject', nouns: ['talks'] };
/**
 * `Pemex said the talks would continue in Mexico City in September`, `talks with French officials
 * on the details would continue next week`: talks that will go on at a day after the story are
 * planned (not without such a day: `talks on that treaty would continue separately`). k is the
 * `continue`.
 */
function continuingTalks(
  toks: Token[],
  from: number,
  k: number,
  last: number,
  publishedMs: number | null,
): StatusSpan | null {
  const m = toks[k - 1]?.lower;
  if (publishedMs === null || k - 1 <= from || !(m === 'will' || m === 'would' || m === "'ll")) return null;
  if (!attaches(toks, CONTINUING, from, k - 1, k + 1, last, null)) return null;
  const date = resolveDate(toks, k + 1, dateEnd(toks, k + 1, last), publishedMs, true);
  if (date !== null) return Date.parse(date) > publishedMs ? { status: 'planned', a: k - 1, b: k + 1 } : null;
  // (`technical talks would continue in the coming weeks`: a time to come with no day)
  return spells(toks, k + 1, last, ['in', 'the', 'coming']) && COMING_UNITS.has(toks[k + 4]?.lower ?? '')
    ? { status: 'planned', a: k - 1, b: k + 1 }
    : null;
}
const COMING_UNITS = new Set(['days', 'weeks', 'months']);

/** `resume` with the parties as its subject. */
const RESUMES = new Set(['resume', 'resumes', 'resumed']);
const RESUMES_TOK = new TokenSet(RESUMES);
/** Words between a subject and `resume` (`are due to`, `will`), besides SUBJECT_GAP's. */
const RESUME_GAP = new Set(['to', 'due', 'scheduled', 'expected', 'set', 'will', 'would', "'ll"]);
/**
 * `Ministers are due to resume on July 20`, `the two delegations resumed in Geneva on Monday`: the
 * parties (their officials, or several sides) resuming with no object (a place, a time or the
 * clause's end after the verb) is their talks restarted. k is the `resume`.
 */
function partiesResume(
  toks: Token[],
  from: number,
  k: number,
  last: number,
  party: (k: number) => boolean,
): StatusSpan | null {
  const nx = k + 1 < last ? toks[k + 1]!.lower : '.';
  if (!MEET_NEXT.has(nx) && !CLAUSE_END.has(nx)) return null;
  let q = k - 1;
  while (q > from && q >= k - 5 && (SUBJECT_GAP.has(toks[q]!.lower) || RESUME_GAP.has(toks[q]!.lower))) q--;
  if (q < from || toks[q]!.text === ',') return null;
  const w = toks[q]!.lower;
  return PARTY_HEADS.has(w) || party(q) || (BOTH_SIDES.has(w) && several(toks[q - 1]))
    ? { status: 'restarted', a: k, b: k + 1 }
    : null;
}

/** `two`, `both`, `five`, `12` before a plural: more than one (`the five countries`). */
function several(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.lower === 'both') return true;
  const n = t.kind === TokKind.Number ? Number(t.text) : NUMBER_WORDS.get(t.lower);
  return n !== undefined && n >= 2;
}

/** What failing to reach leaves talks stuck on (`failed to reach agreement`, `to conclude a pact`). */
const FAIL_TO = new Set(['reach', 'conclude', 'strike', 'clinch']);
/**
 * `failed on Wednesday to agree on a scheme`, `failed to reach agreement`: talks stuck (not
 * `failed to settle India's demand`, one point left open). k is the `failed`; the event's
 * stretch begins right after it, so a day between it and `to` dates it.
 */
/** What parties at odds fail to bridge (`the gap`, `their differences`, `the deadlock`). */
const GAP_NOUNS = new Set(['gap', 'gaps', 'differences', 'deadlock', 'impasse', 'divide']);
function failedToAgree(toks: Token[], k: number, last: number): StatusSpan | null {
  // (`failed again on Wednesday to bridge the gap`)
  const q = adverbialsEnd(toks, toks[k + 1]?.lower === 'again' ? k + 2 : k + 1, last);
  if (toks[q]?.lower !== 'to') return null;
  const v = toks[q + 1]?.lower ?? '';
  if (v === 'agree') return { status: 'stalled', a: k, b: k + 1 };
  // `to bridge the gap`, `to break the deadlock`: the parties' differences left as they were
  if (v === 'bridge' || v === 'break' || v === 'narrow' || v === 'resolve')
    for (let r = q + 2; r < Math.min(last, q + 5); r++)
      if (GAP_NOUNS.has(toks[r]!.lower)) return { status: 'stalled', a: k, b: k + 1 };
  if (!FAIL_TO.has(v)) return null;
  for (let r = q + 2; r < Math.min(last, q + 5); r++)
    if (DEALS.has(toks[r]!.lower)) return { status: 'stalled', a: k, b: k + 1 };
  return null;
}

/** `Officials of the two countries discussed the duty in Ottawa last week`, `Japan and Canada
 * discussed the duty`: both parties (two joined by `and`, or `the two sides`) discussing. k is
 * the `discussed`. */
function jointDiscussion(
  toks: Token[],
  from: number,
  k: number,
  party: (k: number) => boolean,
): StatusSpan | null {
  let parties = 0;
  let joined = false;
  let inParty = false;
  for (let q = k - 1; q >= Math.max(from, k - 8) && !endsClause(toks[q]!); q--) {
    const w = toks[q]!.lower;
    if (BOTH_SIDES.has(w) && (toks[q - 1]?.lower === 'two' || toks[q - 1]?.lower === 'both'))
      return { status: 'held', a: k, b: k + 1 };
    const p = party(q);
    if (p && !inParty) parties++;
    inParty = p;
    if (w === 'and') joined = true;
  }
  return parties >= 2 && joined ? { status: 'held', a: k, b: k + 1 } : null;
}

/** A talks noun within a few words from b with a place right after it (`talks in Peking`). */
function placedTalks(toks: Token[], b: number, last: number): boolean {
  for (let q = b; q < Math.min(last, b + 5); q++) {
    if (!TALKS_TOK.has(toks[q])) continue;
    const p = toks[q + 1]?.lower;
    return (p === 'in' || p === 'at') && toks[q + 2]?.kind === TokKind.Word && toks[q + 2]!.cap;
  }
  return false;
}

/** `negotiations on a free trade agreement`: a deal noun soon after talks noun q, and no `without`. */
function dealAfter(toks: Token[], q: number, last: number): boolean {
  for (let r = q + 1; r < Math.min(last, q + 10); r++) {
    const x = toks[r]!.lower;
    if (CLAUSE_END.has(x) || x === 'without') return false;
    if (DEALS.has(x)) return true;
  }
  return false;
}

/** Whether tokens [k, k + words) spell the phrase. */
function spells(toks: Token[], k: number, end: number, words: string[]): boolean {
  if (k + words.length > end) return false;
  for (let q = 0; q < words.length; q++) if (toks[k + q]!.lower !== words[q]) return false;
  return true;
}

/**
 * Status events ("the talks collapsed", "the deal was signed on Monday"), each dated against the
 * publication date where the text gives a day. A trigger counts only with what it attaches to, and
 * not when its clause is supposed (`if`, `until`, a modal), denied (`had not collapsed`) or a goal
 * (`urged them to return to talks`). `party(k)` says whether token k names a party (a country,
 * bloc or one of their officials); without it no `met`/`agreed to` event is found.
 */
export function findEvents(
  text: string,
  toks: Token[],
  sentences: Sentence[],
  publishedMs: number | null,
  party: ((k: number) => boolean) | null = null,
): NegotiationEvent[] {
  const byFirst = eventStartWords();
  /** nthDayNow per sentence start (several held triggers in one sentence ask it once). */
  let nthDayFrom = -1;
  let nthDaySaid = false;
  const out: NegotiationEvent[] = [];
  const seen = new Set<string>();
  /** Whether the text is a live page (livePage), asked on first need. */
  let live: boolean | null = null;
  /** The report's day at the end of the first undated deal's sentence (trailingReportDay). */
  let reportDay: string | null = null;
  // the headline: the sentences of a headline-length first line (`U.S. AND EC PRESS BRAZIL ...`
  // splits after `U.S.`), whose present tense names no day; the lead is the sentence after it
  const nl = text.indexOf('\n');
  let head = 1;
  if (nl > 0 && nl <= HEADLINE_CHARS) while (head < sentences.length && sentences[head]!.start < nl) head++;
  for (let si = 0; si < sentences.length; si++) {
    const S = sentences[si]!;
    // `Britain will raise the prices its health service pays ... in exchange for an exemption from
    // U.S. tariffs, the two governments said on Monday`: terms both sides announce in the lead are
    // the deal reached that day
    if (si === head && exchangeIn(toks, S.first, S.last)) {
      const day = jointReportDay(toks, S.first, S.last, publishedMs);
      if (day) addEvent(out, seen, 'deal_reached', day, text, S);
    }
    // `New Zealand asked Canada on Thursday to keep its share of the quota`: a lead's request put
    // by one party to another on a past day was put at a sitting of the two
    if (si === head && party) {
      const L = datelineEnd(toks, S);
      // (`Sweden asked the GATT anti-dumping committee on Wednesday to ...`, `Japan rejected demands
      // on Friday ... in the Uruguay Round talks on ...`: a party's dated step in a body of the
      // talks was taken at its sitting)
      const day =
        requestPutDay(toks, L, S.last, party, publishedMs) ??
        bodyStepDay(toks, L, S.last, party, publishedMs);
      if (day) addEvent(out, seen, 'held', day, text, S);
    }
    if ((S.w & W_EVENT) === 0) continue;
    const from = datelineEnd(toks, S);
    const first = out.length;
    let found = 0;
    /** The sentence told again an undated deal an earlier one told (the headline's). */
    let dealAgain = false;
    let lastStatus: EventStatus | null = null;
    // Every trigger lies near a word with the W_EVENT bit (its noun, or `met`, `agreed`...): at
    // most REACH_BEFORE tokens before the next one or REACH_AFTER after the last one.
    let lastEv = -REACH_AFTER - 1;
    let nextEv = S.first - 1;
    for (let k = S.first; k < S.last && found < 3; k++) {
      if (nextEv < k) {
        nextEv = k;
        while (nextEv < S.last && (toks[nextEv]!.w & W_EVENT) === 0) nextEv++;
      }
      if (nextEv === k) lastEv = k;
      // (a talks noun opening the sentence heads a wire lead's subject: up to 31 tokens back)
      if (nextEv - k > REACH_BEFORE && k - lastEv > (lastEv === from ? 31 : REACH_AFTER)) {
        // (and so is every token up to REACH_BEFORE before the next event word: jumped over)
        k = nextEv - REACH_BEFORE - 1;
        continue;
      }
      const t = toks[k]!;
      // triggers are lower-case words (a capitalised one mid-sentence is a name), or any word of
      // an all-caps headline
      if (t.kind !== TokKind.Word || (t.cap && k > S.first && !S.caps)) continue;
      // (a word no trigger phrase or rule below starts at: no hit; most words, told by their bit
      // without a Map look-up)
      if ((t.w & WordSet.EventStart) === 0) continue;
      const start = byFirst.get(t.lower);
      if (start === undefined) continue;
      let hit: StatusSpan | null = null;
      // (`the hold-up also delays a separate negotiation`: a trigger joined by a hyphen to the next
      // word is part of a compound, not the verb)
      const nx = toks[k + 1];
      const entry = nx && nx.text === '-' && !nx.space && toks[k + 2]?.space === false ? null : start;
      if (entry) {
        const longer = entry.more && k + 1 < S.last ? entry.more.get(toks[k + 1]!.lower) : undefined;
        hit =
          firstAttached(longer, toks, from, k, S.last, party) ??
          firstAttached(entry.one, toks, from, k, S.last, party);
      }
      if (!hit && t.lower === 'of') hit = talksLasting(toks, k, S.last);
      if (!hit && t.lower === 'next' && nextEv - k <= 5) hit = nextSitting(toks, k, S.last);
      // `had made it clear in talks in Brussels last month`, `in sector talks last month`: talks in
      // which something was said took place (counted only with a day of their own, below)
      let inTalks = false;
      let atSitting = false;
      if (
        !hit &&
        nextEv > k &&
        nextEv - k <= 7 &&
        // (nextEv is the sentence's end when no event word follows: nothing to read there)
        nextEv < S.last &&
        t.lower === 'in' &&
        // (a sentence that already told an event tells its setting: `called a truce in the talks`)
        found === 0 &&
        toks[k - 1]?.lower !== 'are' &&
        toks[k - 1]?.lower !== 'is' &&
        sittingNoun(toks, k, nextEv, party) &&
        !talksWithTraders(toks, nextEv)
      ) {
        hit = { status: 'held', a: k, b: nextEv + 1 };
        inTalks = true;
      }
      // (the patterns below end in a talks noun, which carries the W_EVENT bit: only near one)
      if (!hit && nextEv - k <= 2 && toks[k - 1]?.text === '-' && SPANS.has(t.lower))
        hit = talksOfSpan(toks, k, S.last);
      if (!hit && party && (t.lower === 'agreed' || t.lower === 'agree' || t.lower === 'agrees'))
        hit = jointAgreement(toks, from, k, S.last, party, si === head);
      // `the beef market opening agreed with the United States this week`, `the economic programme
      // agreed with the International Monetary Fund`: terms agreed with a party, named by their noun
      if (
        !hit &&
        party &&
        t.lower === 'agreed' &&
        toks[k + 1]?.lower === 'with' &&
        termsAgreedWith(toks, from, k, party)
      )
        hit = { status: 'deal_reached', a: k, b: k + 2 };
      // (a length test before the string compares: most words near a talks noun are neither)
      if (!hit && nextEv - k <= 4 && t.lower.length === 2 && (t.lower === 'to' || t.lower === 'at'))
        hit = presentedTo(toks, from, k, S.last);
      // (`told reporters after the session`: the sitting the story has told, see below)
      let anaphor = false;
      let afterHit = false;
      if (
        !hit &&
        nextEv - k <= 3 &&
        t.lower.length >= 5 &&
        (t.lower === 'after' || t.lower === 'following')
      ) {
        hit = afterTalks(toks, k, S.last, party);
        anaphor = hit !== null && toks[k + 1]!.lower === 'the';
        afterHit = hit !== null;
      }
      // `are to take up the proposals at a meeting on March 9`, `would propose at the ministers'
      // meeting in Jakarta next month`: a sitting named with a day of its own, held or to come
      // (`at a council session in Yokohama`: a body's name before the sitting's own noun)
      const atNoun =
        t.lower === 'at' && nextEv + 1 < S.last && TALKS_TOK.has(toks[nextEv + 1]) ? nextEv + 1 : nextEv;
      if (
        !hit &&
        t.lower === 'at' &&
        found === 0 &&
        nextEv > k &&
        atNoun - k <= 7 &&
        atNoun < S.last &&
        sittingNoun(toks, k, atNoun, party)
      ) {
        // (a modal or `to` before it tells a sitting still to come: `would propose at ...`)
        hit = { status: futureInClause(toks, from, k) ? 'planned' : 'held', a: k, b: atNoun + 1 };
        inTalks = atSitting = true;
      }
      if (!hit && (t.lower === 'visits' || t.lower === 'visit' || t.lower === 'meet') && party)
        hit = comingVisit(toks, from, k, S.last, party, publishedMs);
      if (!hit && party && ((toks[k + 1]?.w ?? 0) & WordSet.LooseSecond) !== 0) {
        const plans = LOOSE_BY_FIRST.get(t.lower);
        if (plans) hit = loosePlan(toks, from, k, S.last, party, publishedMs, plans);
      }
      // (counted only with a past day of its own after the body, as talks something was said in)
      let told = false;
      // (`The European Community asked the GATT Council on Wednesday to set up a working party`:
      // a request put to the sitting body, as `told`)
      if (!hit && party && (t.lower === 'told' || t.lower === 'asked') && found === 0) {
        hit = toldSitting(toks, from, k, S.last, party);
        told = inTalks = hit !== null;
      }
      // `Moore, who saw EC Farm Commissioner Frans Andriessen in Brussels yesterday, ...`: a party
      // seeing another's official (a past day of its own, as for `told`)
      if (!hit && party && t.lower === 'saw' && found === 0) {
        hit = sawParty(toks, from, k, S.last, party);
        told = inTalks = hit !== null;
      }
      // `Tabone put the requests to EC Commission officials in Brussels on Thursday`, `Kerin told
      // Lyng in a telephone call on Wednesday`: a party's case put to the other side, or a call
      // (a past day of its own, as for `told`)
      if (!hit && party && found === 0 && t.lower === 'to') {
        hit = putToParty(toks, from, k, S.last, party);
        told = inTalks = hit !== null;
      }
      if (!hit && party && found === 0 && t.lower === 'in' && PHONE_TOK.has(toks[k + 2])) {
        hit = phoneCall(toks, from, k, party);
        told = inTalks = hit !== null;
      }
      // `Producers and consumers ... failed on Wednesday to agree on a scheme`: talks stuck
      if (!hit && t.lower === 'failed') hit = failedToAgree(toks, k, S.last);
      // `met in Abuja on Thursday but did not agree on a date to reopen`: a sitting's end with
      // nothing agreed (not `did not agree to the cut`, a refusal)
      if (
        !hit &&
        t.lower === 'agree' &&
        toks[k + 1]?.lower === 'on' &&
        toks[k - 1]?.lower === 'not' &&
        (toks[k - 2]?.lower === 'did' || toks[k - 2]?.lower === 'could') &&
        toks[k - 3]?.lower === 'but'
      )
        hit = { status: 'stalled', a: k - 2, b: k + 1 };
      // `the talks would continue in Mexico City in September`: talks going on at a day to come
      if (!hit && t.lower === 'continue') hit = continuingTalks(toks, from, k, S.last, publishedMs);
      // `Ministers are due to resume on July 20`: the parties resuming, with no object
      // (a first-letter test before the set: most words are no `resume`)
      if (!hit && party && t.lower.charCodeAt(0) === 114 && RESUMES_TOK.has(t))
        hit = partiesResume(toks, from, k, S.last, party);
      // `Officials of the two countries discussed the duty in Ottawa last week`
      if (!hit && party && t.lower === 'discussed') hit = jointDiscussion(toks, from, k, party);
      // `Yeutter raised the case with International Trade Minister James Kelleher in Ottawa`
      if (!hit && party && t.lower === 'raised') hit = raisedWith(toks, from, k, S.last, party);
      if (!hit || hit.status === lastStatus) continue;
      // `No date has been set to resume the talks`, `no new talks were planned`: a plan denied
      if ((hit.status === 'planned' || hit.status === 'restarted') && deniedPlan(toks, from, hit.a)) continue;
      // (a third event of one sentence only as the plan it ends on: `ended in deadlock and will
      // resume in Oslo in November`)
      if (found === 2 && hit.status !== 'planned' && hit.status !== 'restarted') continue;
      // `during the talks` names talks told before (no sitting of its own); `during free trade
      // negotiations in Ottawa this week` tells one
      if (toks[hit.a]!.lower === 'during' && toks[hit.a + 1]?.lower === 'the') continue;
      if (!real(toks, from, hit.a, hit.status)) continue;
      // `Can Australia and the EU close the trade deal?`: a question asks, it reports no event
      // (`... the deal that collapsed over beef?`: a relative clause in it still tells one)
      const asked = questionBody(toks, from, S.last);
      if (asked >= 0 && !relativeBefore(toks, asked, hit.a)) continue;
      // `Under the accord signed with the United States last December, Canada may ...`: the deal as
      // the frame of what follows, not news of it
      if (
        (hit.status === 'signed' || hit.status === 'deal_reached') &&
        (underDeal(toks, from, hit.a) || termsUnderDeal(toks, hit.a, hit.b))
      )
        continue;
      if (STARTS.has(toks[hit.a]!.lower) && background(toks, from, hit.a, hit.b, S.last)) continue;
      // `The UAE has signed 28 such agreements since 2021`: a count of deals is a record, not news
      // of this one
      if ((hit.status === 'signed' || hit.status === 'deal_reached') && countedDeals(toks, hit.a, S.last))
        continue;
      // `The agreement was signed to defend a price`: what a deal was made for, no news of it
      if (
        (hit.status === 'signed' || hit.status === 'deal_reached') &&
        toks[hit.a - 1]?.lower === 'was' &&
        toks[hit.b]?.lower === 'to' &&
        toks[hit.b + 1]?.kind === TokKind.Word &&
        !toks[hit.b + 1]!.cap
      )
        continue;
      // `The present agreement, signed in 1982, expires ...`: a deal of an earlier year is its
      // history, not news of it (a restart of an earlier year is told as news: `Talks were
      // relaunched in 2022 after a nine-year pause`)
      if (
        (hit.status === 'signed' ||
          hit.status === 'deal_reached' ||
          (hit.status === 'held' && SITTING_ENDS.has(toks[hit.a]!.lower))) &&
        yearBeforeAfter(toks, hit.b, S.last, publishedMs)
      )
        continue;
      // `the two sides are due to resume the talks`: a restart on the calendar is a plan (`are due
      // to sign the accord in Montevideo on November 10`: so is a signing)
      if ((hit.status === 'restarted' || hit.status === 'signed') && scheduledBefore(toks, from, hit.a))
        hit.status = 'planned';
      // `gave the go-ahead on Friday for the bloc to sign its agreement`: a signing in the
      // infinitive is still to come, dated only by a day after it (the day before it is the main
      // verb's); one refused or failed is no event
      let infinitive = false;
      if (
        hit.status === 'signed' &&
        hit.a > from &&
        toks[hit.a - 1]!.lower === 'to' &&
        !scheduledBefore(toks, from, hit.a)
      ) {
        if (NOT_TO_SIGN.has(toks[hit.a - 2]?.lower ?? '')) continue;
        hit.status = 'planned';
        infinitive = true;
      }
      // `signed a memorandum today to begin negotiations`, `agreed on Wednesday to start talks`:
      // a plan in the infinitive of a past verb is dated only by a day after it (the day before
      // it is the verb's)
      if (
        hit.status === 'planned' &&
        !infinitive &&
        toks[hit.a]!.lower === 'to' &&
        pastVerbBefore(toks, clauseStart(toks, from, hit.a), hit.a)
      )
        infinitive = true;
      // (the trigger's own `will`: `the negotiations will resume on Monday` is the next Monday; a
      // present tense of news: `talks open on Monday`, `Yeutter meets Tamura on Monday`)
      const future =
        hit.status === 'planned' ||
        (atSitting && futureInClause(toks, from, hit.a)) ||
        FUTURE.has(toks[hit.a]!.lower) ||
        PRESENT_TENSE.has(toks[hit.a]!.lower) ||
        futureBefore(toks, from, hit.a);
      // (talks named after `at` or modifiers count only with a day after them: `at a meeting on
      // March 9`, not `said on Monday it had made its case in the farm talks`)
      const after = inTalks && (atSitting || told || nextEv - k > 1);
      const ownDay =
        si < head
          ? null // the headline: its present tense names no day
          : (resolveDate(
              toks,
              hit.b,
              dateEnd(toks, hit.b, S.last),
              // (a plan told on an earlier day counts its days from that day)
              future ? saidEarlier(toks, from, hit.a, publishedMs) : publishedMs,
              future,
            ) ??
            // (`said at Tuesday's session`: the sitting's day as its possessor)
            (atSitting && dayPossessorAt(toks, hit.a + 1)
              ? resolveDate(toks, hit.a + 1, hit.a + 2, publishedMs, future)
              : null) ??
            (after || infinitive
              ? null
              : resolveDate(toks, clauseStart(toks, from, hit.a), hit.a, publishedMs, future)));
      let date =
        si < head || ownDay !== null || after
          ? ownDay
          : (ownDay ??
            // `Trump said on Friday that they had reached a deal`: the day it was told
            reportedDay(toks, from, clauseStart(toks, from, hit.a), publishedMs) ??
            // `On Sunday, Malaysia and Cambodia signed ...`: a day put first in the sentence
            frontedDay(toks, from, hit.a, publishedMs, future) ??
            // `put their deal on paper on Thursday, when ... signed a memorandum`: a `when` clause
            // after a comma shares the main clause's day
            whenClauseDay(toks, from, hit.a, publishedMs) ??
            // `at two days of talks in Tokyo which ended today`: the day the sitting ended
            (hit.status === 'held' ||
            (hit.status === 'stalled' &&
              (toks[hit.a]!.lower === 'failed' ||
                toks[hit.a - 1]?.lower === 'but' ||
                withClauseBefore(toks, from, hit.a)))
              ? (endedDay(toks, hit.b, S.last, publishedMs) ?? mainClauseDay(toks, from, hit.a, publishedMs))
              : // `agreed in Paris on Thursday to ..., ending a two-year dispute`: a participle
                // clause after a comma shares the main clause's day
                toks[hit.a - 1]?.text === ',' && toks[hit.a]!.lower.endsWith('ing')
                ? mainClauseDay(toks, from, hit.a - 1, publishedMs)
                : null));
      // `The European Community offered on Tuesday to cut its tariffs ..., in the Uruguay Round group
      // on tropical products`, `The request was made in Tokyo last week ..., in talks with MITI`:
      // talks something was done in, with no day after them, take the day of the sentence's own
      // verb before them (not one it was told on: `said on Monday it had made its case in the talks`;
      // so does a past sitting named after `at`: `called on the Community on Tuesday to guarantee
      // their sales ..., at a meeting with Commission officials`, but not one still to come)
      if (date === null && inTalks && !told && (!atSitting || hit.status === 'held') && si >= head)
        date = unreportedDay(toks, from, hit.a, publishedMs);
      // `negotiators are meeting for a second day in Madrid`, `wrap up a second day of talks`: a
      // sitting told in the present on its second (third, final) day is the day of the report
      if (
        date === null &&
        publishedMs !== null &&
        hit.status === 'held' &&
        !future &&
        si >= head &&
        (nthDayFrom === from
          ? nthDaySaid
          : ((nthDayFrom = from), (nthDaySaid = nthDayNow(toks, from, S.last))))
      )
        date = iso(publishedMs);
      // `The council is due to meet in London from March 23`, `ministers gather in Yaounde from
      // Thursday`: a sitting to come is dated by the day it opens
      if (date === null && hit.status === 'planned') date = openingDay(toks, hit.b, S.last, publishedMs);
      // `Live: U.S. and China reach TikTok framework`, `19:05 ... Sefcovic and Kachka announce an
      // agreement in principle`: on a live page (entries under clock times) the headline and an
      // entry's present tense tell what happens on the day it is published
      // (`11:15 a.m. - Talks under way. The two leaders hold restricted talks`, `9:05 a.m. - Talks
      // resume at the State Department`: inside an entry a sitting's present tense is what is
      // happening as the entry is written, not a plan)
      if (
        date === null &&
        publishedMs !== null &&
        (!future || (hit.status !== 'planned' && entryPresent(toks, hit.a))) &&
        (si < head ||
          presentReport(toks, from, hit.a) ||
          (hit.status !== 'planned' &&
            (entryPresent(toks, hit.a) || entryPerfect(toks, hit.a)) &&
            clockEntry(toks, sentences, si))) &&
        (live ??= livePage(text))
      )
        date = iso(publishedMs);
      // `Britain has paused negotiations on a new trade agreement with Canada, the government said
      // on Thursday, after ...`: talks broken off in the lead, on the day it was told (the
      // headline's undated telling then drops as a repeat, below)
      if (date === null && hit.status === 'broken_off' && !future && si === head)
        date = trailingReportDay(toks, hit.b, S.last, publishedMs, true);
      // `Talks ... stalled in Brussels on Tuesday. ... Beck told reporters after the session`: the
      // sitting named again takes the day of the last past event the story dated
      if (date === null && anaphor) date = lastPastDay(out, publishedMs);
      // `Ministers ... asked the European Community on Thursday to widen its preferences ... . The
      // requests were made at the opening of a two-day meeting in Jakarta`: a sitting told with no
      // day right after a wire lead is the lead's sitting, of the lead's day (not the day it was
      // reported: `officials said on Wednesday`); a lead that told talks of its own (`the talks
      // stalled on Monday`) leaves a sitting named afresh after it undated, but a deal's lead does
      // not (`agreed on Thursday ... . Under the accord, reached at the end of three days of talks`)
      // (so does a sitting a voice of the story spoke after, anywhere in it: `He spoke after a
      // meeting with Commission officials in Brussels`, `told reporters after meeting Commission
      // officials`)
      if (
        date === null &&
        // (a text whose every sentence is in its headline has no lead: the fuzzer found the read
        // past the sentences here)
        head < sentences.length &&
        (si === head + 1 || afterHit) &&
        hit.status === 'held' &&
        !told &&
        !future &&
        !leadToldTalks(out, sentences[head]!)
      ) {
        date = ledeDay(toks, sentences[head]!, publishedMs);
        // (`Sweden said on Monday it would not sign ... . "...," its delegate told reporters after a
        // meeting of the Textiles Committee`: a voice that spoke after the sitting spoke on its day)
        if (date === null && afterHit) {
          const L = sentences[head]!;
          date = unreportedDay(toks, datelineEnd(toks, L), L.last, publishedMs, true);
        }
      }
      if (
        inTalks &&
        (date === null || publishedMs === null || (!atSitting && Date.parse(date) > publishedMs))
      )
        continue;
      // (`were reported to have pressed for it at a meeting earlier this month`: a past day is held)
      if (atSitting && hit.status === 'planned' && date !== null && Date.parse(date) <= publishedMs!)
        hit.status = 'held';
      // talks dated after the story are still to come (`officials tomorrow open talks`); so is a
      // restart dated after it or told with `will` (`talks that resume in Washington next week`,
      // `talks on that point will resume in Moscow`): the labels code a coming restart as planned
      // (`would raise the rule at trade talks in Washington later this month`: dated this month's
      // first day, still to come)
      const later =
        date !== null &&
        publishedMs !== null &&
        (Date.parse(date) > publishedMs || laterThis(toks, hit.b, dateEnd(toks, hit.b, S.last)));
      if ((hit.status === 'held' || hit.status === 'restarted') && later) hit.status = 'planned';
      if (hit.status === 'restarted' && willBefore(toks, from, hit.a)) hit.status = 'planned';
      // (`Talks resume at the State Department. Ebrard arrived for a third day of talks`: a sitting
      // going on into its next day is held, not restarted after a break)
      if (
        hit.status === 'restarted' &&
        nthDayOfTalks(toks, from, si + 1 < sentences.length ? sentences[si + 1]!.last : S.last)
      )
        hit.status = 'held';
      // `Last year's talks were settled in late December after three rounds`: an event dated half a
      // year or more before the story is the negotiation's history, not news of it
      if (date !== null && publishedMs !== null && publishedMs - Date.parse(date) > HISTORY_MS) continue;
      // (an event word the jump passes over still counts for the window after it)
      for (let q = k + 1; q < hit.b; q++) if ((toks[q]!.w & W_EVENT) !== 0) lastEv = q;
      k = hit.b - 1;
      lastStatus = hit.status;
      // (an event the sentence already told, `at talks in Moscow which ended on Friday` after the
      // sitting it failed at, does not use up the sentence's two)
      if (addEvent(out, seen, hit.status, date, text, S)) found++;
      else if (hit.status === 'deal_reached' && date === null) dealAgain = true;
      // `The United States and Argentina have agreed on the outline of a pact ..., the two
      // governments said on Thursday`: the day it was announced, kept in case the story dates the
      // deal nowhere else (a wire lead's report comes a day after the deal its body dates)
      if (hit.status === 'deal_reached' && date === null && !future && si >= head && !reportDay) {
        const day = trailingReportDay(toks, hit.b, S.last, publishedMs, si === head);
        if (day) reportDay = day;
      }
      // `talks ... ended in Tokyo yesterday without agreement`: the sitting took place and left the
      // talks stuck (a second event of the same day)
      // (`met in Cotonou last month, but the meeting ended without a deal`: so does the next
      // clause after `but`)
      if (
        hit.status === 'held' &&
        (endedWithout(toks, hit.a, clauseEnd(toks, hit.b, S.last)) ||
          butEndedWithout(toks, clauseEnd(toks, hit.b, S.last), S.last))
      )
        addEvent(out, seen, 'stalled', date, text, S);
      // `The conference ended early on Monday with agreement on a final act`: the sitting ended
      // in a deal (a second event of the same day)
      if (hit.status === 'held' && endedWithDeal(toks, hit.a, clauseEnd(toks, hit.b, S.last)))
        addEvent(out, seen, 'deal_reached', date, text, S);
      // (and failing on a past day to agree is a sitting of that day that left them stuck)
      // (`Talks on a new GATT code made little headway this week`: a sitting of that week that
      // moved them little)
      if (
        hit.status === 'stalled' &&
        (toks[hit.a]!.lower === 'failed' || toks[hit.a]!.lower === 'made') &&
        date !== null &&
        publishedMs !== null &&
        Date.parse(date) <= publishedMs
      ) {
        addEvent(out, seen, 'held', date, text, S);
      }
    }
    // `X has agreed to ... in return for ..., officials said after talks in Brussels ended late on
    // Tuesday`: a deal with no day of its own told with a dated sitting is of the sitting's day
    if (out.length - first >= 2) shareSittingDay(out, seen, first);
    // (`NZ concludes trade deal with GCC` / `New Zealand has concluded negotiations on a free trade
    // agreement ..., McClay announced today in Riyadh after meeting the GCC Secretary-General`:
    // so does the headline's undated deal the lead tells again beside that sitting)
    else if (dealAgain && out.length - first === 1) shareSittingDay(out, seen, first, 0);
  }
  // a deal dated nowhere takes the day its undated telling was announced on
  if (reportDay && !out.some((e) => e.status === 'deal_reached' && e.date !== null)) {
    const i = out.findIndex((e) => e.status === 'deal_reached');
    if (i >= 0) out[i] = { ...out[i]!, date: reportDay };
  }
  // a sitting, deal or signing told with no day of its own took place on the story's news day,
  // the past day its lead names ("promised on Monday ..."; "The two leaders also discussed ...")
  // (an event of the lead itself looked for its own day there: a day it did not take is another's)
  // ("BOGOTA - It took less than a day. On Sunday morning ...": the lead paragraph's first day)
  let lead: Sentence | null = null;
  let newsDay: string | null = null;
  for (let si = head; si < Math.min(head + 3, sentences.length) && newsDay === null; si++) {
    if (si > head && toks[sentences[si]!.first]!.nl > 0) break;
    lead = sentences[si]!;
    newsDay = leadDay(toks, lead, publishedMs);
  }
  if (lead && newsDay !== null)
    for (let i = 0; i < out.length; i++) {
      const e = out[i]!;
      if (e.date !== null || e.start < lead.end || !(SITTING_STATUSES.has(e.status) || e.status === 'signed'))
        continue;
      if (out.some((x) => x.status === e.status && x.date !== null)) continue;
      out[i] = { ...e, date: newsDay };
    }
  // ("Live: ECOWAS and the Sahel states open their first trade talks": a live page's headline
  // tells what happens on the day it is published)
  if (publishedMs !== null && nl > 0 && out.length > 0 && out[0]!.start < nl && out[0]!.date === null) {
    const e = out[0]!;
    if (
      (e.status === 'held' || e.status === 'restarted' || e.status === 'deal_reached') &&
      !out.some((x) => x.status === e.status && x.date !== null) &&
      (live ??= livePage(text))
    )
      out[0] = { ...e, date: iso(publishedMs) };
  }
  // an undated event of a status the article also dates is the same event told again
  const dated = new Set(out.filter((e) => e.date !== null).map((e) => e.status));
  return out.filter((e) => e.date !== null || !dated.has(e.status));
}

/** The longest first line read as a headline (wire and web headlines run to about 120). */
const HEADLINE_CHARS = 200;

/** Statuses of a sitting that took place (what `after the session` can point back to). */
const SITTING_STATUSES = new Set<EventStatus>(['held', 'stalled', 'broken_off', 'deal_reached', 'restarted']);
/** The day of the last event found so far that a sitting took place on, up to publication. */
function lastPastDay(out: NegotiationEvent[], publishedMs: number | null): string | null {
  if (publishedMs === null) return null;
  for (let i = out.length - 1; i >= 0; i--) {
    const e = out[i]!;
    if (e.date !== null && SITTING_STATUSES.has(e.status) && Date.parse(e.date) <= publishedMs) return e.date;
  }
  return null;
}

/** Verbs of reporting whose day is the report's (leadDay). */
const REPORT_VERBS = new Set(['said', 'says', 'told', 'announced', 'reported']);
const REPORT_VERBS_TOK = new TokenSet(REPORT_VERBS);
/** The past day a lead sentence names (`on Monday`, `today`), within a week before publication. */
function leadDay(toks: Token[], S: Sentence, publishedMs: number | null): string | null {
  if (publishedMs === null) return null;
  // ("..., officials said on Thursday": the day it was reported, not the one it happened)
  for (let k = S.first; k < S.last - 1; k++)
    if (REPORT_VERBS_TOK.has(toks[k])) {
      const n = toks[k + 1]!.lower === 'on' ? toks[k + 2]?.lower : toks[k + 1]!.lower;
      if (n !== undefined && (WEEKDAY_INDEX.has(n) || n === 'today' || n === 'yesterday')) return null;
    }
  // ("Modi is guest of honour at Saturday's celebrations": a day named as an occasion's, often one
  // still to come, is no day the news took place on)
  for (let k = S.first; k < S.last - 1; k++) if (dayPossessorAt(toks, k)) return null;
  const d = resolveDate(toks, S.first, S.last, publishedMs, false);
  if (d === null) return null;
  const ms = Date.parse(d);
  return ms <= publishedMs && publishedMs - ms <= 7 * DAY ? d : null;
}

/** Dates an undated deal among events [deals, ...) by the day of a held one among events [first,
 * ...) of one sentence (deals from 0: the headline's deal the sentence told again). */
function shareSittingDay(out: NegotiationEvent[], seen: Set<string>, first: number, deals = first): void {
  const held = out.slice(first).find((e) => e.status === 'held' && e.date !== null);
  if (!held) return;
  for (let i = deals; i < out.length; i++) {
    const e = out[i]!;
    if (e.status !== 'deal_reached' || e.date !== null) continue;
    seen.delete('deal_reached|');
    const key = `deal_reached|${held.date}`;
    if (seen.has(key)) out.splice(i--, 1);
    else {
      seen.add(key);
      out[i] = { ...e, date: held.date };
    }
  }
}

/** Adds an event once per (status, date), with its sentence; false when it was there already. */
function addEvent(
  out: NegotiationEvent[],
  seen: Set<string>,
  status: EventStatus,
  date: string | null,
  text: string,
  S: Sentence,
): boolean {
  const key = `${status}|${date ?? ''}`;
  if (seen.has(key)) return false;
  seen.add(key);
  out.push({ status, date, text: text.slice(S.start, S.end), start: S.start, end: S.end });
  return true;
}

/** What a sitting ends without when it leaves the talks stuck (`without agreement`, `without
 * agreeing on`, `without reaching a deal`, `without progress`), right after `without`. */
const WITHOUT_OUTCOME = new Set([
  'agreement',
  'agreeing',
  'reaching',
  'progress',
  'breakthrough',
  'result',
  'accord',
  'deal',
  'settlement',
]);
/** Verbs of a sitting's end, as the held triggers and `ended two days of talks` spell them. */
const SITTING_ENDS = new Set([
  'ended',
  'ends',
  'end',
  'broke',
  'adjourned',
  'closed',
  'concluded',
  'wound',
  'wrapped',
]);

/** `Talks ... ended in Tokyo yesterday without agreement`, `ended two days of talks today without
 * agreeing on a declaration`: a sitting's end verb in [a, e) and `without` + an outcome after it. */
function endedWithout(toks: Token[], a: number, e: number): boolean {
  let ended = false;
  for (let q = Math.max(0, a - 1); q < e; q++) {
    const w = toks[q]!.lower;
    if (SITTING_ENDS.has(w)) ended = true;
    else if (w === 'without' && ended) {
      // (the bare wire idiom only: `without an agreement` is coded as talks held in the own set)
      return WITHOUT_OUTCOME.has(toks[q + 1]?.lower ?? '');
    } else if (w === 'with' && ended && toks[q + 1]?.lower === 'no') {
      // `ended in Algiers on Thursday with no progress`: the same idiom
      return WITHOUT_OUTCOME.has(toks[q + 2]?.lower ?? '');
    }
  }
  return false;
}

/** `..., but the meeting ended without a deal`: a clause at e opened by `but` whose verb is a
 * sitting's end and then `without` and an outcome (an article allowed before it). */
function butEndedWithout(toks: Token[], e: number, last: number): boolean {
  const q = toks[e]?.text === ',' ? e + 1 : e;
  if (toks[q]?.lower !== 'but') return false;
  let ended = false;
  for (let r = q + 1; r < Math.min(last, q + 9); r++) {
    const w = toks[r]!.lower;
    if (SITTING_ENDS.has(w)) ended = true;
    else if (w === 'without' && ended) {
      const n = ARTICLES_A.has(toks[r + 1]?.lower ?? '') ? r + 2 : r + 1;
      return WITHOUT_OUTCOME.has(toks[n]?.lower ?? '');
    } else if (endsClause(toks[r]!)) return false;
  }
  return false;
}

/** True when t goes on a name's run of capitals after prev (`Comprehensive Economic Partnership
 * Agreement`, `Australia-United`). */
function capsRun(t: Token, prev: Token): boolean {
  const capOrDash = (x: Token): boolean => (x.kind === TokKind.Word && x.cap) || x.text === '-';
  return capOrDash(t) && capOrDash(prev);
}

/** True when a sitting's end in [a - 1, e) is followed by `with (an) agreement on`, `with a deal`
 * (not `with no agreement`, which endedWithout reads). */
function endedWithDeal(toks: Token[], a: number, e: number): boolean {
  let ended = false;
  for (let q = Math.max(0, a - 1); q < e; q++) {
    const w = toks[q]!.lower;
    if (SITTING_ENDS.has(w)) ended = true;
    else if (w === 'with' && ended) {
      const n = ARTICLES_A.has(toks[q + 1]?.lower ?? '') ? q + 2 : q + 1;
      return DEALS.has(toks[n]?.lower ?? '');
    }
  }
  return false;
}
const ARTICLES_A = new Set(['a', 'an']);

/** Words between `in`/`at` and a talks noun that make it no sitting of the talks (a body's own
 * meeting, or `at the end of`, `in the course of`). */
const SITTING_NOT = new Set([
  'cabinet',
  'board',
  'caucus',
  'party',
  'of',
  'shareholders',
  'annual',
  'press',
  'news',
]);

/** Bodies whose meeting is a sitting of the talks (`a meeting of the balance of payments committee`). */
const SITTING_BODIES = new Set(['committee', 'council', 'group', 'commission']);

/**
 * `in sector talks`, `at the ATPC ministers' meeting`, `at their regular high-level trade talks`:
 * the talks noun at n after a few modifiers of `in`/`at` at k (no clause break, no gerund first, no
 * body's own meeting); a meeting `of`/`with` someone must be of parties (`a meeting of Community
 * ministers`, not `of fish processors`).
 */
/** Partners of a firm's commercial talks (`said it was in talks with suppliers in Azerbaijan`). */
const TRADERS = new Set(
  'suppliers supplier buyers buyer customers investors lenders banks creditors refiners traders producers'.split(
    ' ',
  ),
);
/** True when the talks noun at n goes on `with` one of a firm's commercial partners, a few
 * modifiers between (`with several foreign suppliers`): a deal of business, no negotiation's sitting. */
function talksWithTraders(toks: Token[], n: number): boolean {
  if (toks[n + 1]?.lower !== 'with') return false;
  for (let q = n + 2; q < toks.length && q <= n + 5; q++) {
    const t = toks[q]!;
    if (TRADERS.has(t.lower)) return true;
    if (t.kind !== TokKind.Word || t.cap) return false;
  }
  return false;
}
function sittingNoun(toks: Token[], k: number, n: number, party: ((k: number) => boolean) | null): boolean {
  const noun = toks[n]!.lower;
  if (!TALKS.has(noun) || noun === 'negotiators') return false;
  for (let q = k + 1; q < n; q++) {
    const t = toks[q]!;
    const w = t.lower;
    if (t.kind !== TokKind.Word && w !== '-' && w !== "'" && w !== "'s" && w !== '\u2019s') return false;
    if (CLAUSE_END.has(w) || SITTING_NOT.has(w) || SUBJECT_PREPS.has(w) || w === 'to') return false;
    if (q === k + 1 && w.endsWith('ing')) return false;
    // (`told a news conference in Brussels the Community would seek consultations`: a clause of its
    // own, no modifier of the talks noun)
    if (MODALS.has(w) || FUTURE_AUX.has(w)) return false;
  }
  const nx = toks[n + 1]?.lower;
  if ((nx === 'of' || nx === 'with') && MEETINGS.has(noun)) {
    // (`a meeting of the General Agreement on Tariffs and Trade's balance of payments committee`:
    // a body of the talks, further on; not a party's own: `of the ruling party's central committee`)
    for (let q = n + 2; q < n + 16 && q < toks.length; q++) {
      const w = toks[q]!.lower;
      if (CLAUSE_END.has(w) || (w !== 'of' && SITTING_NOT.has(w))) return false;
      if (q < n + 7 && ((party && party(q)) || PARTY_HEADS.has(w))) return true;
      if (nx === 'of' && SITTING_BODIES.has(w)) return true;
    }
    return false;
  }
  return true;
}

/** Markers of a sentence telling what is still to come (not a bare `to`: `put to the group`). */
const COMING = new Set(['will', 'would', "'ll", 'due', 'scheduled', 'expected', 'plans', 'plan']);
/** Will, would, due, `are to` ... anywhere in the sentence before a: a sitting still to come. */
function futureInClause(toks: Token[], from: number, a: number): boolean {
  for (let q = a - 1; q >= from; q--) {
    const w = toks[q]!.lower;
    if (w === '.' || w === ';') return false;
    // ("India said it would not join the pact, pulling out at a leaders' summit on Monday": a
    // participle's clause after a comma is told as done, whatever the modal before it)
    if (q > from && toks[q - 1]!.text === ',' && w.length > 5 && w.endsWith('ing') && !toks[q]!.cap)
      return false;
    if (COMING.has(w)) return true;
    if (w === 'to' && q > from && SCHEDULED.has(toks[q - 1]!.lower) && toks[q + 1]?.lower !== 'have')
      return true;
  }
  return false;
}

/** `later this month`, `later this week` in [a, b). */
function laterThis(toks: Token[], a: number, b: number): boolean {
  for (let q = a; q < b - 1; q++)
    if (toks[q]!.lower === 'later' && toks[q + 1]!.lower === 'this') return true;
  return false;
}

/** A word naming one day: a weekday, `yesterday` or `today`. */
function isDayWord(w: string): boolean {
  return w === 'yesterday' || w === 'today' || WEEKDAY_INDEX.has(w);
}

/** `Greece refused yesterday to join ..., after two days of talks`: a day word (`yesterday`,
 * `today`, a weekday) of the sentence before a sitting told at its end is the sitting's day. */
function mainClauseDay(toks: Token[], from: number, a: number, publishedMs: number | null): string | null {
  for (let k = from; k < a; k++) {
    const w = toks[k]!.lower;
    if (!isDayWord(w)) continue;
    if (k > from && DATE_LIMITS_TOK.has(toks[k - 1])) continue;
    return resolveDate(toks, k, k + 1, publishedMs, false);
  }
  return null;
}

/** The main clause's day (mainClauseDay) of a trigger at a in a `, when` clause after it (up to
 * 24 words back); else null. */
function whenClauseDay(toks: Token[], from: number, a: number, publishedMs: number | null): string | null {
  for (let q = a - 1; q > Math.max(from, a - 24); q--) {
    const w = toks[q]!.lower;
    if (w === '.' || w === ';') return null;
    if (w === 'when' && toks[q - 1]!.text === ',') return mainClauseDay(toks, from, q - 1, publishedMs);
  }
  return null;
}

/** True when the trigger at a closes a ", with ..." clause (`ended a second round on Tuesday, with
 * the talks deadlocked over quotas`): the state the main clause's sitting left the talks in. */
function withClauseBefore(toks: Token[], from: number, a: number): boolean {
  for (let q = a - 1; q > Math.max(from, a - 6); q--) {
    if (toks[q]!.kind === TokKind.Punct) return false;
    if (toks[q]!.lower === 'with') return toks[q - 1]?.text === ',';
  }
  return false;
}

/** True when the lead told talks of its own (`the talks stalled on Monday`), not a deal: a sitting
 * named afresh after it is another one, not the lead's. */
function leadToldTalks(out: readonly NegotiationEvent[], lead: Sentence): boolean {
  return out.some((e) => e.start === lead.start && e.status !== 'deal_reached' && e.status !== 'signed');
}

/** Verbs of telling the news, whose day is the report's, not the event's. */
const REPORTING = new Set(['said', 'says', 'told', 'announced', 'reported', 'confirmed']);
/** The first past day word (`yesterday`, `today`, a weekday) of the lead that is not the day it
 * was told (`officials said on Wednesday`), or null. */
function ledeDay(toks: Token[], S: Sentence, publishedMs: number | null): string | null {
  return unreportedDay(toks, datelineEnd(toks, S), S.last, publishedMs);
}

/** The first past day (`yesterday`, `today`, a weekday, `last week`) in tokens [from, end) that is
 * not the day something was told (`officials said on Wednesday`; with reportedToo, that day too),
 * or null. */
function unreportedDay(
  toks: Token[],
  from: number,
  end: number,
  publishedMs: number | null,
  reportedToo = false,
): string | null {
  if (publishedMs === null) return null;
  for (let k = from; k < end; k++) {
    const w = toks[k]!.lower;
    // (`last week`, `this week`: read from its first word)
    const week = w === 'week' && k > from && (toks[k - 1]!.lower === 'last' || toks[k - 1]!.lower === 'this');
    if (!week && !isDayWord(w)) continue;
    // (`guest of honour at Saturday's parade`: an occasion's day, not the news day)
    if (dayPossessorAt(toks, k)) continue;
    const d0 = week ? k - 1 : k;
    if (d0 > from && DATE_LIMITS_TOK.has(toks[d0 - 1])) continue;
    let reported = false;
    for (let q = d0 - 1; q >= Math.max(from, d0 - 3) && !reported && !reportedToo; q--)
      reported = REPORTING.has(toks[q]!.lower);
    if (reported) continue;
    const d = resolveDate(toks, d0, d0 + 1, publishedMs, false);
    return d !== null && Date.parse(d) <= publishedMs ? d : null;
  }
  return null;
}

/** After a wire dateline (`LONDON, June 11 -`), whose date is the story's, not an event's. */
function datelineEnd(toks: Token[], S: Sentence): number {
  // a place in capitals (up to three words: `MEXICO CITY`), a comma, then a dash standing free
  // (not the hyphen of `U.S.-JAPAN`)
  let c = S.first;
  while (c < S.first + 3 && toks[c]!.upper && toks[c + 1]?.upper) c++;
  if (!toks[c]!.upper || toks[c + 1]?.text !== ',') return S.first;
  const stop = Math.min(S.last - 1, c + 10);
  for (let k = c + 2; k < stop; k++) {
    const t = toks[k]!;
    if ((t.text === '-' || t.text === '\u2013' || t.text === '\u2014') && t.space && toks[k + 1]!.space)
      return k + 1;
  }
  return S.first;
}

/** Where the clause of token k starts: after the last clause break before it. */
function clauseStart(toks: Token[], from: number, k: number): number {
  let a = k;
  while (a > from && !endsClause(toks[a - 1]!)) a--;
  return a;
}

/** Where the stretch after a trigger ends: the next clause break. */
function clauseEnd(toks: Token[], b: number, last: number): number {
  let e = b;
  while (e < last && !endsClause(toks[e]!)) e++;
  return e;
}

/** Where the stretch after a trigger that may hold its day ends: the next clause break, passing
 * over a bracket and a list's comma (`a meeting of Community ministers and their counterparts from
 * the African, Caribbean and Pacific group (ACP) in Brussels on Tuesday`). */
function dateEnd(toks: Token[], b: number, last: number): number {
  let e = clauseEnd(toks, b, last);
  // `ended in deadlock and will resume in Oslo in November`: the day after a coordinated verb of
  // the future is that verb's
  for (let q = b; q < e - 1; q++)
    if (toks[q]!.lower === 'and' && FUTURE_AUX.has(toks[q + 1]!.lower)) return q;
  while (e < last) {
    const w = toks[e]!.text;
    if (w === '(') {
      let c = e + 1;
      while (c < last && c < e + 8 && toks[c]!.text !== ')') c++;
      if (toks[c]?.text !== ')') return e;
      e = clauseEnd(toks, c + 1, last);
    } else if (w === ',' && listComma(toks, e, last)) e = clauseEnd(toks, e + 1, last);
    // (`at a meeting in Guatemala City that ended on Tuesday`: the sitting's own relative clause)
    else if ((w === 'that' || w === 'which') && SITTING_ENDS.has(toks[e + 1]?.lower ?? ''))
      e = clauseEnd(toks, e + 1, last);
    // (`at a meeting of UPEB ministers in Panama City, attended by an Ecuadorean observer, that
    // ended on Saturday`: past a participle's aside to that clause)
    else if (w === ',' && toks[e + 1]?.lower.endsWith('ed')) {
      let c = e + 2;
      while (c < last && c < e + 12 && !endsClause(toks[c]!)) c++;
      const r = toks[c + 1]?.lower;
      if (
        toks[c]?.text !== ',' ||
        (r !== 'that' && r !== 'which') ||
        !SITTING_ENDS.has(toks[c + 2]?.lower ?? '')
      )
        return e;
      e = clauseEnd(toks, c + 2, last);
    } else return e;
  }
  return e;
}

const FUTURE_AUX = new Set(['will', 'would', "'ll"]);
/** Verbs of hoping, under which an event is wished for, not told. */
// (`was confident of reaching an agreement`, `optimistic about reaching a deal`: a hope too)
const HOPES = new Set([
  'hope',
  'hopes',
  'hoped',
  'hoping',
  'wish',
  'wishes',
  'wished',
  'confident',
  'optimistic',
  'hopeful',
]);
/** Articles before a participle that make it an adjective (`an agreed framework`). */
const ADJ_ARTICLES = new Set(['a', 'an', 'the']);
/** How far before the story an event is history (about half a year). */
const HISTORY_MS = 183 * 24 * 3600 * 1000;
/** `<noun> agreed with <party>` at k: a lower-case noun (no party, no pronoun) right before and a
 * party right after `with` (`the programme agreed with the IMF`, not `Japan agreed with Canada`). */
function termsAgreedWith(toks: Token[], from: number, k: number, party: (k: number) => boolean): boolean {
  const n = toks[k - 1];
  if (k - 1 < from || !n || n.kind !== TokKind.Word || n.cap || PRONOUNS.has(n.lower) || party(k - 1))
    return false;
  let q = k + 2;
  if (toks[q]?.lower === 'the') q++;
  return party(q);
}

/** A comma inside a list (`African, Caribbean and Pacific`): one to three words, then `and`/`or`. */
function listComma(toks: Token[], c: number, last: number): boolean {
  for (let q = c + 1; q < Math.min(last, c + 5); q++) {
    const t = toks[q]!;
    if ((t.lower === 'and' || t.lower === 'or') && q > c + 1) return true;
    if (t.kind !== TokKind.Word || CLAUSE_END.has(t.lower)) return false;
  }
  return false;
}

/** `(a round of) talks`, `(of) trade negotiations`: a talks noun within two words from k. */
function roundOfTalks(toks: Token[], k: number, last: number): boolean {
  for (let q = k; q < Math.min(last, k + 3); q++) if (TALKS_TOK.has(toks[q])) return true;
  return false;
}

/** Past participles that end a deadlock (`the impasse had been overcome`). */
const DEADLOCK_ENDS = new Set(['overcome', 'broken', 'resolved', 'ended']);
/** True when a deadlock noun ending at b is the subject of its ending within four words. */
function deadlockEnded(toks: Token[], b: number, last: number): boolean {
  for (let q = b; q < Math.min(last, b + 4); q++) if (DEADLOCK_ENDS.has(toks[q]!.lower)) return true;
  return false;
}

/** Whether a trigger at [a, b) has what it needs around it. */
function attaches(
  toks: Token[],
  tr: Trigger,
  from: number,
  a: number,
  b: number,
  last: number,
  party: ((k: number) => boolean) | null,
): boolean {
  switch (tr.attach) {
    case 'none':
      // (`the next round of tariff cuts`: a round of something other than talks)
      // (`the impasse had been overcome`: a deadlock told as ended, the deal its own trigger reads)
      return (
        !(toks[b - 1]!.lower === 'round' && toks[b]?.lower === 'of' && !roundOfTalks(toks, b + 1, last)) &&
        !(tr.status === 'stalled' && deadlockEnded(toks, b, last)) &&
        // (`asked the WTO's Dispute Settlement Body to adopt the report at its next meeting`: a
        // dispute body's own sitting, no meeting of the parties)
        !(toks[a - 1]?.lower === 'its' && disputeBodyIn(toks, from, a))
      );
    case 'object': {
      // (`is in Sydney for talks`, not `are in talks on the herring quota`: talks still going on)
      if (toks[b - 1]!.lower === 'in' && TALKS_TOK.has(toks[b])) return false;
      // a few modifiers may come between (`reached a framework trade agreement`, `agreed late on
      // Tuesday on a framework`); the first noun of any class decides
      // (`agreed in London on Thursday on a new International Sugar Agreement`: a place and a day
      // right after the verb do not count towards the reach)
      // (`signed the Australia-United Arab Emirates Comprehensive Economic Partnership Agreement`:
      // a name's run of capitals goes on past the reach, a few words more)
      const reach = Math.min(last, adverbialsEnd(toks, b, last) + 9);
      for (let q = b, end = Math.min(last, reach + 6); q < end; q++) {
        if (q >= reach && !capsRun(toks[q]!, toks[q - 1]!)) return false;
        const w = toks[q]!.lower;
        // (`a delegation would go to Washington next week to discuss the ruling`: a trip to talk)
        if (
          w === 'to' &&
          tr.words.includes('go') &&
          toks[b]?.cap === true &&
          DISCUSS_VERBS.has(toks[q + 1]?.lower ?? '')
        )
          return true;
        // (`face-to-face`: a hyphened "to" is inside a modifier)
        if (CLAUSE_END.has(w) || (w === 'to' && toks[q - 1]!.text !== '-')) return false;
        // (`keep the posts open round the clock`: `round the` is a preposition, no round of talks)
        if (w === 'round' && toks[q + 1]?.lower === 'the') return false;
        for (const c of tr.nouns) {
          if (!isClass(w, c)) continue;
          // (`wrap up a second day of talks`, `concluded a round of talks`: a sitting ended, not
          // the negotiation)
          if (c === 'process' && tr.status === 'deal_reached' && q - 2 >= b && sittingSpanOf(toks, q))
            return false;
          if (c !== 'talks-on-deal' || dealAfter(toks, q, last)) return true;
        }
        if (TALKS.has(w) || DEALS.has(w) || DISPUTES.has(w)) return false;
      }
      return false;
    }
    case 'subject': {
      // (a body sits with no object after its verb: `the council adjourned on Thursday`, not `the
      // commission ended its inquiry`)
      // (so does one that meets: `which meets in London next month`, `next meets in Geneva`, not
      // `meets its costs`)
      if (
        tr.nouns[0] === 'body' &&
        (tr.status !== 'planned' || tr.words.length === 1 || tr.words[tr.words.length - 2] === 'next') &&
        !BODY_SAT_NEXT.has(toks[b]?.lower ?? '.')
      )
        return false;
      let q = a - 1;
      while (q >= from && q >= a - 5 && SUBJECT_GAP.has(toks[q]!.lower)) q--;
      if (q < from) return false;
      // (`after their negotiators wrapped up the text`: negotiators who finished something of
      // theirs, an object after the verb, tell no sitting)
      if (toks[q]!.lower === 'negotiators' && DETERMINERS_TOK.has(toks[b])) return false;
      if (anyClass(toks[q]!.lower, tr.nouns))
        // (`a round of talks that was concluded on Friday`: a sitting ended, not the negotiation)
        return !(tr.nouns[0] === 'process' && q - 2 >= from && sittingSpanOf(toks, q));
      // `The working party examining Ethiopia's bid met in Geneva last week`: an accession's working
      // party is a sitting body (`party` only after `working`), its phrase up to five words long
      if (tr.nouns[0] === 'body')
        for (let r = q; r > from && q - r < 6; r--) {
          const w = toks[r]!.lower;
          if (CLAUSE_END.has(w) && w !== ',') break;
          if ((w === 'party' || w === 'parties') && toks[r - 1]!.lower === 'working') return true;
        }
      // `under an arrangement President Donald Trump announced after meeting ...`: a deal noun whose
      // relative clause's subject is a name (no `that`), told before the verb
      if (tr.nouns[0] === 'deal' && toks[q]!.cap) {
        let r = q;
        while (r > from && q - r < 6 && (toks[r - 1]!.cap || toks[r - 1]!.text === '.')) r--;
        if (r < q && r > from && DEALS.has(toks[r - 1]!.lower)) return true;
        // `The agreement that U.S. Trade Representative Katherine Tai and Japan's ambassador Koji
        // Tomita signed on Tuesday`: a deal noun, `that`, the named signers, then a day of this
        // week (not `the agreement the two signed in 2020`: background)
        const d = dayWordAfter(toks, b);
        // (`The agreement the European Union and Angola signed on Thursday`: two named signers
        // joined by `and`, with no `that`)
        if (d && (d === 'today' || d === 'yesterday' || WEEKDAY_INDEX.has(d))) {
          let names = true;
          for (let t = q - 1; t > from && q - t < 16; t--) {
            const w = toks[t]!.lower;
            if (w === 'that' || w === 'which') {
              if (DEALS.has(toks[t - 1]!.lower)) return true;
              break;
            }
            if (names && w === 'the' && DEALS.has(toks[t - 1]!.lower) && toks[t + 1]!.cap) return true;
            if (!(toks[t]!.cap || w === 'and' || w === 'the')) names = false;
            if (CLAUSE_END.has(w)) break;
          }
        }
      }
      // (`under a framework trade agreement the two governments announced on Thursday`: the two
      // sides as the relative clause's subject)
      // (a deal announced or reached, not `the free trade agreement the two countries signed in
      // January`: a signing told so is the story's background)
      if (
        tr.nouns[0] === 'deal' &&
        tr.status === 'deal_reached' &&
        BOTH_SIDE_HEADS.has(toks[q]!.lower) &&
        q - 2 > from
      ) {
        const n = toks[q - 1]!.lower;
        const d = n === 'two' && toks[q - 2]!.lower === 'the' ? q - 3 : n === 'both' ? q - 2 : -1;
        if (d >= from && DEALS.has(toks[d]!.lower)) return true;
      }
      // `The talks ended in deadlock and will resume in Oslo`: the subject of a verb coordinated
      // with an earlier one, whose past tense follows it
      if (toks[q]!.lower === 'and')
        for (let r = q - 2; r >= Math.max(from, q - 8); r--) {
          const w = toks[r]!.lower;
          if (CLAUSE_END.has(w)) break;
          if (anyClass(w, tr.nouns) && toks[r + 1]!.lower.endsWith('ed')) return true;
        }
      // `Talks on renewing the pact, which governs ..., were deadlocked`: a relative clause set off
      // by commas between the subject and its verb is skipped back to its antecedent
      // (`The framework, according to two officials familiar with the talks, had been agreed`: a
      // source's parenthesis likewise)
      if (toks[a - 1]?.text === ',' || toks[a - 2]?.text === ',' || toks[q + 1]?.text === ',')
        for (let r = q - 1; r > from && r >= q - 20; r--) {
          const w = toks[r]!.lower;
          if (w === '.' || w === ';') break;
          if ((w === 'which' || w === 'who' || w === 'according') && toks[r - 1]!.text === ',') {
            q = r - 2;
            if (q >= from && anyClass(toks[q]!.lower, tr.nouns)) return true;
            break;
          }
          // (`Talks on the price of Polish coal for ELSAM, Denmark's largest power utility, are
          // deadlocked`: an appositive set off by commas, then the subject's head before it)
          if (w === ',' && r < a - 2) {
            q = r;
            break;
          }
        }
      // a head noun with a phrase after it: `talks between Frost and Sefcovic are to start`
      // (`Talks in Moscow on paying for Japanese pipe with Soviet oil ended on Wednesday`: a
      // longer phrase when the head noun opens the sentence)
      // (`Talks on renewing Argentina's five-year grain supply agreement with the Soviet Union
      // ended ...`: up to 16 tokens when it opens the sentence)
      // (`Talks between Australian sugar sellers and Japanese refiners on the price of sugar under
      // their long-term supply contract broke up ...`: up to 22 then, a wire lead's whole subject)
      // (`Talks between Gaz de France and Algeria's state oil and gas company Sonatrach on the price of
      // Algerian liquefied natural gas ended ...`: up to 30 for a lead whose parties are firms)
      for (let h = q - 1; h >= Math.max(from, q - 30); h--) {
        const w = toks[h]!.lower;
        // (`talks on that point will resume`: `that` after a preposition is a determiner)
        if (CLAUSE_END.has(w) && !(w === 'that' && SUBJECT_PREPS.has(toks[h - 1]?.lower ?? ''))) {
          // (`Talks between the United States and 16 island states on a treaty that would let
          // American boats fish in their waters ended ...`: a relative clause, with no comma, inside
          // a lead's subject whose head opens the sentence)
          if ((w === 'that' || w === 'which') && toks[h - 1]?.text !== ',' && leadHead(toks, from, tr))
            continue;
          // (`Talks in Beijing on Tuesday between Masaaki Kanai, the head of the ministry's Asian
          // bureau, and his Chinese counterpart, Liu Jinsong, ended without progress`: the
          // appositives of the parties inside a subject whose head opens the sentence, the verb right
          // after the last one's closing comma)
          if (
            w === ',' &&
            toks[a - 1]?.text === ',' &&
            leadHead(toks, from, tr) &&
            !speechBetween(toks, from, a)
          )
            continue;
          return false;
        }
        if (q - h > 8 && h !== from) continue;
        // (`Another round of tariffs is expected`: a round of something other than talks)
        if (w === 'round' && toks[h + 1]!.lower === 'of' && !roundOfTalks(toks, h + 2, last)) return false;
        if (SUBJECT_PREPS.has(toks[h + 1]!.lower) && anyClass(w, tr.nouns)) return true;
      }
      return false;
    }
    case 'parties': {
      if (!party) return false;
      // (`to buy Indian rice ... to meet the export target`: a target met is no meeting)
      if (tr.words[tr.words.length - 1] === 'meet' && MET_OBJECTS.has(metObject(toks, b))) return false;
      // the subject: parties, or a pronoun right before (`where they met Rubio`)
      let subj = 0;
      let inParty = false;
      let joint = false;
      for (let q = a - 1; q >= Math.max(from, a - 8) && !endsClause(toks[q]!); q--) {
        const w = toks[q]!.lower;
        // (`he had spoken with`, `he expected to meet`: a pronoun before an auxiliary or a verb of
        // intent)
        const p =
          party(q) ||
          ((q === a - 1 || (q === a - 2 && PRONOUN_VERBS.has(toks[a - 1]!.lower))) &&
            PRONOUNS.has(w) &&
            !(w === 'we' && outletsWe(toks, from, q, last)));
        if (p && !inParty) subj++;
        inParty = p;
        // (`trade ministers of the five countries would meet`: several sides)
        if (w === 'and' || (BOTH_SIDES.has(w) && several(toks[q - 1]))) joint = true;
      }
      // `Japan and the United States meet in Tokyo next week`: a bare present needs both parties
      // named as its subject (`the two countries meet the target` is no meeting)
      // (`Lyng would discuss beef with Kerin when they meet in Washington`: a plan's time clause)
      // (`will confirm the arrangement when they speak by phone on Friday`: a leaders' call alike)
      if ((tr.words.length === 1 && tr.words[0] === 'meet') || tr.words[0] === 'speak')
        return (
          ((joint && subj >= 2) || bothSides(toks, from, a) || whenTheyMeet(toks, a, from)) &&
          !MET_OBJECTS.has(metObject(toks, b))
        );
      // parties meeting each other (`the U.S. and Chinese negotiators will meet`, `both sides will meet`)
      if (tr.status === 'planned' && joint && (subj >= 2 || subj === 0)) return true;
      // `the two sides met in Geneva on Tuesday`: both sides are the parties (not `met resistance`)
      if (bothSides(toks, from, a) && !MET_OBJECTS.has(metObject(toks, b))) return true;
      // `EC and Japanese officials met in Tokyo on Tuesday`, `EC officials and Japanese negotiators
      // met`: two parties joined as the subject meet each other
      if (joint && subj >= 2 && !MET_OBJECTS.has(metObject(toks, b)) && !party(b) && !party(b + 1))
        return true;
      // (`Ephraim Golan, director general of the Industry and Trade Ministry, met ...`: the
      // subject before an appositive set off by commas)
      if (subj === 0 && toks[a - 1]?.text === ',' && partyBeforeAppositive(toks, from, a - 1, party))
        subj = 1;
      // (`Prime Minister Mark Carney, who met Trump at the White House on Oct. 7, said ...`: a
      // party's relative clause)
      if (subj === 0 && toks[a - 1]?.lower === 'who' && toks[a - 2]?.text === ',' && party(a - 3)) subj = 1;
      if (subj === 0) return false;
      for (let q = b; q < Math.min(last, b + 6) && !endsClause(toks[q]!); q++) {
        if (party(q)) return !metPartys(toks, q, last, party);
        // (`Andriessen would meet both ministers next week`: a plan with the other side's officials)
        if (tr.status === 'planned' && q <= b + 1 && PARTY_HEADS.has(toks[q]!.lower)) return true;
      }
      return false;
    }
  }
}

/** Verbs between a pronoun subject and a meeting's trigger: the auxiliaries of a perfect (`he had
 * spoken with`) and verbs of intent (`he expected to meet`). */
const PRONOUN_VERBS = new Set([
  'had',
  'has',
  'have',
  'expected',
  'expects',
  'hopes',
  'hoped',
  'plans',
  'planned',
  'intends',
  'intended',
]);

/** A party right before the comma that opens an appositive closed by the comma at c. */
function partyBeforeAppositive(
  toks: Token[],
  from: number,
  c: number,
  party: (k: number) => boolean,
): boolean {
  for (let r = c - 1; r > from && r >= c - 16; r--) {
    const w = toks[r]!.text;
    if (w === '.' || w === ';') return false;
    if (w === ',') return party(r - 1);
  }
  return false;
}

/** `Warsaw had met the U.S. condition`: the party after `met` at q qualifies a met object (its
 * head within two words after the party's name). */
function metPartys(toks: Token[], q: number, last: number, party: (k: number) => boolean): boolean {
  let r = q + 1;
  while (r < last && party(r)) r++;
  for (let e = r; e < Math.min(last, r + 2); e++) {
    const w = toks[e]!.lower;
    if (MET_OBJECTS.has(w)) return true;
    if (toks[e]!.kind !== TokKind.Word || CLAUSE_END.has(w)) return false;
  }
  return false;
}

/** Words that open a time adverbial right after a verb (`late on Tuesday`, `yesterday`). */
const TIME_WORDS = new Set(['yesterday', 'today', 'tonight', 'late', 'early']);
/**
 * Where a run of place and time adverbials right after a verb ends (`in London on Thursday`, `in
 * Geneva late on Tuesday`): `in`/`at` + capitalised words, `on` + a weekday or a month (and its
 * day), a same-day word. b itself when there are none.
 */
function adverbialsEnd(toks: Token[], b: number, last: number): number {
  let q = b;
  for (;;) {
    const w = toks[q]?.lower;
    if (q >= last || w === undefined) return q;
    if ((w === 'in' || w === 'at') && toks[q + 1]?.kind === TokKind.Word && toks[q + 1]!.cap) {
      q += 2;
      while (q < last && toks[q]!.kind === TokKind.Word && toks[q]!.cap) q++;
    } else if (
      w === 'on' &&
      (WEEKDAY_INDEX.has(toks[q + 1]?.lower ?? '') || monthOf(toks[q + 1]?.lower ?? '') >= 0)
    ) {
      q += toks[q + 2]?.kind === TokKind.Number ? 3 : 2;
    } else if (TIME_WORDS.has(w)) q++;
    else return q;
  }
}

/** True for `when they meet` / `once they meet` at the trigger a (not before the clause's start). */
function whenTheyMeet(toks: Token[], a: number, from: number): boolean {
  return (
    a - 2 >= from &&
    toks[a - 1]!.lower === 'they' &&
    (toks[a - 2]!.lower === 'when' || toks[a - 2]!.lower === 'once')
  );
}

/** Spans of a sitting before `of` (`a second day of talks`, `a round of talks`). */
const SITTING_SPANS = new Set(['day', 'days', 'round', 'rounds', 'week', 'weeks', 'session', 'sessions']);
/** True when the talks noun at q is a sitting's span: `<span> of` right before it. */
/** The day word a verb's clause names right after it at b (`signed on Tuesday`, `concluded in
 * Osaka last Saturday`: a place and `on`/`last` may come first), else undefined. */
function dayWordAfter(toks: Token[], b: number): string | undefined {
  let k = b;
  if (toks[k]?.lower === 'in' && toks[k + 1]?.cap) {
    k += 2;
    while (k < b + 5 && toks[k]?.cap && toks[k]!.kind === TokKind.Word) k++;
  }
  if (toks[k]?.lower === 'on' || toks[k]?.lower === 'last') k++;
  return toks[k]?.lower;
}
function sittingSpanOf(toks: Token[], q: number): boolean {
  return toks[q - 1]!.lower === 'of' && SITTING_SPANS.has(toks[q - 2]!.lower);
}

/** Heads of `the two governments`, `both sides` as a subject of their own. */
const BOTH_SIDE_HEADS = new Set(['governments', 'sides', 'countries', 'leaders', 'nations']);
/** Ordinal days of a sitting (`a second day`, `the final day`). */
const SITTING_DAYS = new Set(['second', 'third', 'fourth', 'fifth', 'final', 'last']);
/** True when "a/the <second, third, ...> day of talks" is told in [from, last). */
function nthDayOfTalks(toks: Token[], from: number, last: number): boolean {
  for (let q = from + 1; q + 3 < last; q++)
    if (
      SITTING_DAYS.has(toks[q]!.lower) &&
      toks[q + 1]!.lower === 'day' &&
      toks[q + 2]!.lower === 'of' &&
      TALKS_TOK.has(toks[q + 3]) &&
      (toks[q - 1]!.lower === 'a' || toks[q - 1]!.lower === 'the')
    )
      return true;
  return false;
}
/**
 * True when the sentence tells a sitting's ordinal day (`for a second day`, `a second day of
 * talks`) after a verb in the present before it (`are meeting`, `wrap up`, `meet`).
 */
function nthDayNow(toks: Token[], from: number, last: number): boolean {
  // (one forward pass: a present verb seen before the first ordinal day decides)
  let present = false;
  for (let q = from; q + 1 < last; q++) {
    const w = toks[q]!.lower;
    if (
      q > from &&
      SITTING_DAYS.has(w) &&
      // ("for a second and final day")
      (toks[q + 1]!.lower === 'day' ||
        (toks[q + 1]!.lower === 'and' &&
          SITTING_DAYS.has(toks[q + 2]?.lower ?? '') &&
          toks[q + 3]?.lower === 'day')) &&
      (toks[q - 1]!.lower === 'a' || toks[q - 1]!.lower === 'the')
    )
      return present;
    if ((w === 'are' || w === 'is') && toks[q + 1]!.lower.endsWith('ing')) present = true;
    else if (
      SITTING_PRESENTS.has(w) &&
      !PAST_AUX.has(toks[q - 1]?.lower ?? '') &&
      toks[q - 1]?.lower !== 'to'
    )
      present = true;
  }
  return false;
}
const PAST_AUX = new Set(['had', 'has', 'have', 'was', 'were', 'did']);
/** Present tenses of a sitting (`negotiators meet for a second day`, `wrap up a second day`). */
const SITTING_PRESENTS = new Set([
  'meet',
  'meets',
  'wrap',
  'wraps',
  'hold',
  'holds',
  'continue',
  'continues',
  'enter',
  'enters',
]);

/** What a subject `met` that is no party (`the two sides met stiff resistance`, `met with criticism`). */
const MET_OBJECTS = new Set([
  'condition',
  'demand',
  'resistance',
  'opposition',
  'criticism',
  'demands',
  'target',
  'targets',
  'goal',
  'goals',
  'standards',
  'criteria',
  'obligations',
  'commitments',
  'needs',
  'deadline',
  'deadlines',
  'requirements',
  'conditions',
  'expectations',
  'scepticism',
  'skepticism',
  'hostility',
]);

/** Words a met object's modifiers never run past (`to meet Chinese officials to discuss targets`). */
const MET_PAST_STOPS = new Set(['to', 'in', 'on', 'at', 'with', 'and', 'for', 'of', 'from', 'next', 'this']);
/** The word after `met` (after `with` and one adjective: `met with fierce opposition`). */
function metObject(toks: Token[], b: number): string {
  let q = toks[b]?.lower === 'with' ? b + 1 : b;
  // (`to meet the export target`: past a determiner and a modifier; `to meet international
  // anti-corruption standards`: and a hyphened one)
  for (
    let n = 0;
    n < 5 &&
    !MET_OBJECTS.has(toks[q]?.lower ?? '') &&
    (toks[q + 1]?.kind === TokKind.Word || toks[q + 1]?.text === '-') &&
    !MET_PAST_STOPS.has(toks[q + 1]!.lower);
    n++
  )
    q++;
  return toks[q]?.lower ?? '';
}

/** `the two sides`, `both delegations` right before verb a (after auxiliaries and adverbs). */
function bothSides(toks: Token[], from: number, a: number): boolean {
  let q = a - 1;
  while (q > from && q >= a - 4 && SUBJECT_GAP.has(toks[q]!.lower) && toks[q]!.lower !== ',') q--;
  const n = toks[q - 1]?.lower;
  return q - 1 >= from && BOTH_SIDES.has(toks[q]!.lower) && (n === 'two' || n === 'both');
}

/** Plans told without a talks noun: `officials of the two governments are to discuss access to
 * their markets in Tokyo later this month`, `a trade delegation from Taipei is due in Jakarta next
 * month`, `Baker, who has followed the talks, is expected to meet Finance Minister Wilson`. */
const LOOSE_PLANS = [
  'are to discuss',
  'is to discuss',
  'are due to discuss',
  'is due to discuss',
  'will discuss',
  'is due in',
  'are due in',
  'is expected in',
  'are expected in',
  'to meet',
  'will meet',
  // (`his government would send a delegation to Washington next month`)
  'will send',
  'would send',
  'to send',
].map((p) => p.split(' '));
/** What a party sends for talks (`send a delegation`, `a trade mission`). */
const ENVOYS = new Set(['delegation', 'delegations', 'mission', 'team', 'envoy', 'negotiators']);
/** The plans by their first word, each kept only where the next word is one of the plans' second
 * words ("is", "to" and "will" are common: most never start one). */
const LOOSE_BY_FIRST = new Map<string, string[][]>();
for (const w of LOOSE_PLANS) LOOSE_BY_FIRST.set(w[0]!, [...(LOOSE_BY_FIRST.get(w[0]!) ?? []), w]);
const LOOSE_SECOND = new Set(LOOSE_PLANS.map((w) => w[1]!));
registerWordSet(LOOSE_SECOND, WordSet.LooseSecond);

/**
 * A plan of the parties without a talks noun: a party (or officials, a delegation) as the subject
 * and a day after the story in the clause, or (`to meet`, `will meet`) a party met right after.
 */
function loosePlan(
  toks: Token[],
  from: number,
  k: number,
  last: number,
  party: (k: number) => boolean,
  publishedMs: number | null,
  plans: readonly string[][],
): StatusSpan | null {
  if (publishedMs === null) return null;
  for (const words of plans) {
    if (!spells(toks, k, last, words)) continue;
    const b = k + words.length;
    if (words[words.length - 1] === 'meet') {
      // (`is expected to meet Finance Minister Michael Wilson`: the party met, a title before it)
      // and a party as the subject, maybe behind a relative clause (`Baker, who ..., is expected`)
      let met = false;
      for (let q = b; q < Math.min(last, b + 3) && !met; q++) met = party(q);
      return met && (partyInClause(toks, from, k, party) || partyBehindRelative(toks, from, k, party))
        ? { status: 'planned', a: k, b }
        : null;
    }
    if (words[words.length - 1] === 'send') {
      // (a delegation or mission, a few modifiers before it: not `send a cargo`)
      let envoy = false;
      for (let q = b; q < Math.min(last, b + 4) && !envoy; q++) envoy = ENVOYS.has(toks[q]!.lower);
      if (!envoy) return null;
    }
    if (!partyBefore(toks, from, k, party)) return null;
    const e = clauseEnd(toks, b, last);
    const date = resolveDate(toks, b, e, publishedMs, true);
    // (`later this month`: this month's first day, still to come)
    return date !== null && (laterThis(toks, b, e) || Date.parse(date) > publishedMs)
      ? { status: 'planned', a: k, b }
      : null;
  }
  return null;
}

/** A party itself (not `the diplomats`) in the clause before token a. */
function partyInClause(toks: Token[], from: number, a: number, party: (k: number) => boolean): boolean {
  for (let q = a - 1; q >= Math.max(from, a - 12) && !endsClause(toks[q]!); q--) if (party(q)) return true;
  // (`Gunnar Lorentzon, Sweden's ambassador to EFTA, told ...`: the subject and its appositive)
  if (toks[a - 1]?.text === ',' && a - 1 > from) {
    let commas = 0;
    for (let q = a - 2; q >= Math.max(from, a - 14); q--) {
      const t = toks[q]!;
      if (t.text === ',' && ++commas > 1) return false;
      if (t.text !== ',' && endsClause(t)) return false;
      if (party(q)) return true;
    }
  }
  return false;
}

/** `Treasury Secretary James Baker, who has followed the talks closely, is expected to meet ...`:
 * a party right before `, who`/`, which` of a relative clause that ends right before verb k. */
function partyBehindRelative(toks: Token[], from: number, k: number, party: (k: number) => boolean): boolean {
  let q = k - 1;
  while (q > from && q >= k - 4 && toks[q]!.text !== ',') q--;
  if (toks[q]?.text !== ',') return false;
  for (let r = q - 1; r > from && r >= q - 20; r--) {
    const w = toks[r]!.lower;
    if (w === '.' || w === ';') return false;
    if ((w === 'who' || w === 'which') && toks[r - 1]!.text === ',') return party(r - 2);
  }
  return false;
}

/** Bodies of the other side that a party addresses at a sitting (`told the GATT Council`). */
const TOLD_BODIES = new Set(['council', 'delegation', 'delegations']);

/**
 * `Japan told the GATT Council today`, `India and Brazil told the Uruguay Round's group on services
 * today`, `Community negotiators told a Thai delegation in Brussels last week`: a party addressing
 * a sitting of the talks or the other side's body took part in a sitting. k is the `told`; its
 * subject a party.
 */
function toldSitting(
  toks: Token[],
  from: number,
  k: number,
  last: number,
  party: (k: number) => boolean,
): StatusSpan | null {
  if (!partyInClause(toks, from, k, party)) return null;
  // (`Kiechle told European Community farm ministers in Luxembourg on Tuesday`: the other side's
  // ministers or officials told in a place, a sitting; not `told Japan that ...`)
  if (toks[k]!.lower === 'told') {
    let e = partyAhead(toks, k + 1, last, party);
    if (
      e > 0 &&
      !PARTY_HEADS.has(toks[e - 1]!.lower) &&
      // (a party that ends the text has nothing after it)
      !toks[e]?.cap &&
      PARTY_HEADS.has(toks[e + 1]?.lower ?? '')
    )
      e += 2;
    if (e > 0 && PARTY_HEADS.has(toks[e - 1]!.lower) && toks[e]?.lower === 'in' && toks[e + 1]?.cap)
      return { status: 'held', a: k, b: e };
  }
  for (let q = k + 1; q < Math.min(last, k + 6); q++) {
    const w = toks[q]!.lower;
    if (CLAUSE_END.has(w)) return null;
    if (TALKS.has(w) && w !== 'negotiators') {
      // (`the Uruguay Round's group`: the body of a round; else a sitting of parties)
      if (toks[q + 1]?.lower === "'s" && q + 2 < last) return { status: 'held', a: k, b: q + 3 };
      return sittingNoun(toks, k, q, party) ? { status: 'held', a: k, b: q + 1 } : null;
    }
    // (`told the GATT Council today`: a named council sits as a body of the talks)
    if (TOLD_BODIES.has(w))
      return q > k + 1 && (party(q - 1) || (w === 'council' && toks[q - 1]!.upper))
        ? { status: 'held', a: k, b: q + 1 }
        : null;
  }
  return null;
}

/**
 * `Moore, who saw EC Farm Commissioner Frans Andriessen in Brussels yesterday`, `Yeutter saw Tamura
 * today`: a party (or `he`/`they`, or a party before `, who`) saw a party named right after `saw`
 * (its title words capitalised). k is the `saw`; the day is required by the caller.
 */
function sawParty(
  toks: Token[],
  from: number,
  k: number,
  last: number,
  party: (k: number) => boolean,
): StatusSpan | null {
  if (k <= from) return null;
  const s = toks[k - 1]!.lower;
  const subject =
    (s === 'who' && toks[k - 2]?.text === ',' && k - 3 >= from && party(k - 3)) ||
    PRONOUNS.has(s) ||
    party(k - 1) ||
    partyInClause(toks, from, k, party);
  if (!subject) return null;
  for (let q = k + 1; q < Math.min(last, k + 6); q++) {
    if (party(q)) return { status: 'held', a: k, b: q + 1 };
    if (!toks[q]!.cap) return null;
  }
  return null;
}

/** What follows an intransitive `meet` (a place or a time, no object). */
const MEET_NEXT = new Set([
  'in',
  'on',
  'at',
  'next',
  'later',
  'this',
  'again',
  'early',
  'tomorrow',
  'here',
  'there',
]);
/** Whether a party is named in tokens [from, end). */
function partyFrom(toks: Token[], from: number, end: number, party: (k: number) => boolean): boolean {
  for (let q = from; q < end; q++) if (party(q)) return true;
  return false;
}
/** A `no` in the clause within eight words before trigger a (`No date has been set to resume`). */
function deniedPlan(toks: Token[], from: number, a: number): boolean {
  for (let q = a - 1; q >= Math.max(from, a - 8); q--) {
    const w = toks[q]!.lower;
    if (w === 'no') return true;
    if (CLAUSE_END.has(w)) return false;
  }
  return false;
}
/** Time words that may follow a visit with no object (`visits next month`). */
const VISIT_TIMES = new Set(['next', 'later', 'this']);
/** Pronouns that may be the subject of a coming visit (`when he visits Tokyo`, `when they meet`). */
const VISITORS = new Set(['he', 'she', 'they', 'we']);

/**
 * `he would put the offer to Japanese ministers when he visits Tokyo next month`, `Lyng would discuss
 * beef with Kerin when they meet in Washington next month`: a party's visit or a meeting told in
 * the present with a day after the story is a meeting planned (none without such a day). k is the
 * `visits`/`meet`; its subject is a party or a pronoun right before it (`they` for `meet`), a
 * visit's object a place or a party.
 */
function comingVisit(
  toks: Token[],
  from: number,
  k: number,
  last: number,
  party: (k: number) => boolean,
  publishedMs: number | null,
): StatusSpan | null {
  if (k <= from || publishedMs === null) return null;
  const s = toks[k - 1]!.lower;
  const w = toks[k]!.lower;
  // (`when they visit Kuala Lumpur later this month`: the plural's subject a pronoun)
  const visit = w === 'visits' || w === 'visit';
  if (w === 'visits' ? !VISITORS.has(s) && !party(k - 1) && !PARTY_HEADS.has(s) : s !== 'they' && s !== 'we')
    return null;
  // (`U.S. officials were ready to discuss it when they visit ...`: the pronoun's party named before)
  if (w === 'visit' && !partyFrom(toks, from, k - 1, party)) return null;
  const o = toks[k + 1];
  // (a visit's place, or its time: `when a Soviet deputy minister visits next month`; a meeting with
  // no object: `meet in Washington`, not `meet the quota rules`)
  if (
    !o ||
    (visit ? !(o.kind === TokKind.Word && o.cap) && !VISIT_TIMES.has(o.lower) : !MEET_NEXT.has(o.lower))
  )
    return null;
  const e = clauseEnd(toks, k + 1, last);
  const date = resolveDate(toks, k + 1, e, publishedMs, true);
  // (`later this month`: dated the month's first day, still to come)
  return date !== null && (Date.parse(date) > publishedMs || laterThis(toks, k + 1, e))
    ? { status: 'planned', a: k, b: k + 1 }
    : null;
}

/** A party (its title words capitalised) within a few words from p, after at most a determiner:
 * the token after it, or -1. */
function partyAhead(toks: Token[], p: number, last: number, party: (k: number) => boolean): number {
  let q = p;
  if (DETERMINERS_TOK.has(toks[q])) q++;
  for (; q < Math.min(last, p + 6); q++) {
    if (party(q)) {
      // (the whole name: `EC Commission officials`)
      let e = q + 1;
      while (
        e < last &&
        (party(e) || (toks[e]!.cap && toks[e]!.kind === TokKind.Word) || PARTY_HEADS.has(toks[e]!.lower))
      )
        e++;
      return e;
    }
    if (!toks[q]!.cap || toks[q]!.kind !== TokKind.Word) return -1;
  }
  return -1;
}
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);
const DETERMINERS_TOK = new TokenSet(DETERMINERS);

/**
 * `Foreign Minister Vincent Tabone put the requests to EC Commission officials in Brussels on
 * Thursday`, `the offer was put to EC Commission officials`, `had put their case to the EC
 * Commission`: a party's case put to the other side (its officials) took a sitting. k is the `to`;
 * a verb of putting before it in the clause, told as done (the day is required by the caller).
 */
function putToParty(
  toks: Token[],
  from: number,
  k: number,
  last: number,
  party: (k: number) => boolean,
): StatusSpan | null {
  const e = partyAhead(toks, k + 1, last, party);
  if (e < 0) return null;
  for (let q = k - 1; q >= Math.max(from, k - 8); q--) {
    const w = toks[q]!.lower;
    if (CLAUSE_END.has(w)) return null;
    if (PRESENT_VERBS.has(w)) return futureBefore(toks, from, q) ? null : { status: 'held', a: q, b: e };
  }
  return null;
}

/** `a telephone call`, `a phone conversation`. */
const PHONE = new Set(['telephone', 'phone']);
const PHONE_TOK = new TokenSet(PHONE);
const CALLS = new Set(['call', 'calls', 'conversation', 'conversations']);
/** `Kerin said he told Lyng in a telephone call on Wednesday`: a call with a party in the clause
 * before it (the day is required by the caller). k is the `in`. */
function phoneCall(toks: Token[], from: number, k: number, party: (k: number) => boolean): StatusSpan | null {
  return DETERMINERS_TOK.has(toks[k + 1]) &&
    CALLS.has(toks[k + 3]?.lower ?? '') &&
    partyInClause(toks, from, k, party)
    ? { status: 'held', a: k, b: k + 4 }
    : null;
}

/** What a party raises with another (`raised the matter with`). */
const RAISED = new Set([
  'matter',
  'case',
  'issue',
  'question',
  'subject',
  'problem',
  'concerns',
  // (`had raised the ban with Thai officials in Bangkok in September`: the measure in dispute)
  'ban',
  'quota',
  'quotas',
  'duty',
  'duties',
  'tariff',
  'tariffs',
  'curbs',
  'levy',
  'dispute',
  'complaint',
  'request',
]);
/**
 * `Yeutter raised the case with International Trade Minister James Kelleher in Ottawa`, `Olmer
 * raised the matter with Hellstrom in Stockholm last week`: a party (or a pronoun) raising a
 * matter with a party named right after `with` took part in a sitting. k is the `raised`.
 */
function raisedWith(
  toks: Token[],
  from: number,
  k: number,
  last: number,
  party: (k: number) => boolean,
): StatusSpan | null {
  if (k <= from || !(PRONOUNS.has(toks[k - 1]!.lower) || partyInClause(toks, from, k, party))) return null;
  if (futureBefore(toks, from, k)) return null;
  let q = k + 1;
  if (DETERMINERS_TOK.has(toks[q]) || toks[q]?.lower === 'this') q++;
  if (!RAISED.has(toks[q]?.lower ?? '')) return null;
  // (`raised the matter on Monday with Japan's ambassador`: a day or a place before `with`)
  const w = adverbialsEnd(toks, q + 1, last);
  if (toks[w]?.lower !== 'with') return null;
  const e = partyAhead(toks, w + 1, last, party);
  // (the day is looked for from the matter on)
  return e < 0 ? null : { status: 'held', a: k, b: w > q + 1 ? q + 1 : e };
}

/** Verbs of putting a proposal before a sitting of the talks (`put its plan to the negotiating group`). */
const PRESENT_VERBS = new Set([
  'put',
  // (`referred the matter to a special session next year`)
  'referred',
  'presented',
  'submitted',
  'tabled',
  'outlined',
  'unveiled',
  'laid',
  'handed',
  'delivered',
]);
/** Bodies of a negotiation named by `negotiating` before them (`the GATT negotiating group on farm trade`). */
const NEGOTIATING_BODIES = new Set(['group', 'groups', 'committee', 'body', 'session', 'sessions']);

/**
 * `presented its offer at the talks in Geneva today`, `put a plan to the negotiating group`: a
 * proposal laid before a sitting of the talks means that sitting took place. k is the `to`/`at`.
 */
function presentedTo(toks: Token[], from: number, k: number, last: number): StatusSpan | null {
  let noun = -1;
  for (let q = k + 1; q < Math.min(last, k + 5); q++) {
    const w = toks[q]!.lower;
    if (TALKS.has(w)) {
      noun = q;
      break;
    }
    if (w === 'negotiating' && NEGOTIATING_BODIES.has(toks[q + 1]?.lower ?? '')) {
      noun = q + 1;
      break;
    }
    if (toks[q]!.kind !== TokKind.Word || CLAUSE_END.has(w)) return null;
  }
  if (noun < 0) return null;
  for (let q = k - 1; q >= Math.max(from, k - 12); q--) {
    const w = toks[q]!.lower;
    if (CLAUSE_END.has(w)) return null;
    // (`wants to put its plan to the talks`, `will present`: a proposal still to come is no sitting)
    if (PRESENT_VERBS.has(w))
      return futureBefore(toks, from, q) ? null : { status: 'held', a: q, b: noun + 1 };
  }
  return null;
}

/** True when a sitting body's head noun (`the EC-Brazil joint committee`, `the GATT Council`)
 * comes within six words from k, before a clause break. */
function bodyAhead(toks: Token[], k: number, last: number): boolean {
  for (let q = k; q < Math.min(last, k + 6); q++) {
    const w = toks[q]!.lower;
    if (SITTING_BODY_NOUNS.has(w)) return true;
    if (CLAUSE_END.has(w) && w !== ',') return false;
  }
  return false;
}
/** What may follow the talks noun of `after talks with ...`: a party, a place or a day, not a verb. */
const AFTER_TALKS_NEXT = new Set([
  'with',
  'between',
  'in',
  'here',
  'there',
  'on',
  'at',
  'yesterday',
  'today',
  'last',
  'this',
  ',',
  '.',
  ';',
]);
/** Words between `after` and the talks noun that make it no sitting (`after years of talks` is how
 * long; `after the talks collapsed` is found by its own verb). */
const AFTER_NOT = new Set([
  'years',
  'months',
  'decades',
  'of',
  'any',
  'no',
  'more',
  'further',
  // `told reporters after a cabinet meeting`: a government's or a firm's own meeting is no talks
  'cabinet',
  'board',
  'caucus',
  'party',
]);

/**
 * `Yeutter told reporters after talks with Tamura`, `following a meeting in Tokyo`: talks that took
 * place (dated after the story, they are still planned). k is the `after`/`following`.
 */
function afterTalks(
  toks: Token[],
  k: number,
  last: number,
  party: ((k: number) => boolean) | null,
): StatusSpan | null {
  // `he told reporters after meeting Foreign Minister Sosuke Uno`, `after meeting a Japanese
  // delegation led by ...`: the gerund with a party met right after it, maybe after a determiner
  // (its title words capitalised; not `after meeting its target`)
  if (party && toks[k + 1]?.lower === 'meeting' && k + 2 < last) {
    const e = partyAhead(toks, k + 2, last, party);
    return e < 0 ? null : { status: 'held', a: k, b: e };
  }
  for (let q = k + 1; q < Math.min(last, k + 4); q++) {
    const t = toks[q]!;
    if (t.kind !== TokKind.Word || AFTER_NOT.has(t.lower) || CLAUSE_END.has(t.lower)) return null;
    // (`after meeting in Brussels`: a gerund right after `after` is a verb of its own clause)
    if (q === k + 1 && t.lower.endsWith('ing')) return null;
    // (`substantially concluded in July 2022, after seven rounds`: three or more sittings counted
    // are how long the process took, no sitting of their own)
    if ((NUMBER_WORDS.get(t.lower) ?? 0) >= 3) return null;
    if (TALKS_TOK.has(t) && t.lower !== 'negotiators') {
      const nx = q + 1 < last ? toks[q + 1]!.lower : '.';
      // (`said after the annual meeting of the EC-Brazil joint committee`: a sitting of a body)
      if (nx === 'of' && bodyAhead(toks, q + 2, last)) return { status: 'held', a: k, b: q + 1 };
      return AFTER_TALKS_NEXT.has(nx) ? { status: 'held', a: k, b: q + 1 } : null;
    }
  }
  return null;
}

/** True when `in <year>` of a year before the publication's, or `last year`, opens within four
 * words of b (`signed in 1982`, `signed in Peking in 1978`). */
function yearBeforeAfter(toks: Token[], b: number, last: number, publishedMs: number | null): boolean {
  if (publishedMs === null) return false;
  const year = new Date(publishedMs).getUTCFullYear();
  for (let q = b; q < Math.min(last - 1, b + 4); q++) {
    if (endsClause(toks[q]!)) return false;
    const y = toks[q + 1]!;
    // (`the accords signed last year with Hong Kong`)
    if (toks[q]!.lower === 'last' && y.lower === 'year') return true;
    // (`concluded in July 2022`: a month before the year)
    const m = toks[q]!.lower === 'in' && y.cap && MONTH_INDEX.has(y.lower) ? toks[q + 2] : y;
    if (toks[q]!.lower === 'in' && m?.kind === TokKind.Number && m.text.length === 4) {
      const n = Number(m.text);
      return n >= 1900 && n < year;
    }
  }
  return false;
}

/** Verbs before `to sign` that make the signing none (`refused to sign`, `failed to sign`). */
const NOT_TO_SIGN = new Set([
  'refused',
  'refuses',
  'refuse',
  'declined',
  'declines',
  'failed',
  'fails',
  'reluctant',
  'unwilling',
  'not',
]);
/** A scheduling word before a `to` right before the trigger (`are due to`, `is scheduled to`). */
const SCHEDULED = new Set(['due', 'scheduled', 'set', 'expected', 'is', 'are', 'was', 'were']);
function scheduledBefore(toks: Token[], from: number, a: number): boolean {
  return a - 2 >= from && toks[a - 1]!.lower === 'to' && SCHEDULED.has(toks[a - 2]!.lower);
}

/** `a two-day meeting`, `after three-day talks`: a sitting of that length took place (k is the unit). */
function talksOfSpan(toks: Token[], k: number, last: number): StatusSpan | null {
  const n = toks[k - 2];
  if (!n || !isCount(n)) return null;
  for (let q = k + 1; q < Math.min(last, k + 3); q++) {
    if (TALKS_TOK.has(toks[q]) && toks[q]!.lower !== 'negotiators')
      return { status: spanOpensLater(toks, q + 1, last) ? 'planned' : 'held', a: k - 2, b: q + 1 };
    if (endsClause(toks[q]!)) return null;
  }
  return null;
}
/** `A two-day meeting of EC and Japanese officials opens in Tokyo on Thursday`: the sitting's own
 * verb, within its clause after it, tells it still to come (a present `opens`, or `will`). */
function spanOpensLater(toks: Token[], b: number, last: number): boolean {
  for (let q = b; q < Math.min(last, b + 8); q++) {
    const w = toks[q]!.lower;
    if (endsClause(toks[q]!)) return false;
    if (w === 'will' || PRESENT_TENSE.has(w)) return true;
  }
  return false;
}

/** Units of a stretch of talks that took place (`two days of talks`, `a round of talks`); months
 * and years of talks are how long a negotiation has gone on, not a sitting of it. */
const SPANS = new Set(['days', 'hours', 'weeks', 'rounds', 'day', 'hour', 'week', 'round']);
/** Units of how long a negotiation has gone on (`two years of negotiations`), no sitting. */
const PROCESS_SPANS = new Set(['years', 'months', 'year', 'month']);

/** `two days of meetings`, `almost 20 hours of talks`: talks that took place. */
function talksLasting(toks: Token[], k: number, last: number): StatusSpan | null {
  const unit = toks[k - 1];
  const n = toks[k - 2];
  if (!unit || !n || !SPANS.has(unit.lower)) return null;
  if (!isCount(n) && n.lower !== 'marathon') return null;
  for (let q = k + 1; q < Math.min(last, k + 4); q++) {
    if (TALKS_TOK.has(toks[q])) return { status: 'held', a: k - 2, b: q + 1 };
    if (endsClause(toks[q]!)) return null;
  }
  return null;
}

/** Calendar units after `next` whose possessive names a sitting to come (`next month's meeting`). */
const NEXT_UNITS = new Set(['week', 'month', 'year', 'weekend']);

/** `next month's meeting of the joint committee`, `next week's talks in Geneva`: a sitting named
 * by a coming week or month is planned (the possessive right after the unit, a talks noun within
 * three words of it). */
function nextSitting(toks: Token[], k: number, last: number): StatusSpan | null {
  const unit = toks[k + 1];
  const pos = toks[k + 2];
  if (!unit || !pos || !NEXT_UNITS.has(unit.lower) || (pos.lower !== "'s" && pos.lower !== '\u2019s'))
    return null;
  for (let q = k + 3; q < Math.min(last, k + 6); q++) {
    const w = toks[q]!.lower;
    if (TALKS.has(w) && w !== 'negotiators') return { status: 'planned', a: k, b: q + 1 };
    if (CLAUSE_END.has(w)) return null;
  }
  return null;
}

/** `The United States and China agreed on Monday to roll back tariffs`: both parties agreeing to
 * act is a deal; `agreed to meet` is a plan (found by its own trigger). */
function jointAgreement(
  toks: Token[],
  from: number,
  k: number,
  last: number,
  party: (k: number) => boolean,
  lead = false,
): StatusSpan | null {
  let to = -1;
  for (let q = k + 1; q < Math.min(last, k + 6); q++) {
    const w = toks[q]!.lower;
    // `agreed to roll back tariffs`, `agreed in late July that the United States would cut ...`
    if (w === 'to' || w === 'that') {
      to = q;
      break;
    }
    if (CLAUSE_END.has(w)) return null;
  }
  if (to < 0) return null;
  const next = toks[to + 1]?.lower ?? '';
  const talkVerb =
    toks[to]!.lower === 'to' &&
    (TALK_VERBS.has(next) || (OPENING_VERBS.has(next) && talksSoon(toks, to + 2, last)));
  // `agreed that officials would continue the discussion`: more talks agreed on are a plan, not a deal
  const status = toks[to]!.lower === 'that' && talksAgreed(toks, to + 1, last) ? 'planned' : 'deal_reached';
  const joint = !talkVerb;
  // the subject: two parties joined by `and`, or `the two sides`, `both countries`
  let parties = 0;
  let joined = false;
  let inParty = false;
  for (let q = k - 1; q >= Math.max(from, k - 12) && !endsClause(toks[q]!); q--) {
    const w = toks[q]!.lower;
    if (BOTH_SIDES.has(w) && (toks[q - 1]?.lower === 'two' || toks[q - 1]?.lower === 'both'))
      return joint ? { status, a: k, b: k + 1 } : null;
    const p = party(q);
    if (p && !inParty) parties++;
    inParty = p;
    if (w === 'and') {
      joined = true;
      // `West and East Germany agreed ...`: two parties sharing one country's name
      if (
        DIRECTIONS.has(toks[q - 1]?.lower ?? '') &&
        toks[q - 1]!.cap &&
        DIRECTIONS.has(toks[q + 1]?.lower ?? '')
      )
        parties++;
    }
  }
  // (the event's date is looked for from the verb on: `agreed on Monday to ...`)
  if (parties >= 2 && joined) return joint ? { status, a: k, b: k + 1 } : null;
  // `Thailand has agreed to hold its shipments ... in return for EC help`, `Australia has agreed to
  // suspend its complaint after Beijing promised to review the duties`: one party's undertaking in
  // an exchange is the deal
  // (`agreed to hold its shipments`: a talk verb here only with talks after it)
  if (
    parties >= 1 &&
    toks[to]!.lower === 'to' &&
    !(talkVerb && talksSoon(toks, to + 2, last)) &&
    exchangeIn(toks, from, last)
  )
    return { status: 'deal_reached', a: k, b: k + 1 };
  // `Japanese steel mills and India's MMTC agreed in Tokyo on Friday to cut the price ...`,
  // `ASEAN economic ministers agreed on Saturday to a scheme ...`: a wire lead's news, agreed on a
  // day told right after the verb, is the deal (not a step weaker than one: `agreed on Monday to
  // study the request`)
  // (not one party named alone before the verb: `South Korea agreed on Monday to raise the wool
  // credit` is its own decision, no deal without an exchange)
  return lead &&
    (joined || !party(k - 1)) &&
    !talkVerb &&
    toks[to]!.lower === 'to' &&
    adverbialsEnd(toks, k + 1, last) === to &&
    dayIn(toks, k + 1, to) &&
    !WEAK_STEPS.has(toks[to + 1]?.lower ?? '') &&
    !procedureSetUp(toks, to + 1, last)
    ? { status: 'deal_reached', a: k, b: k + 1 }
    : null;
}

/** Bodies whose setting up is a step of procedure (`agreed to set up a dispute panel`). */
const PROCEDURE_BODIES = new Set(['panel', 'party', 'group', 'committee', 'commission']);
/** `set up a dispute panel`, `establish a working party` at p: procedure, no deal. */
function procedureSetUp(toks: Token[], p: number, last: number): boolean {
  const w = toks[p]?.lower;
  if (w !== 'set' && w !== 'establish' && w !== 'form' && w !== 'create') return false;
  for (let q = p + 1; q < Math.min(last, p + 6); q++) {
    const x = toks[q]!.lower;
    if (PROCEDURE_BODIES.has(x)) return true;
    if (CLAUSE_END.has(x)) return false;
  }
  return false;
}

/** The day after `from` within six words after a planned sitting's trigger (b its end), before a
 * clause break other than a place's commas (`gather in Yaounde, Cameroon, from Thursday`). */
function openingDay(toks: Token[], b: number, last: number, publishedMs: number | null): string | null {
  for (let q = b; q < Math.min(last, b + 6); q++) {
    const w = toks[q]!.lower;
    if (w === 'from') return resolveDate(toks, q + 1, Math.min(last, q + 3), publishedMs, true);
    if (w === '.' || w === ';' || (CLAUSE_END.has(w) && w !== ',')) return null;
  }
  return null;
}

/** Verbs that open talks when talks follow them (`agreed to launch negotiations`, `to open talks`,
 * `to enter into negotiations`): an agreement on the process, no deal. */
const OPENING_VERBS = new Set(['launch', 'open', 'enter', 'initiate', 'commence', 'kick']);
/** Steps agreed that are no deal (`agreed to study the request`). */
const WEAK_STEPS = new Set(['study', 'consider', 'examine', 'review', 'discuss', 'look', 'explore', 'seek']);
/** Auxiliaries that open a yes/no question (`Can the two sides ...?`, `Will talks resume?`). */
const QUESTION_OPENERS = new Set([
  'can',
  'could',
  'will',
  'would',
  'should',
  'shall',
  'may',
  'might',
  'must',
  'is',
  'are',
  'was',
  'were',
  'does',
  'do',
  'did',
  'has',
  'have',
  'had',
]);

/** For a sentence [from, last) that asks a yes/no question or when, the token after its opening
 * auxiliary, else -1: it ends in `?` (before closing quotes) and opens with an auxiliary (or
 * `when` and one), after a label such as `Q&A:` or `Analysis -`. */
function questionBody(toks: Token[], from: number, last: number): number {
  let e = last - 1;
  while (e > from && toks[e]!.kind === TokKind.Punct && toks[e]!.text !== '?') e--;
  if (toks[e]?.text !== '?') return -1;
  // the first word after a short label that ends in a colon or dash
  let a = from;
  for (let q = from; q < Math.min(e, from + 4); q++) {
    const x = toks[q]!.text;
    if (x === ':' || x === '-' || x === '\u2013' || x === '\u2014') a = q + 1;
  }
  while (a < e && toks[a]!.kind === TokKind.Punct) a++;
  if (a >= e) return -1;
  // ("When do the talks resume?": when it happens is what is asked, so it has not happened)
  if (toks[a]!.lower === 'when') a++;
  return a < e && QUESTION_OPENERS.has(toks[a]!.lower) ? a + 1 : -1;
}

/** A relative pronoun in [from, a): the trigger at `a` may sit in a relative clause, which tells. */
function relativeBefore(toks: Token[], from: number, a: number): boolean {
  for (let q = from; q < a; q++) {
    const w = toks[q]!.lower;
    if (w === 'that' || w === 'which' || w === 'who' || w === 'where' || w === 'when') return true;
  }
  return false;
}

/** A day word (isDayWord) in tokens [a, b). */
function dayIn(toks: Token[], a: number, b: number): boolean {
  for (let q = a; q < b; q++) if (isDayWord(toks[q]!.lower)) return true;
  return false;
}

/** A talks noun within four words from p (`hold further talks`), before a clause break. */
function talksSoon(toks: Token[], p: number, last: number): boolean {
  for (let q = p; q < Math.min(last, p + 4); q++) {
    const w = toks[q]!.lower;
    if (TALKS.has(w)) return true;
    if (CLAUSE_END.has(w)) return false;
  }
  return false;
}

/** The halves of a divided country (`North and South Korea`, `West and East Germany`). */
const DIRECTIONS = new Set(['north', 'south', 'east', 'west']);
/** What the terms of an exchange after `as part of the` are called. */
const TERMS = new Set(['terms', 'deal', 'agreement', 'accord', 'package', 'settlement']);
/** What the other side asked for, which an undertaking meets (`meeting a long-standing U.S. demand`). */
const DEMANDS = new Set(['demand', 'demands', 'request', 'requests']);
/** Verbs of meeting a demand. */
const MEETS = new Set(['meeting', 'met', 'meets']);
/** A sentence telling an exchange: `in return (for)`, `in exchange`, `promised`, `as part of the terms`,
 * `meeting a U.S. demand`. */
function exchangeIn(toks: Token[], from: number, last: number): boolean {
  for (let q = from + 1; q < last; q++) {
    const w = toks[q]!.lower;
    if ((w === 'return' || w === 'exchange') && toks[q - 1]!.lower === 'in') return true;
    if (w === 'promised') return true;
    if ((toks[q]!.w2 & WordSet2.Meets) !== 0)
      // (`a long-standing U.S. demand`: a few modifiers between)
      for (let r = q + 1; r < Math.min(last, q + 8); r++) {
        const x = toks[r]!.lower;
        if (DEMANDS.has(x)) return true;
        if (CLAUSE_END.has(x)) break;
      }
    if (w === 'part' && toks[q - 1]!.lower === 'as' && toks[q + 1]?.lower === 'of')
      return TERMS.has(toks[q + 3]?.lower ?? '');
  }
  return false;
}

/** Verbs of a request put to another party (`asked`, `urged`; not `called on`: a public call). */
const REQUEST_VERBS = new Set(['asked', 'urged']);
/** Heads of a party's subject after its name (`Caribbean Community (CARICOM) ministers`). */
const MEMBER_HEADS = new Set(['states', 'members', 'countries', 'nations']);
/**
 * `New Zealand asked Canada on Thursday to keep ...`, `The European Union urged China on Tuesday to
 * restore ...`: the past day (a weekday right after the addressee, then `to`) of a request a party
 * put to a party named right after the verb; else null. Not a lobby's plea (`U.S. producers of soda
 * ash asked the Reagan administration`: its subject's head is no party), nor a public call (`Israel
 * called on the United States on Wednesday to drop a duty`: the labels code no sitting).
 */
function requestPutDay(
  toks: Token[],
  from: number,
  last: number,
  party: (k: number) => boolean,
  publishedMs: number | null,
): string | null {
  for (let k = from + 1; k < Math.min(last, from + 24); k++) {
    if ((toks[k]!.w2 & WordSet2.RequestVerb) === 0) continue;
    // (the subject's head a party, or its officials or members: not `U.S. producers of soda ash`)
    const h = toks[k - 1]!;
    const subject =
      party(k - 1) ||
      (h.text === ')' && party(k - 2)) ||
      ((PARTY_HEADS.has(h.lower) || MEMBER_HEADS.has(h.lower)) && partyInClause(toks, from, k, party));
    if (!subject) return null;
    const e = partyAhead(toks, k + 1, last, party);
    if (e < 0 || toks[e]?.lower !== 'on' || toks[e + 2]?.lower !== 'to') return null;
    const d = toks[e + 1]!;
    if (!d.cap || !WEEKDAY_INDEX.has(d.lower)) return null;
    const date = resolveDate(toks, e + 1, e + 2, publishedMs, false);
    return date !== null && Date.parse(date) <= publishedMs! ? date : null;
  }
  return null;
}

/**
 * The past day of a wire lead whose party subject took a step in a body of multilateral talks
 * named in it (`the GATT subsidies committee`, `the Uruguay Round talks on ...`, `the negotiating
 * group on ...`): mainClauseDay up to just after the body; else null. Not a step still to come
 * (`would ask the GATT Council`), one told (`said on Monday it had made its case in the Uruguay
 * Round farm talks`), nor one with no party in its first words.
 */
function bodyStepDay(
  toks: Token[],
  from: number,
  last: number,
  party: (k: number) => boolean,
  publishedMs: number | null,
): string | null {
  let body = -1;
  for (let q = from; q < last && body < 0; q++) {
    const w = toks[q]!.lower;
    // (`Canberra said on Monday it had made its case in the Uruguay Round farm talks`: the day it
    // was told, not the sitting's)
    if ((toks[q]!.w2 & WordSet2.EvModalSaying) !== 0 || w === 'will' || w === "'ll") return null;
    if (w === 'gatt' || (w === 'round' && toks[q]!.cap) || w === 'negotiating')
      for (let r = q + 1; r < Math.min(last, q + 6); r++) {
        const x = toks[r]!.lower;
        if (SITTING_BODY_NOUNS.has(x) || (w !== 'gatt' && TALKS.has(x))) body = r;
        if (body >= 0 || CLAUSE_END.has(x)) break;
      }
  }
  if (body < 0 || !partyFrom(toks, from, Math.min(body, from + 8), party)) return null;
  // (`complained to the GATT subsidies committee on Thursday`: the day right after the body)
  const day = mainClauseDay(toks, from, Math.min(last, body + 3), publishedMs);
  return day !== null && publishedMs !== null && Date.parse(day) <= publishedMs ? day : null;
}

/** `(that) officials would continue the discussion`, `they will meet again`: a that-clause whose verb,
 * after a modal, is one of talks (the subject is a few words at most). */
function talksAgreed(toks: Token[], a: number, last: number): boolean {
  for (let q = a; q < Math.min(last, a + 6); q++) {
    const w = toks[q]!.lower;
    if (CLAUSE_END.has(w)) return false;
    if (w === 'would' || w === 'will' || w === 'should') return TALK_VERBS.has(toks[q + 1]?.lower ?? '');
  }
  return false;
}

/** A party in the clause before token a (its subject). */
function partyBefore(
  toks: Token[],
  from: number,
  a: number,
  party: ((k: number) => boolean) | null,
): boolean {
  if (!party) return true;
  for (let q = a - 1; q >= Math.max(from, a - 12); q--) {
    // ("the National Film Development Corporation (NFDC) signed": an acronym in brackets names
    // the subject again, it ends no clause)
    if (toks[q]!.text === ')') {
      let o = q - 1;
      while (o > from && q - o <= 4 && toks[o]!.text !== '(' && toks[o]!.text !== ')') o--;
      if (toks[o]!.text === '(' && o < q - 1) {
        if (party(q - 1)) return true;
        q = o;
        continue;
      }
    }
    if (endsClause(toks[q]!)) break;
    const w = toks[q]!.lower;
    if (party(q) || PARTY_HEADS.has(w) || BOTH_SIDES.has(w)) return true;
  }
  return false;
}

/** `under the bilateral understanding on subsidies ... signed by the two countries in April`: a deal
 * noun right before trigger a (in its clause, up to 10 words back) whose phrase opens `under the`. */
function underDeal(toks: Token[], from: number, a: number): boolean {
  const start = Math.max(clauseStart(toks, from, a), a - 10);
  for (let q = a - 1; q >= start; q--) {
    if (!DEALS.has(toks[q]!.lower)) continue;
    for (let r = q - 1; r >= Math.max(start, q - 4); r--) {
      const w = toks[r]!.lower;
      // (`under the accord`, a deal the reader knows; `under a barter agreement signed in Colombo
      // yesterday` introduces the news itself)
      if (w === 'under') return toks[r + 1]!.lower === 'the';
      if (toks[r]!.kind !== TokKind.Word || TALKS.has(w) || DEALS.has(w)) return false;
    }
    return false;
  }
  return false;
}

/** Words before "agreed under" that make it a verb of its own (`had agreed under pressure`). */
const NOT_TERMS = new Set([
  'has',
  'have',
  'had',
  'was',
  'were',
  'is',
  'are',
  'been',
  'be',
  'it',
  'they',
  'we',
]);

/** `the tariff cuts agreed under the 1985 free trade agreement`: terms a deal set, named by a
 * participle after their noun and "under", are no news of a deal. */
function termsUnderDeal(toks: Token[], a: number, b: number): boolean {
  for (let q = a; q < b; q++) {
    const w = toks[q]!.lower;
    if ((w === 'agreed' || w === 'signed') && toks[q + 1]?.lower === 'under') {
      const n = toks[q - 1];
      return (
        !!n &&
        n.kind === TokKind.Word &&
        !n.cap &&
        !NOT_TERMS.has(n.lower) &&
        !PARTY_HEADS.has(n.lower) &&
        !BOTH_SIDES.has(n.lower)
      );
    }
  }
  return false;
}

/** Not supposed, denied or a goal: the clause before the trigger has no `if`/`until`, modal,
 * negation or goal verb governing it. */
function real(toks: Token[], from: number, a: number, status: EventStatus): boolean {
  const clause = clauseStart(toks, from, a);
  // `as soon as an agreement was reached`, `before a deal is signed`: the clause's opener
  const opener = clause > 0 ? toks[clause - 1]!.lower : undefined; // (no read at index -1)
  if (
    // (`before Kerin leaves for talks next week`: what comes before a plan is no supposition of it)
    (opener === 'before' && status !== 'planned') ||
    HYPOTHETICAL.has(opener ?? '') ||
    // (`if that was what it took to end the dispute`: `that` a pronoun after `if`, not a clause break)
    (opener === 'that' && HYPOTHETICAL_TOK.has(toks[clause - 2])) ||
    (opener === 'as' && (toks[clause - 2]?.lower === 'soon' || toks[clause - 2]?.lower === 'long')) ||
    // (`to let the oil flow while they settle their dispute`: a present verb after `while` is what
    // goes on, or is to come; `while a deal was reached on steel` is news)
    (opener === 'while' &&
      (status === 'deal_reached' || status === 'signed') &&
      !toks[a]!.lower.endsWith('ed'))
  )
    return false;
  // `made an agreed framework unlikely`: a participle after an article is the noun's adjective
  if (ADJ_ARTICLES.has(toks[a - 1]?.lower ?? '') && toks[a]!.lower.endsWith('ed')) return false;
  // `insist that no new agreement be concluded until ...`: a bare `be` before the trigger is a
  // subjunctive of what is asked, no event (`will be signed` is a plan, told by its own phrases)
  if (
    toks[a - 1]?.lower === 'be' &&
    !FUTURE.has(toks[a - 2]?.lower ?? '') &&
    !MODALS.has(toks[a - 2]?.lower ?? '')
  )
    return false;
  // `Brazil will sign new protocols only if they allow regional bans`: a signing or deal promised
  // on a condition told after it is a term, no event
  if (
    (status === 'signed' || status === 'deal_reached') &&
    (MODALS.has(toks[a - 1]?.lower ?? '') || FUTURE.has(toks[a - 1]?.lower ?? ''))
  )
    for (let q = a + 1; q < Math.min(toks.length, a + 16); q++) {
      const w = toks[q]!.lower;
      if (w === '.' || w === ';') break;
      if (w === 'unless' || (w === 'if' && toks[q - 1]!.lower === 'only')) return false;
    }
  const start = Math.max(clause, a - 12);
  // `exempted from the day a linking agreement is signed`: a day named by the event, no news of it
  if (status === 'signed' || status === 'deal_reached')
    for (let q = a - 1; q >= Math.max(from + 1, a - 6); q--) {
      const w = toks[q]!.lower;
      if (toks[q]!.kind === TokKind.Punct) break;
      if (TIME_HEADS.has(w) && toks[q - 1]!.lower === 'the') return false;
    }
  // `could be the basis for a trade-off, or for a long stalemate`: a state named by its noun is
  // as possible as the sentence's modal before it, across the comma of a list
  if (STALL_NOUNS.has(toks[a]!.lower))
    for (let q = Math.max(from, a - 14); q < a; q++) if (MODALS.has(toks[q]!.lower)) return false;
  // `urged the European side to show sincerity and return to talks`, `able to meet those rules`:
  // an infinitive (the trigger's own `to`, or one before it) under a goal verb
  let infinitive = toks[a]!.lower === 'to' ? a : -1;
  // (`asked for it to be put on the agenda of next month's meeting`: a sitting named by its date is
  // an object of the goal, not the goal)
  // (`was prepared to review the rules at talks with the United States next month`: a sitting with
  // the other side after `at`, which counts only with a day of its own, is where the goal is to be
  // pursued; not `would try to settle a joint position at a meeting in Luxembourg`, one side's own)
  const dated = toks[a]!.lower === 'next' || (toks[a]!.lower === 'at' && sittingWith(toks, a));
  for (let q = a - 1; q >= start; q--) {
    const w = toks[q]!.lower;
    if (HYPOTHETICAL.has(w)) return false;
    if (q >= a - 3 && NEGATIONS.has(w)) return false;
    // `hoped talks with the Fund would resume soon`: a hope, no plan
    if (q >= a - 8 && HOPES.has(w)) return false;
    // `ended a meeting on Friday without agreeing on a date to launch a new round`: what they did
    // not agree on
    if (q >= a - 7 && w === 'without' && toks[q + 1]!.lower.endsWith('ing')) return false;
    // plans are told with modals (`would meet again`); other events under one are only possible
    if (q >= a - 4 && MODALS.has(w) && status !== 'planned' && status !== 'restarted') return false;
    if (w === 'to' && infinitive < 0) {
      infinitive = q;
      // (`the two sides still have to agree the text`: an obligation, not done)
      const o = toks[q - 1]?.lower;
      if ((o === 'have' || o === 'has') && status !== 'planned') return false;
    }
    if (infinitive >= 0 && q < infinitive && GOAL_VERBS.has(w) && !dated) return false;
    // `predicts end of trade dispute`: a goal or forecast right before the trigger
    // (not `the working party on Ethiopia's bid met`: a bid after a determiner is the subject's noun)
    if (q === a - 1 && GOAL_VERBS.has(w) && !(w === 'bid' && BID_DETERMINERS.has(toks[q - 1]?.lower ?? '')))
      return false;
    // `wanted the dispute settled on commercial terms`: a participle after the object of a want
    // (the object's noun right before the trigger, at most two words before it)
    // (`wanted the agreement with the European Union signed before the end of the year`: the
    // object's noun may go on with `with` and its party)
    if (q >= a - 9 && q <= a - 2 && WANTS.has(w) && isWantedObject(toks, q + 1, a)) return false;
    if (q === a - 2 && infinitive === a - 1 && REQUEST_NOUNS.has(w)) return false;
    // `held talks in Brussels on Monday to end their dispute`, `in a push to settle the row`: a
    // deal in an infinitive of purpose is the sitting's goal (after a goal noun, `in a bid to`, above)
    if (
      q === a - 2 &&
      infinitive === a - 1 &&
      status === 'deal_reached' &&
      (PURPOSE_HEADS.has(w) || TALKS.has(w) || WEEKDAY_INDEX.has(w))
    )
      return false;
    // `within reach of a free trade agreement`: the noun, not the verb
    if (q === a - 1 && w === 'within') return false;
    // (`reopening a signed text would mean sending lawyers back to the table`: a consequence
    // supposed, no plan)
    if (q >= a - 8 && w === 'mean' && MODALS.has(toks[q - 1]?.lower ?? '')) return false;
  }
  // `To seal the agreement, London agreed to ...`: a purpose clause opening the sentence
  if (clause === from && toks[from]!.lower === 'to' && status !== 'planned') return false;
  return true;
}

/** `at talks with the United States`: a talks noun within a few words after `at` a, then `with` or
 * `between`. */
function sittingWith(toks: Token[], a: number): boolean {
  for (let q = a + 1; q < Math.min(toks.length - 1, a + 6); q++)
    if (TALKS_TOK.has(toks[q])) {
      const nx = toks[q + 1]!.lower;
      if (nx === 'with' || nx === 'between') return true;
      // (`at a meeting of foreign ministers from both sides`, `of the two countries' joint
      // commission`: a sitting of both sides)
      if (nx === 'of')
        for (let r = q + 2; r < Math.min(toks.length - 1, q + 10); r++) {
          const w = toks[r]!.lower;
          if (CLAUSE_END.has(w)) return false;
          if (w === 'joint' || ((w === 'both' || w === 'two') && BOTH_SIDES.has(toks[r + 1]!.lower)))
            return true;
        }
      return false;
    }
  return false;
}

/** A date phrase opening the sentence before a comma (`On Sunday, ...`, `Last week, ...`). */
function frontedDay(
  toks: Token[],
  from: number,
  a: number,
  publishedMs: number | null,
  future: boolean,
): string | null {
  for (let q = from + 1; q < Math.min(a, from + 5); q++)
    if (toks[q]!.text === ',') return resolveDate(toks, from, q, publishedMs, future);
  return null;
}

/** Verbs that report news on a day (`said on Monday`, `announced on Friday`). */
const SAYING = new Set(['said', 'says', 'announced', 'confirmed']);
/** The day of a speech verb just before the clause (`said on Friday that ...`), or null. */
function reportedDay(toks: Token[], from: number, clause: number, publishedMs: number | null): string | null {
  if (clause <= from || toks[clause - 1]!.lower !== 'that') return null;
  for (let q = clause - 2; q >= Math.max(from, clause - 6); q--) {
    const w = toks[q]!.lower;
    if (SAYING.has(w) || w === 'told') return resolveDate(toks, q + 1, clause - 1, publishedMs, false);
  }
  return null;
}

/** Lines that hold a clock time alone (`19:05`, `3:05 a.m. ET`) or open with one: two or more make
 * a live page, its entries stamped with the time of the day they were posted. */
function livePage(text: string): boolean {
  let stamps = 0;
  // (p: the newline before each line, -1 before the first; one indexOf a line)
  for (let p = -1; ;) {
    let q = p + 1;
    const d0 = q;
    while (q - d0 < 2 && isDigitAt(text, q)) q++;
    if (
      q > d0 &&
      text.charCodeAt(q) === 58 &&
      isDigitAt(text, q + 1) &&
      isDigitAt(text, q + 2) &&
      !isDigitAt(text, q + 3)
    )
      if (++stamps >= 2) return true;
    p = text.indexOf('\n', p + 1);
    if (p < 0) return false;
  }
}
const isDigitAt = (text: string, i: number): boolean => text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57;

/** Participles of a headline's news (`Deal reached`, `Pact signed`). */
const HEADING_PARTICIPLES = new Set([
  'reached',
  'signed',
  'struck',
  'sealed',
  'agreed',
  'clinched',
  'concluded',
]);
/** True when a dispute body ("Dispute Settlement Body", "the panel", "Appellate Body") is named in
 * [from, a). */
function disputeBodyIn(toks: Token[], from: number, a: number): boolean {
  for (let k = from; k < a; k++) {
    const w = toks[k]!.lower;
    if (
      (w === 'body' && (toks[k - 1]?.lower === 'settlement' || toks[k - 1]?.lower === 'appellate')) ||
      w === 'panel'
    )
      return true;
  }
  return false;
}
/** Present tenses of a sitting as it happens (`the two leaders hold talks`, `talks resume`). */
const SITTING_NOW = new Set([
  'hold',
  'holds',
  'meet',
  'meets',
  'resume',
  'resumes',
  'open',
  'opens',
  'begin',
  'begins',
]);
/** True when the trigger at a is a sitting's present tense, no `to`, modal or negation before it. */
function entryPresent(toks: Token[], a: number): boolean {
  if (!SITTING_NOW.has(toks[a]!.lower)) return false;
  const prev = toks[a - 1]?.lower ?? '';
  return prev !== 'to' && !MODALS.has(prev) && !FUTURE_AUX.has(prev) && prev !== 'not' && prev !== "n't";
}
/** True when the trigger at a is a present perfect (`10:20 - It's done. Trade ministers ... have
 * signed the agreement`): inside a live page's entry, what has just happened as it is written. */
function entryPerfect(toks: Token[], a: number): boolean {
  const prev = toks[a - 1]?.lower ?? '';
  return (
    (prev === 'have' || prev === 'has') && (toks[a]!.lower.endsWith('ed') || toks[a]!.lower === 'struck')
  );
}
/** True when the paragraph of sentence si opens with a clock time (`11:15 a.m. -`): a live
 * page's entry. */
function clockEntry(toks: Token[], sentences: Sentence[], si: number): boolean {
  let j = si;
  while (j > 0 && toks[sentences[j]!.first]!.nl === 0) j--;
  const k = sentences[j]!.first;
  return (
    toks[k]?.kind === TokKind.Number &&
    toks[k + 1]?.text === ':' &&
    toks[k + 2]?.kind === TokKind.Number &&
    toks[k + 2]!.text.length === 2
  );
}
/** Present tenses of a report of news as it happens (`announce an agreement`, `the two sides
 * sign the deal`). */
const PRESENT_REPORTS = new Set([
  'announce',
  'announces',
  'agree',
  'agrees',
  'sign',
  'signs',
  'reach',
  'reaches',
  'strike',
  'strikes',
  'seal',
  'seals',
  'clinch',
  'clinches',
  'conclude',
  'concludes',
]);

/** A present-tense report verb at the trigger `a` or up to two words before it, with no `to` or
 * modal before that verb (`announce an agreement`; not `to sign`, `will sign`). */
function presentReport(toks: Token[], from: number, a: number): boolean {
  for (let q = a; q >= Math.max(from, a - 2); q--) {
    // (`8:35 p.m. - Deal reached, tariffs suspended`: an entry's heading in headline form, a deal
    // and its participle with nothing before them but the clock time's dash)
    if (
      HEADING_PARTICIPLES.has(toks[q]!.lower) &&
      q - 1 >= from &&
      DEALS.has(toks[q - 1]!.lower) &&
      (q - 1 === from || toks[q - 2]!.text === '-' || toks[q - 2]!.nl > 0)
    )
      return true;
    if (!PRESENT_REPORTS.has(toks[q]!.lower)) continue;
    const prev = toks[q - 1]?.lower ?? '';
    // (not after a modal or a negation: `will sign`, `could seal`, `do not sign`)
    return (
      q > from &&
      prev !== 'to' &&
      !MODALS.has(prev) &&
      !FUTURE_AUX.has(prev) &&
      prev !== 'not' &&
      prev !== "n't"
    );
  }
  return false;
}

/** `Berdegue said on Wednesday evening, adding that he would speak to Rollins on Thursday`: the
 * time of the day a plan was told on, a verb of saying and its past day before the plan in [from,
 * a), when it is earlier than the publication day (its `Thursday` is the one after it); else the
 * publication time. */
function saidEarlier(toks: Token[], from: number, a: number, publishedMs: number | null): number | null {
  if (publishedMs === null) return null;
  for (let q = from; q < a - 1; q++) {
    const w = toks[q]!.lower;
    if (!SAYING.has(w) && w !== 'told') continue;
    let e = q + 1;
    while (e < a && toks[e]!.text !== ',' && toks[e]!.lower !== 'that') e++;
    const day = resolveDate(toks, q + 1, e, publishedMs, false);
    if (day === null) return publishedMs;
    const ms = Date.parse(day) + (((publishedMs % DAY) + DAY) % DAY);
    return ms < publishedMs - DAY / 2 ? ms : publishedMs;
  }
  return publishedMs;
}

/** The day both sides told a sentence's news on (`, the two governments said on Monday`, `, both
 * countries announced on Friday`): a comma, at most five words naming both sides, a verb of
 * saying and the day before the next comma or the sentence's end; else null. */
function jointReportDay(toks: Token[], b: number, last: number, publishedMs: number | null): string | null {
  for (let c = b; c < last - 2; c++) {
    if (toks[c]!.text !== ',') continue;
    let both = false;
    for (let q = c + 1; q < last && q <= c + 6; q++) {
      const w = toks[q]!.lower;
      if (BOTH_SIDES.has(w) && (toks[q - 1]!.lower === 'two' || toks[q - 1]!.lower === 'both')) both = true;
      else if (both && SAYING.has(w)) {
        let e = q + 1;
        while (e < last && toks[e]!.text !== ',') e++;
        return resolveDate(toks, q + 1, e, publishedMs, false);
      } else if (toks[q]!.kind !== TokKind.Word) break;
    }
  }
  return null;
}

/** The day of a report set off at the sentence's end after the event (`..., the two governments
 * said on Thursday.`): a comma, at most five words of its speaker, a verb of saying and its day,
 * then the sentence's end; or, in a lead, another comma (`Britain has paused negotiations ..., the
 * government said on Thursday, after nearly two years of talks failed ...`). */
function trailingReportDay(
  toks: Token[],
  b: number,
  last: number,
  publishedMs: number | null,
  lead = false,
): string | null {
  for (let c = last - 3; c >= b && c >= last - 12; c--) {
    if (toks[c]!.text !== ',') continue;
    for (let q = c + 1; q < last && q <= c + 6; q++) {
      const w = toks[q]!.lower;
      if (SAYING.has(w)) return resolveDate(toks, q + 1, last, publishedMs, false);
      if (toks[q]!.kind !== TokKind.Word) break;
    }
    break;
  }
  if (!lead) return null;
  // (the first comma after the event, its report closed by the next comma)
  let c = b;
  while (c < last && toks[c]!.text !== ',') c++;
  for (let q = c + 1; q < last && q <= c + 6; q++) {
    const w = toks[q]!.lower;
    if (SAYING.has(w)) {
      const e = q + 3 < last && toks[q + 1]!.lower === 'on' && toks[q + 3]!.text === ',' ? q + 3 : -1;
      return e < 0 ? null : resolveDate(toks, q + 1, e, publishedMs, false);
    }
    if (toks[q]!.kind !== TokKind.Word) break;
  }
  return null;
}

/** Verbs of a sitting's end (`which ended today`, `ending in Washington today`). */
const ENDED = new Set(['ended', 'ending', 'closed', 'closing', 'concluded', 'finished']);

/**
 * The day a sitting ended, told in a relative or participle clause right after its talks noun
 * (`talks in Tokyo which ended today`, `talks with MITI (the ministry) ending today`); a bracket is
 * passed over, any other clause break ends the look. b is the end of the held trigger.
 */
function endedDay(toks: Token[], b: number, last: number, publishedMs: number | null): string | null {
  for (let q = b; q < Math.min(last, b + 14); q++) {
    const w = toks[q]!.lower;
    if (w === '(') {
      while (q < last && toks[q]!.text !== ')') q++;
      continue;
    }
    if (ENDED.has(w)) return resolveDate(toks, q + 1, clauseEnd(toks, q + 1, last), publishedMs, false);
    if (w === 'which' || w === 'that') {
      if (!ENDED.has(toks[q + 1]?.lower ?? '')) return null;
      continue;
    }
    // (`after the talks, which ended on Sunday in the Malaysian capital`)
    if (w === ',' && toks[q + 1]?.lower === 'which' && ENDED.has(toks[q + 2]?.lower ?? '')) continue;
    if (CLAUSE_END.has(w)) return null;
  }
  return null;
}

/** `will resume`, `would resume`: the trigger's own future auxiliary (its phrase or the word before). */
function willBefore(toks: Token[], from: number, a: number): boolean {
  const w = toks[a]!.lower;
  const p = a > from ? toks[a - 1]!.lower : '';
  return w === 'will' || w === 'would' || p === 'will' || p === 'would' || p === "'ll";
}

/** A future marker in the few words before a trigger (`will sign`, `plans to meet`). */
function futureBefore(toks: Token[], from: number, a: number): boolean {
  for (let q = a - 1; q >= Math.max(from, a - 3); q--) {
    // (`Sweden's ambassador to EFTA, told ...`: an appositive's `to` is no future of the verb)
    if (toks[q]!.text === ',') return false;
    // (`The cut was set out at two days of talks`: `set` is a plan only as `set to`/`set for`)
    if (toks[q]!.lower === 'set' && toks[q + 1]?.lower !== 'to' && toks[q + 1]?.lower !== 'for') continue;
    if (FUTURE.has(toks[q]!.lower)) return true;
  }
  return false;
}

// (the words a trigger or a rule of findEvents starts at, as a word-set bit)
registerWordSet(eventStartWords().keys(), WordSet.EventStart);

// (after the sets' definitions: word-set bits of sets looked up at many tokens, WordSet2)
registerWordSet2(MEETS, WordSet2.Meets);
registerWordSet2(REQUEST_VERBS, WordSet2.RequestVerb);
registerWordSet2(MODALS, WordSet2.EvModalSaying);
registerWordSet2(SAYING, WordSet2.EvModalSaying);
