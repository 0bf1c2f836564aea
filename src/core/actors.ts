import type { Actor, ActorKind } from './types';
import { SHARED_SHORT_NAMES } from './lexicon/countries';
import {
  isPossessive,
  registerWordSet,
  registerWordSet2,
  TokenSet,
  TokKind,
  WordSet,
  WordSet2,
  type FirstSteps,
  type Sentence,
  type Token,
} from './tokenize';
import {
  Form,
  getLexicon,
  W_CONN,
  W_HEAD,
  W_LEX,
  W_LEXCONT,
  W_LEXONE,
  W_SPEECH,
  W_STOP,
  type CompiledLexicon,
  type Hit,
  type LexRef,
  type TrieNode,
} from './lexicon/compile';
import {
  ANALYST_ROLES,
  GOV_ORG_HEADS,
  AMBIGUOUS_SURNAMES,
  FAMILY_FIRST_SIDES,
  RULER_TITLES,
  PLACE_NOUNS,
  COMPANY_SUFFIX,
  PLACE_FIRM_HEADS,
  LEGAL_FORMS,
  ADVISORY_SUFFIX,
  DOMAIN_WORDS,
  GOV_NOUNS,
  HEAD_TITLES,
  METONYM_NEXT,
  DIRECTIVE_BEFORE,
  MEDIA_HEADS,
  MEDIA_NOUNS,
  ADDRESS_VERBS,
  GOVERNMENT_SEATS,
  MINISTRY_PORTFOLIOS,
  PORTFOLIO_MINISTRY,
  ROMANCE_HEADS,
  ORG_PREFIX,
  ORG_SUFFIX,
  PLACE_PREPS,
  STOP_CAPS,
  TITLE_MODS,
  TITLE_TAILS,
  LAW_WORDS,
  SCHEME_WORDS,
  PEOPLE_SUFFIX,
  ORG_NOUNS_BEFORE,
  COMPANY_NOUNS_BEFORE,
  US_STATES,
} from './lexicon/words';
import { isWhiteSpace } from './whitespace';
import { MONTH_NAMES, WEEKDAY_NAMES } from './lexicon/topics';
const PLACE_PREPS_TOK = new TokenSet(PLACE_PREPS);
const LEGAL_FORMS_TOK = new TokenSet(LEGAL_FORMS);
const ORG_NOUNS_BEFORE_TOK = new TokenSet(ORG_NOUNS_BEFORE);
const ORG_SUFFIX_TOK = new TokenSet(ORG_SUFFIX);
const DOMAIN_WORDS_TOK = new TokenSet(DOMAIN_WORDS);
const ORG_PREFIX_TOK = new TokenSet(ORG_PREFIX);
const TITLE_MODS_TOK = new TokenSet(TITLE_MODS);
const MEDIA_NOUNS_TOK = new TokenSet(MEDIA_NOUNS);
const COMPANY_SUFFIX_TOK = new TokenSet(COMPANY_SUFFIX);

/** An actor mention over tokens [a, b). */
export interface TokMention {
  actor: ActorInfo;
  a: number;
  b: number;
}

/** An actor with what the precondition step needs beyond the public shape. */
export interface ActorInfo extends Actor {
  /** Holds its own positions (legislators, lobbies, outlets, analysts) rather than a government's. */
  own: boolean;
  /** Side id (`us`, `cn`, `eu`) when the side is a lexicon country/bloc. */
  sideId: string | null;
}

export interface ActorResult {
  actors: ActorInfo[];
  /** All mentions in text order. */
  mentions: TokMention[];
  /** For each token, the index into `mentions` of the mention covering it, or -1. */
  mentionAt: readonly number[];
  /** Demonyms seen per token (country ref), used for roles and holders ("the Chinese side");
   * a hole (undefined) where there is none. */
  adjAt: (LexRef | null)[];
  /** Seats of government ("the White House") by their last token: first token and country id. */
  seatAt: Map<number, { a: number; id: string }>;
}

const MAX_RUN = 12;
/** "of" in the names of Spanish, Portuguese, French and Italian bodies (after `ROMANCE_HEADS`). */
const ROMANCE_OF = new Set(['de', 'do', 'del', 'da', 'di', 'des', 'du', 'dos', 'das', 'della']);
/** Last parts of German, Dutch and Nordic compounds that name a body ("Bauernverband", "Handelskammer"). */
const GERMANIC_BODY_END =
  /(?:verband|verbande|vereinigung|kammer|gesellschaft|genossenschaft|ministerium|bund|forbund|forbundet|foreningen|forening|schap)$/;
/** GERMANIC_BODY_END's endings by their last two letters' codes (first << 8 | second). */
const GERMANIC_TAILS = new Set(
  ['nd', 'de', 'ng', 'er', 'ft', 'um', 'et', 'en', 'ap'].map((s) => (s.charCodeAt(0) << 8) | s.charCodeAt(1)),
);
/** True when a capitalised word in tokens [a, b) is such a compound (or is "Verband" itself). */
function germanicBodyIn(toks: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = toks[k]!;
    if (t.cap !== true) continue;
    const w = t.lower;
    const n = w.length;
    // (the endings' last two letters first: most words end otherwise, and the expression, not
    // anchored at its start, is a builtin call that tries every position of a word)
    if (
      n >= 6 &&
      GERMANIC_TAILS.has((w.charCodeAt(n - 2) << 8) | w.charCodeAt(n - 1)) &&
      GERMANIC_BODY_END.test(w)
    )
      return true;
  }
  return false;
}
/** A Romance "of" elided before a capitalised word ("d'Automobiles", "dell'Industria"). */
const ROMANCE_ELIDED = /^(?:d|dell|l)['\u2019]\p{Lu}/u;
/** ROMANCE_ELIDED.test(text) behind a test of the first letter: the expression runs in a builtin
 * (~20 instructions a call before it fails), at the end of every capitalised run, and almost every
 * word fails at its first letter, which must be "d" or "l". */
function romanceElided(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c === 100 || c === 108) && ROMANCE_ELIDED.test(text);
}
/** Romance "and" before a Romance "of" inside a body's name ("et de Motocycles", "y de Comercio"). */
const ROMANCE_AND = new Set(['et', 'y', 'e']);
/** True when a Romance "of" at k follows a body's head word, right before it or past one adjective
 * ("Banco do Brasil", "Chambre Syndicale des Importateurs", "Confederacion Espanola de ..."). */
function romanceOfAt(toks: Token[], k: number, first: number): boolean {
  const t = toks[k];
  if (t === undefined || ((t.w2 & WordSet2.RomanceOf) === 0 && !romanceElided(t.text))) return false;
  if (k - 1 >= first && ROMANCE_HEADS.has(toks[k - 1]!.lower)) return true;
  return k - 2 >= first && toks[k - 1]!.cap && ROMANCE_HEADS.has(toks[k - 2]!.lower);
}
const MAX_NAME = 4;
/** Verbs of leading a body after a person's name, and the role each gives ("Jane Roe chairs the
 * X Council": "chair of the X Council"). */
const LEADS_VERBS = new Map([
  ['chairs', 'chair'],
  ['co-chairs', 'co-chair'],
  ['heads', 'head'],
  ['leads', 'head'],
  ['runs', 'head'],
  ['directs', 'director'],
  ['presides', 'president'],
]);
/** Words inside a body's name that need no capital ("Council of Economic Advisers"). */
const BODY_NAME_JOINS = new Set(['of', 'for', 'and', '&', 'on']);
/**
 * After a person's name: a verb of leading (LEADS_VERBS), "the" and a capitalised body's name
 * ("chairs the Pakistan Apparel Exporters Council"): the end of that name, else -1. The name
 * must end in a capitalised word and hold two of them or more (not "heads the Commission": a
 * lone word is read as the body's by the recognizers of bodies).
 */
function ledBodyEnd(toks: Token[], k: number, limit: number): number {
  const v = toks[k];
  if (v === undefined || v.cap || !LEADS_VERBS.has(v.lower)) return -1;
  let q = k + 1;
  if (toks[q]?.lower === 'over' && v.lower === 'presides') q++;
  if (toks[q]?.lower !== 'the') return -1;
  let e = q + 1;
  let caps = 0;
  let lastCap = -1;
  const lim = Math.min(limit, q + 12);
  while (e < lim) {
    const t = toks[e]!;
    if (t.kind === TokKind.Word && t.cap) {
      caps++;
      lastCap = e;
    } else if (!BODY_NAME_JOINS.has(t.lower)) break;
    e++;
  }
  return caps >= 2 ? lastCap + 1 : -1;
}
/** Participles before "by" that name a person heading a delegation or body ("led by X"). */
const LED_BY = new Set(['led', 'headed', 'chaired']);
const NAME_PARTICLES = new Set([
  'de',
  'van',
  'von',
  'der',
  'den',
  'da',
  'bin',
  'bint',
  'ibn',
  'al',
  'le',
  'la',
  'du',
  'dos',
  'del',
  // "Antonio Cardoso e Cunha", "Jose Ortega y Gasset": the Iberian "and" between surnames
  'e',
  'y',
  'do',
  'das',
  'di',
  'ter',
  'ten',
]);
registerWordSet(NAME_PARTICLES, WordSet.NameParticle);

const isAsciiAlnum = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

export function slugify(s: string): string {
  let out = '';
  let dash = false;
  // NFD changes no ASCII character: names in plain ASCII (most) skip the ICU call
  let ascii = true;
  for (let k = 0; k < s.length && ascii; k++) if (s.charCodeAt(k) > 0x7f) ascii = false;
  if (ascii) {
    // the runs of letters and digits, joined by '-' and lower-cased whole (as the loop below
    // does a character at a time, where each character cost a string concatenation); lower-cased
    // before it is cut: the name is a flat string or a slice, which V8 lower-cases in a builtin,
    // where the joined runs were a concatenation that went to the runtime to be flattened
    const low = s.toLowerCase();
    const n = low.length;
    let k = 0;
    while (k < n) {
      while (k < n && !isAsciiAlnum(low.charCodeAt(k))) k++;
      if (k === n) break;
      const a = k;
      while (k < n && isAsciiAlnum(low.charCodeAt(k))) k++;
      // (a name that is one run, "Reuters", is the lower-cased name itself)
      out = out === '' ? (a === 0 && k === n ? low : low.slice(a, k)) : out + '-' + low.slice(a, k);
    }
    return out;
  }
  const norm = s.normalize('NFD');
  for (let k = 0; k < norm.length; k++) {
    const c = norm.charCodeAt(k);
    if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122)) {
      out += norm[k];
      dash = false;
    } else if (c >= 65 && c <= 90) {
      out += String.fromCharCode(c + 32);
      dash = false;
    } else if (c >= 0x300 && c <= 0x36f) {
      continue;
    } else if (!dash && out.length > 0) {
      out += '-';
      dash = true;
    }
  }
  return dash ? out.slice(0, -1) : out;
}

interface LexMatch {
  a: number;
  b: number;
  hit: Hit;
}

function caseOk(hit: Hit, toks: Token[], a: number, b: number, capsSentence: boolean): boolean {
  if (hit.caseMode === 0) return true;
  const t = toks[a]!;
  if (hit.caseMode === 1) return t.cap === true || (capsSentence && t.upper === true);
  // a family name alone ("Xi said"), not opening another person's name ("Yoon Seok-min")
  if (hit.caseMode === 3) {
    const nx = toks[b];
    return t.cap === true && !(nx !== undefined && nx.kind === TokKind.Word && nx.cap === true);
  }
  // every word capitalised but the joining ones ("U.S. Steel", "Department of Commerce"), which a
  // line in capitals cannot tell ("U.S. STEEL IMPORTS FALL")
  if (hit.caseMode === 4) {
    if (capsSentence) return false;
    for (let k = a; k < b; k++) {
      const tk = toks[k]!;
      if (tk.kind !== TokKind.Word || tk.cap === true) continue;
      if (tk.lower !== 'of' && tk.lower !== 'and' && tk.lower !== 'for' && tk.lower !== 'the') return false;
    }
    return true;
  }
  for (let k = a; k < b; k++) {
    const tk = toks[k]!;
    if (tk.kind === TokKind.Word && !tk.upper) return false;
  }
  return true;
}

/** Per text (the tokens last asked about): family name -> whether someone else bears it. */
let familyToks: Token[] | null = null;
const familyOthers = new Map<string, boolean>();
/**
 * True when the text names another person of this family name ("Yoon Seok-min, a lawmaker, said
 * ... Yoon said" beside the lexicon's Yoon Suk Yeol): the family name alone is then not taken for
 * the lexicon's person. One scan of the text per family name (memoized for the text).
 */
function otherFamilyMember(toks: Token[], family: string, fullName: string): boolean {
  if (familyToks !== toks) {
    familyToks = toks;
    familyOthers.clear();
  }
  let other = familyOthers.get(family);
  if (other === undefined) {
    const given = fullName.slice(fullName.indexOf(' ') + 1).toLowerCase();
    other = false;
    for (let k = 0; k + 1 < toks.length && !other; k++) {
      if (toks[k]!.lower !== family) continue;
      const nx = toks[k + 1]!;
      other = nx.kind === TokKind.Word && nx.cap && !given.startsWith(nx.lower);
    }
    familyOthers.set(family, other);
  }
  return other;
}

/** False for a word that no actor lexicon phrase has after its first word (W_LEXCONT), so no
 * trie step can take it (any other token may: punctuation carries no bits). */
const mayContinue = (t: Token): boolean => t.kind !== TokKind.Word || (t.w & W_LEXCONT) !== 0;

/** Longest lexicon match starting at token i, not crossing the sentence end. `first`: the root's
 * children by word entry (the lexicon's `actorFirst` when `root` is its actor trie), or null. */
function matchAt(
  root: TrieNode,
  toks: Token[],
  i: number,
  end: number,
  caps: boolean,
  first: FirstSteps<TrieNode> | null = null,
): LexMatch | null {
  let node: TrieNode = root;
  let best: LexMatch | null = null;
  // (a node's `next` and `hits` read once a step, compared with null: they are a lazy node's
  // getters, and a Map's or an array's truthiness is a generic check)
  for (let k = i; k < end; k++) {
    const next = node.next;
    if (next === null) break;
    const tk = toks[k]!;
    // Multi-word names do not continue across a line's blank gap or a missing space before words.
    if (k > i && (tk.nl >= 2 || !mayContinue(tk))) break;
    const child = k === i && first !== null ? first.child(tk) : next.get(tk.lower);
    if (child === undefined) break;
    node = child;
    const hits = node.hits;
    if (hits !== null) {
      for (const h of hits) {
        if (caseOk(h, toks, i, k + 1, caps) === true) {
          best = { a: i, b: k + 1, hit: h };
          break;
        }
      }
    }
  }
  return best;
}

// (compared with undefined: `!!t` is a generic truthiness check)
const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === TokKind.Word;

/**
 * True when `xs` is already in ascending order of `key`: then a (stable) sort by it would change
 * nothing, and the lists sorted here mostly arrive in order.
 */
function sortedBy<T>(xs: readonly T[], key: (x: T) => number): boolean {
  for (let k = 1; k < xs.length; k++) if (key(xs[k - 1]!) > key(xs[k]!)) return false;
  return true;
}

/**
 * Word-class tests by the bit the tokenizer set from the same lists (words.ts), instead of a set
 * lookup per token: `STOP_CAPS.has(t.lower)` and so on, for any token (punctuation and numbers
 * carry no bits, and the lists hold only words except RUN_CONNECTORS' '&').
 */
const stopCap = (t: Token | undefined): boolean => t !== undefined && (t.w & W_STOP) !== 0;
const connector = (t: Token | undefined): boolean =>
  t !== undefined && ((t.w & W_CONN) !== 0 || t.text === '&');
const speechVerb = (t: Token | undefined): boolean => t !== undefined && (t.w & W_SPEECH) !== 0;
/** Verbs of answering, read as speech after a name only ("Jane Roe replied that ..."; not in the
 * shared SPEECH list, which the precondition pass reads too). */
const REPLY_VERBS = new Set(['replied', 'responded', 'retorted', 'countered']);
const speechAfterName = (t: Token | undefined): boolean =>
  t !== undefined &&
  ((t.w & W_SPEECH) !== 0 || (t.kind === TokKind.Word && !t.cap && REPLY_VERBS.has(t.lower)));
const headTitle = (t: Token | undefined): boolean => t !== undefined && (t.w & W_HEAD) !== 0;

/**
 * A name or role read from the text as one line: hard-wrapped wire copy breaks "American Soybean
 * Association" over two lines, and the popup, the hover card and the CLI's JSON show the name.
 */
function oneLine(s: string): string {
  // (told in a loop over the characters, without a regular expression's test: a name needs the
  // replacement only when it holds white space other than a space, or two white spaces in a row;
  // most are printable ASCII words with single spaces between them)
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c > 32 && c < 127) continue;
    if (c === 32 ? isWhiteSpace(s.charCodeAt(k + 1)) : isWhiteSpace(c)) return oneSpaced(s, k);
  }
  return s;
}
/** `s.replace(/\s+/g, ' ')`, from k on (s has no white space before k), in a loop: the expression's
 * replace goes to the runtime, at ~1 us a name. */
function oneSpaced(s: string, k: number): string {
  let out = '';
  let from = 0;
  for (; k < s.length; k++) {
    if (!isWhiteSpace(s.charCodeAt(k))) continue;
    let e = k + 1;
    while (e < s.length && isWhiteSpace(s.charCodeAt(e))) e++;
    out += s.slice(from, k) + ' ';
    from = e;
    k = e - 1;
  }
  return out + s.slice(from);
}

class Builder {
  actors = new Map<string, ActorInfo>();
  order: ActorInfo[] = [];
  mentions: TokMention[] = [];
  /** How many ids made so far open with a scope prefix ("o:national-...") or hold "-of-": orgId
   * looks for such a longer id only when one exists (most texts have none). */
  scopedIds = 0;
  ofIds = 0;
  constructor(
    readonly text: string,
    readonly toks: Token[],
    readonly lex: CompiledLexicon,
  ) {}

  /** The actor `id`, made on first sight. `lexical`: name and role come from the lexicon, whose
   * names and roles are one line already (actors.test.ts checks every one), so the text's line
   * breaks need not be looked for in them. */
  get(
    id: string,
    name: string,
    kind: ActorKind,
    side: string | null,
    role: string | null,
    own: boolean,
    lexical = false,
  ): ActorInfo {
    let a = this.actors.get(id);
    if (a === undefined) {
      a = {
        id,
        name: lexical ? name : oneLine(name),
        kind,
        side,
        role: role && (lexical ? role : oneLine(role)),
        mentions: [],
        own,
        sideId: side ? (this.lex.sideId.get(side) ?? null) : null,
      };
      this.actors.set(id, a);
      this.order.push(a);
      if (id.startsWith('o:')) {
        if (SCOPE_PREFIXES.some((p) => id.startsWith(p, 2) && id.charCodeAt(2 + p.length) === 45))
          this.scopedIds++;
        if (id.includes('-of-')) this.ofIds++;
      }
    } else {
      if (!a.role && role) a.role = lexical ? role : oneLine(role);
      if (!a.side && side) {
        a.side = side;
        a.sideId = this.lex.sideId.get(side) ?? null;
      }
    }
    return a;
  }

  fromRef(ref: LexRef): ActorInfo {
    return this.get(ref.id, ref.name, ref.kind, ref.side, ref.role, ref.own, true);
  }

  mention(actor: ActorInfo, a: number, b: number): void {
    this.mentions.push({ actor, a, b });
  }
}

/** First words of a body's name that a later mention may drop (slugs). */
const SCOPE_PREFIXES = ['national', 'american', 'international'];
/**
 * The id of an organisation named in the text. A government body named with its country first
 * ("Japanese Finance Ministry officials", "the West German Economics Ministry") takes the id of the
 * same body named bare ("Finance Ministry officials in Tokyo said"), in either order, so the two
 * are one actor; not when that id already holds another country's body. A body named again
 * without its first word of scope (SCOPE_PREFIXES) takes the id of the one named with it.
 */
function orgId(
  B: Builder,
  lexAt: (LexMatch | null)[],
  a: number,
  b: number,
  name: string,
  side: string | null,
  gov: boolean,
): string {
  const full = `o:${slugify(name)}`;
  // ("the Pork Producers' Council" after "the National Pork Producers' Council": a body named again
  // without its first word of scope is the same body)
  if ((B.scopedIds > 0 || B.ofIds > 0) && !B.actors.has(full)) {
    if (B.scopedIds > 0)
      for (const p of SCOPE_PREFIXES) {
        const longer = `o:${p}-${full.slice(2)}`;
        if (B.actors.has(longer)) return longer;
      }
    // ("the State Bank said" after "the State Bank of Vietnam": a body named again without its
    // "of <Place>"; the actors looked through only while they are few, so a text of thousands of
    // bodies stays linear)
    if (B.ofIds > 0 && B.actors.size <= 256 && full.includes('-')) {
      const head = `${full}-of-`;
      for (const id of B.actors.keys()) if (id.startsWith(head)) return id;
    }
  }
  const m = gov ? lexAt[a] : null;
  const ref = m?.hit.ref;
  if (!m || !ref || m.a !== a || m.b > b - 2 || ref.kind !== 'country') return full;
  if (m.hit.form !== Form.Adj && m.hit.form !== Form.Name) return full;
  const toks = B.toks;
  const bare = `o:${slugify(B.text.slice(toks[m.b]!.start, toks[b - 1]!.end))}`;
  const had = B.actors.get(bare);
  return had?.side && had.side !== side ? full : bare;
}

/**
 * A lower-case "ministry" or "department" (pass 3b). The token's extent first: most tokens are
 * neither word, and reading each token's string (to compare it) costs a memory access of its
 * own. 'ministry' and 'department' are 8 and 10 characters long in the text too (lower-casing
 * keeps the length of every character that could lower-case into theirs; only U+0130 grows,
 * into 'i' and a combining dot).
 */
function isMinistryWord(t: Token): boolean {
  const len = t.end - t.start;
  return (len === 8 || len === 10) && !t.cap && (t.lower === 'ministry' || t.lower === 'department');
}

/** The country whose possessive stands before token a, directly ("Sweden's LKAB") or past up to
 * four lower-case words ("Sweden's state mining company LKAB", "Japan's largest steelmaker,
 * Nippon Steel Corp"); null when none. */
function possessiveCountryBefore(toks: Token[], lexAt: (LexMatch | null)[], a: number): LexRef | null {
  // ("Japan's largest steelmaker, Nippon Steel Corp": a comma before the name; "India's
  // state-owned NFDC": a hyphen inside the description)
  // (no read at index -1: one turns the array read generic, for every later call)
  let q = a > 0 && toks[a - 1]!.text === ',' ? a - 2 : a - 1;
  while (
    q > a - 6 &&
    q > 0 &&
    ((toks[q]!.kind === TokKind.Word && !toks[q]!.cap) || toks[q]!.text === '-') &&
    !isPossessive(toks[q])
  )
    q--;
  if (q < 1 || !isPossessive(toks[q])) return null;
  for (let j = q - 1; j >= Math.max(0, q - 3); j--) {
    const m = lexAt[j];
    if (m && m.b === q) return m.hit.ref?.kind === 'country' && m.hit.form === Form.Name ? m.hit.ref : null;
  }
  return null;
}

/** Country/bloc named inside tokens [a, b) (by name, capital or demonym), for roles and org sides. */
function sideWithin(lexAt: (LexMatch | null)[], a: number, b: number): LexRef | null {
  const lex = getLexicon();
  for (let k = a; k < b; k++) {
    const m = lexAt[k];
    if (m?.hit.ref && (m.hit.ref.kind === 'country' || m.hit.ref.kind === 'bloc')) return m.hit.ref;
    // "MITI vice minister", "USTR chief negotiator": the agency's country ("Council of Forest
    // Industries of British Columbia": a province's, matched as a capital is)
    if (
      m?.hit.ref?.side &&
      (m.hit.form === Form.Name || m.hit.form === Form.Capital) &&
      m.hit.ref.kind === 'organization'
    ) {
      const id = lex.sideId.get(m.hit.ref.side);
      const ref = id ? lex.byId.get(id) : undefined;
      if (ref) return ref;
    }
  }
  return null;
}

/**
 * The country of a government body named without it ("Commerce Ministry", "Ministry of Trade")
 * from the words around it: "China's Commerce Ministry", "the Chinese Commerce Ministry", "the
 * Commerce Ministry in Beijing". Null for other organisations.
 */
function bodySide(toks: Token[], lexAt: (LexMatch | null)[], a: number, b: number): LexRef | null {
  const head = toks[b - 1]!.lower;
  const first = toks[a]!.lower;
  // ("Japan's Forestry Agency": a government agency named as a ministry is)
  if (
    head !== 'ministry' &&
    head !== 'department' &&
    head !== 'agency' &&
    first !== 'ministry' &&
    first !== 'department'
  )
    return null;
  const state = (m: LexMatch | null | undefined): LexRef | null =>
    m?.hit.ref && m.hit.ref.kind === 'country' ? m.hit.ref : null;
  // "China's Commerce Ministry", "the Chinese Commerce Ministry"
  if (isPossessive(toks[a - 1])) {
    for (let k = a - 2; k >= Math.max(0, a - 4); k--) {
      const m = lexAt[k];
      if (m) return m.b === a - 1 ? state(m) : null;
    }
  }
  const adj = lexAt[a - 1];
  if (adj && adj.b === a && adj.hit.form === Form.Adj) return state(adj);
  // "the Commerce Ministry in Beijing"
  if (toks[b]?.lower === 'in') {
    const m = lexAt[b + 1];
    if (m && (m.hit.form === Form.Capital || m.hit.form === Form.Name)) return state(m);
  }
  return null;
}

/** True when "(ACRONYM)" follows at b: an upper-case word of two letters or more in parentheses. */
function acronymAfter(toks: Token[], b: number): boolean {
  const t = toks[b + 1];
  return (
    toks[b]?.text === '(' &&
    !!t &&
    t.kind === TokKind.Word &&
    t.upper &&
    t.text.length >= 2 &&
    toks[b + 2]?.text === ')'
  );
}

/** Words of a diplomat's post: the country after "in"/"to" is where they serve, not their side. */
const POSTED = new Set(['ambassador', 'ambassadors', 'envoy', 'embassy', 'consul']);
const POSTED_TOK = new TokenSet(POSTED);

/** The side an appositive role [a, b) names: as sideWithin, but "the ambassador in Washington" and
 * "the British envoy to Japan" name the host after in/to, so only the words before it count. */
function roleSide(toks: Token[], lexAt: (LexMatch | null)[], a: number, b: number): LexRef | null {
  for (let k = a; k < b - 1; k++) {
    if (POSTED_TOK.has(toks[k]) && (toks[k + 1]!.lower === 'in' || toks[k + 1]!.lower === 'to'))
      return sideWithin(lexAt, a, k);
  }
  return sideWithin(lexAt, a, b);
}

/** A word that opens an appositive role after a name (", a senior economist", ", head of ..."). */
function isApposHead(t: Token | undefined): boolean {
  if (!isWord(t) || t.cap) return false;
  const w = t.lower;
  return w === 'a' || w === 'an' || w === 'the' || w === 'head' || HEAD_TITLES.has(w) || TITLE_MODS.has(w);
}

/** True when ", its president," / ", their chief negotiator," opens at k (the possessive at k):
 * a body's officer named by a title alone, closed by a comma (not ", its parent company,"). */
function ownTitleAppos(toks: Token[], k: number): boolean {
  const p = toks[k]?.lower;
  if (p !== 'its' && p !== 'their') return false;
  let head = false;
  for (let e = k + 1; e < k + 5; e++) {
    const t = toks[e];
    if (t?.text === ',') return head;
    if (!isWord(t) || t.cap) return false;
    head = HEAD_TITLES.has(t.lower);
    if (!head && !TITLE_MODS_TOK.has(t)) return false;
  }
  return false;
}

/** Auxiliaries that go on after a titled appositive's comma (", will travel", ", would not"). */
const APPOS_AUX = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'also', 'had']);

/**
 * True when an appositive at q is "<country>'s <role with a title head>," followed by a verb or
 * "who" ("X Y, Canada's deputy chief of delegation, replied ..."): the name before it is a person.
 * The closing comma and a lower-case verb after it (a speech verb or an -ed form) keep out
 * "Toronto, Canada's largest city" and lists.
 */
function countryApposRole(toks: Token[], lexAt: (LexMatch | null)[], q: number, limit: number): boolean {
  const m = lexAt[q];
  const ref = m?.hit.ref;
  let pos: number;
  if (m && m.a === q && ref && (ref.kind === 'country' || ref.kind === 'bloc')) pos = m.b;
  // ("John Doe, Acme's chief executive, said": a firm's or body's possessive, one or two
  // capitalised words, before the titled role does as a country's does)
  else if (isWord(toks[q]) && toks[q]!.cap && !stopCap(toks[q]!))
    pos = isPossessive(toks[q + 1]) ? q + 1 : isWord(toks[q + 1]) && toks[q + 1]!.cap ? q + 2 : -1;
  else return false;
  if (pos < 0 || !isPossessive(toks[pos])) return false;
  let head = false;
  for (let k = pos + 1; k < limit && k < q + 12; k++) {
    const t = toks[k]!;
    if (t.text === ',') {
      const v = toks[k + 1];
      // "Oman's Minister of Commerce, Industry and Investment Promotion, said": a title's list of
      // portfolios goes on after its comma
      if (head && portfolioAfter(toks, k)) continue;
      // (", who chairs ...": a relative clause about the person; "with Kirsten Hillman, Canada's
      // ambassador, to resume negotiations": the sentence going on after an object's appositive)
      // (", leads for Kyiv", ", has said", ", will travel": a present or an auxiliary too)
      return (
        head &&
        isWord(v) &&
        !v.cap &&
        (speechVerb(v) ||
          v.lower.endsWith('ed') ||
          v.lower === 'who' ||
          v.lower === 'to' ||
          (v.lower.endsWith('s') && !v.lower.endsWith('ss')) ||
          APPOS_AUX.has(v.lower))
      );
    }
    // "signed by Zheng Tuobin, China's Minister of Foreign Economic Relations and Trade.": a
    // titled role may close the sentence too (a place's appositive has no title head)
    if (t.text === '.') return head && toks[k - 1]!.kind === TokKind.Word;
    if (t.kind !== TokKind.Word && t.text !== '-') return false;
    if (headTitle(t)) head = true;
  }
  return false;
}

/** True when the comma at k, after a capitalised word of a title, goes on to a portfolio's word
 * ("Minister of Commerce, Industry and ..."). */
function portfolioAfter(toks: Token[], k: number): boolean {
  const p = toks[k - 1]!;
  const v = toks[k + 1];
  return p.cap && isWord(v) && v.cap && DOMAIN_WORDS_TOK.has(v);
}

/**
 * Where a person's name starts after the one 'and' in the run [a, b) of plain capitalised words
 * ("Mayer and Zheng Tuobin"), when that name is two or three words followed by a titled
 * appositive (", China's Minister of ...", ", Executive Director of ..."); -1 otherwise. Only the
 * titled appositive: "Tate and Lyle Sugars said" is a firm's name, not a list of people.
 */
function personAfterAnd(
  toks: Token[],
  lexAt: (LexMatch | null)[],
  a: number,
  b: number,
  limit: number,
): number {
  let x = -1;
  for (let k = a; k < b; k++) {
    const t = toks[k]!;
    if (t.kind !== TokKind.Word || lexAt[k]) return -1;
    if (t.lower === 'and' && !t.cap) {
      if (x >= 0 || k === a) return -1;
      x = k;
      continue;
    }
    // ("Mayer and Qais bin Mohammed Al Yousef, Oman's ...": a name particle after the 'and')
    if (x >= 0 && k > x + 1 && isParticle(t)) continue;
    if (!t.cap || t.upper || stopCap(t) || headTitle(t) || ORG_SUFFIX_TOK.has(t) || COMPANY_SUFFIX_TOK.has(t))
      return -1;
  }
  if (x < 0 || toks[b]?.text !== ',') return -1;
  const w = nameWords(toks, x + 1, b);
  if (w < 2 || w > 3) return -1;
  return capTitleAppos(toks, b + 1) || countryApposRole(toks, lexAt, b + 1, limit) ? x + 1 : -1;
}

/** GOVERNMENT_SEATS as a Map: reading the object by a text-made key ("white house", "europe")
 * was a megamorphic keyed load (none of its keys is a prototype property name, and no
 * one-word non-actor phrase is one either, so both answer alike). */
const SEATS: ReadonlyMap<string, string> = new Map(Object.entries(GOVERNMENT_SEATS));

/** Sides whose people's names put the family name first. */
/** Combining forms of places before a hyphen ("Sino-Soviet", "Franco-German", "Anglo-Irish"). */
const COMBINING_FORMS = new Set([
  'sino',
  'franco',
  'anglo',
  'italo',
  'indo',
  'afro',
  'euro',
  'russo',
  'nippo',
  'greco',
  'austro',
  'hispano',
  'luso',
  'judeo',
  'serbo',
  'czecho',
  'latin',
  'pan',
  'trans',
  'inter',
  'intra',
  'non',
  'pro',
  'anti',
  'ex',
  'post',
  'pre',
]);
/** Military ranks written before a name ("General Manuel Noriega", "Gen. Zia ul-Haq"). */
const MILITARY_RANKS = new Set([
  'general',
  'gen',
  'colonel',
  'col',
  'admiral',
  'adm',
  'lieutenant',
  'brigadier',
]);
const CALL = new Set(['call', 'calls', 'called', 'calling']);
/** Plural nouns for a government's people after a demonym ("West German officials"). */
const HOLDER_NOUNS = new Set(['officials', 'negotiators', 'delegates', 'diplomats', 'sources']);
/** A bloc's earlier self: "the Commission" in a story that names the European Community is the
 * Community's Commission (the lexicon files it under the Union). (A Map, as SHARED_BODY_NAMES: an
 * object read by ids of every kind is a megamorphic keyed load, which looks each id up in the
 * string table first.) */
const BLOC_BEFORE: ReadonlyMap<string, string> = new Map([['eu', 'ec']]);
/** Nouns after a bloc's adjective that make it the bloc as a party ("the European side"). */
const BLOC_GOV_NOUNS = new Set(['side', 'delegation']);
const ORG_PREPS = new Set(['at', 'from']);
const ORG_PREPS_TOK = new TokenSet(ORG_PREPS);
/** Words before "Commission" that keep it the Union's or the Community's own ("EC Commission",
 * "the Commission"). */
const EU_COMMISSION_OWNERS = new Set(['ec', 'eu', 'eec', 'european', 'the']);
/** The U.S. trade representative's title, in any of its ranks ("Deputy Trade Representative"). */
const TRADE_REP = /\btrade representative\b/i;
/** Articles that open the titles of newspapers in other languages ("El Pais", "Le Monde"). */
const PRESS_ARTICLES = new Set(['el', 'la', 'le', 'il', 'die', 'der', 'o']);
/** The US Congress and its chambers, whose short forms ("Congress", "the Senate") other countries'
 * legislatures share. */
const US_CHAMBERS = new Set(['us:congress', 'us:senate', 'us:house']);
/** States whose finance ministry the press also calls "the Treasury". */
const OTHER_TREASURIES = ['gb', 'au', 'nz', 'ie', 'za'];
const ARTICLES_THE = new Set(['the', 'a', 'an']);
/** Heads of an appositive that make the name before it an organisation. */
const ORG_APPOSITIVE_HEADS = new Set([
  'body',
  'group',
  'association',
  'federation',
  'confederation',
  'lobby',
  'union',
  'council',
  'chamber',
  'alliance',
  'coalition',
  'institute',
  'organisation',
  'organization',
  'department',
  'agency',
  'bureau',
  'office',
  'authority',
  // "Florida Citrus Mutual, a growers' cooperative, ...": a marketing body of producers
  'cooperative',
  'co-operative',
  'syndicate',
  'guild',
  'league',
  'foundation',
]);
/** Head words that call a name an organisation only as an appositive's own noun phrase, closed
 * by "of", "for" or a comma (", the liaison committee of ...": "EEP, the committee passed ..."
 * is a clause). */
const ORG_APPOSITIVE_HEADS_CLOSED = new Set(['committee', 'commission', 'board', 'society', 'consortium']);
/** Role words in an appositive that make the name before it a person ("the head of ..."). */
const PERSON_APPOSITIVE = new Set([
  'head',
  'member',
  'founder',
  'executive',
  'boss',
  'partner',
  'fellow',
  'delegate',
]);
/** Chinese family names that are English stop words, accepted only after a title. */
const FAMILY_STOPS = new Set(['he']);
/** Conjunctions whose next capital, followed by a lower-case word, is a clause's subject. */
const CLAUSE_OPENERS = new Set(['that', 'if', 'unless', 'until', 'once', 'because', 'whether', 'while']);

/** A US legislator's party, as it stands before a name or in a role ("Texas Democrat X"). */
const US_PARTIES = new Set(['democrat', 'republican']);
/** Compass words that open a region's name or adjective ("West African", "North Sea"). */
const COMPASS_WORDS = new Set([
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
]);

/** Family names that are also common capitalised English words at a sentence start. */
const NOT_FAMILY = new Set(['long', 'young', 'king', 'sun', 'do', 'so']);

/**
 * `role.toLowerCase().split(/[^a-z]+/)`, element for element (a leading/trailing '' when the role
 * starts/ends with a non-letter), without the regular expression: roles are split per person
 * mention, and RegExp split (a new regexp object per call) was ~2% of the analyzer's time.
 */
export function roleWords(role: string): string[] {
  const s = role.toLowerCase();
  const out: string[] = [];
  let a = 0;
  for (let k = 0; k < s.length;) {
    const c = s.charCodeAt(k);
    if (c >= 97 && c <= 122) {
      k++;
      continue;
    }
    const sep = k;
    k++;
    while (k < s.length && (s.charCodeAt(k) < 97 || s.charCodeAt(k) > 122)) k++;
    out.push(s.slice(a, sep));
    a = k;
  }
  out.push(s.slice(a));
  return out;
}

/** US congressional titles ("Rep.", "Sen.", "chairman of the House Ways and Means Committee"). */
function isUsLegislatorRole(role: string): boolean {
  const ws = roleWords(role);
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k]!;
    // ("Senator Max Baucus", "Representative Walter Jones" in a story naming the United States)
    if (
      w === 'rep' ||
      w === 'sen' ||
      w === 'senator' ||
      (w === 'representative' && k === 0 && ws.length === 1) ||
      w === 'congressman' ||
      w === 'congresswoman'
    )
      return true;
    // "Missouri Democrat", "Alaska Republican": a state and a party, as wire stories name members
    if (US_PARTIES.has(w)) return true;
    // "the House Ways and Means Committee", not "the House of Commons"
    if (w === 'house' && ws[k + 1] !== 'of' && ws[k + 1] !== '') return true;
    // ("Senate Finance Committee Chairman Ron Wyden")
    if (w === 'senate' && ws[k + 1] !== 'of' && ws[k + 1] !== '' && ws[k + 1] !== undefined) return true;
  }
  return false;
}

/** Words before an official that make them the other side ("her counterpart Liu He", "when he
 * meets Treasury Secretary James Baker"), not the party the story is told from. */
const OTHER_SIDE = new Set([
  'counterpart',
  'counterparts',
  'meet',
  'meets',
  'met',
  'meeting',
  'visiting',
  'hosted',
]);
registerWordSet(OTHER_SIDE, WordSet.OtherSide);
export function counterpartBefore(toks: Token[], a: number): boolean {
  // (within the official's sentence: "... tariff talks with Washington. Agriculture Minister
  // Julie Collins said" names no one talked with)
  let from = Math.max(0, a - 6);
  for (let k = a - 1; k >= from; k--)
    if (toks[k]!.text === '.' || toks[k]!.text === '?' || toks[k]!.text === '!') {
      from = k + 1;
      break;
    }
  for (let k = from; k < a; k++) {
    if ((toks[k]!.w & WordSet.OtherSide) !== 0) return true; // (OTHER_SIDE)
    const w = toks[k]!.lower;
    // "at talks in Jakarta last week with Trade Minister Rachmat Saleh": the one talked with
    if (w === 'with' && talksBefore(toks, k)) return true;
  }
  // "talks with Foreign Minister Tadashi Kuranari and Agriculture Minister Mutsuki Kato": the next
  // official of a list after "with" (only capitalised names and titles, commas and "and" between)
  for (let k = a - 1; k >= Math.max(0, a - 16); k--) {
    const t = toks[k]!;
    if (t.lower === 'with') return k < a - 6 && talksBefore(toks, k);
    if (t.kind === TokKind.Word ? !t.cap && t.lower !== 'and' : t.text !== ',') return false;
  }
  return false;
}
function talksBefore(toks: Token[], k: number): boolean {
  for (let q = k - 1; q >= Math.max(0, k - 6); q--) if (TALKS_WITH.has(toks[q]!.lower)) return true;
  return false;
}
/** Nouns of a sitting whose "with" names the other side's official (and verbs of taking a matter
 * up with one: "raised the case with International Trade Minister James Kelleher in Ottawa"). */
const TALKS_WITH = new Set([
  'talks',
  'meeting',
  'meetings',
  'discussions',
  'negotiations',
  'consultations',
  'raised',
  'discussed',
  'conferred',
  // ("would take the matter up with Agriculture Minister Mutsuki Kato")
  'up',
]);
/** The story's one country or bloc besides the home party's side, else null. */
function soleOtherParty(order: readonly ActorInfo[], homeSide: string): ActorInfo | null {
  let only: ActorInfo | null = null;
  for (const x of order)
    if ((x.kind === 'country' || x.kind === 'bloc') && x.sideId !== homeSide) {
      if (only) return null;
      only = x;
    }
  return only;
}

/** Government titles: officials the story names without a country speak for its home party;
 * "president of the Growers Association" or "economist at ..." do not. */
const OFFICIAL_TITLES = new Set(
  `minister secretary spokesman spokeswoman spokesperson representative ambassador negotiator premier
  envoy official officials commissioner chancellor undersecretary president chief`.split(/\s+/),
);
/** "Trade Commissioner", "Agriculture Commissioner": the title of a member of the European
 * Commission (not a "High Commissioner", an envoy, nor a customs commissioner). */
function euCommissionerRole(role: string): boolean {
  const ws = roleWords(role);
  return ws.includes('commissioner') && !ws.includes('high') && !ws.includes('customs');
}
/** What assignSides asks of an official's role, as bits (RoleKind), by role text: asked per
 * mention of an official with no side, each test splitting the role anew; the same few roles
 * recur across texts (bounded: cleared when full). */
const enum RoleKind {
  UsLegislator = 1,
  EuCommissioner = 2,
  Official = 4,
  /** "minister" as a word, in any case. */
  Minister = 8,
}
const roleKindMemo = new Map<string, number>();
function roleKinds(role: string): number {
  let v = roleKindMemo.get(role);
  if (v === undefined) {
    v =
      (isUsLegislatorRole(role) ? RoleKind.UsLegislator : 0) |
      (euCommissionerRole(role) ? RoleKind.EuCommissioner : 0) |
      (isOfficialRole(role) ? RoleKind.Official : 0) |
      (/\bminister\b/i.test(role) ? RoleKind.Minister : 0);
    if (roleKindMemo.size >= 4096) roleKindMemo.clear();
    roleKindMemo.set(role, v);
  }
  return v;
}
function isOfficialRole(role: string): boolean {
  const ws = roleWords(role);
  // "Undersecretary of Commerce" is a government title; "president of the Growers Association" not
  if (
    ws.includes('of') &&
    !ws.includes('minister') &&
    !ws.includes('secretary') &&
    !ws.includes('undersecretary')
  )
    return false;
  if (ws.includes('at')) return false;
  // "chief executive (officer)": a firm's or a group's head, not a government's
  if (ws.includes('executive') || ws.includes('officer')) return false;
  return ws.some((w) => OFFICIAL_TITLES.has(w));
}

/** Where each mention of a government body with a known side ends -> that body. */
function governmentBodyEnds(mentions: readonly TokMention[]): Map<number, ActorInfo> {
  const ends = new Map<number, ActorInfo>();
  for (const m of mentions)
    if (m.actor.kind === 'organization' && m.actor.sideId && isNationalGovBody(m.actor.name))
      ends.set(m.b, m.actor);
  return ends;
}

/** The government body named right before a person's lower-case title ("Ukrainian Foreign
 * Ministry spokesman Heorhii Tykhyi", "the Commerce Ministry's deputy spokesman X"). */
function bodyBeforeTitle(toks: Token[], ends: Map<number, ActorInfo>, a: number): ActorInfo | null {
  let head = false;
  for (let k = a - 1; k > 0 && k >= a - 3 && isWord(toks[k]) && !toks[k]!.cap && toks[k]!.nl < 2; k--) {
    head ||= headTitle(toks[k]);
    const body = ends.get(k) ?? (isPossessive(toks[k - 1]) ? ends.get(k - 1) : undefined);
    if (body) return head ? body : null;
  }
  return null;
}

/** A demonym among the few words before a name in its clause ("Chinese foreign ministry
 * spokeswoman Mao Ning"). */
function demonymBefore(toks: Token[], adjAt: (LexRef | null)[], a: number): LexRef | null {
  // (past five words only through a capitalised title: "Chinese Foreign Economic Relations and
  // Trade Minister Zheng Tuobin")
  for (let k = a - 1; k >= Math.max(0, a - 10); k--) {
    const t = toks[k]!;
    if (t.kind === TokKind.Punct) return null;
    const adj = adjAt[k];
    if (adj && (adj.kind === 'country' || adj.kind === 'bloc')) return adj;
    // (the demonym may open the paragraph; no word before it does)
    if (t.nl >= 2) return null;
    if (k < a - 5 && !t.cap && t.lower !== 'and') return null;
  }
  return null;
}

/** True when, from the "of" at o, a capitalised name (with its "the", "of", "for", "and", "&")
 * runs to a speech verb within twelve tokens ("of the Peterson Institute for International
 * Economics said"). */
function ofNameThenSpeech(toks: Token[], o: number, limit: number): boolean {
  let e = o + 1;
  if (toks[e]?.lower === 'the') e++;
  const first = e;
  const lim = Math.min(limit, o + 12);
  while (e < lim) {
    const t = toks[e]!;
    if (t.kind === TokKind.Word && (t.cap || OF_NAME_LINKS.has(t.lower))) e++;
    else if (t.text === '&') e++;
    else break;
  }
  return e > first && toks[e - 1]!.cap && speechVerb(toks[e]);
}
const OF_NAME_LINKS = new Set(['of', 'for', 'and', 'the']);

/** Possessive pronouns that open an official's title ("Its Trade Minister X"). */
const TITLE_POSSESSIVES = new Set(['its', 'their']);
/** For the person mentioned at mentions[q], whose title opens with "its" / "their" (past up to
 * six capitalised title words): the country or bloc it points back to, the first one named in its
 * sentence before it, else in the sentence before (its subject, as a rule: "Iraq, whose exports the
 * war with Iran cut, had asked ... Its Trade Minister"); else null. */
function pronounOwner(
  toks: Token[],
  sentOf: Int32Array,
  mentions: TokMention[],
  q: number,
): ActorInfo | null {
  const a = mentions[q]!.a;
  let p = a - 1;
  while (p >= 0 && a - p <= 6 && toks[p]!.cap && !TITLE_POSSESSIVES.has(toks[p]!.lower)) p--;
  // "Its Minister of Economy, Abdulla bin Touq, said", "Its economy minister, X,": a title set
  // before the name by a comma, of any case and with "of", when it holds a head title word
  if (p >= 1 && p === a - 1 && toks[p]!.text === ',') {
    let head = false;
    for (p = a - 2; p >= 0 && a - p <= 7 && toks[p]!.kind === TokKind.Word; p--) {
      if (TITLE_POSSESSIVES.has(toks[p]!.lower)) break;
      if (headTitle(toks[p])) head = true;
    }
    if (!head) return null;
  }
  if (p < 0 || p === a - 1 || !TITLE_POSSESSIVES.has(toks[p]!.lower)) return null;
  const own = sentOf[p]!;
  let found: ActorInfo | null = null;
  let foundIn = -1;
  for (let r = q - 1; r >= 0; r--) {
    const m = mentions[r]!;
    if (m.b > p) continue;
    const si = sentOf[m.a]!;
    // (the first state of the nearest sentence that names one)
    if (si < own - 1 || (foundIn >= 0 && si < foundIn)) break;
    if (m.actor.kind === 'country' || m.actor.kind === 'bloc') {
      found = m.actor;
      foundIn = si;
    }
  }
  return found;
}

/** Bodies whose name another country's body shares, by the lexicon id, with that country's id
 * ("House of Commons": Britain's, and Canada's). */
const SHARED_BODY_NAMES: ReadonlyMap<string, string> = new Map([['gb:parliament', 'ca']]);
/** The ids of the countries the text names (by name, demonym or capital). */
function namedCountries(lexAt: (LexMatch | null)[]): Set<string> {
  const out = new Set<string>();
  for (const m of lexAt) if (m?.hit.ref?.kind === 'country') out.add(m.hit.ref.id);
  return out;
}

/** Head nouns of a description that says what a firm or body is ("foreign trade organisation"). */
const BODY_DESCRIPTIONS = new Set(
  'organisation organization company corporation agency firm house group monopoly exporter importer buyer enterprise concern producer'.split(
    ' ',
  ),
);
/** A country's demonym opening a lower-case description that ends right before the name at a in
 * what the body is ("the Soviet foreign trade organisation Prodintorg"); null when none. */
function demonymDescribing(toks: Token[], adjAt: (LexRef | null)[], a: number): LexRef | null {
  // (no read at index -1: one turns the array read generic, for every later call)
  if (a === 0 || !BODY_DESCRIPTIONS.has(toks[a - 1]!.lower) || toks[a - 1]!.cap) return null;
  for (let k = a - 2; k >= Math.max(0, a - 6); k--) {
    const adj = adjAt[k];
    if (adj) return adj.kind === 'country' ? adj : null;
    const t = toks[k]!;
    // (a determiner opens the description: "met the trade organisation X" names no demonym in it)
    if (t.kind !== TokKind.Word || t.cap || ARTICLES_THE.has(t.lower)) return null;
  }
  return null;
}

/** The party a sentence opens with: its first actor with a side, or a demonym, within its first
 * four words ("Canada plans ...", "A senior British official said ..."); null when a sideless
 * actor (a person not yet placed) or an outlet comes first. */
function openingParty(
  toks: Token[],
  S: Sentence,
  mentions: TokMention[],
  adjAt: (LexRef | null)[],
): { side: string; sideId: string } | null {
  const lex = getLexicon();
  // first mention at or after the sentence's first token (mentions are sorted by start)
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.a < S.first) lo = mid + 1;
    else hi = mid;
  }
  let mi = lo;
  let words = 0;
  for (let k = S.first; k < S.last && words < 4; k++) {
    while (mi < mentions.length && mentions[mi]!.a < k) mi++;
    const mm = mentions[mi];
    if (mm !== undefined && mm.a === k) {
      const a = mm.actor;
      if (a.kind === 'media') return null;
      if (a.side && a.sideId) return { side: a.side, sideId: a.sideId };
      return null;
    }
    const adj = adjAt[k];
    // "British officials", not "British Columbia" or "British Steel" (a name of its own)
    const nx = toks[k + 1];
    if (adj && (adj.kind === 'country' || adj.kind === 'bloc') && !(isWord(nx) && nx.cap)) {
      const id = lex.sideId.get(adj.name);
      if (id) return { side: adj.name, sideId: id };
    }
    if (toks[k]!.kind === TokKind.Word) words++;
  }
  return null;
}

/**
 * The country or bloc that opens what the person of mention q said, right after the name ("...
 * Kaare Kristiansen said Oslo was ...", "said that Japan would ..."): the mention just before a
 * verb's auxiliary, else null.
 */
function toldParty(toks: Token[], mentions: TokMention[], q: number): ActorInfo | null {
  let k = mentions[q]!.b;
  // ("Energy Minister Moshe Shahal had said Israel would ...", "replied that Brazil ...")
  if (TOLD_AUX.has(toks[k]?.lower ?? '')) k++;
  if (!speechAfterName(toks[k])) return null;
  k++;
  if (toks[k]?.lower === 'that') k++;
  const m = mentions[q + 1];
  if (!m || m.a !== k || (m.actor.kind !== 'country' && m.actor.kind !== 'bloc')) return null;
  return TOLD_VERBS.has(toks[m.b]?.lower ?? '') ? m.actor : null;
}
/** Official titles after a country's possessive in the first line ("says Ethiopia's WTO
 * negotiator": negotiator -> Ethiopia; a title two countries have -> null), up to three words on. */
function headlineTitleParties(toks: Token[], mentions: TokMention[]): Map<string, ActorInfo | null> {
  const titles = new Map<string, ActorInfo | null>();
  // (the headline ends at the first line break: a mention inside a later paragraph has none
  // before it, and "South Africa's Trade Minister" in the body is no headline's title)
  let headEnd = 1;
  while (headEnd < toks.length && toks[headEnd]!.nl === 0) headEnd++;
  for (const m of mentions) {
    if (m.a >= headEnd) break;
    if ((m.actor.kind !== 'country' && m.actor.kind !== 'bloc') || !m.actor.sideId) continue;
    if (!isPossessive(toks[m.b])) continue;
    for (let k = m.b + 1; k <= m.b + 3 && k < toks.length; k++) {
      const t = toks[k]!;
      if (t.kind !== TokKind.Word || t.nl > 0) break;
      if (!OFFICIAL_TITLES.has(t.lower)) continue;
      const had = titles.get(t.lower);
      titles.set(t.lower, had === undefined || had === m.actor ? m.actor : null);
      break;
    }
  }
  return titles;
}
/** The party headlineTitleParties gives the title word a role holds, or null. */
function headlineTitleOf(titles: Map<string, ActorInfo | null>, role: string): ActorInfo | null {
  let found: ActorInfo | null = null;
  for (const w of roleWords(role)) {
    const party = titles.get(w);
    if (party === null) return null;
    if (party) {
      if (found && found !== party) return null;
      found = party;
    }
  }
  return found;
}
/** Lower-case forms of single capitalised words (no lexicon match) that speak: right after a
 * speech verb and before punctuation or "who" ("said Wrona, who ..."), or right before one after
 * a lower-case word or punctuation ("..., Wrona said"). */
function spokenSingles(toks: Token[], lexAt: (LexMatch | null)[]): Set<string> {
  const out = new Set<string>();
  for (let k = 1; k + 1 < toks.length; k++) {
    const t = toks[k]!;
    if (!isWord(t) || !t.cap || t.upper || lexAt[k] || stopCap(t)) continue;
    const p = toks[k - 1]!;
    const n = toks[k + 1]!;
    const prevLow = p.kind !== TokKind.Word || !p.cap;
    if (
      (speechVerb(p) && prevLow && (n.kind === TokKind.Punct || n.lower === 'who')) ||
      (speechAfterName(n) && prevLow && p.kind !== TokKind.Number)
    )
      out.add(t.lower);
  }
  return out;
}
/** Each person's first told party (toldParty) over all their mentions. */
function toldParties(toks: Token[], mentions: TokMention[]): Map<ActorInfo, ActorInfo> {
  const told = new Map<ActorInfo, ActorInfo>();
  for (let q = 0; q < mentions.length; q++) {
    const actor = mentions[q]!.actor;
    if (actor.kind !== 'person' || told.has(actor)) continue;
    const party = toldParty(toks, mentions, q);
    if (party) told.set(actor, party);
  }
  return told;
}
/** Auxiliaries between a name and its speech verb ("X had said Israel would ..."). */
const TOLD_AUX = new Set(['had', 'has', 'have']);
/** Auxiliaries a reported clause's subject is followed by ("said Oslo was ...", "would"). */
const TOLD_VERBS = new Set([
  'was',
  'is',
  'were',
  'are',
  'would',
  'will',
  'had',
  'has',
  'could',
  'can',
  'wanted',
  'wants',
]);

/**
 * The party the paragraph of sentence s opens with (its first sentence after a blank line), when
 * that sentence is an earlier one than s: "The Commission said it would study the ruling. ...
 * 'We believe ...,' trade spokesman X told reporters" -> the EU, in a story told from China.
 * Wire text with no blank lines has one paragraph, opened by the headline: the home party.
 */
function paragraphParty(
  toks: Token[],
  sentences: Sentence[],
  paraFirst: Int32Array,
  s: number,
  mentions: TokMention[],
  adjAt: (LexRef | null)[],
): { side: string; sideId: string } | null {
  let p = paraFirst[s]!;
  if (p === s || p < 2) return null;
  // ("What comes next?\nChile wants ...": a Q&A paragraph opens with its question; the answer's
  // first sentence is the party's)
  if (toks[sentences[p]!.last - 1]?.text === '?') {
    p++;
    if (p === s) return null;
  }
  return openingParty(toks, sentences[p]!, mentions, adjAt);
}

/** True when the official of mention q holds an envoy's title ("Ambassador X", the title inside
 * the mention or just before it) and the party `sideId` is the object of the verb right after the
 * name ("Ambassador X urged Australia ..."). */
function envoyAddressing(toks: Token[], mentions: TokMention[], q: number, sideId: string): boolean {
  const m = mentions[q]!;
  const t0 = toks[m.a]!.lower;
  const title = t0 === 'ambassador' || t0 === 'envoy' ? t0 : (toks[m.a - 1]?.lower ?? '');
  if (title !== 'ambassador' && title !== 'envoy') return false;
  const next = mentions[q + 1];
  return !!next && next.a === m.b + 1 && toks[m.b]!.kind === TokKind.Word && next.actor.sideId === sideId;
}

/** Each sentence's paragraph's first sentence (once per text: a walk back from each official
 * would be quadratic in a paragraph of many sentences). */
function paragraphStarts(toks: Token[], sentences: Sentence[]): Int32Array {
  const out = new Int32Array(sentences.length);
  for (let s = 1; s < sentences.length; s++) out[s] = toks[sentences[s]!.first]!.nl >= 2 ? s : out[s - 1]!;
  return out;
}

/**
 * The party a story is told from: the subject of its headline or first sentence ("Australia pauses
 * ...", "A senior British official said ...", "Canada plans to ..."). Officials the text names
 * without a country are usually that party's own; foreign ones get a demonym ("Chinese
 * spokeswoman Mao Ning").
 */
function homeParty(
  toks: Token[],
  sentences: Sentence[],
  mentions: TokMention[],
  adjAt: (LexRef | null)[],
): { side: string; sideId: string } | null {
  const lex = getLexicon();
  let mi = 0;
  // the headline's sentences and the body's first ("Interview: 'We have opened banking. Now
  // members must ...' \n\n ADDIS ABABA - Ethiopia applied ...": a headline of two sentences
  // leaves the lead its turn)
  let body = false;
  for (let s = 0; s < Math.min(4, sentences.length) && !body; s++) {
    const S = sentences[s]!;
    body = s > 0 && toks[S.first]!.nl > 0;
    // (a third sentence on the first line: a text of one line, read to its second as before)
    if (s >= 2 && !body) break;
    let words = 0;
    // ('Interview: "We lost Taiwan overnight" - Honduran shrimp farmers want ...': a quotation's
    // names are a voice's words, not the party the story is told from; its words are not counted)
    let quoted = false;
    for (let k = S.first; k < S.last && words < 4; k++) {
      const q = toks[k]!.text;
      if (q === '"' || q === '\u201c' || q === '\u201d') {
        quoted = !quoted;
        continue;
      }
      if (quoted) continue;
      while (mi < mentions.length && mentions[mi]!.a < k) mi++;
      const mm = mentions[mi];
      if (mm && mm.a === k) {
        const a = mm.actor;
        if (a.kind === 'media') return null;
        if (a.side && a.sideId) return { side: a.side, sideId: a.sideId };
        break;
      }
      const adj = adjAt[k];
      if (adj && (adj.kind === 'country' || adj.kind === 'bloc')) {
        const id = lex.sideId.get(adj.name);
        if (id) return { side: adj.name, sideId: id };
      }
      if (toks[k]!.kind === TokKind.Word) words++;
    }
  }
  return null;
}

/** isAnalystRole's answers by role text: a role is tested once per mention and cue holder, and
 * the same few roles recur across texts (bounded: cleared when full). */
const analystMemo = new Map<string, boolean>();

/** True when a role names an analyst or commentator (no side, no government voice). */
export function isAnalystRole(role: string | null): boolean {
  if (!role) return false;
  let v = analystMemo.get(role);
  if (v === undefined) {
    v = analystRole(role);
    if (analystMemo.size >= 4096) analystMemo.clear();
    analystMemo.set(role, v);
  }
  return v;
}

function analystRole(role: string): boolean {
  const lower = role.toLowerCase();
  for (const w of ANALYST_ROLES) if (lower.includes(w)) return true;
  // "a former U.S. trade negotiator": no longer serving, speaks in their own name
  return (
    lower.startsWith('former ') ||
    lower.includes(' former ') ||
    lower.startsWith('ex-') ||
    lower.includes(' ex-')
  );
}

/* Module-level helpers rather than closures inside recognizeActors: a closure over its locals
   (toks, lexAt, sentOf...) would keep those in a heap context, read from memory in every
   per-token loop instead of registers. */

/** True when the capitalised words from k end in a portfolio's word ("Commercial Relations",
 * "Consumer Affairs"): the "and" before them joins two parts of one ministry's name. */
function domainRunAfter(toks: Token[], k: number, limit: number): boolean {
  let e = k;
  while (e < limit && e - k < 4 && isWord(toks[e]) && toks[e]!.cap) e++;
  return e > k && DOMAIN_WORDS_TOK.has(toks[e - 1]) && !(isWord(toks[e]) && toks[e]!.lower === 'of');
}

/** True when the run [i, j) holds "Ministry of" or "Department for" (a ministry's name). */
function ministryOfIn(toks: Token[], i: number, j: number): boolean {
  for (let k = i; k < j - 1; k++) {
    const w = toks[k]!.lower;
    if (
      (w === 'ministry' || w === 'department') &&
      (toks[k + 1]!.lower === 'of' || toks[k + 1]!.lower === 'for')
    )
      return true;
  }
  return false;
}

/** True when the comma at j goes on to a ministry's portfolios: ", Food and Rural Affairs", each
 * part after a comma opening with a portfolio's word, and the list closed by "and" and
 * capitalised words ending in one. */
function portfolioList(toks: Token[], j: number, limit: number): boolean {
  let q = j;
  while (q < limit && toks[q]!.text === ',') {
    const v = toks[q + 1];
    if (!isWord(v) || !v.cap || !DOMAIN_WORDS_TOK.has(v)) return false;
    q += 2;
    while (q < limit && q - j < 12 && isWord(toks[q]) && toks[q]!.cap) q++;
  }
  return q < limit && toks[q]!.lower === 'and' && domainRunAfter(toks, q + 1, limit);
}

/** True for a run of initials, each a capital letter and a dot ("S.P.", "J.K.L."). */
function initials(s: string): boolean {
  if (s.length < 4 || s.length % 2 !== 0) return false;
  for (let i = 0; i < s.length; i += 2) {
    const c = s.charCodeAt(i);
    if (c < 65 || c > 90 || s.charCodeAt(i + 1) !== 46) return false;
  }
  return true;
}

/** Lower-case ends of a compound adjective after a name ("Moscow-run", "Tokyo-made"), besides "-ed" ones. */
const COMPOUND_TAILS = new Set(['run', 'made', 'born', 'style', 'type', 'bound', 'wide', 'era']);
/** The '-' of a hyphenated given name ("Yong-beom") or the lower-case part after it. */
function hyphenPart(toks: Token[], k: number): boolean {
  const t = toks[k]!;
  if (t.text === '-' && !t.space) return true;
  const prev = toks[k - 1];
  return prev !== undefined && prev.text === '-' && prev.space !== true && t.space !== true && t.cap !== true;
}

/** Words of a name in tokens [a, b), a hyphenated given name counting as one and lower-case
 * particles ("de la", "von der") none. */
function nameWords(toks: Token[], a: number, b: number): number {
  let w = 0;
  for (let k = a; k < b; k++)
    if (
      !hyphenPart(toks, k) &&
      !isParticle(toks[k]!) &&
      !arabicArticle(toks, k) &&
      !capArabicArticle(toks, k, a)
    )
      w++;
  return w;
}

/** A capitalised Arabic article inside a name, before the surname it opens ("Qais bin Mohammed Al
 * Yousef", "Tamim bin Hamad Al Thani", "Thani bin Ahmed Al-Zeyoudi"): no word of the name's own. */
function capArabicArticle(toks: Token[], k: number, a: number): boolean {
  const t = toks[k]!;
  if (k <= a || (t.text !== 'Al' && t.text !== 'El')) return false;
  // ("Thani bin Ahmed Al-Zeyoudi": or joined to it by a hyphen)
  const d = toks[k + 1];
  const joined = d?.text === '-' && !d.space;
  const w = joined ? toks[k + 2] : d;
  // (spaced apart, or closed up after the hyphen)
  return isWord(w) && w.cap && !w.upper && w.space !== joined && !stopCap(w);
}

/** End of a province, state or country's name at k ("Saskatchewan", "Ohio", "New York"), or -1. */
function regionEnd(toks: Token[], lexAt: (LexMatch | null)[], k: number): number {
  const t = toks[k];
  if (!isWord(t) || !t.cap) return -1;
  const m = lexAt[k];
  if (m && m.a === k && (isProvince(m) || (m.hit.ref?.kind === 'country' && m.hit.form === Form.Name)))
    return m.b;
  if (US_STATES.has(t.lower)) return k + 1;
  const t2 = toks[k + 1];
  return isWord(t2) && t2.cap && US_STATES.has(`${t.lower} ${t2.lower}`) ? k + 2 : -1;
}

/**
 * True when the "of" at k, after a firm's abbreviated legal form at k - 1, says where the firm is,
 * not which firm it is: "of <Town>, <Province or State>" ("IPSCO Inc of Regina, Saskatchewan",
 * "Acme Pans Inc of Dayton, Ohio"), or any "of <Name>" after two legal forms ("Algoma Steel Corp
 * Ltd of ..."), which close a name ("Public Service Co of New Mexico" keeps its place).
 */
function firmPlaceOf(
  toks: Token[],
  lexAt: (LexMatch | null)[],
  i: number,
  k: number,
  limit: number,
): boolean {
  const form = toks[k - 1]!.lower;
  if (k - 1 <= i || !LEGAL_FORMS.has(form) || form === 'corporation') return false;
  const nx = toks[k + 1];
  if (!isWord(nx) || !nx.cap || stopCap(nx)) return false;
  if (k - 2 > i && LEGAL_FORMS_TOK.has(toks[k - 2])) return true;
  // the town: one to three capitalised words ("Sault Ste Marie"), then a comma and the region
  let e = k + 1;
  while (e < limit && e < k + 4 && isWord(toks[e]) && toks[e]!.cap && !stopCap(toks[e])) e++;
  if (toks[e]?.text !== ',') return false;
  const r = regionEnd(toks, lexAt, e + 1);
  if (r < 0) return false;
  const after = toks[r];
  return !isWord(after) || !after.cap;
}

/**
 * End (after its legal form) of a firm's name that a capitalised run [i, j) of MAX_RUN tokens
 * opens after "the", going on through capitalised words, "and", joined hyphens and commas before
 * a capitalised word ("the China National Native Produce and Animal By-Products Import and Export
 * Corp"); -1 when there is none (the stretch is no name).
 */
function longFirmEnd(toks: Token[], i: number, j: number, limit: number): number {
  if (toks[i - 1]?.lower !== 'the' && toks[i]!.lower !== 'the') return -1;
  for (let k = j - 1; k < limit && k < i + 2 * MAX_RUN; k++) {
    const t = toks[k]!;
    const nx = toks[k + 1];
    const capNext = isWord(nx) && nx.cap;
    if (isWord(t) && t.cap) {
      if (LEGAL_FORMS_TOK.has(t) && !capNext) return k + 1;
    } else if (!(t.lower === 'and' || (t.text === '-' && !t.space) || t.text === ',') || !capNext) return -1;
  }
  return -1;
}

/**
 * True when a capitalised "Government" at a opens the name of the run [a, j): after a country's
 * possessive, a body of that government ("Taiwan's Government Information Office"); after "the",
 * a firm or body of two more words no lexicon name covers, ending in its head word ("the
 * Government Trading Corporation"). "the Government said" stays no name.
 */
function governmentOpens(toks: Token[], lexAt: (LexMatch | null)[], a: number, j: number): boolean {
  if (!toks[a]!.cap || j - a < 3) return false;
  const last = toks[j - 1]!;
  if (toks[a - 1]?.lower === 'the')
    return (
      isWord(last) &&
      last.cap &&
      (COMPANY_SUFFIX_TOK.has(last) || ORG_SUFFIX_TOK.has(last)) &&
      noLexIn(lexAt, a + 1, j)
    );
  return (
    a >= 2 &&
    isPossessive(toks[a - 1]) &&
    lexAt[a - 2]?.b === a - 1 &&
    lexAt[a - 2]!.hit.ref?.kind === 'country' &&
    GOV_ORG_HEADS.has(last.lower)
  );
}

/** Prefixes of surnames with an inner capital ("MacKenzie", "FitzGerald", "VanDyke"): no camel case. */
const CAMEL_NOT = new Set(['mac', 'fitz', 'van', 'von', 'del', 'des', 'dos', 'das', 'della']);

/**
 * True when the word t is written in camel case, an inner capital after lower-case letters
 * ("MedTech", "SolarPower", "AdvaMed", and with a lower-case first letter "techUK", "eBay"): a
 * brand's or a body's name, never a person's ("McDonald", "DeSantis", "MacKenzie" are not).
 */
function camelWord(t: Token | undefined): boolean {
  if (!isWord(t) || t.upper) return false;
  const x = t.text;
  const c0 = x.charCodeAt(0);
  const low0 = c0 >= 97 && c0 <= 122;
  if (x.length < 4 || (!low0 && !t.cap)) return false;
  let lowers = low0 ? 1 : 0;
  for (let c = 1; c < x.length; c++) {
    const ch = x.charCodeAt(c);
    if (ch >= 97 && ch <= 122) lowers++;
    else if (ch >= 65 && ch <= 90)
      return low0 ? lowers >= 1 : lowers >= 2 && !CAMEL_NOT.has(x.slice(0, c).toLowerCase());
    else return false;
  }
  return false;
}

/**
 * True when the capitalised run [a, b) of up to four words holds a camel-case word and speaks, says
 * what it represents, or follows a noun for bodies or firms ("MedTech Europe, which represents
 * device makers,", "The trade body SolarPower Europe said", "AdvaMed said"): an organisation,
 * whatever place names it holds ("Europe"). No token of it is claimed, a title or a person's name.
 */
function camelOrgRun(
  toks: Token[],
  lexAt: (LexMatch | null)[],
  a: number,
  b: number,
  used: Uint8Array,
): boolean {
  if (b - a > 4) return false;
  let camel = false;
  for (let k = a; k < b; k++) {
    const m = lexAt[k];
    if (used[k] || headTitle(toks[k]) || (m && m.hit.form !== Form.Non && !isStateName(m))) return false;
    if (camelWord(toks[k])) camel = true;
  }
  if (!camel) return false;
  const p = toks[a - 1];
  return (
    speechAfterName(toks[b]) ||
    whichClause(toks, b) !== null ||
    (isWord(p) && !p.cap && (ORG_NOUNS_BEFORE_TOK.has(p) || companyNoun(p.lower)))
  );
}

/** "The industry group techUK said", "eBay said": a camel-case word with a lower-case first
 * letter right before a speech verb is an organisation (the capitalised runs never start there). */
function lowerCamelOrgs(
  text: string,
  toks: Token[],
  sentences: Sentence[],
  spans: Span[],
  used: Uint8Array,
): void {
  for (const S of sentences) {
    if ((S.w & W_SPEECH) === 0) continue;
    for (let k = S.first + 1; k < S.last; k++) {
      if ((toks[k]!.w & W_SPEECH) === 0) continue;
      const t = toks[k - 1]!;
      if (used[k - 1] || t.cap || !camelWord(t)) continue;
      spans.push({ a: k - 1, b: k, kind: 'organization', name: t.text, role: null, side: null, ref: null });
      used[k - 1] = 1;
    }
  }
}

/**
 * True when the run [a, b) is a firm's name the lexicon knows and one or two capitalised words of
 * a name's own (no lexicon name, title, legal form or head word of a firm or body), before a
 * speech verb or ", which <verb>", or after a noun for firms ("Siemens Healthineers said",
 * "Siemens Gamesa, which builds ...", "device makers including Siemens Healthineers"): another
 * firm's name, of which the known one is only a part.
 */
function firmNamePart(
  toks: Token[],
  lexAt: (LexMatch | null)[],
  a: number,
  b: number,
  used: Uint8Array,
): boolean {
  const m = lexAt[a];
  if (!m || m.a !== a || m.hit.form !== Form.Name || m.hit.ref?.kind !== 'company') return false;
  if (b - m.b < 1 || b - m.b > 2) return false;
  for (let k = m.b; k < b; k++) {
    const t = toks[k]!;
    if (
      t.kind !== TokKind.Word ||
      !t.cap ||
      t.upper ||
      lexAt[k] ||
      used[k] ||
      stopCap(t) ||
      headTitle(t) ||
      COMPANY_SUFFIX_TOK.has(t) ||
      ORG_SUFFIX_TOK.has(t)
    )
      return false;
  }
  return speechAfterName(toks[b]) || whichClause(toks, b) !== null || nounBefore(toks, a, b, used) >= 0;
}

/** Capitalised words of a name in tokens [a, b), less stop words and a firm's suffix words. */
function ownNameWords(toks: Token[], a: number, b: number): number {
  let w = 0;
  for (let k = a; k < b; k++) {
    const t = toks[k]!;
    if (isWord(t) && t.cap && !stopCap(t) && !COMPANY_SUFFIX_TOK.has(t)) w++;
  }
  return w;
}

/** A surname opened by an elided French or Italian particle, one token ("d'Allest", "d'Estaing"). */
function elidedSurname(t: Token): boolean {
  const x = t.text;
  if (t.kind !== TokKind.Word || t.cap || x.length < 4) return false;
  const c0 = x.charCodeAt(0);
  const c1 = x.charCodeAt(1);
  const c2 = x.charCodeAt(2);
  return (c0 === 100 || c0 === 108) && (c1 === 39 || c1 === 0x2019) && c2 >= 65 && c2 <= 90;
}

/** A lower-case name particle ("de", "la", "von", "der"). */
const isParticle = (t: Token): boolean => (t.w & WordSet.NameParticle) !== 0 && !t.cap; // (NAME_PARTICLES)

/** Arabic articles written lower-case and joined by a hyphen to the word they open ("al-Jaburi",
 * "el-Din", "ash-Shara"); only with the hyphen: "as" and "at" are English words on their own. */
const ARABIC_ARTICLES = new Set(['al', 'el', 'ad', 'as', 'ash', 'at', 'az', 'ar', 'an']);

/** True when token k is such an article, the '-' and a capitalised word close up after it. */
function arabicArticle(toks: Token[], k: number): boolean {
  const t = toks[k];
  // (the joining hyphen first: it rules out nearly every word before the set lookup)
  const d = toks[k + 1];
  if (d?.text !== '-' || !isWord(t) || t.cap || !ARABIC_ARTICLES.has(t.lower)) return false;
  const w = toks[k + 2];
  return !d.space && isWord(w) && w.cap && !w.space && !stopCap(w);
}

/**
 * End of a chain of one or two lower-case particles at q that a capitalised word closes ("de la
 * Dehesa", "von der Leyen"); q itself when there is none. The chain is bounded, so this is O(1).
 */
function particlesEnd(toks: Token[], q: number): number {
  // "Adnan al-Jaburi": an Arabic article and its hyphen before the closing word
  if (arabicArticle(toks, q)) return q + 2;
  let e = q;
  while (e < q + 2 && isWord(toks[e]) && isParticle(toks[e]!)) e++;
  if (e === q) return q;
  const t = toks[e];
  return isWord(t) && t.cap && !stopCap(t) ? e : q;
}

/**
 * True when a lower-case noun that says what a name is stands right before the run [a, b) ("the
 * industry group UK Steel", "the battery maker LG Energy Solution"), or before a comma that opens
 * it as an appositive closed by a comma or full stop ("Mexico's steel chamber, Canacero, has").
 * No token of the run may be a title or part of a person's role ("the bank Governor X").
 */
function nounBefore(toks: Token[], a: number, b: number, used: Uint8Array): number {
  // ("brokers J. Thomas and Co": a lone letter is an initial of the name that follows)
  if (!plainRun(toks, a, b, used) || (b - a === 1 && toks[a]!.text.length === 1)) return -1;
  let k = a - 1;
  let comma = toks[k]?.text === ',';
  if (comma) {
    const close = toks[b]?.text;
    if (close !== ',' && close !== '.') return -1;
    k--;
  } else {
    // "one major Brazilian producer -- Cutrale -- would be excluded": a name set off by dashes
    // (a double hyphen or a dash, spaced) after the noun, closed by the same dash
    const dash = (x: Token | undefined): boolean => !!x && (x.text === '\u2014' || x.text === '\u2013');
    if (
      toks[k]?.text === '-' &&
      toks[k - 1]?.text === '-' &&
      toks[b]?.text === '-' &&
      toks[b + 1]?.text === '-'
    ) {
      k -= 2;
      comma = true;
    } else if (dash(toks[k]) && dash(toks[b])) {
      k--;
      comma = true;
    }
  }
  // "South African companies such as Sasol", "firms such as Huawei and ZTE", "producers,
  // including Acme and Apex"
  if (!comma && toks[k]?.lower === 'as' && toks[k - 1]?.lower === 'such') {
    k -= 2;
    if (toks[k]?.text === ',') k--;
  } else if (!comma && toks[k]?.lower === 'including') {
    k--;
    if (toks[k]?.text === ',') k--;
  }
  const t = toks[k];
  // (capitalised only as a sentence's first word: "Drugmaker Merck said ...")
  if (!isWord(t) || (t.cap && !(initialFirmNoun(t.lower) && (k === 0 || sentenceOpens(toks, k))))) return -1;
  // "a spokesman for Deacero told ...": one word (a surname would be "spokesman for Smith")
  if (t.lower === 'for' && !comma && b - a === 1 && SPOKES.has(toks[k - 1]?.lower ?? '')) return k;
  // "a spokesman for Pearl Dairy Farms, whose Lato brand ...", "an official for Acme Farms said":
  // a name of two to four words whose spokesman speaks (or which a "whose"/"which" clause goes
  // on describing) is a body's or firm's (a person's would be "a spokesman for Senator X": a title)
  if (t.lower === 'for' && !comma && b - a >= 2 && b - a <= 4 && SPOKES_FOR.has(toks[k - 1]?.lower ?? '')) {
    const nx = toks[b];
    const rel = nx?.text === ',' && (toks[b + 1]?.lower === 'whose' || toks[b + 1]?.lower === 'which');
    if (!rel && !(isWord(nx) && !nx.cap && speechVerb(nx))) return -1;
    for (let q = a; q < b; q++) if (headTitle(toks[q]!) || toks[q]!.kind !== TokKind.Word) return -1;
    return k;
  }
  return ORG_NOUNS_BEFORE_TOK.has(t) || companyNoun(t.lower) ? k : -1;
}
/** Nouns for one who speaks for a body: "a spokesman for <Name>", "an official for <Name>". */
const SPOKES_FOR = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'official', 'representative']);
/** True when the sentence goes on to call the name just before `b` "the company" or "the firm". */
function firmCalledAfter(toks: Token[], b: number, limit: number): boolean {
  for (let q = b; q < limit - 1 && q < b + 24; q++)
    if (toks[q]!.lower === 'the' && (toks[q + 1]!.lower === 'company' || toks[q + 1]!.lower === 'firm'))
      return true;
  return false;
}

/** Verbs after ", which" that only a body (speaks for, represents) or a firm (runs, operates)
 * does with its members or plants (a firm also builds or assembles: "Motor Iberica, which builds vans"). */
const WHICH_ORG = new Set(['represents', 'speaks', 'lobbies']);
const WHICH_FIRM = new Set(['runs', 'operates', 'owns', 'employs', 'builds', 'assembles']);
/** The kind ", which <verb>" at b gives the name before it, or null. */
function whichClause(toks: Token[], b: number): 'company' | 'organization' | null {
  if (toks[b]?.text !== ',' || toks[b + 1]?.lower !== 'which') return null;
  const v = toks[b + 2];
  if (!isWord(v) || v.cap) return null;
  if (WHICH_ORG.has(v.lower)) return 'organization';
  return WHICH_FIRM.has(v.lower) ? 'company' : null;
}

/**
 * True when the capitalised words from k (after an 'and' inside "<Head> of <Word> and ...") end in
 * a plural head that the "of" governs ("Association of Computer and Peripheral Equipment
 * Industries", "Union of Metal and Electrical Workers"): one name, not two.
 */
function ofObjectGoesOn(toks: Token[], k: number, limit: number): boolean {
  let e = k;
  while (e < limit && e < k + 5 && isWord(toks[e]) && toks[e]!.cap) e++;
  const lw = toks[e - 1]!.lower;
  return e - k >= 2 && (PEOPLE_SUFFIX.has(lw) || lw === 'industries');
}

/** An organisation's head word followed by "of"/"for" inside the run [a, b) ("Association of"). */
function headOf(toks: Token[], a: number, b: number): boolean {
  for (let k = a; k < b - 2; k++) {
    const lw = toks[k]!.lower;
    const nx = toks[k + 1]!.lower;
    if (
      (ORG_PREFIX.has(lw) || (ORG_SUFFIX.has(lw) && !COMPANY_SUFFIX.has(lw))) &&
      (nx === 'of' || nx === 'for')
    )
      return true;
  }
  return false;
}

/** True when token a is a plain capitalised word (no lexicon name, stop word or title) after a
 * lower-case word, and a firm the lexicon knows is the one token after it ("for Deutsche Airbus"). */
function partnerFirm(toks: Token[], lexAt: (LexMatch | null)[], a: number, used: Uint8Array): boolean {
  const t = toks[a]!;
  if (lexAt[a] || used[a] || !isWord(t) || !t.cap || t.upper || stopCap(t) || headTitle(t)) return false;
  // (after a lower-case word: not "(See Facebook's ...", a clause's first word)
  const p = toks[a - 1];
  if (!isWord(p) || p.cap) return false;
  const m = lexAt[a + 1];
  return !!m && m.a === a + 1 && m.b === a + 2 && m.hit.form === Form.Name && m.hit.ref?.kind === 'company';
}

/** No token of the run [a, b) is claimed already or a title ("the bank Governor X"). */
function plainRun(toks: Token[], a: number, b: number, used: Uint8Array): boolean {
  for (let k = a; k < b; k++) if (used[k] || headTitle(toks[k]!)) return false;
  return true;
}

/**
 * True when the name at a goes on a list whose last item ended at `end`: after ", ", "and",
 * ", and" or a possessive ("firms such as Acme, Apex and Zenith's Orbit").
 */
function listGoesOn(toks: Token[], a: number, end: number): boolean {
  const p = toks[a - 1];
  if (!p) return false;
  if (p.text === ',' || isPossessive(p)) return a - 1 === end;
  if (p.lower !== 'and') return false;
  return a - 1 === end || (toks[a - 2]?.text === ',' && a - 2 === end);
}

/**
 * True when the name at a follows a noun of bodies or firms that "state" describes ("the state
 * tobacco monopoly Tekel", "its state-owned refinery, Acme"): the state's own enterprise, which
 * acts for its government as a ministry does.
 */
function stateNounBefore(toks: Token[], a: number): boolean {
  let k = a - 1;
  if (toks[k]?.text === ',') k--;
  const noun = toks[k];
  if (!isWord(noun) || noun.cap || !(ORG_NOUNS_BEFORE_TOK.has(noun) || companyNoun(noun.lower))) return false;
  for (let x = k - 1; x >= 0 && x >= k - 5; x--) {
    const t = toks[x]!;
    if (t.lower === 'state') return true;
    if (t.text !== '-' && (!isWord(t) || t.cap || ARTICLES_THE.has(t.lower))) return false;
  }
  return false;
}

/** Firm nouns that open a sentence before a firm's name ("Drugmaker Merck said", "Retailer Walmart
 * ..."): compound makers and a few trades, not words that also open names ("House", "Mill",
 * "Company", "Union"). */
const INITIAL_FIRM_NOUNS = new Set([
  'retailer',
  'retailers',
  'refiner',
  'refiners',
  'miner',
  'miners',
  'exporter',
  'exporters',
  'producer',
  'producers',
  'manufacturer',
  'manufacturers',
  'conglomerate',
  'supplier',
  'suppliers',
  'airline',
  'shipbuilder',
  'brewer',
  'distiller',
  'processor',
  'smelter',
]);
function initialFirmNoun(w: string): boolean {
  return INITIAL_FIRM_NOUNS.has(w) || compoundMaker(w);
}
/** A compound maker ("toolmakers", "winemaker", "chipmaker"; not "maker" or "makers" alone). */
function compoundMaker(w: string): boolean {
  return w.length > 7 && (w.endsWith('makers') || w.endsWith('maker'));
}
/** True when token k opens its sentence's words: after a full stop, a quote, a colon or a line break. */
function sentenceOpens(toks: Token[], k: number): boolean {
  const p = toks[k - 1]!;
  return toks[k]!.nl > 0 || (p.kind === TokKind.Punct && '.!?:"\u201c'.includes(p.text));
}
/** A noun for companies: the list, or a compound maker ("toolmakers", "winemaker"). */
function companyNoun(w: string): boolean {
  return COMPANY_NOUNS_BEFORE.has(w) || compoundMaker(w);
}
const SPOKES = new Set(['spokesman', 'spokeswoman', 'spokesperson']);
/** Units after a country's name in a price ("25 U.S. cents a pound"). */
const CURRENCY_UNITS = new Set(['dlrs', 'dollars', 'dollar', 'cents', 'dlr']);

/**
 * True when a capitalised title opens an appositive at q (", Executive Vice-president of Acme"): a
 * title word, then a title head within five tokens followed by of/for/at or the appositive's end
 * (not "Jane Roe, President Smith and ...": a list of people).
 */
function capTitleAppos(toks: Token[], q: number): boolean {
  const t = toks[q];
  if (!isWord(t) || !t.cap || t.upper || (!headTitle(t) && !TITLE_MODS_TOK.has(t))) return false;
  for (let k = q; k < q + 5; k++) {
    const u = toks[k];
    if (!u || (u.kind !== TokKind.Word && u.text !== '-')) return false;
    if (headTitle(u)) {
      // ("Director-General of", "Secretary General of": a postpositive "general" is the title's)
      let e = k + 1;
      if (toks[e]?.text === '-' && toks[e + 1]?.lower === 'general') e += 2;
      else if (toks[e]?.lower === 'general') e++;
      const v = toks[e]?.lower;
      return v === 'of' || v === 'for' || v === 'at' || v === ',' || v === '.';
    }
  }
  return false;
}

/**
 * True when an appositive at q is "<agency> <lower-case title>" closed by a comma or a speech verb
 * (", ITC investigator said", ", USDA economist, said"): the agency a name the lexicon knows or an
 * acronym, the title a head word after at most two modifiers.
 */
function agencyTitleAppos(toks: Token[], lexAt: (LexMatch | null)[], q: number): boolean {
  const t = toks[q];
  if (!isWord(t) || !t.cap) return false;
  const m = lexAt[q];
  let k: number;
  if (m && m.a === q && m.hit.form === Form.Name && m.hit.ref?.kind === 'organization') k = m.b;
  else if (!m && t.upper && t.end - t.start >= 2) k = q + 1;
  else return false;
  for (const end = k + 3; k < end; k++) {
    const u = toks[k];
    if (!isWord(u) || u.cap) return false;
    if (headTitle(u)) {
      const v = toks[k + 1];
      return v !== undefined && (v.text === ',' || speechVerb(v));
    }
    if (!TITLE_MODS_TOK.has(u)) return false;
  }
  return false;
}

/**
 * The lower-case role word (a title head or "head", "member", ...) in the words before the comma
 * at c, back to the clause's last punctuation within twelve tokens, or -1: "the head of the
 * panel drafting the plan, Jane Roe, said" (not "the maker of the parts, Acme Widgets, said").
 */
function roleBeforeComma(toks: Token[], c: number, s0: number): number {
  for (let k = c - 1; k >= Math.max(s0, c - 12); k--) {
    const t = toks[k]!;
    if (t.kind !== TokKind.Word) return -1;
    if (!t.cap && (headTitle(t) || PERSON_APPOSITIVE.has(t.lower))) return k;
  }
  return -1;
}

/** Ordinals inside a title ("First Deputy Prime Minister"). */
const TITLE_ORDINALS = new Set(['first', 'second']);
/** Where the role whose last title head roleBeforeComma found at h begins: back over its
 * capitalised title words, "and"/"of" between them, and a possessive country before them
 * ("Ukraine's First Deputy Prime Minister and Minister of Economy, Yulia Svyrydenko,"). */
function roleStartBefore(toks: Token[], lexAt: (LexMatch | null)[], h: number, s0: number): number {
  let s = h;
  while (s - 1 >= s0 && h - s < 12) {
    const u = toks[s - 1]!;
    if (u.kind !== TokKind.Word) break;
    const w = u.lower;
    const titleWord =
      headTitle(u) ||
      TITLE_MODS.has(w) ||
      TITLE_ORDINALS.has(w) ||
      (u.cap && w !== 'the' && DOMAIN_WORDS.has(w));
    if (!titleWord && w !== 'and' && w !== 'of') break;
    s--;
  }
  while (s < h && (toks[s]!.lower === 'and' || toks[s]!.lower === 'of')) s++;
  if (s - 2 >= s0 && isPossessive(toks[s - 1])) {
    const m = lexAt[s - 2];
    const k = m?.hit.ref?.kind;
    if (m && m.b === s - 1 && (k === 'country' || k === 'bloc')) s = m.a;
  }
  return s;
}

/** Head nouns of an appositive that call the name before it a firm (", the state oil company,"),
 * when they close the appositive. */
const FIRM_APPOSITIVE_HEADS = new Set([
  'company',
  'firm',
  'corporation',
  'airline',
  'carrier',
  // ("Ikarus, the Hungarian bus maker,", "ELSAM, the Danish utility,", "Alcoa, the largest of the
  // bauxite companies still operating on the island,")
  'maker',
  'carmaker',
  'automaker',
  'producer',
  'exporter',
  'manufacturer',
  'refiner',
  'smelter',
  'utility',
  'retailer',
  'miner',
  'conglomerate',
  'supplier',
  'consultancy',
  'shipbuilder',
  'shipyard',
  'companies',
  'firms',
  'producers',
  'makers',
  'exporters',
  // ("Citicorp, Brazil's largest private creditor,": a lender named by its role in a debt)
  'creditor',
  'lender',
  'bank',
]);

/** True when tokens [a, b) name a lender ("Brazil's largest private creditor"). */
function lenderIn(toks: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (toks[k]!.lower === 'creditor' || toks[k]!.lower === 'lender') return true;
  return false;
}

/** What an appositive starting at q calls its name: an organisation, a firm (", the state oil
 * company," closed by a comma, a full stop or "of"/"in"), or null. */
function appositiveKind(
  toks: Token[],
  lexAt: (LexMatch | null)[],
  n: number,
  q: number,
): 'organization' | 'company' | null {
  const first = toks[q];
  if (
    !first ||
    !(
      ARTICLES_THE.has(first.lower) ||
      first.lower === 'another' ||
      lexAt[q]?.hit.ref?.kind === 'country' ||
      // ("Zorvex, Europe's biggest steelmaker,": a place's possessive opens it as a country's does)
      (first.cap && isPossessive(toks[q + 1]))
    )
  )
    return null;
  // (up to nine words: "Unifor, the country's largest private-sector union,")
  for (let k = q + 1; k < Math.min(n, q + 10); k++) {
    const t = toks[k]!;
    if (t.text === ',' || t.text === '.') return null;
    if (
      FIRM_APPOSITIVE_HEADS.has(t.lower) ||
      // ("the world's biggest chipmaker,": a compound maker, singular as the heads above)
      (compoundMaker(t.lower) && !t.lower.endsWith('s'))
    ) {
      const nx = toks[k + 1];
      // ("Jernkontoret, the Swedish steel producers' association,": the producers are the
      // members of the body named after them)
      if (t.lower.endsWith('s') && nx && (nx.text === "'" || nx.text === '\u2019') && !nx.space) {
        k++;
        continue;
      }
      // (or by a relative "that": "Hanwha Ocean, the South Korean shipbuilder that has promised ...")
      if (
        nx &&
        (nx.text === ',' || nx.text === '.' || nx.lower === 'of' || nx.lower === 'in' || nx.lower === 'that')
      )
        return 'company';
      // ("the largest of the bauxite companies still operating on the island,": one of a plural
      // closed by a comma a few words on)
      if (t.lower.endsWith('s') && toks[q + 1]?.lower !== 'two' && toks[q + 1]?.lower !== 'three')
        for (let e = k + 1; e < Math.min(n, k + 9); e++) {
          const u = toks[e]!;
          if (u.text === ',') return 'company';
          if (u.kind === TokKind.Punct || (u.kind === TokKind.Word && u.cap)) break;
        }
      return null;
    }
    // "the association's head": a person's role, not the organisation itself; so "a Commerce
    // Department counsellor"
    // ("under Section 301 of the 1974 Trade Act, the council said ...": a head followed by its
    // verb is the next clause's subject, not an appositive)
    if (ORG_APPOSITIVE_HEADS.has(t.lower))
      return !isPossessive(toks[k + 1]) && !headTitle(toks[k + 1]) && !speechVerb(toks[k + 1])
        ? 'organization'
        : null;
    if (ORG_APPOSITIVE_HEADS_CLOSED.has(t.lower)) {
      const nx = toks[k + 1]?.lower;
      return nx === 'of' || nx === 'for' || nx === ',' ? 'organization' : null;
    }
    if (headTitle(t) || PERSON_APPOSITIVE.has(t.lower)) return null;
  }
  return null;
}

/**
 * At "of" (p) after a title: "[the] <body or bloc named in full by the lexicon, or a capitalised
 * run ending in a body's head word> <full name>" with the name closed by a speech verb or a comma.
 * Returns where the name starts, or -1.
 */
function bodyThenName(
  toks: Token[],
  lexAt: (LexMatch | null)[],
  sentCaps: Uint8Array,
  sentOf: Int32Array,
  p: number,
  limit: number,
): number {
  let q = p + 1;
  if (toks[q]?.lower === 'the') q++;
  const om = lexAt[q];
  const kind = om?.hit.ref?.kind;
  let e = -1;
  if (om && om.a === q && om.hit.form === Form.Name && (kind === 'organization' || kind === 'bloc')) e = om.b;
  else if (!om) {
    // "chairman of the Export Promotion Council Jane Roe said": a capitalised body the lexicon
    // does not know, ended by its head word (two words at least), then the name
    for (let k = q; k < limit && k - q < 6 && isWord(toks[k]) && toks[k]!.cap && !lexAt[k]; k++)
      if (k > q && ORG_SUFFIX_TOK.has(toks[k]) && !COMPANY_SUFFIX_TOK.has(toks[k])) {
        e = k + 1;
        break;
      }
  }
  if (e < 0) return -1;
  const nm = parseName(toks, lexAt, sentCaps, sentOf, e, limit);
  if (!nm || (!nm.ref && nameWords(toks, e, nm.b) < 2)) return -1;
  const after = toks[nm.b];
  return speechVerb(after) || after?.text === ',' ? e : -1;
}

/** Head words that make a lexicon name of two words or more a body of its own before a title. */
/** One-word names of legislatures, which a title after them makes a member's role, not a body. */
const LEGISLATURE_WORDS = new Set([
  'congress',
  'senate',
  'house',
  'parliament',
  'bundestag',
  'diet',
  'assembly',
  'commons',
  'lords',
]);

const BODY_NAME_HEADS = new Set([
  'department',
  'ministry',
  'board',
  'commission',
  'council',
  'committee',
  'bank',
  'reserve',
]);

/** A lexicon organisation named before a person's title as a body of its own: a name of two words
 * or more with a body's head word in it ("Department of Agriculture", "Commerce Ministry",
 * "Federal Reserve Board chairman", "European Commission President"), or an acronym ("MITI vice
 * minister", "USTR official", "U.S. Treasury official"); not an office that is also a title
 * ("Trade Representative", "Treasury Secretary"). The labelled sets count such bodies as actors
 * (Reuters held-out 2). */
function isBodyNameInRole(toks: Token[], m: LexMatch): boolean {
  if (m.hit.form !== Form.Name || m.hit.ref?.kind !== 'organization') return false;
  // ("Keidanren vice chairman X": a lobby the lexicon knows by one word, not a legislature)
  if (m.b - m.a === 1)
    return (
      (toks[m.a]!.upper && toks[m.a]!.end - toks[m.a]!.start >= 3) ||
      (m.hit.ref.own &&
        !!m.hit.ref.side &&
        !US_CHAMBERS.has(m.hit.ref.id) &&
        !LEGISLATURE_WORDS.has(toks[m.a]!.lower))
    );
  for (let k = m.a; k < m.b; k++) if (BODY_NAME_HEADS.has(toks[k]!.lower)) return true;
  // "U.S. Treasury official X", not "U.S. Treasury Secretary X" (an office of its own)
  return (
    toks[m.b - 1]!.lower === 'treasury' &&
    isWord(toks[m.b]) &&
    !toks[m.b]!.lower.endsWith('secretary') &&
    !toks[m.b]!.lower.endsWith('secretaries')
  );
}

/** Where the text's first body of the bloc `blocId` named by its full name starts ("the EC
 * Commission"), else -1; a body filed under the Union counts for the Community before November 1993. */
function firstBlocBody(
  lexAt: (LexMatch | null)[],
  n: number,
  blocId: string,
  publishedMs: number | null,
  sideIds: Map<string, string>,
): number {
  const early = publishedMs !== null && publishedMs < EU_FROM;
  for (let k = 0; k < n; k++) {
    const m = lexAt[k];
    if (!m || m.a !== k) continue;
    const r = m.hit.ref;
    if (m.hit.form !== Form.Name || r?.kind !== 'organization' || !r.side) continue;
    const sid = sideIds.get(r.side);
    if (sid === blocId || (early && sid !== undefined && BLOC_BEFORE.get(sid) === blocId)) return k;
  }
  return -1;
}
/** The European Union's first day (the Community before it). */
const EU_FROM = Date.UTC(1993, 10, 1);

/** Where a body's own words start in a lexicon match of its full name that opens with its
 * country's name or adjective ("U.S. Treasury" -> "Treasury"); the match's start otherwise. */
function ownWordsFrom(
  toks: Token[],
  text: string,
  m: LexMatch,
  ref: LexRef,
  root: TrieNode,
  caps: boolean,
): number {
  const c = matchAt(root, toks, m.a, m.b - 1, caps);
  if (!c || c.hit.ref?.kind !== 'country' || !isWord(toks[c.b]) || !toks[c.b]!.cap) return m.a;
  if (oneLine(text.slice(toks[m.a]!.start, toks[m.b - 1]!.end)) !== ref.name) return m.a;
  return c.b;
}

/** True when the tokens a..b are capitalised words (or initials) no lexicon name covers, none a
 * head word of a body, a firm or a title: a bare name ("Poclain", "J.C. Bamford"); with `foreign`,
 * lower-case particles of another language may stand between them, and one must. */
function plainFirmWords(
  toks: Token[],
  lexAt: (LexMatch | null)[],
  a: number,
  b: number,
  /** A longer name, which must hold a particle of another language ("de", "d'", "und"). */
  foreign = false,
): boolean {
  let particle = false;
  for (let k = a; k < b; k++) {
    const t = toks[k]!;
    if (t.kind !== TokKind.Word) {
      if (t.text === '.' && !t.space) continue;
      return false;
    }
    if (foreign && k > a && !t.cap && FOREIGN_PARTICLES.has(t.lower)) {
      particle = true;
      continue;
    }
    if (foreign && k > a && ROMANCE_ELIDED.test(t.text)) {
      particle = true;
      continue;
    }
    if (!t.cap || lexAt[k] || stopCap(t) || headTitle(t)) return false;
    const w = t.lower;
    if (ORG_PREFIX.has(w) || ORG_SUFFIX.has(w) || COMPANY_SUFFIX.has(w) || ROMANCE_HEADS.has(w)) return false;
  }
  return !foreign || particle;
}
/** Lower-case particles of firms' names in other languages. */
const FOREIGN_PARTICLES = new Set(['de', 'du', 'des', 'la', 'le', 'und', 'von', 'der', 'di', 'del', 'y']);

/** Parties named by their members' plural ("the Greens"); the U.S. parties are read apart. */
const PARTY_PLURALS = new Set([
  'greens',
  'socialists',
  'liberals',
  'conservatives',
  'communists',
  'tories',
  'gaullists',
  'democrats',
]);
registerWordSet(PARTY_PLURALS, WordSet.PartyPlural);
/** Words before a party's plural that make it one party's name ("the Social Democrats", "the
 * Liberal Democrats"; "democrats" is a party plural only after one of them). */
const PARTY_FIRST_WORDS = new Set(['social', 'christian', 'liberal', 'free', 'new', 'national']);
/** A party's standing between "the" and its plural ("the opposition Conservatives"). */
const PARTY_STANDING = new Set(['opposition', 'ruling', 'governing']);

/** A province's or state's name the lexicon knows (it acts as a capital does). */
const isProvince = (m: LexMatch): boolean =>
  m.hit.form === Form.Capital &&
  m.hit.ref?.kind === 'organization' &&
  (m.hit.ref.role === 'province' || m.hit.ref.role === 'state');

/** A country's or bloc's name (not its adjective) covers the token. */
const isStateName = (m: LexMatch | null | undefined): boolean =>
  m != null && m.hit.form !== Form.Adj && (m.hit.ref?.kind === 'country' || m.hit.ref?.kind === 'bloc');

/** First words of international bodies' names, which serve no one country. */
const INTERNATIONAL_FIRST = new Set([
  'international',
  'world',
  'european',
  'asian',
  'african',
  'arab',
  'commonwealth',
  'united',
  'joint',
  'inter-american',
  'intergovernmental',
]);
/** isNationalGovBody's answers by name: asked per mention of a body with no side, and the same
 * names recur across texts (bounded: cleared when full). */
const govBodyMemo = new Map<string, boolean>();
/** A government body's name by its head word ("... Commission", "Ministry of ..."), not an
 * international body's ("International Energy Agency", "Joint Commission"). */
function isNationalGovBody(name: string): boolean {
  let v = govBodyMemo.get(name);
  if (v === undefined) {
    v = nationalGovBody(name);
    if (govBodyMemo.size >= 4096) govBodyMemo.clear();
    govBodyMemo.set(name, v);
  }
  return v;
}
function nationalGovBody(name: string): boolean {
  const words = name.toLowerCase().split(' ');
  if (INTERNATIONAL_FIRST.has(words[0]!)) return false;
  return (
    GOV_ORG_HEADS.has(words[words.length - 1]!) ||
    (words.length > 2 && GOV_ORG_HEADS.has(words[0]!) && words[1] === 'of') ||
    // "Taiwan's Board of Foreign Trade", "the Board of Investment" (not "a board of directors")
    (words[0] === 'board' && words[1] === 'of' && BOARD_OF_GOV.has(words[words.length - 1]!))
  );
}
/** What a government's "Board of ..." runs. */
const BOARD_OF_GOV = new Set(['trade', 'investment', 'investments', 'customs', 'revenue', 'industry']);

/** The country whose capital opens sentence S as "In <capital>," (a dateline inside the text). */
function openingCapital(
  toks: Token[],
  lexAt: (LexMatch | null)[],
  S: Sentence,
  publishedMs: number | null,
  lex: CompiledLexicon,
): LexRef | null {
  // "In Bogota, ..."; "At a regular briefing in Beijing, foreign ministry spokesperson X said": an
  // opening phrase of where the speaking happens ("At ... in <capital>,"), a live blog's time
  // ("10:30") before it
  let at = -1;
  if (toks[S.first]?.lower === 'in') at = S.first;
  else {
    let k = S.first;
    if (toks[k]?.kind === TokKind.Number) k += toks[k + 1]?.text === ':' ? 3 : 1;
    if (toks[k]?.lower === 'at')
      for (let q = k + 1; q < Math.min(S.last, k + 8) && toks[q]!.kind !== TokKind.Punct; q++)
        if (toks[q]!.lower === 'in') {
          at = q;
          break;
        }
  }
  if (at < 0) return null;
  const m = lexAt[at + 1];
  return m && toks[m.b]?.text === ',' ? capitalAt(lexAt, at + 1, publishedMs, lex) : null;
}

/** Voices of a government before "in <capital>" ("officials in Washington", "negotiators in
 * Ottawa"): the capital names the government (not "analysts in Tokyo", nor "factories in ..."). */
const CAPITAL_VOICES = new Set([
  'officials',
  'diplomats',
  'negotiators',
  'policymakers',
  'policy-makers',
  'lawmakers',
  'legislators',
  'authorities',
]);
/** Marks that end a sentence before the next opens. */
const FULL_STOPS = new Set(['.', '!', '?']);
/** True when "In <Capital>," opens a sentence at the capital's tokens [a, b) and the
 * government's voices follow ("In Ottawa, officials said", "In Tokyo, trade ministry officials
 * said"; the voices' noun at most four words on, no other name between). */
function frontedCapitalVoices(toks: Token[], a: number, b: number): boolean {
  const open = toks[a - 2];
  if (toks[a - 1]!.nl === 0 && open !== undefined && !FULL_STOPS.has(open.text)) return false;
  if (toks[b]?.text !== ',') return false;
  for (let k = b + 1; k < toks.length && k <= b + 4; k++) {
    const t = toks[k]!;
    if (CAPITAL_VOICES.has(t.lower)) return true;
    if (t.kind !== TokKind.Word) return false;
  }
  return false;
}
/** The country (in its era's state) whose capital the lexicon match starting at k names, else null. */
function capitalAt(
  lexAt: (LexMatch | null)[],
  k: number,
  publishedMs: number | null,
  lex: CompiledLexicon,
): LexRef | null {
  const m = lexAt[k];
  const ref = m?.a === k ? m.hit.ref : null;
  if (!ref || ref.kind !== 'country' || m!.hit.form !== Form.Capital) return null;
  return eraState(ref, m!.hit.form, publishedMs, lex.byId);
}

/** Words between a speaker's name and "in <capital>" ("told reporters in Seoul"). */
const SPOKEN_IN_FILLER = new Set(['reporters', 'journalists', 'a', 'news', 'conference', 'briefing', 'on']);

/** The country whose capital follows a speaker's name at b as "said/told reporters in <capital>". */
function capitalSpokenIn(
  toks: Token[],
  lexAt: (LexMatch | null)[],
  b: number,
  publishedMs: number | null,
  lex: CompiledLexicon,
): LexRef | null {
  if (!speechVerb(toks[b])) return null;
  let k = b + 1;
  while (k < b + 5 && SPOKEN_IN_FILLER.has(toks[k]?.lower ?? '')) k++;
  return toks[k]?.lower === 'in' ? capitalAt(lexAt, k + 1, publishedMs, lex) : null;
}

/**
 * The country a government body's mention at [a, b) is placed in by its sentence: a country's
 * possessive right before it ("Mexico's Commerce Secretariat"), else a country or capital after
 * "in" in the sentence ("a Foreign Ministry official in Tokyo", "In Manila, a spokesman for ..."),
 * the nearest first; null if none.
 */
function placeOfMention(
  toks: Token[],
  lexAt: (LexMatch | null)[],
  S: Sentence,
  a: number,
  b: number,
  publishedMs: number | null,
  lex: CompiledLexicon,
): LexRef | null {
  const byId = lex.byId;
  const countryAt = (k: number): LexRef | null => {
    const m = lexAt[k];
    const ref = m?.a === k ? m.hit.ref : null;
    if (!ref || ref.kind !== 'country' || (m!.hit.form !== Form.Name && m!.hit.form !== Form.Capital))
      return null;
    return eraState(ref, m!.hit.form, publishedMs, byId);
  };
  if (a >= 2 && isPossessive(toks[a - 1])) {
    const m = lexAt[a - 2];
    const own = m && m.b === a - 1 ? countryAt(m.a) : null;
    if (own) return own;
  }
  // ("the Plant Health Inspection Service of the U.S. Department of Agriculture": its parent's country)
  if (toks[b]?.lower === 'of' && toks[b + 1]?.lower === 'the') {
    const parent = parentBodyAt(lexAt, b + 2);
    const id = parent?.side ? lex.sideId.get(parent.side) : undefined;
    const side = id ? byId.get(id) : undefined;
    if (side) return side;
  }
  let best: LexRef | null = null;
  let dist = Infinity;
  for (let k = S.first; k + 1 < S.last; k++) {
    if (toks[k]!.lower !== 'in' || (k >= a && k < b)) continue;
    const ref = countryAt(k + 1);
    const d = k < a ? a - k : k - b;
    if (ref && d < dist) {
      best = ref;
      dist = d;
    }
  }
  return best;
}

/** A body or agency the lexicon names in full, starting at token k (a parent after "of the"). */
function parentBodyAt(lexAt: (LexMatch | null)[], k: number): LexRef | null {
  const m = lexAt[k];
  const ref = m?.a === k && m.hit.form === Form.Name ? m.hit.ref : null;
  return ref && ref.kind === 'organization' && m!.b - k >= 2 ? ref : null;
}

/** True when no lexicon name covers a token of [a, b). */
function noLexIn(lexAt: (LexMatch | null)[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (lexAt[k]) return false;
  return true;
}

/**
 * A national branch of a lobby or advocacy group: the run [a, b) is exactly a lexicon
 * organisation with no side of its own that holds its own positions, then a country's name
 * ("Greenpeace Switzerland", "Amcham Brasil"). Returns the country, or null.
 */
function branchAt(lexAt: (LexMatch | null)[], a: number, b: number): LexRef | null {
  const om = lexAt[a];
  const ref = om?.hit.ref;
  if (
    om == null ||
    om.a !== a ||
    om.b >= b ||
    ref == null ||
    ref.kind !== 'organization' ||
    ref.side ||
    !ref.own
  )
    return null;
  const cm = lexAt[om.b];
  if (!cm || cm.a !== om.b || cm.b !== b || cm.hit.form !== Form.Name || cm.hit.ref?.kind !== 'country')
    return null;
  return cm.hit.ref;
}

/** True when a lexicon match of `ref` lies in a sentence not in capitals (memoised per id: one
 * scan of the matches per firm, however often a capitals line names it). */
function namedOutsideCaps(
  lexAt: (LexMatch | null)[],
  sentCaps: Uint8Array,
  sentOf: Int32Array,
  ref: LexRef,
  memo: Map<string, boolean>,
): boolean {
  let found = memo.get(ref.id);
  if (found === undefined) {
    found = false;
    for (let k = 0; k < lexAt.length && !found; k++) {
      const m = lexAt[k];
      if (m && m.a === k && m.hit.ref?.id === ref.id && sentCaps[sentOf[k]!] === 0) found = true;
    }
    memo.set(ref.id, found);
  }
  return found;
}

/** End of a capitalised name from k that ends in an organisation's or an industry's head word
 * ("Swiss Watch Industry", "Petroleum Exporting Countries"), or k when there is none within
 * four words. */
function ofTheNameEnd(toks: Token[], k: number, limit: number): number {
  let e = k;
  // ("Confederation of the Food and Drink Industries": an "and" between two of its words)
  // ("Conference of Presidents of the Chambers of Agriculture": a body's head word that opens the
  // name, then "of" and its field)
  const opensWithHead = ORG_PREFIX_TOK.has(toks[k]);
  while (
    e < limit &&
    e - k < 5 &&
    isWord(toks[e]) &&
    ((toks[e]!.cap && !stopCap(toks[e])) ||
      (e > k &&
        (toks[e]!.lower === 'and' || (opensWithHead && toks[e]!.lower === 'of')) &&
        isWord(toks[e + 1]) &&
        toks[e + 1]!.cap &&
        !stopCap(toks[e + 1])))
  )
    e++;
  if (e === k) return k;
  const head = toks[e - 1]!.lower;
  return ORG_SUFFIX.has(head) || OF_THE_HEADS.has(head) || (opensWithHead && e - k >= 3) ? e : k;
}
/**
 * A country's name inside a place's name, not the country: "the Gulf of Mexico", "the Sea of
 * Japan" (a body of water named after it), "Georgia Democrat Ed Jenkins" (a U.S. state before a
 * party's member), "the Luxembourg court".
 */
function placeNameNotState(toks: Token[], m: LexMatch, first: number): boolean {
  if (m.hit.ref?.kind !== 'country' || m.hit.form !== Form.Name) return false;
  const nx = toks[m.b];
  if (isWord(nx) && nx.cap && (US_PARTIES.has(nx.lower) || US_PARTY_PLURALS.has(nx.lower))) return true;
  // ("the Luxembourg court": a court named after the city it sits in)
  if (isWord(nx) && !nx.cap && (nx.lower === 'court' || nx.lower === 'courts')) return true;
  const w = m.a - 2 >= first ? toks[m.a - 2]! : null;
  return w !== null && w.cap && toks[m.a - 1]!.lower === 'of' && WATER_WORDS.has(w.lower);
}
const WATER_WORDS = new Set(['gulf', 'sea', 'bay', 'strait', 'straits']);

/** True when "for its/their part", "in turn", "in return" or an adverb in -ly at k leads to a verb
 * after a capital ("Beijing for its part has asked", "Brasilia originally demanded"). */
function asideBeforeVerb(toks: Token[], k: number): boolean {
  const w = toks[k]?.lower;
  const e =
    w !== undefined && w.length > 4 && w.endsWith('ly') && !toks[k]!.cap
      ? k + 1
      : w === 'for' &&
          (toks[k + 1]?.lower === 'its' || toks[k + 1]?.lower === 'their') &&
          toks[k + 2]?.lower === 'part'
        ? k + 3
        : w === 'in' && (toks[k + 1]?.lower === 'turn' || toks[k + 1]?.lower === 'return')
          ? k + 2
          : -1;
  const v = e > 0 ? toks[e] : undefined;
  return !!v && v.kind === TokKind.Word && (METONYM_NEXT.has(v.lower) || (!v.cap && v.lower.endsWith('ed')));
}
/** Legislators' titles written as capitals after a party's name ("a Labour Party MP"). */
const LEGISLATOR_ABBREVIATIONS = new Set(['MP', 'MPs', 'MEP', 'MEPs']);
/** Words after a full name that show it is the subject of a clause or a list's item. */
const AFTER_FULL_NAME = new Set(['and', 'has', 'have', 'had', 'was', 'is', 'will', 'would']);
/** True when the one-word capital at a is a person's given name before a surname ("Santiago
 * Peña said"): a plain capitalised word after it (no title, stop word, month or body word) that a
 * speech verb, a comma, "and" or a clause's verb follows. */
function surnameAfter(toks: Token[], a: number, last: number): boolean {
  const t = toks[a + 1];
  if (a + 2 >= last || !t || t.kind !== TokKind.Word || t.cap !== true || t.upper === true) return false;
  if (
    stopCap(t) ||
    headTitle(t) ||
    WEEKDAYS_MONTHS.has(t.lower) ||
    ORG_SUFFIX_TOK.has(t) ||
    ORG_PREFIX_TOK.has(t) ||
    PLACE_FIRM_HEADS.has(t.lower)
  )
    return false;
  const nx = toks[a + 2]!;
  return speechVerb(nx) || nx.text === ',' || AFTER_FULL_NAME.has(nx.lower);
}

/** True when the one-word capital at a is a person's surname after a given name: "Mateus Lima
 * said", "said Carlos Lima": a plain capitalised word right before it (no lexicon name, title or
 * stop word) that follows a lower-case word (not a title-case headline's "Tariffs Hit Beijing"),
 * or opens the sentence before a speech verb or an appositive. */
function givenNameBefore(toks: Token[], lexAt: (LexMatch | null)[], a: number, first: number): boolean {
  const g = a - 1;
  if (g < first) return false;
  const t = toks[g]!;
  if (t.kind !== TokKind.Word || t.cap !== true || t.upper === true || lexAt[g] != null) return false;
  if (stopCap(t) || headTitle(t) || WEEKDAYS_MONTHS.has(t.lower)) return false;
  if (g === first) {
    // (at the sentence's start only before a speech verb or an appositive: "Mateus Lima said",
    // "Mateus Lima, who ..."; not "Whatever Brussels signs, ...")
    const nx = toks[a + 1];
    return speechVerb(nx) || (nx?.text === ',' && NAME_APPOSITIVE_OPENERS.has(toks[a + 2]?.lower ?? ''));
  }
  const p = toks[g - 1]!;
  return p.kind === TokKind.Word && p.cap !== true;
}
const WEEKDAYS_MONTHS = new Set<string>([...WEEKDAY_NAMES, ...MONTH_NAMES]);
/** Words that open an appositive or relative clause after a person's name (", who ...", ", the ..."). */
const NAME_APPOSITIVE_OPENERS = new Set(['who', 'the', 'a', 'an']);
const US_PARTY_PLURALS = new Set(['democrats', 'republicans']);

/** At k, a word for a body's members, then "and", a second such word and the body's head word
 * closing the name ("Garment Manufacturers and Exporters Association"): one body (not "Growers
 * Association and Exporters Council": a head word before "and" closes a name). */
function membersThenHead(toks: Token[], k: number): boolean {
  const before = toks[k]!.lower;
  if (!before.endsWith('s') || ORG_PREFIX.has(before)) return false;
  const m = toks[k + 2];
  const h = toks[k + 3];
  const after = toks[k + 4];
  return (
    isWord(m) &&
    m.cap &&
    m.lower.endsWith('s') &&
    ORG_SUFFIX_TOK.has(m) &&
    isWord(h) &&
    h.cap &&
    ORG_PREFIX_TOK.has(h) &&
    !(isWord(after) && (after.cap || connector(after)))
  );
}

const POSSESSIVE_DETS = new Set(['its', 'their', 'his', 'her', 'our', 'your', 'my']);

/** From k, after "the <Word>,": capitalised words no lexicon name covers, with "and" (or another
 * comma) between them, up to a body's head word within eight tokens ("Fabric and Apparel
 * Coalition", "Clothing and Footwear Council"): the rest of one body's name, not a list. */
function commaListName(toks: Token[], lexAt: (LexMatch | null)[], k: number, limit: number): boolean {
  let and = false;
  for (let e = k; e < limit && e - k < 8; e++) {
    const t = toks[e]!;
    if (t.lower === 'and' || t.text === ',') {
      if (t.lower === 'and') and = true;
      continue;
    }
    if (!isWord(t) || !t.cap || lexAt[e] || stopCap(t)) return false;
    if (and && (ORG_PREFIX_TOK.has(t) || ORG_SUFFIX_TOK.has(t)) && e > k) return true;
  }
  return false;
}

/** True when the run [i, j) before a comma is "the" and one capitalised word, or one word after
 * "the", then ", <Word>" pairs: the first items of a body's list of trades ("the Textile,
 * Apparel, ..."), no lexicon name among them. */
function tradeListSoFar(toks: Token[], lexAt: (LexMatch | null)[], i: number, j: number): boolean {
  let a = i;
  if (toks[i]!.lower === 'the') a = i + 1;
  else if (i === 0 || toks[i - 1]!.lower !== 'the') return false;
  if (a >= j) return false;
  for (let k = a + 1; k < j; k += 2) {
    const w = toks[k + 1];
    if (toks[k]!.text !== ',' || k + 1 >= j || !isWord(w) || !w.cap || lexAt[k + 1] || stopCap(w))
      return false;
  }
  return (j - a) % 2 === 1;
}

/**
 * The "(" of the acronym that closes a body's name whose run [i, j) is "<Head> of <Words>" before
 * the comma at j, when capitalised words no lexicon name covers, commas and at least one "and"
 * lead to it ("Federation of German Wholesale, Foreign Trade and Services (BGA)"); -1 otherwise.
 * (The acronym may be of the name in another language: its letters are not checked.)
 */
function commaListAcronym(
  toks: Token[],
  lexAt: (LexMatch | null)[],
  i: number,
  j: number,
  limit: number,
): number {
  if (!headOf(toks, i, j)) return -1;
  let and = false;
  for (let e = j + 1; e < limit && e - j < 10; e++) {
    const t = toks[e]!;
    if (t.text === '(')
      return and && isWord(toks[e - 1]) && toks[e - 1]!.cap && acronymAfter(toks, e) ? e : -1;
    if (t.lower === 'and' || t.text === ',') {
      if (t.lower === 'and') and = true;
      continue;
    }
    if (!isWord(t) || !t.cap || lexAt[e] || stopCap(t)) return -1;
  }
  return -1;
}

/** From k, after "<Words> <Plurals>,": a plural capitalised word, then capitalised words no lexicon
 * name covers with "and" (or another comma) between them, up to a firm's legal form within ten
 * tokens ("Oils and Foodstuffs Import and Export Corp"): the goods a trading firm's name lists, not
 * a list of firms ("Canada, Japan and Mitsubishi Corp": its items are names of their own). */
function commaListFirm(toks: Token[], lexAt: (LexMatch | null)[], k: number, limit: number): boolean {
  const first = toks[k];
  if (!isWord(first) || first.upper || !first.lower.endsWith('s')) return false;
  let and = false;
  for (let e = k; e < limit && e - k < 10; e++) {
    const t = toks[e]!;
    if (t.lower === 'and' || t.text === ',') {
      if (t.lower === 'and') and = true;
      continue;
    }
    if (!isWord(t) || !t.cap || lexAt[e] || stopCap(t)) return false;
    if (LEGAL_FORMS_TOK.has(t)) return and && e - k >= 3;
  }
  return false;
}

/** Broadcast words after a city or country that name its state radio or television. */
const STATION_WORDS = new Set(['radio', 'television', 'tv']);
registerWordSet(STATION_WORDS, WordSet.Station);
/** Words before "<Place> radio" that make it the source of what is said ("told", "said on"). */
const STATION_BEFORE = new Set(['told', 'on', 'by', 'to', 'quoted']);
/** Nouns after it that make it a modifier, not the outlet ("on Tokyo television sets"). */
const STATION_NOUNS = new Set([
  'set',
  'sets',
  'station',
  'stations',
  'network',
  'networks',
  'programme',
  'programmes',
  'program',
  'programs',
  'reporter',
  'reporters',
  'correspondent',
  'correspondents',
]);
/** Words after it that do ("Baghdad radio said", "... reported", "... quoted"). */
const STATION_AFTER = new Set(['reported', 'quoted', 'broadcast', 'reports', 'quotes', 'said', 'says']);

/**
 * "<Capital or country> radio/television" with the broadcast word at k ("Tehran radio"), or
 * "Radio <capital or country>" with "Radio" at k ("Radio Moscow"), when it is the source of a
 * statement: after "told", "on", "by", "to" or before "said", "reported", "quoted". Its tokens and
 * the country, or null. A demonym ("Japanese television") is left out: it names no one outlet.
 */
function stationAt(
  toks: Token[],
  lexAt: (LexMatch | null)[],
  k: number,
): { a: number; b: number; side: LexRef; form: Form } | null {
  const t = toks[k]!;
  if (!isWord(t) || !STATION_WORDS.has(t.lower)) return null;
  let m: LexMatch | null | undefined;
  let a: number;
  let b: number;
  if (t.text === 'Radio' && lexAt[k + 1]?.a === k + 1) {
    m = lexAt[k + 1]!;
    a = k;
    b = m.b;
  } else {
    m = lexAt[k - 1];
    if (!m || m.b !== k) return null;
    a = m.a;
    b = k + 1;
  }
  const ref = m.hit.ref;
  if (!ref || ref.kind !== 'country' || (m.hit.form !== Form.Name && m.hit.form !== Form.Capital))
    return null;
  const after = toks[b];
  if (isWord(after) && STATION_NOUNS.has(after.lower)) return null;
  const source =
    STATION_BEFORE.has(toks[a - 1]?.lower ?? '') ||
    (isWord(after) && !after.cap && STATION_AFTER.has(after.lower));
  return source ? { a, b, side: ref, form: m.hit.form } : null;
}

/**
 * True when the run [a, b) of two to four words is an outlet by its shape, "Radio <Name>" or
 * "<Name> Radio/TV/Television" ("Radio Pichincha", "Channel Nine TV"), as the source of a
 * statement: after "told", "on", "by", "to", "quoted" or before "reported", "said" and the like.
 * No lexicon name inside ("Radio Moscow" is the state's outlet: `stationAt`).
 */
function stationShape(toks: Token[], lexAt: (LexMatch | null)[], a: number, b: number): boolean {
  if (b - a < 2 || !noLexIn(lexAt, a, b)) return false;
  const first = toks[a]!;
  const last = toks[b - 1]!;
  if (!(first.text === 'Radio' || (last.cap && STATION_WORDS.has(last.lower)))) return false;
  const after = toks[b];
  return (
    STATION_BEFORE.has(toks[a - 1]?.lower ?? '') ||
    (isWord(after) && !after.cap && STATION_AFTER.has(after.lower))
  );
}

const CENTRE_HEADS = new Set(['centre', 'center']);
/**
 * True when the run [a, b) is "the [<one lower-case word>] <Capitalised words> Centre" outside a
 * place phrase ("the state Export Promotion Centre forecast"): a body. "Centre" names buildings
 * too, so not after a place preposition ("at the World Trade Center"), nor without "the"
 * ("Rockefeller Center was sold"), nor alone ("the Centre").
 */
function centreBody(toks: Token[], a: number, b: number): boolean {
  if (b - a < 2 || !CENTRE_HEADS.has(toks[b - 1]!.lower)) return false;
  for (let k = a; k < b; k++) if (!isWord(toks[k]) || !toks[k]!.cap) return false;
  let p = a - 1;
  const mod = toks[p];
  if (isWord(mod) && !mod.cap && mod.lower !== 'the' && !stopCap(mod)) p--;
  if (toks[p]?.lower !== 'the') return false;
  return !PLACE_PREPS_TOK.has(toks[p - 1]);
}

/** "Jan" at k before a capitalised word: a given name ("Jan Viljoen"), not the month ("Jan 5"). */
/** True when "People" at a, after a lower-case word or "The", opens a run [a, j) of three words
 * or more ending in an organisation's head word ("the conservative People Power Party"). */
function peopleOpensBody(toks: Token[], a: number, j: number): boolean {
  const prev = toks[a - 1];
  return j - a >= 3 && isWord(prev) && (!prev.cap || prev.lower === 'the') && ORG_SUFFIX_TOK.has(toks[j - 1]);
}
function givenJan(toks: Token[], k: number): boolean {
  const nx = toks[k + 1];
  return toks[k]!.text === 'Jan' && isWord(nx) && nx.cap && !nx.upper && !stopCap(nx);
}

/** A capitalised name of one to four words from k closed by a legal form ("Mita Industrial Co"). */
function firmNameAt(toks: Token[], k: number, limit: number): boolean {
  for (let e = k; e < limit && e - k < 5; e++) {
    const t = toks[e]!;
    if (!isWord(t) || !t.cap) return false;
    if (e > k && LEGAL_FORMS_TOK.has(t)) return true;
  }
  return false;
}

/** Nouns after an outlet's name that say what it is ("the Al Arabiya channel"). */
const MEDIA_AFTER = new Set(['channel', 'newspaper', 'broadcaster', 'tabloid', 'magazine']);
/** Those that need a broadcast or news word before them ("the X television network"). */
const MEDIA_AFTER_BROADCAST = new Set(['network', 'station', 'agency']);
const BROADCAST_WORDS = new Set(['television', 'tv', 'radio', 'news', 'satellite', 'cable']);

/**
 * "told the Al Arabiya channel that ...", "the Daily Mirror newspaper said", "the Zeta TV
 * channel": after "the", a name of up to four words, then a lower-case noun saying it is an outlet
 * (`MEDIA_AFTER`, or a network, station or agency after a broadcast or news word) and no other
 * name after it ("the Quito newspaper El Comercio": the place describes the paper named next),
 * where the text cites it (a word of telling or "in"/"on" before, a speech verb after).
 * The end of the outlet's name (a closing "TV" left out: "the Zeta TV channel" is Zeta), or -1.
 * No body's or firm's head word closes the name ("the Communist Party daily": its owner), and
 * the lexicon names nothing inside but outlets ("the Daily FT newspaper").
 */
function mediaNounAfter(toks: Token[], lexAt: (LexMatch | null)[], a: number, b: number): number {
  if (toks[a - 1]?.lower !== 'the' || b - a > 4) return -1;
  for (let k = a; k < b; k++) {
    const m = lexAt[k];
    if (m && m.hit.ref?.kind !== 'media') return -1;
  }
  let e = b;
  const lastTok = toks[b - 1]!;
  if (ORG_SUFFIX_TOK.has(lastTok) || COMPANY_SUFFIX_TOK.has(lastTok)) return -1;
  if (b - a >= 2 && STATION_WORDS.has(lastTok.lower)) e = b - 1;
  let q = b;
  let broadcast = e < b;
  while (q < b + 2 && isWord(toks[q]) && !toks[q]!.cap && BROADCAST_WORDS.has(toks[q]!.lower)) {
    q++;
    broadcast = true;
  }
  const noun = toks[q];
  if (!isWord(noun) || noun.cap) return -1;
  if (!MEDIA_AFTER.has(noun.lower) && !(broadcast && MEDIA_AFTER_BROADCAST.has(noun.lower))) return -1;
  const nx = toks[q + 1];
  if (isWord(nx) && nx.cap) return -1;
  // (cited: told or quoted by it, written or said in or on it, or it reports)
  const cited = MEDIA_CITED_BEFORE.has(toks[a - 2]?.lower ?? '') || (isWord(nx) && !nx.cap && speechVerb(nx));
  return cited ? e : -1;
}
/** Words before "the <Name> channel" that cite it ("told", "according to", "in an interview with"). */
const MEDIA_CITED_BEFORE = new Set(['told', 'to', 'with', 'in', 'on', 'by', 'quoted']);

/** At b, after a body's name: a lower-case media noun and a capitalised name ("... Party daily Granma"). */
function ownerOfOutlet(toks: Token[], b: number): boolean {
  const t = toks[b];
  const nx = toks[b + 1];
  return isWord(t) && !t.cap && (t.w2 & WordSet2.MediaNoun) !== 0 && isWord(nx) && nx.cap;
}

/** A firm the lexicon knows (its match m) named with a country other than its home ("Ford Motor
 * Co of Canada": a subsidiary); West Germany is Germany's. */
function abroad(m: LexMatch | null | undefined, country: LexRef): boolean {
  const side = m?.hit.ref?.kind === 'company' ? m.hit.ref.side : null;
  return side !== null && country.name !== side && !country.name.endsWith(` ${side}`);
}

/** End of the capitalised purpose after "<body's head> for the" from k ("Implementation of Textile
 * Agreements", "Advancement of Science"): up to six words, "of" or "and" inside before a capitalised
 * word, no country or bloc first ("the Council for the Soviet Union"); k when there is none. */
function forTheNameEnd(toks: Token[], lexAt: (LexMatch | null)[], k: number, limit: number): number {
  if (isStateName(lexAt[k])) return k;
  let e = k;
  while (e < limit && e - k < 6) {
    const t = toks[e]!;
    if (isWord(t) && t.cap && !stopCap(t)) e++;
    else if (
      e > k &&
      (t.lower === 'of' || t.lower === 'and') &&
      isWord(toks[e + 1]) &&
      toks[e + 1]!.cap &&
      !stopCap(toks[e + 1])
    )
      e++;
    else break;
  }
  return e;
}

/** "Committee on Farm Trade", "Council on Foreign Relations": at k, an "on" after a committee's,
 * commission's or council's head word, before a capitalised word that is no day or month ("the
 * Commission on Monday" is a date). */
function onBody(toks: Token[], k: number): boolean {
  if (toks[k]!.lower !== 'on' || !ON_BODY_HEADS.has(toks[k - 1]!.lower)) return false;
  const nx = toks[k + 1];
  return isWord(nx) && nx.cap && !stopCap(nx);
}
const ON_BODY_HEADS = new Set([
  'committee',
  'commission',
  'council',
  'subcommittee',
  'conference',
  // ("the Wisconsin Project on Nuclear Arms Control", "the Institute on ...")
  'project',
  'institute',
  'center',
  'centre',
  // ("the Advisory Group on Economic Structural Adjustment", "the Negotiating Group on Safeguards")
  'group',
]);

/** Last words of a body's object after "of the" besides the organisation head words. */
const OF_THE_HEADS = new Set(['industry', 'industries', 'countries', 'states', 'nations', 'trade']);

/**
 * Where a firm's name starts when an initial opens it before the capitalised run at a ("C.
 * Czarnikow Ltd", "brokers J. Thomas and Co", "Italy's Ing C. Olivetti and Co"): the initial, or a
 * name word before it; a when there is none.
 */
function initialStart(
  toks: Token[],
  lexAt: (LexMatch | null)[],
  used: Uint8Array,
  personTokens: Uint8Array,
  a: number,
): number {
  // (no read below index 0: one would turn these array reads megamorphic for every later call)
  if (a < 2) return a;
  const dot = toks[a - 1]!;
  const initial = toks[a - 2];
  if (dot.text !== '.' || dot.space || !isWord(initial) || !initial.upper) return a;
  if (initial.text.length !== 1 || used[a - 2] || personTokens[a - 2]) return a;
  const before = a >= 3 ? toks[a - 3] : undefined;
  // (not "at gate B. Harnett Ltd said": a letter closing a sentence; "brokers J. Thomas": a noun
  // for firms before the initial)
  if (!isWord(before) || stopCap(before) || companyNoun(before.lower)) return a - 2;
  if (
    before.cap &&
    !before.upper &&
    !lexAt[a - 3] &&
    !used[a - 3] &&
    !personTokens[a - 3] &&
    (a < 4 || isPossessive(toks[a - 4]) || !isWord(toks[a - 4]) || stopCap(toks[a - 4]))
  )
    return a - 3;
  return a;
}

/**
 * A firm the lexicon knows, then its country, as a subsidiary's name ("General Motors of Canada",
 * "Ford Motor Co of Canada Ltd", "Chrysler Canada"): the country of the subsidiary when tokens
 * [a, b) are exactly that, or null.
 */
function subsidiaryAt(toks: Token[], lexAt: (LexMatch | null)[], a: number, b: number): LexRef | null {
  const om = lexAt[a];
  if (om == null || om.a !== a || om.b >= b || om.hit.ref?.kind !== 'company' || om.hit.form !== Form.Name)
    return null;
  let k = om.b;
  if (LEGAL_FORMS_TOK.has(toks[k])) k++;
  if (toks[k]?.lower === 'of') k++;
  const cm = lexAt[k];
  if (!cm || cm.a !== k || cm.hit.form !== Form.Name || cm.hit.ref?.kind !== 'country') return null;
  // ("Pechiney of France": the firm's own country says where it is from, no subsidiary)
  if (cm.hit.ref.name === om.hit.ref.side) return null;
  let e = cm.b;
  if (e < b && LEGAL_FORMS_TOK.has(toks[e])) e++;
  if (e < b && toks[e]!.text === '.') e++;
  return e === b ? cm.hit.ref : null;
}

/** A name of 1-4 capitalised tokens starting at p, or null. Returns end index. */
function parseName(
  toks: Token[],
  lexAt: (LexMatch | null)[],
  sentCaps: Uint8Array,
  sentOf: Int32Array,
  p: number,
  limit: number,
): { b: number; ref: LexRef | null } | null {
  const first = toks[p];
  // "spokesperson He Yadong": a Chinese family name that is also an English stop word
  const next = toks[p + 1];
  // ("trade minister Jan Christian Vestre": the month's short form as a given name)
  const familyStop =
    (isWord(first) &&
      FAMILY_STOPS.has(first.lower) &&
      !first.upper &&
      isWord(next) &&
      next.cap &&
      !next.upper &&
      next.space &&
      !stopCap(next)) ||
    (isWord(first) && givenJan(toks, p));
  if (!isWord(first) || !first.cap || (stopCap(first) && !familyStop) || headTitle(first)) return null;
  // "director of the Banco do Brasil": a body's Romance head word and its "of", no person
  if (ROMANCE_HEADS.has(first.lower) && ROMANCE_OF.has(next?.lower ?? '')) return null;
  const lm = lexAt[p];
  if (lm && lm.a === p && lm.hit.ref?.kind === 'person' && lm.hit.form === Form.Name)
    return { b: lm.b, ref: lm.hit.ref };
  if (lm && lm.hit.form !== Form.Surname) return null; // a country, body or outlet, not a name
  let q = p;
  let words = 0;
  while (q < limit && words < MAX_NAME) {
    const t = toks[q]!;
    if (
      isWord(t) &&
      t.cap &&
      (!stopCap(t) || (q === p && familyStop)) &&
      !(lexAt[q] && lexAt[q]!.hit.form !== Form.Surname)
    ) {
      if (
        t.upper &&
        t.text.length > 1 &&
        !sentCaps[sentOf[q]!] &&
        t.text.charCodeAt(t.text.length - 1) !== 46
      )
        break; // acronyms
      q++;
      words++;
      // hyphenated given names: Jae-in, Okonjo-Iweala
      while (
        q + 1 < limit &&
        toks[q]!.text === '-' &&
        !toks[q]!.space &&
        isWord(toks[q + 1]) &&
        !toks[q + 1]!.space
      )
        q += 2;
      // initial with a dot: "Donald J. Trump"
      if (q < limit && toks[q]!.text === '.' && !toks[q]!.space && toks[q - 1]!.text.length === 1) q++;
      continue;
    }
    // "Frederic d'Allest", "Valery Giscard d'Estaing": a surname with an elided particle
    if (words > 0 && elidedSurname(t)) {
      q++;
      words++;
      continue;
    }
    if (words > 0) {
      const e = particlesEnd(toks, q);
      if (e > q) {
        q = e;
        continue;
      }
    }
    break;
  }
  if (words === 0) return null;
  return { b: q, ref: null };
}

/** A lexicon person's surname alone counts within [from - 1y, to + 4y] of the publication date. */
function dateOk(ref: LexRef, publishedMs: number | null): boolean {
  if (publishedMs === null) return true;
  const from = (ref.from ?? 0) - 365 * 864e5;
  const to = ref.to === undefined ? Infinity : ref.to + 4 * 365 * 864e5;
  return publishedMs >= from && publishedMs <= to;
}
/** True when the name at [a, b) is an item of a list ("X, Y and Z") whose neighbouring items are
 * one capitalised word each that the lexicon does not know, on every side the list goes on. */
function listedAmongUnknown(toks: Token[], lexAt: (LexMatch | null)[], a: number, b: number): boolean {
  // (most: both rules below need an item before; no read at index -1, which turns the array
  // read generic for every later call)
  if (a < 2) return false;
  const before = toks[a - 1]!.text === ',' || toks[a - 1]!.lower === 'and';
  if (!before) return false;
  const after = toks[b]?.text === ',' || toks[b]?.lower === 'and';
  // (three items at least: "Monterrey, Mexico" is a city and its country, "Mexico and Texas" two
  // places of a border)
  if (after)
    return (
      unknownItemAt(toks, lexAt, a - 2) &&
      unknownItemAt(toks, lexAt, b + 1) &&
      !(isWord(toks[b + 2]) && toks[b + 2]!.cap)
    );
  if (toks[a - 1]!.lower === 'and')
    return (
      a >= 4 &&
      unknownItemAt(toks, lexAt, a - 2) &&
      toks[a - 3]!.text === ',' &&
      unknownItemAt(toks, lexAt, a - 4)
    );
  return false;
}
/** listedAmongUnknown's item: one capitalised word at k the lexicon does not know (a module
 * function: a closure in listedAmongUnknown was allocated at each call). */
function unknownItemAt(toks: Token[], lexAt: (LexMatch | null)[], k: number): boolean {
  const t = toks[k];
  return (
    isWord(t) && t.cap && !lexAt[k] && !stopCap(t) && !(k > 0 && isWord(toks[k - 1]) && toks[k - 1]!.cap)
  );
}
/** Forms the lexicon gives to a modern state that, before a date, named a historical one: "Moscow
 * said" before 1992 is the Soviet Union's, "Brussels" (and "the Europeans") before November 1993 the
 * European Community's, "Belgrade" before 2003 Yugoslavia's, "Prague" before 1993
 * Czechoslovakia's, "Germany" and "German" before October 1990 West Germany's (Reuters' usage of
 * the time). */
const ERA_STATES: readonly { id: string; forms: readonly Form[]; until: number; then: string }[] = [
  { id: 'ru', forms: [Form.Capital], until: Date.UTC(1991, 11, 26), then: 'su' },
  { id: 'eu', forms: [Form.Capital, Form.Adj], until: Date.UTC(1993, 10, 1), then: 'ec' },
  { id: 'rs', forms: [Form.Capital], until: Date.UTC(2003, 1, 4), then: 'yu' },
  { id: 'de', forms: [Form.Name, Form.Adj], until: Date.UTC(1990, 9, 3), then: 'dw' },
  { id: 'cz', forms: [Form.Capital], until: Date.UTC(1993, 0, 1), then: 'cs' },
];
const ERA_BY_ID = new Map(ERA_STATES.map((e) => [e.id, e]));
/** The latest of ERA_STATES' dates: a text published on or after it names no historical state. */
const ERA_END = Math.max(...ERA_STATES.map((e) => e.until));
/** The state a lexicon form names at the publication date (see ERA_STATES). */
function eraState(ref: LexRef, form: Form, publishedMs: number | null, byId: Map<string, LexRef>): LexRef {
  // (the date first: asked of every lexicon mention, and the extension reads the news of today)
  if (publishedMs === null || publishedMs >= ERA_END) return ref;
  const e = ERA_BY_ID.get(ref.id);
  return e !== undefined && publishedMs < e.until && e.forms.includes(form) ? (byId.get(e.then) ?? ref) : ref;
}
/** An actor found by pattern (its id is `o:<slug>`), told by two character codes (`startsWith` is
 * a builtin call, and the loops below ask it of every body and firm). */
const byPattern = (a: ActorInfo): boolean => a.id.charCodeAt(0) === 111 && a.id.charCodeAt(1) === 58;
/** The first words of the keys of `stems` (the whole key when it has no space). (Cut with indexOf
 * and slice: `split(' ', 1)` made an array a key, ~0.5% of the profile. A function of its own:
 * recognizeActors is at the optimizer's size limit.) */
function firstWords(stems: ReadonlyMap<string, unknown>): Set<string> {
  const out = new Set<string>();
  for (const key of stems.keys()) {
    const sp = key.indexOf(' ');
    out.add(sp < 0 ? key : key.slice(0, sp));
  }
  return out;
}

/** Adds to `stems` (the firms' names without their legal form) the names of two words or more
 * of the bodies and firms found by pattern ("Acme Farms, a Ugandan firm, ..."), by the name in
 * lower case, so that step 5 finds the name again where no pattern reads it ("Acme Farms asked
 * Kenya to ..." opening a sentence). */
function namedBodyStems(
  order: readonly ActorInfo[],
  stems: Map<string, ActorInfo> | null,
): Map<string, ActorInfo> | null {
  for (const a of order) {
    if ((a.kind !== 'organization' && a.kind !== 'company') || !byPattern(a)) continue;
    const name = a.name;
    if (name.indexOf(' ') < 0 || name.indexOf('\n') >= 0) continue;
    const key = name.toLowerCase();
    if (!stems?.has(key)) (stems ??= new Map()).set(key, a);
  }
  return stems;
}
/** Legal forms written before a firm's name ("AB Volvo", "Oy Nokia"). */
const LEGAL_PREFIXES = new Set(['AB', 'Oy', 'OY']);
/** First words of firms' names that are no name alone ("General Motors", "National Steel"). */
const FIRM_HEAD_STOPS = new Set([
  'general',
  'national',
  'united',
  'international',
  'american',
  'british',
  'first',
  'new',
  'great',
  'standard',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'pacific',
  'atlantic',
  'royal',
  'union',
  'continental',
  'allied',
  'associated',
  'consolidated',
  'federal',
  'state',
  'china',
  'japan',
]);
/** Verbs after a firm's first word that make it the subject ("Sandvik said"). */
const FIRM_HEAD_VERBS = new Set([
  'said',
  'says',
  'told',
  'has',
  'had',
  'would',
  'will',
  'is',
  'was',
  'added',
]);
const FIRM_HEAD_VERBS_TOK = new TokenSet(FIRM_HEAD_VERBS);
/** Bodies and firms found by pattern whose name is one word, by that word in lower case (null if none). */
function oneWordBodies(order: readonly ActorInfo[]): Map<string, ActorInfo> | null {
  let map: Map<string, ActorInfo> | null = null;
  for (const a of order) {
    if ((a.kind !== 'organization' && a.kind !== 'company') || !byPattern(a)) continue;
    const name = a.name;
    if (name.length < 3 || name.indexOf(' ') >= 0) continue;
    (map ??= new Map()).set(name.toLowerCase(), a);
  }
  return map;
}
/** Adds to `map` the acronyms defined in parentheses right after a body or firm found by pattern
 * ("Association of Tin Producing Countries (ATPC)"), by the acronym in lower case. */
function definedAcronyms(
  toks: Token[],
  mentions: readonly TokMention[],
  map: Map<string, ActorInfo> | null,
): Map<string, ActorInfo> | null {
  for (const m of mentions) {
    const a = m.actor;
    if ((a.kind !== 'organization' && a.kind !== 'company') || !byPattern(a)) continue;
    if (!acronymAfter(toks, m.b)) continue;
    const acr = toks[m.b + 1]!.lower;
    if (!map?.has(acr)) (map ??= new Map()).set(acr, a);
  }
  return map;
}
/** A body or firm found by pattern under exactly this name, if the text named one before. */
function bodyNamed(B: Builder, name: string): ActorInfo | undefined {
  const a = B.actors.get(`o:${slugify(name)}`);
  return a && (a.kind === 'organization' || a.kind === 'company') ? a : undefined;
}
/** Remembers a person's surname (and a family-first name's family name) for later mentions. */
function addPerson(surnames: Map<string, ActorInfo>, actor: ActorInfo): void {
  // the name's first and last space-separated parts, as split(' ') would give them, without
  // the array and the strings in between (this runs for every mention of a person)
  const name = actor.name;
  const firstSpace = name.indexOf(' ');
  if (firstSpace < 0) return; // one part: neither rule below applies
  let sur = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
  // "Adnan al-Jaburi" ... "al-Jaburi told": the word after the article is the token named again
  // (step 5 takes the article back into the mention)
  const dash = sur.indexOf('-');
  if (dash > 0 && ARABIC_ARTICLES.has(sur.slice(0, dash))) sur = sur.slice(dash + 1);
  if (sur.length >= 3 && !AMBIGUOUS_SURNAMES.has(sur) && !surnames.has(sur)) surnames.set(sur, actor);
  // "Fernando Alves Costa" ... "Alves Costa said": a name of three parts or more is named again by
  // its last two (a double family name), by that pair in lower case
  const lastSpace = name.lastIndexOf(' ');
  const pairSpace = lastSpace > firstSpace ? name.lastIndexOf(' ', lastSpace - 1) : -1;
  if (pairSpace > 0) {
    const pair = name.slice(pairSpace + 1).toLowerCase();
    if (!surnames.has(pair)) surnames.set(pair, actor);
  }
  // Chinese and Korean names put the family name first ("Wang Wentao" ... "Wang said"); common
  // family names are safe here because the full name is in the text
  if (!actor.sideId || !FAMILY_FIRST_SIDES.has(actor.sideId)) return;
  const fam = name.slice(0, firstSpace).toLowerCase();
  if (fam.length >= 2 && !STOP_CAPS.has(fam) && !NOT_FAMILY.has(fam) && !surnames.has(fam))
    surnames.set(fam, actor);
}

/** Sort keys and orders (module-level: an arrow function in recognizeActors is a new closure per call). */
const startOf = (x: { a: number }): number => x.a;
const byStart = (x: { a: number }, y: { a: number }): number => x.a - y.a;
const hasMentions = (a: ActorInfo): boolean => a.mentions.length > 0;
const firstMentionStart = (x: ActorInfo): number => x.mentions[0]!.start;
const byFirstMention = (x: ActorInfo, y: ActorInfo): number => x.mentions[0]!.start - y.mentions[0]!.start;

/**
 * `xs.sort(byStart)` (stable), for the lists recognizeActors sorts by start: most arrive in order,
 * or as two ordered runs (pass 5's surnames after pass 4's mentions, in about half the dev
 * stories), and a short list is put in order by insertion, in place, where the builtin sort copied
 * it and called the comparator from outside the optimized code (~2 us a list); a long one (a hostile
 * text: insertion is quadratic) goes to the builtin.
 */
function sortByStart<T extends { a: number }>(xs: T[]): void {
  if (xs.length > 64) {
    if (!sortedBy(xs, startOf)) xs.sort(byStart);
    return;
  }
  for (let k = 1; k < xs.length; k++) {
    const x = xs[k]!;
    let q = k - 1;
    if (xs[q]!.a <= x.a) continue; // (most)
    // (strictly greater ones only move: equal starts keep their order, as the stable sort does)
    while (q >= 0 && xs[q]!.a > x.a) {
      xs[q + 1] = xs[q]!;
      q--;
    }
    xs[q + 1] = x;
  }
}

/** Texts up to this many tokens use the scratch arrays below; longer ones get their own. */
const SCRATCH_MAX = 1 << 16;
const scratch8: Uint8Array[] = [1, 2, 3, 4].map(() => new Uint8Array(1024));
const scratch32: Int32Array[] = [new Int32Array(1024), new Int32Array(1024)];

/** Elements the scratch arrays clear past a text's n tokens (readers look a token or two past the
 * last). */
const SCRATCH_PAD = 16;

/**
 * Per-token arrays that recognizeActors uses only while it runs, reused between calls (a new
 * typed array per call costs more than clearing one), cleared to `fill`: whole buffers, cleared
 * over n + SCRATCH_PAD, not views of n (a new view a call cost twice the clearing, ~6 ms of the
 * profile's 1.8 s for the byte arrays). Only token positions (< n) are written, and a read past
 * them finds the fill, 0 or -1, which every reader takes as "none", as it took the undefined past a
 * view's end (none reads there on the check-identical inputs, a Proxy over the arrays found).
 */
function scratchU8(slot: number, n: number): Uint8Array {
  if (n > SCRATCH_MAX) return new Uint8Array(n);
  let buf = scratch8[slot]!;
  const e = n + SCRATCH_PAD;
  if (buf.length < e) scratch8[slot] = buf = new Uint8Array(Math.max(e, buf.length * 2));
  return buf.fill(0, 0, e);
}
function scratchI32(slot: number, n: number, fill: number): Int32Array {
  if (n > SCRATCH_MAX) return new Int32Array(n).fill(fill);
  const buf = scratchI32Buf(slot, n);
  return buf.fill(fill, 0, n + SCRATCH_PAD);
}
/** As scratchI32, left as the last call left it over n (for a caller that writes each of those
 * first), -1 past it (sentence indices: -1, as undefined, is no sentence). */
function scratchI32Unset(slot: number, n: number): Int32Array {
  if (n > SCRATCH_MAX) return new Int32Array(n);
  const buf = scratchI32Buf(slot, n);
  return buf.fill(-1, n, n + SCRATCH_PAD);
}
function scratchI32Buf(slot: number, n: number): Int32Array {
  let buf = scratch32[slot]!;
  const e = n + SCRATCH_PAD;
  if (buf.length < e) scratch32[slot] = buf = new Int32Array(Math.max(e, buf.length * 2));
  return buf;
}

/** -1s (a packed array of small integers), copied by `minusOnes`. */
let MINUS_ONES: number[] = [];

/**
 * A new array of n -1s: a slice of MINUS_ONES, which copies its elements as a block (filling a new
 * array cost a store per element, in a loop or in Array.prototype.fill's C++).
 */
function minusOnes(n: number): number[] {
  if (n > SCRATCH_MAX) return new Array<number>(n).fill(-1);
  if (MINUS_ONES.length < n) {
    const a: number[] = [];
    for (let k = Math.max(n, MINUS_ONES.length * 2, 1024); k > 0; k--) a.push(-1);
    MINUS_ONES = a;
  }
  return MINUS_ONES.slice(0, n);
}

/**
 * The words passes 3c-3e of recognizeActors start from, in one pass over the tokens: broadcast
 * words, party plurals (their word-set bits), "Trade Representative" (each test reads the token
 * alone). A sentence whose words carry none of those bits is stepped over whole ("representative"
 * is a title head, W_HEAD).
 */
function noteListWords(
  toks: Token[],
  sentences: Sentence[],
  stations: number[],
  parties: number[],
  ustrs: number[],
): void {
  for (let s = 0; s < sentences.length; s++) {
    const S = sentences[s]!;
    if ((S.w & (WordSet.Station | WordSet.PartyPlural | W_HEAD)) === 0) continue; // (most)
    for (let k = S.first === 0 ? 1 : S.first, e = S.last; k < e; k++) {
      const t = toks[k]!;
      const w = t.w;
      const len = t.end - t.start;
      if ((w & (WordSet.Station | WordSet.PartyPlural)) === 0 && len !== 14) continue; // (most)
      if ((w & WordSet.Station) !== 0) stations.push(k);
      if ((w & WordSet.PartyPlural) !== 0 && t.cap && !t.upper) parties.push(k);
      if (len === 14 && k >= 3 && t.text === 'Representative' && toks[k - 1]!.text === 'Trade') ustrs.push(k);
    }
  }
}

/** A tentative span recognizeActors found by pattern (a person, a body, a firm, an outlet): it
 * wins over the lexicon tokens inside it. */
interface Span {
  a: number;
  b: number;
  kind: 'person' | 'organization' | 'company' | 'media';
  name: string;
  role: string | null;
  side: LexRef | null;
  ref: LexRef | null;
  /** A country named inside the span that stays a mention of its own ("the U.S. Trade
   * Representative" is the office and names the United States). */
  inner?: LexMatch;
}

/**
 * Pass 2 of recognizeActors: people introduced by a title, "[U.S.] Trade Representative Robert
 * Lighthizer" (a name ends within its sentence; a sentence with no title head is skipped whole).
 * Pushes a person span for each, marks its role's tokens used (2), its name's in personTokens and,
 * when a body or firm's name runs into the title, the title's in titleTokens. Returns the lexicon
 * bodies whose full name was part of a role (for their short forms), else null. (A function of its
 * own: recognizeActors with every pass inline was near the optimizer's size limit.)
 */
/** Capitalised words that go on a title after its head ("Chief Executive Officer", "Chief
 * Financial Officer"); title heads do too ("Chief Economist", "Chief Justice"). */
const CAP_TITLE_WORDS = new Set([
  'executive',
  'officer',
  'financial',
  'operating',
  'technology',
  'information',
  'investment',
  'commercial',
  'marketing',
  'technical',
]);

/** Styles said before a name after its title ("Shri", "Smt.", "H.E."). */
const NAME_STYLES = new Set(['shri', 'smt', 'shrimati', 'h.e.', 'h.e']);
/** Title heads that are a name's honorific, no part of a title before them ("chairman Sir X"). */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'hon', 'sir', 'lord', 'madam']);

/** End of the capitalised title words from p (at most three, none of a lexicon name): the name,
 * if any, comes after them ("The Chief Executive said" names no one). */
function capTitleEnd(toks: Token[], lexAt: (LexMatch | null)[], p: number, limit: number): number {
  let q = p;
  while (q < limit && q < p + 3) {
    const t = toks[q]!;
    if (t.kind !== TokKind.Word || t.cap !== true || t.upper || lexAt[q]) break;
    if (!CAP_TITLE_WORDS.has(t.lower) && ((t.w & W_HEAD) === 0 || HONORIFICS.has(t.lower))) {
      // "Chief Cabinet Secretary X", "Chief Trade Negotiator X": a title's modifier before another
      // capitalised title head goes on it
      const u = toks[q + 1];
      if (!(TITLE_MODS_TOK.has(t) && isWord(u) && u.cap && !u.upper && !lexAt[q + 1] && (u.w & W_HEAD) !== 0))
        break;
      q++;
    }
    q++;
  }
  return q;
}

/** Words of places' and bodies' names that no person's given or family name is ("Lake Victoria",
 * "Malaba Road", "Busia County"). */
const PLACE_NAME_WORDS = new Set([
  'lake',
  'mount',
  'river',
  'port',
  'cape',
  'fort',
  'island',
  'islands',
  'bay',
  'valley',
  'county',
  'district',
  'province',
  'region',
  'state',
  'city',
  'town',
  'street',
  'road',
  'avenue',
  'market',
  'border',
  'airport',
  'station',
  'square',
  'park',
  'hill',
  'hills',
  'bridge',
  'village',
  'north',
  'south',
  'east',
  'west',
  'central',
  'great',
  'new',
]);
/** Words of firms' names that are no suffix of one ("Acme Farms", "Golden Harvest Mills"). */
const FIRM_NAME_WORDS = new Set([
  'farm',
  'farms',
  'food',
  'foods',
  'dairy',
  'dairies',
  'mill',
  'mills',
  'milling',
  'harvest',
  'trading',
  'traders',
  'exports',
  'imports',
  'logistics',
  'transport',
  'shipping',
  'brewery',
  'breweries',
  'textiles',
  'cement',
  'bank',
  'capital',
  'partners',
  'brothers',
  'sons',
  'enterprises',
  'ventures',
  'estates',
  'plantations',
  'fisheries',
  'energy',
  'mining',
  'minerals',
  'resources',
  'solutions',
  'services',
  'international',
  'global',
  'chartered',
  'standard',
]);
/** The text's lower-case words: a name word among them is a common word ("harvest"), no
 * person's name. (recognizeActors makes it once per text, on the first feature name asked.) */
function lowerWordsOf(toks: Token[]): Set<string> {
  const words = new Set<string>();
  for (const t of toks) if (t.kind === TokKind.Word && !t.cap && !t.upper) words.add(t.lower);
  return words;
}
/** Verbs that firms and banks do, no feature's private person ("Wells Fargo expects ..."). */
const FIRM_VERBS = new Set([
  'expects',
  'forecasts',
  'estimates',
  'predicts',
  'reported',
  'posted',
  'announced',
  'employs',
  'operates',
  'owns',
  'produces',
  'manufactures',
]);
/** Finite verbs a feature's subject opens with ("Moses Okello has parked", "X sells chapati"). */
const FEATURE_AUX = new Set([
  'has',
  'had',
  'is',
  'was',
  'will',
  'would',
  'can',
  'could',
  'does',
  'did',
  'says',
]);
const DASHES = new Set(['-', '\u2013', '\u2014']);

/**
 * Where a feature introduces a private person by name, at [a, a + 2): the name opens its
 * sentence (not the headline), or follows a dateline ("BUSIA - Moses Okello has ...") or an
 * opening phrase with one comma ("At the border market, Halima Nabwire sells ..."); a finite verb
 * follows it ("has", "sells", "parked"); and "he said"/"she said" comes within the next three
 * sentences. Neither word is a place's or firm's word, a stop capital, a title, all capitals or a
 * word the text uses in lower case.
 */
function featurePerson(
  toks: Token[],
  sentences: Sentence[],
  sentOf: Int32Array,
  a: number,
  lowerWords: () => Set<string>,
): boolean {
  const si = sentOf[a]!;
  if (si === 0) return false;
  const s = sentences[si]!;
  for (let k = a; k < a + 2; k++) {
    const t = toks[k]!;
    if (t.upper || PLACE_NAME_WORDS.has(t.lower) || FIRM_NAME_WORDS.has(t.lower) || t.lower.length < 2)
      return false;
    if (PEOPLE_SUFFIX.has(t.lower)) return false;
  }
  if (a !== s.first) {
    const p = toks[a - 1]!;
    if (a - s.first > 10) return false;
    if (DASHES.has(p.text)) {
      // a dateline: a place in capitals, perhaps a comma and a date, then the dash
      if (!toks[s.first]!.upper) return false;
      for (let k = s.first; k < a - 1; k++) {
        const t = toks[k]!;
        if (t.kind === TokKind.Word ? !(t.upper || t.cap) : t.text !== ',' && t.kind !== TokKind.Number)
          return false;
      }
    } else if (p.text === ',') {
      // an opening phrase: a capitalised preposition or adverb, one comma
      const f = toks[s.first]!;
      if (!isWord(f) || !stopCap(f)) return false;
      for (let k = s.first; k < a - 1; k++) if (toks[k]!.text === ',' || toks[k]!.text === '"') return false;
    } else return false;
  }
  const v = toks[a + 2];
  if (!isWord(v) || v.cap || v.upper) return false;
  const w = v.lower;
  const verb =
    FEATURE_AUX.has(w) ||
    (w.length > 3 && w.endsWith('ed')) ||
    (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !stopCap(v));
  if (!verb || FIRM_VERBS.has(w)) return false;
  // ("Wells Fargo has cut its forecast": a body's "its" in the name's own sentence)
  for (let q = a + 3; q < s.last; q++) if (toks[q]!.lower === 'its') return false;
  // ("Golden Harvest sells maize ... the harvest was poor": a common word of the text)
  const lower = lowerWords();
  if (lower.has(toks[a]!.lower) || lower.has(toks[a + 1]!.lower)) return false;
  const lastSent = Math.min(si + 3, sentences.length - 1);
  const end = sentences[lastSent]!.last;
  for (let q = a + 3; q < end; q++) {
    const t = toks[q]!;
    if (t.kind !== TokKind.Word || (t.lower !== 'he' && t.lower !== 'she')) continue;
    if (speechVerb(toks[q + 1]) || speechVerb(toks[q - 1])) return true;
  }
  return false;
}

/** Prepositions of place before which a name opened by `PLACE_LEADS` is a place, not a person. */
const PLACE_LED_PREPS = new Set(['in', 'at', 'from', 'near']);
/** Articles, particles and saints that open places' names ("Le Havre", "Las Palmas", "St Helier"). */
const PLACE_LEADS = new Set([
  'le',
  'la',
  'les',
  'el',
  'los',
  'las',
  'de',
  'den',
  'del',
  'al',
  'san',
  'santa',
  'sao',
  'são',
  'st',
  'saint',
  'sainte',
]);

/** Title heads whose plural before two names joined by "and" gives each name the title
 * ("Presidents Museveni and Kenyatta", "Prime Ministers X and Y"). */
const PLURAL_TITLES = new Set([
  'presidents',
  'premiers',
  'ministers',
  'chancellors',
  'senators',
  'governors',
]);

/** The end of a name of one or two capitalised words at k no lexicon name covers (or -1). */
function plainNameEnd(toks: Token[], lexAt: (LexMatch | null)[], k: number, limit: number): number {
  let q = k;
  while (q < limit && q < k + 2) {
    const t = toks[q]!;
    if (t.kind !== TokKind.Word || t.cap !== true || t.upper || stopCap(t) || headTitle(t) || lexAt[q]) break;
    if (ORG_SUFFIX_TOK.has(t) || COMPANY_SUFFIX_TOK.has(t)) return -1;
    q++;
  }
  return q > k ? q : -1;
}

/**
 * "Presidents Museveni and Kenyatta should sit down", "Prime Ministers Tavita and Rahimov": a
 * capitalised plural title before two names joined by "and" names two people of that title.
 * A name the lexicon knows (a head of state by surname) is its own, with its side; the others
 * become persons with no role and so no side (a role would take the story's home party, and the
 * two are as often of two parties). Pushes spans and marks their tokens; returns the end of the
 * second name, or -1 (pass 3 asks at a capitalised word with the `PluralTitle` bit).
 */
/** The end of a person's name at k that the lexicon or pass 2 already read ("Republican Senators
 * Phil Gramm and ..."), or -1. */
function knownNameEnd(
  lexAt: (LexMatch | null)[],
  personTokens: Uint8Array,
  k: number,
  limit: number,
): number {
  if (personTokens[k]) {
    let q = k;
    while (q < limit && personTokens[q]) q++;
    return q;
  }
  const m = lexAt[k];
  return m && m.a === k && m.hit.ref?.kind === 'person' ? m.b : -1;
}

function pluralTitleAt(
  text: string,
  toks: Token[],
  lexAt: (LexMatch | null)[],
  spans: Span[],
  used: Uint8Array,
  personTokens: Uint8Array,
  h: number,
  limit: number,
): number {
  const t = toks[h]!;
  if (t.upper || !PLURAL_TITLES.has(t.lower) || lexAt[h] || used[h]) return -1;
  const a1 = h + 1;
  const b1 = personTokens[a1] ? -1 : plainNameEnd(toks, lexAt, a1, limit);
  const e1 = b1 > 0 ? b1 : knownNameEnd(lexAt, personTokens, a1, limit);
  if (e1 < 0 || toks[e1]?.lower !== 'and') return -1;
  const a2 = e1 + 1;
  const b2 = personTokens[a2] ? -1 : plainNameEnd(toks, lexAt, a2, limit);
  const e2 = b2 > 0 ? b2 : knownNameEnd(lexAt, personTokens, a2, limit);
  if (e2 < 0 || (isWord(toks[e2]) && toks[e2]!.cap)) return -1;
  for (const [a, b] of [
    [a1, b1],
    [a2, b2],
  ] as const) {
    if (b < 0) continue;
    spans.push({
      a,
      b,
      kind: 'person',
      name: text.slice(toks[a]!.start, toks[b - 1]!.end),
      role: null,
      side: null,
      ref: null,
    });
    for (let k = a; k < b; k++) personTokens[k] = used[k] = 1;
  }
  return e2;
}

function titledPeople(
  text: string,
  toks: Token[],
  sentences: Sentence[],
  sentOf: Int32Array,
  sentCaps: Uint8Array,
  lexAt: (LexMatch | null)[],
  spans: Span[],
  used: Uint8Array,
  personTokens: Uint8Array,
  titleTokens: Uint8Array,
): Set<string> | null {
  let namedInRole: Set<string> | null = null;
  const n = toks.length;
  const headBit = W_HEAD;
  for (let h = 0; h < n; h++) {
    const hs = sentences[sentOf[h]!]!;
    if ((hs.w & headBit) === 0) {
      h = hs.last - 1;
      continue;
    }
    // (the sentence's words without the bit stepped over in a loop of their own, not through
    // the sentence look-up above at each; a non-word carries no bits)
    const he = hs.last;
    while (h < he && (toks[h]!.w & headBit) === 0) h++;
    if (h === he) {
      h = he - 1;
      continue;
    }
    const t = toks[h]!;
    if (t.kind !== TokKind.Word || (t.w & W_HEAD) === 0) continue; // HEAD_TITLES
    if (sentCaps[sentOf[h]!]) continue;
    const lm = lexAt[h];
    if (lm && lm.hit.form === Form.Name && lm.b > h + 1) continue; // inside a lexicon name
    const limit = sentences[sentOf[h]!]!.last;
    let p = h + 1;
    if (p < limit && toks[p]!.text === '.' && !toks[p]!.space) p++; // "Sen." "Rep." "Mr."
    // "Director-General", "Secretary-General": the title goes on over the hyphen
    if (toks[p]?.text === '-' && !toks[p]!.space && toks[p + 1]?.lower === 'general' && !toks[p + 1]!.space)
      p += 2;
    // ("Director General Arthur Dunkel", "Secretary General X": spaced, unless "General" opens a
    // name the lexicon knows)
    else if (toks[p]?.lower === 'general' && toks[p]!.space && !lexAt[p]) p++;
    // "Chief Executive Ivar Lund", "Chief Financial Officer X": capitalised title words go on it
    if (t.cap) p = capTitleEnd(toks, lexAt, p, limit);
    const titleEnd = p;
    const ofAt = p < limit && toks[p]!.lower === 'of' ? p : -1;
    // "Secretary of State George Shultz", "Minister for Trade and Industry X" (twice: "Minister of
    // State for Foreign Trade X")
    // ("Financial Secretary to the Treasury John Moore": a British title's "to the")
    for (
      let rep = 0;
      rep < 2 &&
      p < limit &&
      (toks[p]!.lower === 'of' ||
        toks[p]!.lower === 'for' ||
        (toks[p]!.lower === 'to' && !POSTED_TOK.has(t) && toks[p + 1]?.lower === 'the'));
      rep++
    ) {
      let q = p + 1;
      // ("Minister of Industry, Entrepreneurship and Trade X": a list of portfolios, capitalised
      // after each comma)
      while (
        q < limit &&
        q - p < 8 &&
        (DOMAIN_WORDS_TOK.has(toks[q]) ||
          (toks[q]!.text === ',' &&
            q > p + 1 &&
            toks[q + 1]?.cap === true &&
            DOMAIN_WORDS_TOK.has(toks[q + 1])))
      )
        q++;
      if (q === p + 1) break;
      p = q;
    }
    // "its chief executive, Jane Doe, said": lower-case words that end the title
    while (p < limit && p < h + 3 && isWord(toks[p]) && !toks[p]!.cap && TITLE_TAILS.has(toks[p]!.lower)) p++;
    // "Ambassador to the United States Kirsten Hillman", "ambassador to the EU, Zhang Ming,": the
    // host after a posted title's "to" is part of the role, not the side (roleSide)
    let postedAt = -1;
    if (POSTED_TOK.has(t) && toks[p]?.lower === 'to') {
      const q = toks[p + 1]?.lower === 'the' ? p + 2 : p + 1;
      const hm = lexAt[q];
      const hk = hm?.hit.ref?.kind;
      if (hm && hm.a === q && (hk === 'country' || hk === 'bloc') && hm.hit.form === Form.Name) {
        postedAt = p;
        p = hm.b;
      }
    } else if (POSTED_TOK.has(t) && toks[p]?.lower === 'in') {
      // "Ukraine's ambassador in Ottawa, Yuliya Kovaliv, has been blunt": the post's city, one or
      // two capitalised words, then the name after a comma
      let q = p + 1;
      while (q < limit && q - p <= 2 && isWord(toks[q]) && toks[q]!.cap && !stopCap(toks[q])) q++;
      if (q > p + 1 && toks[q]?.text === ',') {
        postedAt = p;
        p = q;
      }
    }
    // "the Deputy U.S. Trade Representative, Michael Smith, and ...": the name after a comma,
    // when it is a full name (two words or a lexicon person) closed by a comma, a full stop or
    // "and" (not a verb: "Asked about the minister, Acme Motor said ..." is the clause's subject)
    const commaName = p < limit && toks[p]!.text === ',';
    // "the director general of the International Monetary Fund Jane
    // Roe said": a title of a body the lexicon names in full, then a full name with no comma
    // (read from the title's own "of": "of the" before a body is also a domain's "of the")
    let ofBody =
      p < limit && toks[p]!.lower === 'of' ? bodyThenName(toks, lexAt, sentCaps, sentOf, p, limit) : -1;
    if (ofBody < 0 && ofAt >= 0 && ofAt < p)
      ofBody = bodyThenName(toks, lexAt, sentCaps, sentOf, ofAt, limit);
    let np = ofBody >= 0 ? ofBody : commaName ? p + 1 : p;
    // "Republican Senators Phil Gramm of Texas, ...": a plural title after a party's name
    const party = US_PARTIES.has(t.lower);
    if (party && np === p && isWord(toks[np]) && toks[np]!.cap && toks[np]!.lower.endsWith('s'))
      if (HEAD_TITLES.has(toks[np]!.lower.slice(0, -1))) np++;
    // ("Minister of Commerce and Industry Shri Piyush Goyal", "Minister of Economy H.E. Abdulla
    // bin Touq Al Marri": a style before the name is neither title nor name)
    while (np < limit - 1 && NAME_STYLES.has(toks[np]!.lower)) np++;
    let nm = parseName(toks, lexAt, sentCaps, sentOf, np, limit);
    if (!nm) continue;
    // "chair of the Coast Seafood Processors' Association": a plural possessive and a body's head
    // word after the "name" make it part of the body's name
    if (
      !nm.ref &&
      (toks[nm.b]?.text === "'" || toks[nm.b]?.text === '\u2019') &&
      toks[nm.b + 1]?.cap === true &&
      ORG_SUFFIX_TOK.has(toks[nm.b + 1])
    )
      continue;
    // "Chancellor of the Exchequer Nigel Lawson", "Minister of the Interior Jean Dupont": no name
    // comes right after a title's "of the"; the capitalised word there ends the title, and a full
    // name must follow it
    if (
      !nm.ref &&
      ofBody < 0 &&
      !commaName &&
      np === p &&
      p - 2 > h &&
      toks[p - 1]!.lower === 'the' &&
      toks[p - 2]!.lower === 'of'
    ) {
      const nm2 = parseName(toks, lexAt, sentCaps, sentOf, np + 1, limit);
      if (!nm2 || (!nm2.ref && nm2.b - np - 1 < 2)) continue;
      np = p = np + 1;
      nm = nm2;
    }
    // "the House of Representatives Bill": a law, not a person
    if (!nm.ref && nm.b - np === 1 && LAW_WORDS.has(toks[np]!.lower)) continue;
    // a party's name is a title only before a full name ("Alaska Republican Frank Doe", not
    // "the Republican Party")
    if (!nm.ref && nm.b - np === 1 && party) continue;
    if (commaName) {
      const after = toks[nm.b];
      if (!nm.ref && nm.b - np < 2) continue;
      if (!after || !(after.text === ',' || after.text === '.' || after.lower === 'and')) continue;
      // "Nepal's chief negotiator, Commerce Secretary Narayan Shrestha, told ...": a title of its
      // own opens the name after the comma (that title, read next, gives the name)
      let titled = false;
      for (let k = np; k < nm.b - 1 && !titled; k++) titled = headTitle(toks[k]);
      if (titled) continue;
    }
    // "president of the Prairie Growers Association": a name ending in an organisation's head
    // word is the organisation the title serves (pass 3 finds it), not a person
    // ("an official of the Committee for ...": nor is a body's head word alone)
    if (!nm.ref && nm.b - np === 1 && (ORG_PREFIX_TOK.has(toks[np]) || ORG_SUFFIX_TOK.has(toks[np])))
      continue;
    // "American President Lines", "Acme President Corp": a title inside a capitalised run that
    // ends in a firm's word is part of the firm's name (pass 3 reads it), not a person's title
    if (
      !nm.ref &&
      nm.b - np === 1 &&
      COMPANY_SUFFIX_TOK.has(toks[np]) &&
      h > hs.first &&
      isWord(toks[h - 1]) &&
      toks[h - 1]!.cap &&
      !stopCap(toks[h - 1])
    )
      continue;
    if (!nm.ref && nm.b - np >= 2) {
      const lw = toks[nm.b - 1]!.lower;
      if (ORG_SUFFIX.has(lw) || COMPANY_SUFFIX.has(lw)) continue;
    }
    // ("a spokesman for the Sugar Regulatory Administration", "for the Health Ministry": a head
    // word that never makes a name on its own, "Administration", ends the name one word early)
    if (!nm.ref) {
      const nx = toks[nm.b];
      if (isWord(nx) && nx.cap && ORG_SUFFIX_TOK.has(nx) && !lexAt[nm.b]) continue;
    }
    // "lead manager Daiwa Europe Ltd said": a capitalised run going on to a firm's legal form is
    // the firm, not a person
    if (!nm.ref) {
      let firm = false;
      for (let q = nm.b; q < Math.min(limit, nm.b + 3) && isWord(toks[q]) && toks[q]!.cap; q++)
        if (LEGAL_FORMS_TOK.has(toks[q])) firm = true;
      if (firm) continue;
    }
    // Role: walk back over modifiers, countries and demonyms.
    let r = h;
    const s0 = sentences[sentOf[h]!]!.first;
    while (r - 1 >= s0) {
      const pt = toks[r - 1]!;
      const pm = lexAt[r - 1];
      // ("Chinese Vice-Minister Jia Shi": a title word joined by a hyphen, no spaces)
      if (pt.text === '-' && !pt.space && !toks[r]!.space && r - 2 >= s0 && TITLE_MODS_TOK.has(toks[r - 2])) {
        r -= 2;
        continue;
      }
      if (
        pt.kind === TokKind.Word &&
        (TITLE_MODS_TOK.has(pt) ||
          // ("First Deputy Prime Minister")
          (pt.cap && TITLE_ORDINALS.has(pt.lower)) ||
          (pm && pm.hit.ref && (pm.hit.ref.kind === 'country' || pm.hit.ref.kind === 'bloc')))
      ) {
        r = pm ? Math.min(r - 1, pm.a) : r - 1;
        continue;
      }
      if (
        pt.kind === TokKind.Word &&
        pt.cap &&
        !stopCap(pt) &&
        !pm &&
        r - 1 > s0 &&
        h - r < 5 &&
        // ("Chrysler Corp Chairman X": a firm's legal form ends the firm, not a title word)
        !LEGAL_FORMS_TOK.has(pt)
      ) {
        // capitalised title words ("External Trade Relations Commissioner")
        r--;
        continue;
      }
      if (isPossessive(pt) && lexAt[r - 2]?.hit.ref?.kind === 'country') {
        r -= 1;
        continue;
      }
      // "Ukraine's First Deputy Prime Minister and Minister of Economy, Yulia Svyrydenko": two
      // titles joined by "and" are one role
      if (pt.lower === 'and' && h - r < 2 && r - 2 >= s0 && toks[r - 2]!.cap && headTitle(toks[r - 2])) {
        r -= 1;
        continue;
      }
      // "Saskatchewan Premier Grant Devine": a province's or state's name opens the role (and
      // stays an actor of its own: the head of its government speaks for it)
      if (pm && pm.b === r && isProvince(pm)) {
        r = pm.a;
        continue;
      }
      if (pm?.hit.ref?.kind === 'organization' && pm.hit.ref.side && pm.hit.form === Form.Name) {
        r = pm.a; // "MITI vice minister"
      }
      break;
    }
    const isHonorific =
      t.lower === 'mr' ||
      t.lower === 'mrs' ||
      t.lower === 'ms' ||
      t.lower === 'dr' ||
      t.lower === 'hon' || // ("Hon. Salim Mvurya": a Commonwealth member's or minister's style)
      t.lower === 'sir' ||
      t.lower === 'madam';
    const roleStart = r;
    const roleEnd = p > h + 1 && toks[p - 1]!.text !== '.' ? p : h + 1;
    let role = isHonorific
      ? null
      : text.slice(toks[roleStart]!.start, toks[(ofBody >= 0 ? ofBody : roleEnd) - 1]!.end);
    let side = sideWithin(lexAt, roleStart, postedAt >= 0 ? postedAt : roleEnd);
    // "Sir Roy Denman, head of the EC delegation, ...": an honorific's role is the appositive
    if (isHonorific && toks[nm.b]?.text === ',' && isApposHead(toks[nm.b + 1])) {
      let e = nm.b + 1;
      const lim = Math.min(limit, nm.b + 14);
      while (e < lim && toks[e]!.text !== ',' && !speechVerb(toks[e]) && toks[e]!.text !== '.') e++;
      role = text.slice(toks[nm.b + 1]!.start, toks[e - 1]!.end);
      side = roleSide(toks, lexAt, nm.b + 1, e);
    }
    const nameText = nm.ref ? nm.ref.name : text.slice(toks[np]!.start, toks[nm.b - 1]!.end);
    spans.push({ a: np, b: nm.b, kind: 'person', name: nameText, role, side, ref: nm.ref });
    // (a body named after the title's own "of" is an actor of its own: "director of the
    // International Monetary Fund Jane Roe", where domain words ran the title on into it)
    const markEnd = ofBody >= 0 && ofAt >= 0 ? Math.min(roleEnd, ofAt) : roleEnd;
    for (let k = roleStart; k < markEnd; k++) {
      // countries inside a role stay actors; other lexicon matches there ("Trade Representative"
      // as a title) do not, but a body named before the title is an actor of its own too ("U.S.
      // Department of Energy Deputy Administrator X", "MITI vice minister X")
      const m = lexAt[k];
      if (m && m.b <= h && isBodyNameInRole(toks, m)) {
        k = m.b - 1;
        continue;
      }
      if (
        !(
          m?.hit.ref &&
          (m.hit.ref.kind === 'country' || m.hit.ref.kind === 'bloc') &&
          m.hit.form !== Form.Adj
        ) &&
        !(m && isProvince(m))
      ) {
        used[k] = 2;
        // "European Commission President X ... the Commission said": the full name was used
        if (m?.a === k && m.hit.form === Form.Name && m.hit.ref)
          (namedInRole ??= new Set()).add(m.hit.ref.id);
      }
    }
    for (let k = np; k < nm.b; k++) personTokens[k] = 1;
    // ("Board of Foreign Trade Director Jane Doe", "Chrysler Corp Chairman Jane Doe": the title ends
    // the capitalised run of the body or firm before it; "Primary Industries Minister X": role
    // words alone name no body)
    const before = toks[roleStart - 1]?.lower;
    if (before === 'of' || before === 'for' || LEGAL_FORMS.has(before ?? ''))
      for (let k = h; k < titleEnd; k++) titleTokens[k] = 1;
    h = nm.b - 1;
  }
  return namedInRole;
}

/**
 * Finds actors: lexicon entries (longest match), capitals used as metonyms, people by title
 * ("Vice Premier Liu He") and by name shape next to a speech verb, organisations by suffix, and
 * later surname mentions linked to the full name. Linear in the number of tokens.
 */
export function recognizeActors(
  text: string,
  toks: Token[],
  sentences: Sentence[],
  publishedMs: number | null,
): ActorResult {
  const lex = getLexicon();
  const actorFirst = lex.actorFirst;
  const n = toks.length;
  const B = new Builder(text, toks, lex);
  // (left holey: a hole reads as undefined, which every reader takes as "none", as it does null;
  // fill(null) is a call into the runtime's C++)
  const lexAt: (LexMatch | null)[] = new Array<LexMatch | null>(n);
  const used = scratchU8(0, n); // 1 = claimed by an actor/role/non-actor span
  // (not cleared: splitSentences' sentences cover every token, so the loop below writes each)
  const sentOf = scratchI32Unset(0, n);
  const sentCaps = new Uint8Array(sentences.length);
  /** 1 at a token in a lexicon match (pass 1) or a span (pass 4), where pass 4's skip loop stops:
   * one byte read a token there, where `spanAt` and the holey `lexAt` (whose hole read branches
   * out of line) cost ~12 instructions more. */
  const stopAt = scratchU8(3, n);
  for (let s = 0; s < sentences.length; s++) {
    const S = sentences[s]!;
    sentCaps[s] = S.caps ? 1 : 0;
    // (the end in a local: read from S at each step otherwise)
    for (let k = S.first, e = S.last; k < e; k++) sentOf[k] = s;
  }

  // 1. Lexicon matches, greedy longest-first, left to right (a match ends within its sentence;
  // a sentence with no word that starts a lexicon phrase is skipped whole).
  // (the bit in a local: a module's constant is a context load and a check at each token)
  const lexBit = W_LEX;
  for (let s = 0; s < sentences.length; s++) {
    const S = sentences[s]!;
    if ((S.w & lexBit) === 0) continue;
    const last = S.last;
    for (let i = S.first; i < last;) {
      // (the tokens that start no lexicon phrase, most, stepped over in a loop of their own, as in
      // passes 3 and 4; punctuation and numbers carry no bits)
      if ((toks[i]!.w & lexBit) === 0) {
        do i++;
        while (i < last && (toks[i]!.w & lexBit) === 0);
        continue;
      }
      const w = toks[i]!.w;
      // W_LEX: the word starts some lexicon phrase (most words do not: no trie walk; punctuation
      // and numbers carry no bits); and it is one by itself (W_LEXONE) or the next token may go
      // on with one ("the" before "tariffs" may not: ~40% of W_LEX words, "the" alone is ~37%)
      if ((w & W_LEX) !== 0 && ((w & W_LEXONE) !== 0 || (i + 1 < last && mayContinue(toks[i + 1]!)))) {
        const m = matchAt(lex.actors, toks, i, last, sentCaps[s] === 1, actorFirst);
        if (m !== null) {
          // ("Reynolds Metals" in 1985: the surname of a person the lexicon has in office years
          // away, which the emit pass would drop, is a plain word to the passes between)
          if (
            // (a country's name only: placeNameNotState's first test, asked here of every match)
            (m.hit.form !== Form.Name || !placeNameNotState(toks, m, S.first)) &&
            !(m.hit.form === Form.Surname && m.hit.ref && !dateOk(m.hit.ref, publishedMs)) &&
            !(
              m.hit.form === Form.Capital &&
              m.b - m.a === 1 &&
              (givenNameBefore(toks, lexAt, m.a, S.first) ||
                (m.hit.ref?.kind === 'country' && !isProvince(m) && surnameAfter(toks, m.a, last)))
            )
          )
            for (let k = m.a; k < m.b; k++) {
              lexAt[k] = m;
              stopAt[k] = 1;
            }
          i = m.b;
          continue;
        }
      }
      i++;
    }
  }

  // Tentative spans (persons, orgs) that must win over lexicon tokens inside them.
  const spans: Span[] = [];
  const personTokens = scratchU8(1, n);
  /** Title heads of the people pass 2 found: a body's capitalised run ends before them. */
  const titleTokens = scratchU8(2, n);

  // 2. People introduced by a title: "[U.S.] Trade Representative Robert Lighthizer"
  /** Lexicon bodies whose full name was part of a person's role (pass 2), for their short forms. */
  const namedInRole = titledPeople(
    text,
    toks,
    sentences,
    sentOf,
    sentCaps,
    lexAt,
    spans,
    used,
    personTokens,
    titleTokens,
  );

  /** Spans named only as "a spokesman for X" (pass 3): dropped if X is a person's surname. */
  let spokesFor: number[] | null = null;
  /** Lower-case single capitalised words said to speak ("said Wrona, who farms ...", "Wrona
   * said"), found in one pass the first time a name shape asks. */
  let spokenOnes: Set<string> | null = null;
  let textLowerWords: Set<string> | null = null;
  const lowerWordsOfText = (): Set<string> => (textLowerWords ??= lowerWordsOf(toks));
  /** The kind and end of the last list item named after a noun that says what its items are. */
  let listKind: 'company' | 'organization' | null = null;
  let listEnd = -1;
  // 3. Capitalised runs: organisations by suffix/prefix, people by name shape + speech verb.
  // This pass reads every token (outside a run here, inside one below), so it also notes the
  // lower-case ministries for 3b instead of 3b reading every token again.
  const ministryAt: number[] = [];
  for (let i = 0; i < n;) {
    // the tokens that open no run (most), in a loop of their own: the long loop's head, where
    // the compiler keeps much of its state, costs several times as much per token
    // (`t.kind` read directly: the token is there, and `isWord` costs a check of its closure)
    let t = toks[i]!;
    // ("ministry" and "department" start lexicon phrases, "Ministry of Trade": the W_LEX bit before
    // the word's length and text; actors.test.ts pins it)
    // (`cap !== true`, `m != null` and the like in this file's hot paths: a field or array read is
    // of unknown type to the compiler, and its truthiness a generic check of ~12 instructions)
    while (
      t.kind !== TokKind.Word ||
      t.cap !== true ||
      sentCaps[sentOf[i]!] ||
      personTokens[i] ||
      titleTokens[i]
    ) {
      if ((t.w & lexBit) !== 0 && i >= 2 && isMinistryWord(t)) ministryAt.push(i);
      if (++i === n) break;
      t = toks[i]!;
    }
    if (i === n) break;
    // "Drugmaker Merck said ...": a firm noun capitalised only because it opens the sentence is no
    // part of the name; the name after it is read as after "the drugmaker" (nounBefore)
    if (
      i + 1 < n &&
      i === sentences[sentOf[i]!]!.first &&
      initialFirmNoun(t.lower) &&
      toks[i + 1]!.kind === TokKind.Word &&
      toks[i + 1]!.cap === true &&
      // (not "Manufacturers Association of Nigeria", "Exporters Council": the noun opens the name)
      !ORG_SUFFIX_TOK.has(toks[i + 1]) &&
      !COMPANY_SUFFIX_TOK.has(toks[i + 1])
    ) {
      i++;
      continue;
    }
    const limit = sentences[sentOf[i]!]!.last;
    // "Presidents Museveni and Kenyatta should ...", "Prime Ministers X and Y": a plural title
    // (after its capitalised modifiers) before two names
    let pt = i;
    while (pt < i + 3 && pt < limit && toks[pt]!.cap === true && (toks[pt]!.w2 & WordSet2.PluralTitle) === 0)
      pt++;
    if (pt < i + 3 && pt < limit && toks[pt]!.cap === true && toks[pt]!.kind === TokKind.Word) {
      let mods = true;
      for (let k = i; k < pt; k++) if (!TITLE_MODS_TOK.has(toks[k])) mods = false;
      const e = mods ? pluralTitleAt(text, toks, lexAt, spans, used, personTokens, pt, limit) : -1;
      if (e > 0) {
        i = e;
        continue;
      }
    }
    let j = i;
    while (j < limit && j - i < MAX_RUN) {
      const u = toks[j]!;
      // ("a People's Party MP", "a Labour Party MEP": a legislator's title after a party's name
      // is no part of it)
      if (
        j > i &&
        toks[j - 1]!.lower === 'party' && // (the compare before the set look-up)
        LEGISLATOR_ABBREVIATIONS.has(u.text) &&
        !isPossessive(toks[i])
      )
        break;
      // ("Frederic d'Allest, the chairman of ...": a surname with an elided particle goes on a name)
      if (
        isWord(u) &&
        (u.cap === true ||
          (u.upper === true && u.text.length > 1) ||
          (j > i && elidedSurname(u) && !ROMANCE_HEADS.has(toks[j - 1]!.lower))) &&
        !personTokens[j] &&
        !titleTokens[j]
      ) {
        j++;
        if (j < limit && toks[j]!.text === '.' && !toks[j]!.space && COMPANY_SUFFIX_TOK.has(toks[j - 1])) {
          j++;
          // "... and Fujitsu Ltd. They said": the dot also ended the sentence; so before another
          // firm's name with a legal form of its own ("Toshiba Corp. Mita Industrial Co escaped")
          if (stopCap(toks[j]) || (LEGAL_FORMS_TOK.has(toks[j - 2]) && firmNameAt(toks, j, limit))) break;
        }
        continue;
      }
      // "Toshiba Corp and Fujitsu Ltd", "Census Bureau and Bureau of ...": an 'and' after a
      // complete organisation or company name starts another name
      // ("Society of Motor Manufacturers and Traders": one capitalised word closing the run after
      // 'and' is the name's last word, not another name)
      const lastOfRun =
        isWord(toks[j + 1]) &&
        toks[j + 1]!.cap === true &&
        !(isWord(toks[j + 2]) && (toks[j + 2]!.cap === true || connector(toks[j + 2])));
      // ("the Motor and Equipment Manufacturers Association": a suffix word that is the run's first
      // name word is no complete name, only a word of the name that goes on)
      // ("Chamber of Industries and Production": after '<Head> of', the run's one last word goes on)
      const headOfLast =
        lastOfRun &&
        j - i >= 3 &&
        toks[j - 2]!.lower === 'of' &&
        (ORG_PREFIX_TOK.has(toks[j - 3]) || ORG_SUFFIX_TOK.has(toks[j - 3]));
      if (
        u.lower === 'and' &&
        j > i &&
        !headOfLast &&
        (COMPANY_SUFFIX_TOK.has(toks[j - 1]) ||
          (ORG_SUFFIX_TOK.has(toks[j - 1]) && !lastOfRun && !membersThenHead(toks, j - 1))) &&
        (j - 1 > i + 1 || (j - 1 > i && !stopCap(toks[i])))
      )
        break;
      // "U.S. Chamber of Commerce and Amcham Brasil": after a complete '<Head> of <Name>', an 'and'
      // before a name of two words or more starts another organisation
      if (
        u.lower === 'and' &&
        j - i >= 3 &&
        toks[j - 2]!.lower === 'of' &&
        (ORG_PREFIX_TOK.has(toks[j - 3]) || ORG_SUFFIX_TOK.has(toks[j - 3])) &&
        isWord(toks[j + 1]) &&
        toks[j + 1]!.cap &&
        isWord(toks[j + 2]) &&
        toks[j + 2]!.cap &&
        !ofObjectGoesOn(toks, j + 1, limit) &&
        // ("Ministry of Consumer and Commercial Relations": a portfolio's words go on after 'and')
        !domainRunAfter(toks, j + 1, limit)
      )
        break;
      // "the Association of Southeast Asian Nations and China": 'and' before a country or bloc
      // named on its own ("Trinidad and Tobago" is one lexicon name, matched from its first word)
      // ("Canada, Japan and Mitsubishi Corp": so after a country named on its own, before a
      // capitalised name)
      // "led by Simon Reisman for Canada and Peter Murphy for the United States": a name of two or
      // three words after "led by", then "for <Country>", ends at "for" (the next name after
      // "and" is the list's next head)
      if (
        u.lower === 'for' &&
        j - i >= 2 &&
        j - i <= 3 &&
        toks[i - 1]?.lower === 'by' &&
        LED_BY.has(toks[i - 2]?.lower ?? '') &&
        lexAt[j + 1]?.a === j + 1 &&
        lexAt[j + 1]!.hit.ref?.kind === 'country' &&
        (noLexIn(lexAt, i, j) ||
          (lexAt[i]?.a === i && lexAt[i]!.b === j && lexAt[i]!.hit.ref?.kind === 'person'))
      )
        break;
      if (u.lower === 'and' && j > i) {
        const pm = lexAt[i];
        if (
          pm &&
          pm.a === i &&
          pm.b === j &&
          (pm.hit.ref?.kind === 'country' || pm.hit.ref?.kind === 'bloc') &&
          pm.hit.form === Form.Name &&
          !lexAt[j + 1]
        )
          break;
        // ("carmakers such as BYD and Foo": a firm the lexicon knows, whole, ends its run; the
        // name after "and" is the list's next item)
        if (pm && pm.a === i && pm.b === j && pm.hit.ref?.kind === 'company' && pm.hit.form === Form.Name)
          break;
        const nm = lexAt[j + 1];
        const kind = nm?.hit.ref?.kind;
        // ("Union of Banana Producers of Guadeloupe and Martinique": one place after "of" and
        // another closing the run are both in the name)
        const pp = lexAt[j - 1];
        const placePair =
          kind === 'country' &&
          (ORG_PREFIX_TOK.has(toks[i]) || (toks[i]!.lower === 'the' && ORG_PREFIX_TOK.has(toks[i + 1]))) &&
          pp?.b === j &&
          pp.hit.ref?.kind === 'country' &&
          toks[pp.a - 1]?.lower === 'of' &&
          nm!.b === nm!.a + 1 &&
          !(isWord(toks[nm!.b]) && toks[nm!.b]!.cap);
        // (and before a company the lexicon knows: "Acme Foods and Nestle")
        if (
          nm &&
          nm.a === j + 1 &&
          !placePair &&
          (kind === 'country' || kind === 'bloc' || kind === 'company') &&
          nm.hit.form !== Form.Adj
        )
          break;
        // (and before a place's carrier or utility: "Hydro-Quebec and Ontario Hydro")
        if (
          nm &&
          nm.a === j + 1 &&
          ((kind === 'country' && nm.hit.form !== Form.Capital && nm.hit.form !== Form.Non) ||
            isProvince(nm)) &&
          isWord(toks[nm.b]) &&
          toks[nm.b]!.cap &&
          PLACE_FIRM_HEADS.has(toks[nm.b]!.lower)
        )
          break;
      }
      // "the Fiber, Fabric and Apparel Coalition for Trade": after "the" and one word, a comma
      // inside a body's name that lists its members' trades before its head word ("the Textile,
      // Apparel, Footwear and Travel Goods Association": one word after each comma)
      if (
        u.text === ',' &&
        j > i &&
        tradeListSoFar(toks, lexAt, i, j) &&
        !lexAt[j - 1] &&
        commaListName(toks, lexAt, j + 1, limit)
      ) {
        j++;
        continue;
      }
      // "Department for Environment, Food and Rural Affairs", "Ministry of Agriculture, Forestry and
      // Fisheries": a ministry's portfolios listed with commas and "and"
      if (u.text === ',' && j - i >= 3 && ministryOfIn(toks, i, j) && portfolioList(toks, j, limit)) {
        j++;
        continue;
      }
      // "The Federation of German Wholesale, Foreign Trade and Services (BGA)": a body's "<Head> of"
      // name that lists its trades with commas and "and" up to the acronym it defines
      if (u.text === ',' && j - i >= 3) {
        const e = commaListAcronym(toks, lexAt, i, j, limit);
        if (e > 0) {
          j = e;
          break;
        }
      }
      // "China National Cereals, Oils and Foodstuffs Import and Export Corp": a trading firm's name
      // that lists its goods, plural words no lexicon name covers, before its legal form
      if (
        u.text === ',' &&
        j - i >= 2 &&
        !lexAt[j - 1] &&
        toks[j - 1]!.lower.endsWith('s') &&
        !COMPANY_SUFFIX_TOK.has(toks[j - 1]) &&
        !ORG_SUFFIX_TOK.has(toks[j - 1]) &&
        commaListFirm(toks, lexAt, j + 1, limit)
      ) {
        j++;
        continue;
      }
      // hyphenated given names: "Kim Yong-beom", "Yeo Han-koo" (no space either side)
      if (
        u.text === '-' &&
        !u.space &&
        j > i &&
        isWord(toks[j - 1]) &&
        j + 1 < limit &&
        isWord(toks[j + 1]) &&
        !toks[j + 1]!.space &&
        !toks[j + 1]!.cap &&
        // ("the Soviet-led Council ...", "a Paris-based group", "Minneapolis-based Cray Research Inc":
        // a place's compound adjective ends the run; where a firm is based is no part of its name)
        !toks[j + 1]!.lower.endsWith('ed') &&
        !COMPOUND_TAILS.has(toks[j + 1]!.lower)
      ) {
        j += 2;
        continue;
      }
      // "National Cattlemen's Beef Association", "Women's Trade Union League": a plural of people
      // in -men before "'s" inside a capitalised name keeps the name going
      if (
        j > i &&
        isPossessive(u) &&
        isWord(toks[j - 1]) &&
        toks[j - 1]!.cap &&
        !lexAt[j - 1] &&
        toks[j - 1]!.lower.endsWith('men') &&
        j + 1 < limit &&
        isWord(toks[j + 1]) &&
        toks[j + 1]!.cap
      ) {
        j++;
        continue;
      }
      // "Adnan al-Jaburi", "Saud al-Faisal": an Arabic article joined to the surname
      if (j > i && arabicArticle(toks, j) && !personTokens[j + 2]) {
        j += 2;
        continue;
      }
      // "Guillermo de la Dehesa": two lower-case particles before the surname
      if (j > i && isParticle(u) && isWord(toks[j + 1]) && isParticle(toks[j + 1]!) && j + 2 < limit) {
        const e = particlesEnd(toks, j);
        if (e > j && !personTokens[e]) {
          j = e;
          continue;
        }
      }
      // "Aussat Pty Ltd of Australia", "Siemens AG of West Germany": after an abbreviated legal
      // form, "of <country>" says where the firm is from ("Cotton Export Corporation of Pakistan"
      // spells the form out and is the name; a known firm's form before another country names its
      // subsidiary there: "Ford Motor Co of Canada")
      if (
        u.lower === 'of' &&
        j > i &&
        LEGAL_FORMS_TOK.has(toks[j - 1]) &&
        toks[j - 1]!.lower !== 'corporation' &&
        isStateName(lexAt[j + 1]) &&
        lexAt[j + 1]!.a === j + 1 &&
        !abroad(lexAt[j - 1], lexAt[j + 1]!.hit.ref!)
      )
        break;
      // "IPSCO Inc of Regina, Saskatchewan", "Algoma Steel Corp Ltd of Sault Ste Marie": where the
      // firm is, after its legal form, is no part of its name
      if (u.lower === 'of' && firmPlaceOf(toks, lexAt, i, j, limit)) break;
      // "Misr Spinning and Weaving Co of Mahalla el-Kubra": after a firm's abbreviated legal form
      // and three name words or more, "of <Place>" says where the firm is ("Public Service Co of
      // New Mexico", "Aluminum Co of America": a generic name of fewer words keeps its place)
      if (
        u.lower === 'of' &&
        j - i >= 4 &&
        LEGAL_FORMS_TOK.has(toks[j - 1]) &&
        toks[j - 1]!.lower !== 'corporation' &&
        isWord(toks[j + 1]) &&
        toks[j + 1]!.cap &&
        (!lexAt[j + 1] || lexAt[j + 1]!.hit.form === Form.Capital || lexAt[j + 1]!.hit.form === Form.Non) &&
        ownNameWords(toks, i, j - 1) >= 3
      )
        break;
      // "makers, including Poclain of France and J.C. Bamford of Britain": after a plain name of one
      // to three words, with no head word of a body or firm, "of <Country>" (the whole of a country's
      // name, the run's end) says where the firm is from
      // ("led by Mines de Potasse d'Alsace of France and ...": a name in another language, its
      // particles in lower case, up to five words)
      if (
        u.lower === 'of' &&
        j > i &&
        j - i <= 5 &&
        lexAt[j + 1]?.a === j + 1 &&
        isStateName(lexAt[j + 1]) &&
        !(isWord(toks[lexAt[j + 1]!.b]) && toks[lexAt[j + 1]!.b]!.cap) &&
        plainFirmWords(toks, lexAt, i, j, j - i > 3)
      )
        break;
      if (
        isWord(u) &&
        connector(u) &&
        !u.cap &&
        // ("Committee on Farm Trade"; "by Acme Corp on Long March rockets" ends at the firm)
        // ("the Acme Group on Monday": no day or month after it)
        (u.lower !== 'on' || onBody(toks, j)) &&
        j + 1 < limit &&
        isWord(toks[j + 1]) &&
        toks[j + 1]!.cap &&
        !personTokens[j + 1]
      ) {
        if (isMinistryWord(u) && j >= 2) ministryAt.push(j); // (no connector is one today)
        j++;
        continue;
      }
      // "Chambre Syndicale des Importateurs d'Automobiles et de Motocycles", "Federation Nationale
      // des Syndicats d'Exploitants Agricoles": a Romance name goes on through an elided "of"
      // ("d'", "dell'") before a capital and through "et de" / "y de" before a capitalised word
      if (j > i && isWord(u) && !u.cap && romanceElided(u.text)) {
        j++;
        continue;
      }
      if (
        j > i &&
        (u.w2 & WordSet2.RomanceAnd) !== 0 &&
        ROMANCE_OF.has(toks[j + 1]?.lower ?? '') &&
        j + 2 < limit &&
        isWord(toks[j + 2]) &&
        toks[j + 2]!.cap
      ) {
        j += 2;
        continue;
      }
      // "Federation of the Swiss Watch Industry": 'of the' after a body's head word, then a
      // capitalised name that ends in a head word of its own, stays one name
      // ("Committee for the Implementation of Textile Agreements": after 'for the', the body's
      // purpose, a capitalised name that may go on with 'of')
      if (
        (u.lower === 'of' || u.lower === 'for') &&
        j > i &&
        toks[j + 1]?.lower === 'the' &&
        !toks[j + 1]!.cap &&
        (ORG_PREFIX_TOK.has(toks[j - 1]) ||
          ORG_SUFFIX_TOK.has(toks[j - 1]) ||
          // ("Conference of Presidents of the Chambers of ...": a run opened by a body's head word)
          (u.lower === 'of' &&
            j - i <= 5 &&
            (ORG_PREFIX_TOK.has(toks[i]) ||
              (toks[i]!.lower === 'the' && ORG_PREFIX_TOK.has(toks[i + 1]))))) &&
        (u.lower === 'of' ? ofTheNameEnd(toks, j + 2, limit) : forTheNameEnd(toks, lexAt, j + 2, limit)) >
          j + 2 &&
        // ("the Animal and Plant Health Inspection Service of the U.S. Department of Agriculture": a
        // body the lexicon knows after "of the" is the parent, and the run ends before it)
        !(u.lower === 'of' && j - i >= 2 && parentBodyAt(lexAt, j + 2))
      ) {
        j += 2;
        continue;
      }
      // "United Coconut Association of the Philippines": a lobby's or body's head word (not a
      // government's: "the Embassy of the United States") before "of the <Country>" keeps the
      // country in its name
      if (
        u.lower === 'of' &&
        j - i >= 2 &&
        toks[j + 1]?.lower === 'the' &&
        !toks[j + 1]!.cap &&
        ((ORG_SUFFIX_TOK.has(toks[j - 1]) && !GOV_ORG_HEADS.has(toks[j - 1]!.lower)) ||
          OF_THE_HEADS.has(toks[j - 1]!.lower)) &&
        lexAt[j + 2]?.a === j + 2 &&
        lexAt[j + 2]!.hit.form === Form.Name &&
        // ("Confederation of the Food and Drink Industries of the EEC": or a bloc)
        (lexAt[j + 2]!.hit.ref?.kind === 'country' || lexAt[j + 2]!.hit.ref?.kind === 'bloc')
      ) {
        j += 2;
        continue;
      }
      // "Fresh Produce Association of the Americas": so does one capitalised word of a region the
      // lexicon does not know, ending the name
      if (
        u.lower === 'of' &&
        j - i >= 2 &&
        toks[j + 1]?.lower === 'the' &&
        !toks[j + 1]!.cap &&
        ORG_SUFFIX_TOK.has(toks[j - 1]) &&
        !GOV_ORG_HEADS.has(toks[j - 1]!.lower) &&
        isWord(toks[j + 2]) &&
        toks[j + 2]!.cap &&
        !stopCap(toks[j + 2]!) &&
        !lexAt[j + 2] &&
        !(isWord(toks[j + 3]) && toks[j + 3]!.cap) &&
        j + 3 <= limit
      ) {
        j += 3;
        break;
      }
      // ("Copa-Cogeca", "Procter & Gamble"; a dash with spaces either side ends the run: "BRUSSELS -
      // The European Union", a dateline)
      if (
        (u.text === '&' || (u.text === '-' && !(u.space && toks[j + 1]?.space))) &&
        j + 1 < limit &&
        isWord(toks[j + 1]) &&
        toks[j + 1]!.cap
      ) {
        j++;
        continue;
      }
      // "the National Cattlemen's Association": an irregular plural's possessive before an
      // organisation's head word (not a country's or a known body's: "Japan's Federation of ...")
      if (
        j > i &&
        isPossessive(u) &&
        !lexAt[j - 1] &&
        (toks[j - 1]!.lower.endsWith('men') || toks[j - 1]!.lower === 'people') &&
        j + 1 < limit &&
        isWord(toks[j + 1]) &&
        toks[j + 1]!.cap &&
        ORG_SUFFIX_TOK.has(toks[j + 1])
      ) {
        j++;
        continue;
      }
      // "Manufacturers' Association": a plural possessive inside a name
      if (
        (u.text === "'" || u.text === '\u2019') &&
        j > i &&
        toks[j - 1]!.lower.endsWith('s') &&
        !u.space &&
        j + 1 < limit &&
        isWord(toks[j + 1]) &&
        toks[j + 1]!.cap
      ) {
        j++;
        continue;
      }
      break;
    }
    // "the China National Native Produce and Animal By-Products Import and Export Corp": a state
    // trading firm's long name after "the" runs on to its legal form
    if (j - i >= MAX_RUN) {
      const e = longFirmEnd(toks, i, j, limit);
      if (e < 0) {
        // Absurdly long capitalised stretch (a list, a title in caps): not a name; move on linearly.
        i = j;
        continue;
      }
      j = e;
    }
    // trim leading stop words ("The", "But", months)
    let a = i;
    // (stopCap || connector by their bits, written out: the calls stopped being inlined here once
    // the run code grew, and this runs for every capitalised run)
    while (
      a < j &&
      ((toks[a]!.w & (W_STOP | W_CONN)) !== 0 || toks[a]!.text === '&') &&
      // "Jan Viljoen": the month's short form as a given name; "the All Pakistan Textile Mills
      // Association", "All Nippon Airways": "All" before a country's name opens a body's name
      !givenJan(toks, a) &&
      !(toks[a]!.text === 'All' && lexAt[a + 1]?.a === a + 1 && isStateName(lexAt[a + 1]) && j - a >= 3) &&
      // "the conservative People Power Party": "People" inside a sentence opens a body's name of
      // three words or more ("People familiar with the talks" opens a sentence)
      !(toks[a]!.text === 'People' && peopleOpensBody(toks, a, j)) &&
      // "Ministry of Foreign Economic Relations and Trade": the head word of an "X of <Name>" body
      // stays (a bare "Ministry" or "The" before a name does not)
      // (the position test first: most runs are short, and the set lookup last)
      !(a + 2 < j && toks[a + 2]!.cap && toks[a + 1]!.lower === 'of' && ORG_PREFIX_TOK.has(toks[a])) &&
      // "Du Pont Co", "De Beers": a capitalised name particle opens the name
      !(
        toks[a]!.cap === true &&
        toks[a]!.upper !== true &&
        (toks[a]!.w & WordSet.NameParticle) !== 0 && // (NAME_PARTICLES)
        a + 1 < j &&
        toks[a + 1]!.cap
      ) &&
      // "Taiwan's Government Information Office": "Government" after a country's possessive opens
      // the name of a body of that government ("the Government said" stays no name)
      !(toks[a]!.lower === 'government' && governmentOpens(toks, lexAt, a, j)) &&
      // "New Mexico Potash Corp": "New" before a country's name is part of another place's name;
      // "New Democratic Party": and it opens a name of two more words ending in a body's head word
      // ("New Zealand Railways": and it opens a country's own name)
      !(
        toks[a]!.text === 'New' &&
        ((lexAt[a + 1]?.a === a + 1 && lexAt[a + 1]!.hit.ref?.kind === 'country') ||
          (lexAt[a]?.a === a && lexAt[a]!.b > a + 1 && lexAt[a]!.hit.ref?.kind === 'country') ||
          (j - a >= 3 && toks[j - 1]!.cap && ORG_SUFFIX_TOK.has(toks[j - 1])))
      )
    )
      a++;
    let b = j;
    while (
      b > a &&
      (toks[b - 1]!.kind !== TokKind.Word || (toks[b - 1]!.w & W_CONN) !== 0 || toks[b - 1]!.text === '&')
    )
      b--;
    // "signed by Mayer and Zheng Tuobin, China's Minister of ...": two people joined by 'and'; the
    // name after it, which a titled appositive marks, is read on its own
    if (b - a >= 4) {
      const x = personAfterAnd(toks, lexAt, a, b, limit);
      if (x > a) a = x;
    }
    if (b - a >= 1) {
      // the run is exactly one lexicon entry: nothing to add
      const lm = lexAt[a];
      const whole = lm != null && lm.a === a && lm.b >= b;
      let lastWord = b - 1;
      if (toks[lastWord]!.text === '.') lastWord--;
      const last = toks[lastWord]!.lower;
      const firstLower = toks[a]!.lower;
      // a plain loop, not a closure: a closure over a and b would make every pass of this
      // per-token loop allocate a context for them (~13 KB per Reuters story)
      let hasOfFor = false;
      for (let k = a + 1; k < b && !hasOfFor; k++)
        if (toks[k]!.lower === 'of' || toks[k]!.lower === 'for' || romanceOfAt(toks, k, a) || onBody(toks, k))
          hasOfFor = true;
      // "Eduardo Bolsonaro", "Ivanka Trump": another given name before a lexicon person's surname
      // is a relative of theirs, not them
      const lastLm = lexAt[b - 1];
      const kinName =
        b - a === 2 &&
        lastLm?.hit.form === Form.Surname &&
        lastLm.a === b - 1 &&
        !lexAt[a] &&
        isWord(toks[a]) &&
        toks[a]!.cap &&
        !toks[a]!.upper &&
        !stopCap(toks[a]) &&
        !headTitle(toks[a]);
      let lexInside = false;
      // a one-word body the lexicon knows that opens another body's name (gives it no side)
      let nonInside = false;
      // the first token no country or bloc name covers ("The U.S. House Agriculture Committee")
      let firstOwn = a;
      while (firstOwn < b && isStateName(lexAt[firstOwn])) firstOwn++;
      // "Congress of Deputies", "Council of Forest Industries": a one-word body the lexicon knows,
      // then "of" and a name of its own, opens another body (as in the lexicon pass below), and
      // gives it no side
      const fm = lexAt[firstOwn];
      const otherBody =
        fm != null &&
        fm.a === firstOwn &&
        fm.b === firstOwn + 1 &&
        fm.hit.ref?.kind === 'organization' &&
        toks[firstOwn + 1]?.lower === 'of' &&
        firstOwn + 2 < b &&
        toks[firstOwn + 2]!.cap &&
        !lexAt[firstOwn + 2]
          ? firstOwn
          : -1;
      // "Kenya Railways", "Ontario Hydro": a place's name (a country, its demonym, a province) and
      // one firm word of a carrier or utility name the place's firm
      const placeFirm =
        b - a >= 2 &&
        lm !== null &&
        lm !== undefined &&
        lm.a === a &&
        lm.b === lastWord &&
        lastWord === b - 1 &&
        toks[lastWord]!.cap &&
        PLACE_FIRM_HEADS.has(last) &&
        ((lm.hit.ref?.kind === 'country' && lm.hit.form !== Form.Capital && lm.hit.form !== Form.Non) ||
          isProvince(lm));
      // "Greenpeace Switzerland", "Amcham Brasil": a lobby the lexicon knows, then a country
      const branch = branchAt(lexAt, a, b);
      const subsidiary = branch !== null ? null : subsidiaryAt(toks, lexAt, a, b);
      for (let k = a; k < b; k++) {
        const m = lexAt[k];
        if (m != null && !(kinName && k === b - 1)) {
          if (m.hit.form === Form.Non) {
            // "Pacific Seafood Processors Association", "Silicon Valley Leadership Group": a place
            // that opens a name of two more words ending in an organisation's head word is part of it
            // ("North Atlantic Fisheries Task Force": after a compass word too)
            // ("Asia Satellite Telecommunications Co", "China Great Wall Industry Corp": a firm's
            // too, and after the country that names it)
            // ("Northwest Atlantic Fisheries Organization": so after any words of the name's own
            // that no lexicon name covers)
            // ("Bank of New York", "Federal Reserve Bank of Chicago": a place closing the name after
            // a body's head word and "of" is where the body is, as a country is)
            if (!(
              ((m.a === a || m.a === firstOwn || noLexIn(lexAt, a, m.a)) &&
                b - m.b >= 2 &&
                (ORG_SUFFIX.has(last) || COMPANY_SUFFIX.has(last))) ||
              // ("South Pacific Forum", "the North Atlantic Council": a compass word and a sea or
              // region, then one head word of a body)
              (m.a === a + 1 &&
                COMPASS_WORDS.has(toks[a]!.lower) &&
                b - m.b === 1 &&
                ORG_SUFFIX.has(last) &&
                !PEOPLE_SUFFIX.has(last)) ||
              (m.b === b &&
                m.a - a >= 2 &&
                toks[m.a - 1]!.lower === 'of' &&
                (ORG_PREFIX_TOK.has(toks[m.a - 2]) || ORG_SUFFIX_TOK.has(toks[m.a - 2])))
            ))
              nonInside = true;
          } else if (
            m.hit.form !== Form.Adj &&
            // "R.J. Reynolds Tobacco Co": a known person's surname in a firm's name with its legal form
            !(m.hit.form === Form.Surname && LEGAL_FORMS.has(last)) &&
            !(m.hit.ref !== null && (m.hit.ref.kind === 'country' || m.hit.ref.kind === 'bloc')) &&
            // "Council of Forest Industries of British Columbia": a capital or province after "of"
            // inside a longer name is where the body is, as a country is (each of its words:
            // "British Columbia" is two)
            !(m.hit.form === Form.Capital && m.a - a >= 2 && toks[m.a - 1]!.lower === 'of') &&
            // "House Ways and Means Committee", "Senate Finance Committee": a one-word body that
            // opens a longer name ending in an organisation's head word is part of that name
            // ("British Columbia Raspberry Growers Association": so is a province of two words)
            !(
              m.a === firstOwn &&
              (m.b === m.a + 1 || isProvince(m)) &&
              b - m.b >= 2 &&
              m.hit.ref?.kind === 'organization' &&
              ORG_SUFFIX_TOK.has(toks[b - 1])
            ) &&
            k !== otherBody &&
            !placeFirm &&
            // "Federal Reserve Bank of New York": a body the lexicon knows by a name with no head
            // word of its own, then such a head word and "of <Name>", opens another body's name
            // ("the Commerce Department Bureau of Export Administration" names a bureau after its
            // department, two bodies)
            !(
              m.a === firstOwn &&
              !ORG_PREFIX_TOK.has(toks[m.b - 1]) &&
              !ORG_SUFFIX_TOK.has(toks[m.b - 1]) &&
              m.hit.form === Form.Name &&
              m.hit.ref?.kind === 'organization' &&
              m.b + 2 < b &&
              !lexAt[m.b] &&
              toks[m.b]!.cap &&
              (ORG_PREFIX_TOK.has(toks[m.b]) || ORG_SUFFIX_TOK.has(toks[m.b])) &&
              toks[m.b + 1]!.lower === 'of'
            ) &&
            // "the National Foreign Investment Commission": a word that names a known body only
            // once its full name was used ("the Commission") closes a longer name, two words or
            // more the lexicon does not know, whose head word it is ("the Trade Commission's
            // ruling" is more likely a short form of a body named before)
            // ("the Canadian Grain Commission": so after a country's demonym and a word of its own)
            !(
              m.hit.form === Form.After &&
              k === b - 1 &&
              ((k - a >= 2 && noLexIn(lexAt, a, k)) ||
                // ("the ECOWAS Commission": right after another bloc's name, that bloc's body)
                (lexAt[a]?.b === k &&
                  lexAt[a]!.hit.form === Form.Name &&
                  lexAt[a]!.hit.ref?.kind === 'bloc' &&
                  m.hit.ref?.side !== lexAt[a]!.hit.ref?.id) ||
                (k - a >= 2 &&
                  lexAt[a]?.b === a + 1 &&
                  lexAt[a]!.hit.form === Form.Adj &&
                  lexAt[a]!.hit.ref?.kind === 'country' &&
                  noLexIn(lexAt, a + 1, k)) ||
                // ("the U.S. Federal Maritime Commission": so after a country's name, which
                // says whose body it is)
                (k - firstOwn >= 2 &&
                  firstOwn > a &&
                  lexAt[a]?.hit.ref?.kind === 'country' &&
                  noLexIn(lexAt, firstOwn, k)))
            ) &&
            // "Hyundai Heavy Industries", "Mitsubishi Electric Corp", "Daiwa Securities Research
            // Institute": a firm's name the lexicon knows opens another firm's or body's name when
            // two more words end in a company's or body's head word
            !(
              m.a === firstOwn &&
              b - m.b >= 2 &&
              m.hit.ref?.kind === 'company' &&
              (COMPANY_SUFFIX_TOK.has(toks[b - 1]) || ORG_SUFFIX_TOK.has(toks[b - 1]))
            ) &&
            // "Canadian Labour Congress", "American Maritime Congress": a demonym and a word of its
            // own before "Congress" name a body of that country, not the U.S. Congress (which is
            // never "American <word> Congress")
            !(
              k === b - 1 &&
              k - a >= 2 &&
              m.hit.ref?.id === 'us:congress' &&
              lexAt[a]?.hit.form === Form.Adj &&
              lexAt[a]!.hit.ref?.kind === 'country'
            ) &&
            branch === null &&
            subsidiary === null
          )
            lexInside = true;
        }
      }
      // organisation head: last word a suffix ("... Council", "... Corp"), or a head word followed
      // by of/for ("Bank of Thailand", "Canola Council of Canada")
      // ("J. Thomas and Co", "Goldman Sachs and Co": a legal form after "and" closes a firm's name)
      let suffixOrg =
        b - a >= 2 &&
        (ORG_SUFFIX.has(last) || COMPANY_SUFFIX.has(last)) &&
        (!stopCap(toks[b - 2]) || (b - a >= 3 && toks[b - 2]!.lower === 'and' && LEGAL_FORMS.has(last)));
      if (!suffixOrg && b === j && centreBody(toks, a, b)) suffixOrg = true;
      // "Deutscher Bauernverband", "Verband der Automobilindustrie": a German or Nordic compound
      // whose last part is a body's head ("-verband", "-kammer", "-forbundet")
      if (!suffixOrg && b - a >= 2 && germanicBodyIn(toks, a, b)) suffixOrg = true;
      // "Grain Producers Australia", "Statistics Canada": a head word, then the country
      const lastRef = lexAt[b - 1]?.hit.ref;
      if (!suffixOrg && b - a >= 2 && lastRef?.kind === 'country' && lexAt[b - 1]!.a > a) {
        const ca = lexAt[b - 1]!.a;
        const before = toks[ca - 1]!.lower;
        if (ORG_SUFFIX.has(before)) suffixOrg = true;
        // "Specialty Steel Industry of the United States": an industry's or a body's head word,
        // then "of the <Country>"
        const head =
          ca - a >= 4 && before === 'the' && toks[ca - 2]!.lower === 'of' ? toks[ca - 3]!.lower : '';
        if (head && (head === 'industry' || head === 'industries' || ORG_SUFFIX.has(head))) suffixOrg = true;
      }
      // "The U.S. House Agriculture Committee": the body's name starts at the chamber; the country
      // before it stays its own mention and gives the side
      let leadSide: LexRef | null = null;
      if (
        suffixOrg &&
        firstOwn > a &&
        firstOwn < b - 2 &&
        lexAt[firstOwn]?.hit.ref?.kind === 'organization'
      ) {
        const fm = lexAt[firstOwn]!;
        if (fm.a === firstOwn && fm.b === firstOwn + 1 && lexAt[a]!.hit.form !== Form.Adj) {
          leadSide = sideWithin(lexAt, a, firstOwn);
          a = firstOwn;
        }
      }
      // "The U.S. Federal Maritime Commission": a federal body's name never includes its
      // country's, which names the side ("Canadian Federal ...": a demonym stays in the name)
      if (
        suffixOrg &&
        firstOwn > a &&
        firstOwn < b - 2 &&
        toks[firstOwn]!.lower === 'federal' &&
        lexAt[a]?.hit.ref?.kind === 'country' &&
        lexAt[a]!.hit.form !== Form.Adj &&
        !lexAt[firstOwn]
      ) {
        leadSide = sideWithin(lexAt, a, firstOwn);
        a = firstOwn;
      }
      let nk = -1;
      let whichKind: 'company' | 'organization' | null = null;
      let mediaEnd = -1;
      let apposKind: 'company' | 'organization' | null = null;
      // a company the lexicon knows may open or go on a list of companies ("producers, including
      // Acme, Apex ...")
      if (whole && lm.hit.ref?.kind === 'company' && a === i) {
        if ((listKind === 'company' && listGoesOn(toks, a, listEnd)) || nounBefore(toks, a, b, used) >= 0) {
          listKind = 'company';
          listEnd = lm.b;
        }
      }
      // "the Ways and Means committee", "the Senate Finance subcommittee": a lower-case committee
      // after a capitalised name of two words or more
      const lowHead = toks[b];
      if (
        !suffixOrg &&
        !whole &&
        !nonInside &&
        b === j &&
        b - firstOwn >= 2 &&
        isWord(lowHead) &&
        !lowHead.cap &&
        (lowHead.lower === 'committee' || lowHead.lower === 'subcommittee')
      ) {
        let clean = true;
        for (let k = firstOwn; k < b; k++)
          if (
            (stopCap(toks[k]) && !connector(toks[k])) ||
            headTitle(toks[k]) ||
            personTokens[k] ||
            (lexAt[k] && k > firstOwn)
          )
            clean = false;
        if (clean) {
          const name = text.slice(toks[firstOwn]!.start, lowHead.end);
          const side = sideWithin(lexAt, a, firstOwn);
          spans.push({ a: firstOwn, b: b + 1, kind: 'organization', name, role: null, side, ref: null });
          for (let k = firstOwn; k <= b; k++) used[k] = 1;
          i = b + 1;
          continue;
        }
      }
      // "Deutsche Airbus", "Shanghai Volkswagen": a capitalised word of its own before a firm the
      // lexicon knows names another firm (a national partner, a joint venture), not that firm
      // (not at a sentence's start: "Rival Boeing said ...")
      if (
        lexInside &&
        !nonInside &&
        b - a === 2 &&
        a > sentences[sentOf[a]!]!.first &&
        partnerFirm(toks, lexAt, a, used) &&
        !personTokens[a]
      ) {
        const name = text.slice(toks[a]!.start, toks[b - 1]!.end);
        spans.push({ a, b, kind: 'company', name, role: null, side: null, ref: null });
        for (let k = a; k < b; k++) used[k] = 1;
        i = j > i ? j : i + 1;
        continue;
      }
      // "Siemens Healthineers said": a firm the lexicon knows, then a name part of its own, is
      // another firm where it speaks or says what it does (not "the Toyota Camry")
      if (lexInside && !nonInside && firmNamePart(toks, lexAt, a, b, used)) {
        const name = text.slice(toks[a]!.start, toks[b - 1]!.end);
        spans.push({ a, b, kind: 'company', name, role: null, side: null, ref: null });
        for (let k = a; k < b; k++) used[k] = 1;
        i = j > i ? j : i + 1;
        continue;
      }
      if (subsidiary) {
        const name = text.slice(toks[a]!.start, toks[b - 1]!.end);
        spans.push({ a, b, kind: 'company', name, role: null, side: subsidiary, ref: null });
        for (let k = a; k < b; k++) used[k] = 1;
        i = j > i ? j : i + 1;
        continue;
      }
      if (branch && !suffixOrg) {
        const name = text.slice(toks[a]!.start, toks[b - 1]!.end);
        spans.push({ a, b, kind: 'organization', name, role: null, side: branch, ref: null });
        for (let k = a; k < b; k++) used[k] = 1;
        i = j > i ? j : i + 1;
        continue;
      }
      let prefixOrg = false;
      let firmHead = false;
      if (!suffixOrg && hasOfFor) {
        for (let k = a; k < b - 2; k++) {
          const lw = toks[k]!.lower;
          const nx = toks[k + 1]!.lower;
          // ("Cotton Export Corporation of Pakistan": a firm's legal form before "of" too)
          if (
            ((ORG_PREFIX.has(lw) || ORG_SUFFIX.has(lw) || LEGAL_FORMS.has(lw)) &&
              (nx === 'of' || nx === 'for')) ||
            // "Printing Industries of America": a firm's head word, then "of" and the country
            (COMPANY_SUFFIX.has(lw) && nx === 'of' && k + 3 === b && isStateName(lexAt[k + 2])) ||
            (ROMANCE_HEADS.has(lw) &&
              (romanceOfAt(toks, k + 1, a) || (toks[k + 1]!.cap && romanceOfAt(toks, k + 2, a)))) ||
            onBody(toks, k + 1)
          ) {
            prefixOrg = true;
            firmHead = LEGAL_FORMS.has(lw);
            break;
          }
        }
        // ("Banque d'Affaires": a Romance head word and an elided "of" with its name in one token)
        if (b - a === 2 && ROMANCE_HEADS.has(firstLower) && romanceElided(toks[a + 1]!.text))
          prefixOrg = true;
      }
      // "Shares of Acme Corp": a sentence-initial word joined by "of" is not part of the name
      if (
        (suffixOrg || prefixOrg) &&
        a === sentences[sentOf[a]!]!.first &&
        b - a >= 4 &&
        toks[a + 1]!.lower === 'of' &&
        !ORG_PREFIX.has(firstLower) &&
        !ORG_SUFFIX.has(firstLower)
      ) {
        a += 2;
        suffixOrg = suffixOrg && b - a >= 2;
        prefixOrg = prefixOrg && b - a >= 3;
      }
      // "said Jim Doe of Acme Corp": after a speech verb, two name words before "of" are the
      // speaker, and the organisation starts after "of"; so at a clause's start when what follows
      // "of" ends in an organisation's or firm's head word ("James Doe of Acme Bank was not so sure")
      if (
        (suffixOrg || prefixOrg) &&
        b - a >= 4 &&
        (speechVerb(toks[a - 1]) ||
          (suffixOrg &&
            (a === sentences[sentOf[a]!]!.first || toks[a - 1]!.text === ',') &&
            !COMPANY_SUFFIX_TOK.has(toks[a + 1]) &&
            (toks[a]!.w & W_HEAD) === 0)) &&
        toks[a + 2]!.lower === 'of' &&
        !lexAt[a] &&
        !lexAt[a + 1] &&
        !ORG_PREFIX.has(firstLower) &&
        !ORG_SUFFIX_TOK.has(toks[a + 1]) &&
        !(lexAt[a + 3]?.hit.ref?.kind === 'country') // "Richardson Greenshields of Canada Ltd"
      ) {
        spans.push({
          a,
          b: a + 2,
          kind: 'person',
          name: text.slice(toks[a]!.start, toks[a + 1]!.end),
          role: null,
          side: null,
          ref: null,
        });
        personTokens[a] = personTokens[a + 1] = 1;
        a += 3;
        suffixOrg = suffixOrg && b - a >= 2;
        // "... of First National Bank of Chicago": the rest may still be "<head> of <name>"
        prefixOrg = false;
        for (let k = a; k < b - 2 && !prefixOrg; k++)
          if (
            (ORG_PREFIX_TOK.has(toks[k]) || ORG_SUFFIX_TOK.has(toks[k])) &&
            (toks[k + 1]!.lower === 'of' || toks[k + 1]!.lower === 'for')
          )
            prefixOrg = true;
      }
      // "U.S. Technology exports": a company needs a name of its own besides country and suffix
      // ("U.S. International obligations": nor may "International" be the only word besides it)
      if (suffixOrg && (COMPANY_SUFFIX.has(last) || PEOPLE_SUFFIX.has(last) || last === 'international')) {
        let own = false;
        for (let k = a; k < lastWord; k++) if (!lexAt[k] && toks[k]!.kind === TokKind.Word) own = true;
        // "British Steel's owner", "Korean Air said": a demonym and a company suffix that own
        // something or speak are a firm's name (not "U.S. Technology exports")
        if (placeFirm) own = true;
        if (
          !own &&
          COMPANY_SUFFIX.has(last) &&
          lexAt[a]?.hit.form === Form.Adj &&
          lexAt[a]!.b === lastWord &&
          (isPossessive(toks[b]) || speechVerb(toks[b]))
        )
          own = true;
        if (!own) suffixOrg = false;
      }
      // ("the Communist Party daily Granma": a body named as an outlet's owner describes the
      // outlet, which the media noun names next, and is no party to the story)
      if (!whole && !nonInside && !lexInside && (suffixOrg || prefixOrg) && !ownerOfOutlet(toks, b)) {
        // ("Association of Computer and Peripheral Equipment Industries": a body's head before "of"
        // outranks a firm's suffix word at the end, unless that is a legal form)
        const kind =
          LEGAL_FORMS.has(last) ||
          (COMPANY_SUFFIX.has(last) && !headOf(toks, a, b)) ||
          (prefixOrg && firmHead)
            ? 'company'
            : 'organization';
        // "yards such as Hyundai Heavy Industries and Daewoo Shipbuilding": a firm named after a
        // noun for firms opens a list, as a firm the lexicon knows does
        if (
          kind === 'company' &&
          a === i &&
          ((listKind === 'company' && listGoesOn(toks, a, listEnd)) || nounBefore(toks, a, b, used) >= 0)
        ) {
          listKind = 'company';
          listEnd = b;
        }
        // "American Chamber of Commerce in Indonesia", "European Business Group in India": a
        // body abroad is named with its host country (a firm's "in Singapore" is where it sits:
        // "Northbridge Economics in Singapore")
        const host =
          toks[b]?.lower === 'in' && !LEGAL_FORMS.has(last) && !ADVISORY_SUFFIX.has(last)
            ? lexAt[b + 1]
            : undefined;
        if (host && host.a === b + 1 && host.hit.ref?.kind === 'country' && host.hit.form === Form.Name) {
          b = host.b;
          j = Math.max(j, b);
        }
        // "Merrill Lynch Capital Markets and Salomon Brothers Inc": two firms, when both sides of
        // the 'and' have two name words or more, the right one with its suffix ("Procter and
        // Gamble Co", "Goldman Sachs and Co", "Morgan Grenfell and Co Ltd" stay one)
        // (not a name that lists its goods with commas: "China National Cereals, Oils and
        // Foodstuffs Import and Export Corp" is one)
        let split = -1;
        let listed = false;
        for (let k = a + 1; k < b && !listed; k++) listed = toks[k]!.text === ',';
        // (nor one after "the": "the International Lead and Zinc Study Group", "the Australian Meat
        // and Live-stock Corporation" are one body each)
        if (kind === 'company' && !listed && toks[a - 1]?.lower !== 'the')
          for (let k = a + 2; k < b - 2; k++)
            if (toks[k]!.lower === 'and' && !COMPANY_SUFFIX_TOK.has(toks[k + 1])) {
              let words = 0;
              for (let x = a; x < k; x++) if (toks[x]!.kind === TokKind.Word && !connector(toks[x])) words++;
              // the right side needs two name words before its suffix ("Puget Sound Power and
              // Light Co", "Pacific Gas and Electric Co" stay one)
              // ("Misr Spinning and Weaving Co of Mahalla el-Kubra": words after the suffix are
              // none of the right name's)
              let right = 0;
              for (let x = k + 1; x < b && !COMPANY_SUFFIX_TOK.has(toks[x]); x++)
                if (toks[x]!.kind === TokKind.Word) right++;
              if (words >= 2 && right >= 2) split = k;
              break;
            }
        // keep a leading demonym/country in the name ("Canadian Forest Industry Council")
        const parts: [number, number][] =
          split < 0
            ? [[a, b]]
            : [
                [a, split],
                [split + 1, b],
              ];
        // "C. Czarnikow Ltd": a firm's name may open with an initial (an upper-case letter and a
        // dot, which end the run before the name)
        if (kind === 'company' && split < 0 && a === i)
          parts[0]![0] = initialStart(toks, lexAt, used, personTokens, a);
        for (const [pa, pb] of parts) {
          const name = text.slice(toks[pa]!.start, toks[pb - 1]!.end);
          const side =
            sideWithin(lexAt, pa === otherBody ? pa + 1 : pa, pb) ??
            leadSide ??
            (kind === 'organization' ? bodySide(toks, lexAt, pa, pb) : null);
          // ("... Industries of the EEC": a bloc closing a lobby's name stays a mention of its own,
          // as before, so "the Commission" later is still the bloc's)
          const tail = lexAt[pb - 1];
          const inner =
            tail &&
            tail.b === pb &&
            tail.a - pa >= 3 &&
            tail.hit.ref?.kind === 'bloc' &&
            tail.hit.form === Form.Name &&
            toks[tail.a - 1]!.lower === 'the' &&
            toks[tail.a - 2]!.lower === 'of'
              ? tail
              : undefined;
          spans.push({ a: pa, b: pb, kind, name, role: null, side, ref: null, inner });
        }
        for (let k = a; k < b; k++) used[k] = 1;
      } else if (!whole && camelOrgRun(toks, lexAt, a, b, used)) {
        // "MedTech Europe, which represents ...", "AdvaMed said": a camel-case name
        spans.push({
          a,
          b,
          kind: 'organization',
          name: text.slice(toks[a]!.start, toks[b - 1]!.end),
          role: null,
          side: null,
          ref: null,
        });
        for (let k = a; k < b; k++) used[k] = 1;
      } else if (
        !whole &&
        !lexInside &&
        !nonInside &&
        a === i &&
        b - a <= 5 &&
        ((nk = nounBefore(toks, a, b, used)) >= 0 ||
          (listKind !== null && b - a <= 4 && listGoesOn(toks, a, listEnd) && plainRun(toks, a, b, used)))
      ) {
        // "the industry group UK Steel", "the juice exporters Cutrale and Citrosuco", "Mexico's
        // steel chamber, Canacero, has ...": a lower-case noun before the name says what it is;
        // names joined by 'and' after a plural noun are one each, and so are the next items of
        // the list it opens ("producers, including Acme, Apex and Zenith's Orbit")
        const noun = nk >= 0 ? toks[nk]!.lower : '';
        // ("a spokesman for Pearl Dairy Farms, whose ... said the company": a firm)
        const kind: 'company' | 'organization' =
          nk < 0
            ? listKind!
            : companyNoun(noun) ||
                (noun === 'for' && (COMPANY_SUFFIX.has(last) || firmCalledAfter(toks, b, limit)))
              ? 'company'
              : 'organization';
        if (noun === 'for') (spokesFor ??= []).push(spans.length);
        listKind = kind;
        listEnd = b;
        // ("the London trade house Gill and Duffus": after a singular noun, one name; so after "a
        // spokesman for")
        const one = nk >= 0 && (noun === 'for' || !noun.endsWith('s')) && nk === a - 1;
        let s0 = a;
        for (let k = a; k <= b; k++) {
          if (k < b && (one || toks[k]!.lower !== 'and')) continue;
          if (k > s0) {
            const name = text.slice(toks[s0]!.start, toks[k - 1]!.end);
            spans.push({ a: s0, b: k, kind, name, role: null, side: sideWithin(lexAt, s0, k), ref: null });
            for (let x = s0; x < k; x++) used[x] = 1;
          }
          s0 = k + 1;
        }
      } else if (
        !whole &&
        !lexInside &&
        !nonInside &&
        b - a <= 4 &&
        toks[b]?.text === ',' &&
        (a === i || toks[a - 1]!.text !== '.') &&
        // ("In Denver, the cattlemen's association said": a place; "figures from CACEX, the
        // foreign trade department": an acronym is no place)
        !(a > 0 && PLACE_PREPS_TOK.has(toks[a - 1]) && !(b - a === 1 && toks[a]!.upper)) &&
        (apposKind = appositiveKind(toks, lexAt, n, b + 1)) !== null
      ) {
        // "Swissmem, the association of the machinery industries, ...", "Keidanren, Japan's
        // biggest business lobby, ...": a name the appositive calls an organisation
        let e = b + 1;
        while (e < Math.min(n, b + 14) && toks[e]!.text !== ',' && toks[e]!.text !== '.') e++;
        const name = text.slice(toks[a]!.start, toks[b - 1]!.end);
        spans.push({
          a,
          b,
          kind: apposKind,
          name,
          role: null,
          // ("Citicorp, Brazil's largest private creditor,": the country a lender lends to is
          // not its own)
          side: lenderIn(toks, b + 1, e) ? null : sideWithin(lexAt, b + 1, e),
          ref: null,
        });
        for (let k = a; k < b; k++) used[k] = 1;
      } else if (
        !whole &&
        !lexInside &&
        !nonInside &&
        b - a <= 3 &&
        (a === i || toks[a - 1]!.text !== '.') &&
        plainRun(toks, a, b, used) &&
        (whichKind = whichClause(toks, b)) !== null
      ) {
        // "Acme, which speaks for the country's millers, ...", "Apex, which runs two mills, ...":
        // what a relative "which" says the name does makes it a body or a firm
        const name = text.slice(toks[a]!.start, toks[b - 1]!.end);
        spans.push({ a, b, kind: whichKind, name, role: null, side: sideWithin(lexAt, a, b), ref: null });
        for (let k = a; k < b; k++) used[k] = 1;
      } else if (
        !whole &&
        !lexInside &&
        !nonInside &&
        b - a <= 4 &&
        acronymAfter(toks, b) &&
        !LAW_WORDS.has(last) &&
        !SCHEME_WORDS.has(last) &&
        !personTokens[a]
      ) {
        // "the opposition Kuomintang (KMT)", "Greenpeace International (GI)": a name that defines
        // an acronym after it is an organisation's
        const name = text.slice(toks[a]!.start, toks[b - 1]!.end);
        spans.push({
          a,
          b,
          kind: 'organization',
          name,
          role: null,
          side: sideWithin(lexAt, a, b),
          ref: null,
        });
        for (let k = a; k < b; k++) used[k] = 1;
      } else if (!whole && !nonInside && a === i && (mediaEnd = mediaNounAfter(toks, lexAt, a, b)) > a) {
        // "told the Al Arabiya channel", "the Daily FT newspaper said": an outlet by the noun after it
        const name = text.slice(toks[a]!.start, toks[mediaEnd - 1]!.end);
        spans.push({ a, b: mediaEnd, kind: 'media', name, role: null, side: null, ref: null });
        for (let k = a; k < b; k++) used[k] = 1;
      } else if (
        !whole &&
        !lexInside &&
        !nonInside &&
        b - a <= 4 &&
        (MEDIA_NOUNS_TOK.has(toks[a - 1]) ||
          (b - a >= 2 && MEDIA_HEADS.has(last)) ||
          stationShape(toks, lexAt, a, b) ||
          // "told El Mercurio", "in an interview with Le Monde": a title that opens with an
          // article of its language, after a verb of telling (no person's name opens so)
          (b - a === 2 &&
            PRESS_ARTICLES.has(toks[a]!.lower) &&
            (toks[a - 1]?.lower === 'told' || toks[a - 1]?.lower === 'with')))
      ) {
        // "the newspaper El Pais", "public broadcaster SRF", "the Neue Zuercher Zeitung": an
        // outlet named by the noun before it or its own head word
        const name = text.slice(toks[a]!.start, toks[b - 1]!.end);
        spans.push({ a, b, kind: 'media', name, role: null, side: null, ref: null });
        for (let k = a; k < b; k++) used[k] = 1;
      } else if (
        !whole &&
        !lexInside &&
        !nonInside &&
        b - a >= 2 &&
        nameWords(toks, a, b) >= 2 &&
        nameWords(toks, a, b) <= 3
      ) {
        // name shape: two or three capitalised words (a hyphenated given name is one), next to a
        // speech verb or an appositive role
        let clean = true;
        for (let k = a; k < b; k++) {
          const u = toks[k]!;
          if (hyphenPart(toks, k) || arabicArticle(toks, k) || (kinName && k === b - 1)) continue;
          if (
            u.kind !== TokKind.Word ||
            LAW_WORDS.has(u.lower) ||
            lexAt[k] ||
            // ("S.P. Shukla": a given name's initials open the name)
            (u.upper && u.text.length > 1 && !(k === a && initials(u.text))) ||
            (stopCap(u) && !(k === a && givenJan(toks, k))) ||
            headTitle(u) ||
            ORG_SUFFIX_TOK.has(u) ||
            COMPANY_SUFFIX_TOK.has(u)
          ) {
            clean = false;
            break;
          }
        }
        // "Dealers said West African producers ...": a compass word opens a region's adjective, not
        // a person's name
        if (COMPASS_WORDS.has(toks[a]!.lower)) clean = false;
        const prev = toks[a - 1];
        // "a dredger tied up in Le Havre, a list of ...": after a place's preposition, a name
        // opened by an article or particle (or a saint) is a place ("in Las Palmas", "at St Helier")
        if (isWord(prev) && PLACE_LED_PREPS.has(prev.lower) && PLACE_LEADS.has(toks[a]!.lower)) clean = false;
        // "Misr Spinning and Weaving Co of Mahalla el-Kubra, the largest ...": after a firm's legal
        // form and "of", the name is where the firm is
        if (prev?.lower === 'of' && LEGAL_FORMS_TOK.has(toks[a - 2])) clean = false;
        const next = toks[b];
        const next2 = toks[b + 1];
        // "analysts at Capital Economics said": after "at"/"from" a name is a firm or a place
        const speech =
          !ORG_PREPS_TOK.has(prev) && ((prev && speechVerb(prev)) || (next && speechAfterName(next)));
        const appos =
          next?.text === ',' &&
          (isApposHead(next2) ||
            ownTitleAppos(toks, b + 1) ||
            capTitleAppos(toks, b + 1) ||
            countryApposRole(toks, lexAt, b + 1, limit) ||
            agencyTitleAppos(toks, lexAt, b + 1));
        // "the head of the panel that drafted it, Jane Roe, said": a name set off by commas after a
        // phrase with a role word, and a speech verb right after it
        // ("The head of the Brazilian delegation, Paulo Mendes of the Banco do Brasil's ...
        // department, said": so with "of <where they work>" before the closing comma)
        let ofClose = false;
        if (!speech && !appos && prev?.text === ',' && next?.lower === 'of' && b - a >= 2) {
          let e = b + 1;
          const lim = Math.min(limit, b + 14);
          while (e < lim && toks[e]!.text !== ',' && toks[e]!.text !== '.') e++;
          ofClose = toks[e]?.text === ',' && speechVerb(toks[e + 1]);
        }
        const roleAt =
          !speech &&
          !appos &&
          prev?.text === ',' &&
          ((next?.text === ',' && speechAfterName(next2)) || ofClose)
            ? roleBeforeComma(toks, a - 1, sentences[sentOf[a]!]!.first)
            : -1;
        // "Jane Roe, who speaks for ..., said": a relative "who" is said of people
        const who = next?.text === ',' && next2?.lower === 'who';
        // "Sana Baloch chairs the Pakistan Apparel Exporters Council", "Jane Roe, who heads the
        // National Farmers Union, said": a verb of leading and the capitalised body led
        const ledFrom = who ? b + 2 : b;
        const ledEnd = ledBodyEnd(toks, ledFrom, limit);
        // "Adam Posen of the Peterson Institute for International Economics said": a name, then
        // "of" and the capitalised name of where they work, then a speech verb
        const ofSpeech =
          !speech &&
          !appos &&
          !ofClose &&
          next?.lower === 'of' &&
          b - a >= 2 &&
          ofNameThenSpeech(toks, b + 1, limit);
        // "the delegation, led by Kazuo Hirano of the Interchange Association": a delegation's head
        // ("led by Simon Reisman for Canada and Peter Murphy for the United States": and the
        // next name of that list, after "and" with no punctuation between)
        let ledBy = prev?.lower === 'by' && LED_BY.has(toks[a - 2]?.lower ?? '');
        if (!ledBy && prev?.lower === 'and' && b - a >= 2)
          for (let k = a - 2; k >= Math.max(1, a - 9); k--) {
            const u = toks[k]!;
            if (u.kind !== TokKind.Word) break;
            if (u.lower === 'by') {
              ledBy = LED_BY.has(toks[k - 1]!.lower);
              break;
            }
          }
        // a relative's name needs an appositive or a place inside its sentence ("Earlier Trump said")
        if (kinName && a === sentences[sentOf[a]!]!.first && !appos && !who) clean = false;
        // "Tomasz Wrona sees no reason to move ... 'We are against it,' said Wrona": a full name
        // whose surname alone speaks elsewhere in the text
        const shown = speech || appos || who || ledBy || ofSpeech || roleAt >= 0 || ledEnd > 0;
        const spokenLater =
          clean &&
          !shown &&
          a > sentences[sentOf[a]!]!.first &&
          (spokenOnes ??= spokenSingles(toks, lexAt)).has(toks[b - 1]!.lower);
        // "BUSIA - Moses Okello has parked his tanker ... 'Every morning they tell me tomorrow,'
        // he said": a feature's private person, introduced by name and quoted as he or she
        const featured =
          clean &&
          !shown &&
          !spokenLater &&
          b - a === 2 &&
          featurePerson(toks, sentences, sentOf, a, lowerWordsOfText);
        if (clean && (shown || spokenLater || featured)) {
          let role: string | null = null;
          let side: LexRef | null = null;
          if (ledEnd > 0 && !appos) {
            // ("chair of the Pakistan Apparel Exporters Council")
            role = `${LEADS_VERBS.get(toks[ledFrom]!.lower)!} of ${text.slice(toks[ledFrom + 1]!.start, toks[ledEnd - 1]!.end)}`;
            side = roleSide(toks, lexAt, ledFrom + 1, ledEnd);
          }
          if (roleAt >= 0) {
            const r0 = roleStartBefore(toks, lexAt, roleAt, sentences[sentOf[a]!]!.first);
            role = text.slice(toks[r0]!.start, toks[a - 2]!.end);
            side = roleSide(toks, lexAt, r0, a - 1);
          }
          if (appos) {
            let e = b + 1;
            const lim = Math.min(limit, b + 14);
            while (
              e < lim &&
              (toks[e]!.text !== ',' || portfolioAfter(toks, e)) &&
              !speechVerb(toks[e]) &&
              toks[e]!.text !== '.'
            )
              e++;
            role = text.slice(toks[b + 1]!.start, toks[e - 1]!.end);
            side = roleSide(toks, lexAt, b + 1, e);
          }
          spans.push({
            a,
            b,
            kind: 'person',
            name: text.slice(toks[a]!.start, toks[b - 1]!.end),
            role,
            side,
            ref: null,
          });
          for (let k = a; k < b; k++) personTokens[k] = 1;
        }
      }
    }
    i = j > i ? j : i + 1;
  }

  // "a spokeswoman for Smith ... Jane Smith said": the one word was a person's surname
  if (spokesFor) {
    const surnamesSeen = new Set<string>();
    for (const sp of spans)
      if (sp.kind === 'person') surnamesSeen.add(sp.name.slice(sp.name.lastIndexOf(' ') + 1).toLowerCase());
    let honoured: Set<string> | null = null;
    for (let x = spokesFor.length - 1; x >= 0; x--) {
      const sp = spans[spokesFor[x]!]!;
      // ("a spokeswoman for Jane Roe said ... Ms Roe": a name of two words or more whose last word
      // names a person elsewhere, after an honorific or in a person's name, is that person's)
      if (sp.b - sp.a >= 2) {
        if (honoured === null) {
          honoured = new Set();
          for (let k = 1; k < n; k++)
            if (HONORIFICS.has(toks[k - 1]!.lower) && toks[k - 1]!.cap && toks[k]!.cap)
              honoured.add(toks[k]!.lower);
        }
        const sur = toks[sp.b - 1]!.lower;
        if (surnamesSeen.has(sur) || honoured.has(sur)) sp.kind = 'person';
        continue;
      }
      if (!surnamesSeen.has(sp.name.toLowerCase())) continue;
      for (let k = sp.a; k < sp.b; k++) used[k] = 0;
      spans.splice(spokesFor[x]!, 1);
    }
  }

  // 3b. Ministries in lower case after their country: "China's commerce ministry", "the
  // Japanese trade ministry" (the capitalised forms are organisations by head word above).
  // (the tokens 3 noted, in text order: lower-case 'ministry' and 'department' from the third on)
  for (const k of ministryAt) {
    const t = toks[k]!;
    if (used[k]) continue;
    const p = k - 1;
    if (toks[p]!.cap || !MINISTRY_PORTFOLIOS.has(toks[p]!.lower)) continue;
    const poss = isPossessive(toks[p - 1]);
    const lm = lexAt[poss ? p - 2 : p - 1];
    const country = lm?.hit.ref?.kind === 'country' ? lm.hit.ref : null;
    // ("the Banco do Brasil's trade department": a country's name inside a body's name)
    if (!country || (!poss && lm!.hit.form !== Form.Adj) || used[lm!.a]) continue;
    // "Chinese foreign ministry spokeswoman Mao Ning": part of a person's role
    if (headTitle(toks[k + 1])) continue;
    const mapped = lex.byId.get(PORTFOLIO_MINISTRY[`${country.id} ${toks[p]!.lower}`] ?? '') ?? null;
    // named as the text names it ("India's foreign ministry"); the country keeps its own mention
    const name = text.slice(toks[lm!.a]!.start, t.end);
    spans.push({ a: p, b: k + 1, kind: 'organization', name, role: null, side: country, ref: mapped });
    used[p] = used[k] = 1;
  }

  // The words 3c-3e start from, noted in one pass over the tokens instead of a pass each.
  const stationWords: number[] = [];
  const partyWords: number[] = [];
  const ustrWords: number[] = [];
  noteListWords(toks, sentences, stationWords, partyWords, ustrWords);

  // 3c. State broadcasters named by their city or country: "told Tehran radio", "Baghdad radio
  // said", "said on Radio Moscow" (the outlet speaks for its state, as a state agency does)
  let stationNext = 1;
  for (const k of stationWords) {
    if (k < stationNext) continue; // inside the station named before
    const at = stationAt(toks, lexAt, k);
    if (!at || used[at.a] || personTokens[at.a] || used[at.b - 1]) continue;
    const name = oneLine(text.slice(toks[at.a]!.start, toks[at.b - 1]!.end));
    // ("Radio Moscow" in 1987: the Soviet Union's, as "Moscow said" is)
    const side = eraState(at.side, at.form, publishedMs, lex.byId);
    spans.push({ a: at.a, b: at.b, kind: 'media', name, role: null, side, ref: null });
    for (let x = at.a; x < at.b; x++) used[x] = 1;
    stationNext = at.b;
  }

  // 3f. Camel-case names with a lower-case first letter before a speech verb ("techUK said")
  lowerCamelOrgs(text, toks, sentences, spans, used);

  // 3e. A party named by its members' plural, acting: "The Greens called for a ban", "the
  // Socialists voted against it", "the opposition Conservatives called on ...", "The Social
  // Democrats called on ..." (not "the Greens' votes" or "among the Liberals"; not the bare
  // "Democrats", the U.S. party's members, read apart)
  for (const k of partyWords) {
    const t = toks[k]!;
    if (used[k] || personTokens[k] || lexAt[k]) continue;
    let a = k;
    const prev = toks[k - 1]!;
    if (PARTY_STANDING.has(prev.lower) && !prev.cap)
      a = k - 1; // ("the opposition Conservatives")
    else if (prev.cap && PARTY_FIRST_WORDS.has(prev.lower) && !used[k - 1] && !lexAt[k - 1]) a = k - 1;
    else if (t.lower === 'democrats') continue;
    if (toks[a - 1]?.lower !== 'the' || (a >= 2 && PLACE_PREPS_TOK.has(toks[a - 2]))) continue;
    const nx = toks[k + 1];
    if (!isWord(nx) || nx.cap || !(METONYM_NEXT.has(nx.lower) || speechVerb(nx) || nx.lower.endsWith('ed')))
      continue;
    // (the span is the party's name: "Social Democrats", not "opposition Conservatives")
    const from = prev.cap && a < k ? a : k;
    const name = oneLine(text.slice(toks[from]!.start, t.end));
    spans.push({ a: from, b: k + 1, kind: 'organization', name, role: null, side: null, ref: null });
    for (let x = from; x <= k; x++) used[x] = 1;
  }

  // 3d. "the U.S. Trade Representative" with no name after it is the office, not a person: "asked
  // the U.S. Trade Representative to open a case", "the office of the U.S. Trade Representative
  // said" (a title before a name was read in pass 2 and its tokens are used)
  for (const k of ustrWords) {
    const cm = lexAt[k - 2];
    if (!cm || cm.b !== k - 1 || cm.hit.ref?.id !== 'us' || cm.hit.form !== Form.Name) continue;
    if (toks[cm.a - 1]?.lower !== 'the' || used[k] || used[k - 1] || personTokens[k] || titleTokens[k])
      continue;
    const nx = toks[k + 1];
    if (nx && ((isWord(nx) && nx.cap) || isPossessive(nx) || nx.text === ',')) continue;
    const ustr = lex.byId.get('us:ustr');
    if (!ustr) break;
    // ("office of the U.S. Trade Representative": the office's own words open the mention)
    const a = toks[cm.a - 2]?.lower === 'of' && toks[cm.a - 3]?.lower === 'office' ? cm.a - 3 : cm.a;
    // ("a senior official in the office of ...": where an unnamed official works, not a party)
    const pre = toks[a - 1]?.lower === 'the' ? toks[a - 2]?.lower : toks[a - 1]?.lower;
    if (used[a] || pre === 'in' || pre === 'at') continue;
    spans.push({
      a,
      b: k + 1,
      kind: 'organization',
      name: ustr.name,
      role: null,
      side: null,
      ref: ustr,
      inner: cm,
    });
    for (let x = a; x <= k; x++) used[x] = 1;
  }

  // 4. Emit, in text order: spans and lexicon matches (spans win over what they cover).
  sortByStart(spans);
  // ("The Netherlands Road Hauliers' Federation": a span that starts inside a country's lexicon
  // name after its opening "The", which the run left out, takes the name; the "The" is no mention)
  for (let s = 0; s < spans.length; s++) {
    const sa = spans[s]!.a;
    const m = lexAt[sa];
    if (m && m.a < sa && m.a === sa - 1 && toks[m.a]!.lower === 'the') lexAt[m.a] = null;
  }
  const spanAt = scratchI32(1, n, -1);
  for (let s = 0; s < spans.length; s++)
    for (let k = spans[s]!.a; k < spans[s]!.b; k++) {
      spanAt[k] = s;
      stopAt[k] = 1;
    }
  const surnames = new Map<string, ActorInfo>();
  /** Firms named with a legal suffix, by their name without it (lower case). */
  let firmStems: Map<string, ActorInfo> | null = null;
  /** Firms named with a legal form and two words or more before it, by their first word (lower
   * case): "AB Sandvik Steel ... Sandvik said", "Avesta Steel Corp ... Avesta told". */
  let firmHeads: Map<string, ActorInfo> | null = null;
  const pendingCaps: number[] = [];
  const adjAt: (LexRef | null)[] = new Array<LexRef | null>(n); // holey, as lexAt
  const seatAt = new Map<number, { a: number; id: string }>();
  let adjHolders: number[] | null = null;
  let capsChecked: Map<string, boolean> | null = null;
  /** Per bloc, the first body of it the text names (-1: none). */
  let blocBodyAt: Map<string, number> | null = null; // (made on first use, as capsChecked)
  // The countries the text names (read once, only for a body whose name another country shares)
  let countriesNamed: Set<string> | undefined;

  for (let i = 0; i < n;) {
    // the tokens that start no span and are in no lexicon match (most), in a loop of their own
    // (as in pass 3): of them only the capitalised words are noted, as below
    while (stopAt[i] === 0) {
      const t = toks[i]!;
      if (t.kind === TokKind.Word && (t.cap === true || t.upper === true) && !used[i]) pendingCaps.push(i);
      if (++i === n) break;
    }
    if (i === n) break;
    const s = spanAt[i]!;
    if (s >= 0 && spans[s]!.a === i) {
      const sp = spans[s]!;
      let actor: ActorInfo;
      let gov = false;
      // a firm named before with its legal form, named again without it: "American Motors Corp ...
      // American Motors's rating", and as no person: "Vidrios Andinos S.A. ... Vidrios Andinos
      // said", "a spokesman for Acme Widgets said"
      // ("Florida Citrus Mutual ... Florida Citrus Mutual said": a body found by pattern at its
      // first mention, its name alone again, is that body, not a person)
      const stemFirm =
        (firmStems && !sp.ref && (sp.kind !== 'person' || !sp.role) && sp.kind !== 'media'
          ? firmStems.get(sp.name.toLowerCase())
          : undefined) ?? (sp.kind === 'person' && !sp.ref && !sp.role ? bodyNamed(B, sp.name) : undefined);
      if (sp.ref) {
        actor = B.fromRef(sp.ref);
        if (sp.role) actor.role = oneLine(sp.role);
      } else if (sp.kind === 'person' && stemFirm) {
        actor = stemFirm;
      } else if (sp.kind === 'person') {
        // "the armed forces chief, General Manuel Noriega": a military rank before a name of two
        // or more words is a title, not part of the name
        if (sp.b - sp.a >= 3 && MILITARY_RANKS.has(toks[sp.a]!.lower) && toks[sp.a]!.cap) {
          const from = toks[sp.a + 1]!.text === '.' ? sp.a + 2 : sp.a + 1;
          if (sp.b - from >= 2) sp.name = text.slice(toks[from]!.start, toks[sp.b - 1]!.end);
        }
        const single = sp.b - sp.a === 1;
        const known = single
          ? surnames.get(toks[sp.a]!.lower)
          : sp.b - sp.a === 2
            ? surnames.get(sp.name.toLowerCase())
            : undefined;
        const lexSur = single ? lexAt[sp.a] : null;
        if (known) actor = known;
        else if (
          lexSur &&
          lexSur.hit.form === Form.Surname &&
          lexSur.hit.ref &&
          dateOk(lexSur.hit.ref, publishedMs)
        )
          actor = B.fromRef(lexSur.hit.ref);
        else {
          const side = isAnalystRole(sp.role) ? null : (sp.side?.side ?? null);
          actor = B.get(`p:${slugify(sp.name)}`, sp.name, 'person', side, sp.role, false);
        }
        if (sp.role && !actor.role) actor.role = oneLine(sp.role);
      } else {
        // ministries, embassies, agencies voice their government; lobbies, unions, firms their own
        if (sp.kind === 'organization')
          for (let k = sp.a; k < sp.b; k++) if (GOV_ORG_HEADS.has(toks[k]!.lower)) gov = true;
        actor =
          stemFirm ??
          B.get(
            orgId(B, lexAt, sp.a, sp.b, sp.name, sp.side?.side ?? null, gov),
            sp.name,
            sp.kind,
            sp.side?.side ?? null,
            null,
            !(gov && sp.side),
          );
        // (the suffix's token: "Corp." ends in a dot token of its own)
        let sfx = toks[sp.b - 1]!.text === '.' ? sp.b - 2 : sp.b - 1;
        // ("Broken Hill Pty Co Ltd": each legal form stripped in turn, "Broken Hill Pty Co" and
        // "Broken Hill", so a later "Broken Hill said" is the firm)
        // ("AB Sandvik Steel": a legal form before the name, likewise)
        const pre =
          actor.kind === 'company' && sfx > sp.a + 1 && LEGAL_PREFIXES.has(toks[sp.a]!.text) ? 1 : 0;
        if (pre)
          (firmStems ??= new Map()).set(
            oneLine(text.slice(toks[sp.a + 1]!.start, toks[sfx]!.end)).toLowerCase(),
            actor,
          );
        let stripped = pre > 0;
        while (actor.kind === 'company' && sfx > sp.a && LEGAL_FORMS_TOK.has(toks[sfx])) {
          (firmStems ??= new Map()).set(
            oneLine(text.slice(toks[sp.a]!.start, toks[sfx - 1]!.end)).toLowerCase(),
            actor,
          );
          sfx--;
          if (toks[sfx]?.text === '.' && sfx > sp.a) sfx--;
          stripped = true;
        }
        // (the first word of a name of two words or more, past a legal form before it)
        const head = toks[sp.a + pre]!;
        if (
          stripped &&
          sfx > sp.a + pre &&
          head.kind === TokKind.Word &&
          head.lower.length >= 4 &&
          !FIRM_HEAD_STOPS.has(head.lower)
        )
          (firmHeads ??= new Map()).set(head.lower, actor);
      }
      if (actor.kind === 'person' && sp.side && !actor.side && !isAnalystRole(sp.role)) {
        actor.side = sp.side.side;
        actor.sideId = lex.sideId.get(sp.side.side ?? '') ?? null;
      }
      if (actor.kind === 'person') addPerson(surnames, actor);
      // "The U.S. Transportation Department said": a government body named country first is
      // mentioned by its own words, as a lexicon body is (the actor keeps the full name)
      let from = sp.a;
      if (gov) {
        const cm = lexAt[sp.a];
        const cr = cm?.hit.ref;
        if (cm && cm.a === sp.a && cm.b <= sp.b - 2 && cr?.kind === 'country' && toks[cm.b]!.cap)
          if (cm.hit.form === Form.Adj || cm.hit.form === Form.Name) from = cm.b;
      }
      B.mention(actor, from, sp.b);
      if (sp.inner?.hit.ref) B.mention(B.fromRef(sp.inner.hit.ref), sp.inner.a, sp.inner.b);
      i = sp.b;
      continue;
    }
    const m = lexAt[i];
    if (m != null && m.a === i && !used[i]) {
      const ref = m.hit.ref;
      // (no read at index -1: one would turn this array read megamorphic for every later call)
      const prev = i > 0 ? toks[i - 1] : undefined;
      const next = toks[m.b];
      if (ref === null || m.hit.form === Form.Non) {
        if (ref === null && m.b - i <= 3) {
          // (one token: its lower-case string is already that key, no slice and lower-casing)
          const seat = SEATS.get(
            m.b - i === 1 ? toks[i]!.lower : text.slice(toks[i]!.start, toks[m.b - 1]!.end).toLowerCase(),
          );
          if (seat) seatAt.set(m.b - 1, { a: i, id: seat });
        }
        i = m.b;
        continue;
      }
      // "Japan Tobacco Inc ... Japan Tobacco said": a firm named before with its legal form,
      // whose name opens with a country's, named again without the form
      if (firmStems && next?.cap && next.kind === TokKind.Word) {
        let key = toks[i]!.lower;
        let found: ActorInfo | undefined;
        let end = i;
        for (let q = i + 1; q < Math.min(n, i + 4) && toks[q]!.cap && toks[q]!.kind === TokKind.Word; q++) {
          key += ` ${toks[q]!.lower}`;
          const f = firmStems.get(key);
          if (f) {
            found = f;
            end = q + 1;
          }
        }
        if (found) {
          B.mention(found, i, end);
          i = end;
          continue;
        }
      }
      let ok = true;
      switch (m.hit.form) {
        case Form.Adj:
          // a bloc's adjective gives no side or holder by itself ("European demand for soybeans",
          // "European firms"): only as the party before "side"/"delegation" below
          // ("the Europeans", the plural for the people, stands for the bloc's side)
          if (ref.kind !== 'bloc' || (m.b === i + 1 && toks[i]!.lower.endsWith('ans')))
            adjAt[i] = eraState(ref, Form.Adj, publishedMs, lex.byId);
          ok = false;
          // "West German officials said": the country by its people, kept for after this pass
          // (as the subject of a verb: "talks with Canadian officials" are no holder)
          if (ref.kind === 'country' && next && !next.cap && HOLDER_NOUNS.has(next.lower)) {
            const v = toks[m.b + 1];
            if (isWord(v) && !v.cap && (speechVerb(v) || METONYM_NEXT.has(v.lower)))
              (adjHolders ??= []).push(i);
          }
          // "the Chinese government"; a bloc's adjective only as a party in talks ("the European
          // side", not "European government subsidies": Europe's governments)
          if (
            next &&
            GOV_NOUNS.has(next.lower) &&
            (ref.kind === 'country' || (ref.kind === 'bloc' && BLOC_GOV_NOUNS.has(next.lower)))
          ) {
            B.mention(B.fromRef(ref), i, m.b + 1);
            i = m.b + 1;
            continue;
          }
          break;
        case Form.Capital: {
          // ("In return Washington dropped ...": the idiom, no trip home)
          const prevPlace =
            prev &&
            PLACE_PREPS_TOK.has(prev) &&
            !(prev.lower === 'return' && toks[i - 2]?.lower === 'in') &&
            // "Officials in Washington had pressed Ottawa": the government's people where it sits
            // (not "Mitsubishi officials in Kuala Lumpur", "embassy officials in Oslo": another's)
            !(
              prev.lower === 'in' &&
              CAPITAL_VOICES.has(toks[i - 2]?.lower ?? '') &&
              !(i >= 3 && (toks[i - 3]!.cap || toks[i - 3]!.lower === 'embassy'))
            ) &&
            // "In New Delhi, officials at the commerce ministry said ...": a capital fronted
            // before the government's voices is theirs (not "In Geneva, officials said")
            !frontedCapitalVoices(toks, i, m.b);
          const nx = next;
          const nextOk =
            nx === undefined ||
            (nx.kind === TokKind.Punct && nx.text !== '-' && nx.text !== '(' && nx.text !== '\u2014') ||
            isPossessive(nx) ||
            METONYM_NEXT.has(nx.lower) ||
            // "Beijing for its part has asked", "Ottawa in turn offered": an aside before the verb
            asideBeforeVerb(toks, i + 1) ||
            nx.lower === 'and' ||
            nx.lower === 'or' ||
            (nx.kind === TokKind.Word && !nx.cap && nx.lower.endsWith('ed')) ||
            // "with Ottawa agreeing to ...", "and Washington dropping its demand"
            (nx.kind === TokKind.Word &&
              !nx.cap &&
              nx.lower.endsWith('ing') &&
              !PLACE_NOUNS.has(nx.lower) &&
              prev?.lower !== 'the' &&
              prev?.lower !== 'a') ||
            GOV_NOUNS.has(nx.lower) ||
            // "Saskatchewan Premier Grant Devine": a province's or state's head speaks for it (a
            // capital's mayor does not speak for the country)
            ((ref.role === 'province' || ref.role === 'state') &&
              nx.kind === TokKind.Word &&
              nx.cap &&
              headTitle(nx) &&
              ref.id.includes(':')) ||
            // "Beijing told Washington it must ...", "warned Ottawa": a party addressed
            (!!prev && ADDRESS_VERBS.has(prev.lower)) ||
            // "urged Tokyo to open", "called on Washington to remove": the party asked to act
            (nx.lower === 'to' &&
              !!prev &&
              (DIRECTIVE_BEFORE.has(prev.lower) ||
                (prev.lower === 'on' && CALL.has(toks[i - 2]?.lower ?? '')))) ||
            // "demanded that Washington lift ...": the subject of a complement clause
            // "only if Washington went ahead": the subject of a conditional clause
            (!!prev &&
              CLAUSE_OPENERS.has(prev.lower) &&
              nx.kind === TokKind.Word &&
              !nx.cap &&
              !PLACE_NOUNS.has(nx.lower) &&
              !PLACE_PREPS_TOK.has(nx)) ||
            (nx.kind === TokKind.Word &&
              !nx.cap &&
              nx.lower.endsWith('s') &&
              !PLACE_NOUNS.has(nx.lower) &&
              // ("the Washington talks", "its Lome commitments": a modifier, not a verb's subject)
              prev?.lower !== 'the' &&
              prev?.lower !== 'a');
          // "its Lome commitments", "their Ottawa office": after a possessive, a modifier
          const afterPossessive = !!prev && POSSESSIVE_DETS.has(prev.lower);
          // "OTTAWA, June 30 -", "BEIJING (Wire) -": a dateline is where the story was filed
          const dateline =
            toks[i]!.upper &&
            toks[i]!.text.length > 2 &&
            (i === 0 || toks[i]!.nl > 0) &&
            !!nx &&
            (nx.text === ',' ||
              nx.text === '(' ||
              nx.text === '-' ||
              nx.text === '\u2014' ||
              nx.text === '\u2013');
          ok = !prevPlace && !afterPossessive && nextOk && !dateline;
          break;
        }
        case Form.Surname: {
          const known = surnames.get(toks[i]!.lower);
          if (known) {
            B.mention(known, i, m.b);
            i = m.b;
            continue;
          }
          ok =
            !AMBIGUOUS_SURNAMES.has(toks[i]!.lower) &&
            (dateOk(ref, publishedMs) || B.actors.has(ref.id)) &&
            !(m.hit.caseMode === 3 && otherFamilyMember(toks, toks[i]!.lower, ref.name));
          if (!ok) pendingCaps.push(i);
          break;
        }
        case Form.After:
          // "the Commission", "the community": only once the full name was used
          // ("The Commission refused ..." once the EU itself was named: the body of the named bloc)
          ok =
            (B.actors.has(ref.id) || !!namedInRole?.has(ref.id)) && (toks[i]!.cap || prev?.lower === 'the');
          // "the Senate" once the House or Congress was named: the other chamber of the same
          // legislature; "a Senate committee" in a story that names the United States
          if (!ok && toks[i]!.cap && US_CHAMBERS.has(ref.id))
            ok =
              B.actors.has('us:congress') ||
              B.actors.has('us:senate') ||
              B.actors.has('us:house') ||
              (ref.id === 'us:senate' && B.actors.has('us'));
          // "The Treasury is expected to publish guidance": the U.S. Treasury in a story of the
          // United States that names no other state with a treasury of that name so far
          // (not inside a title: "Financial Secretary to the Treasury John Moore")
          if (
            !ok &&
            ref.id === 'us:treasury' &&
            toks[i]!.cap &&
            prev?.lower === 'the' &&
            toks[i - 2]?.lower !== 'to' &&
            toks[i - 2]?.lower !== 'of'
          )
            ok = B.actors.has('us') && !OTHER_TREASURIES.some((id) => B.actors.has(id));
          // "cars must move freely in the Community ... to the EC Commission", "called on the
          // European Commission to raise the matter ... which links the Community with ...": a bloc's
          // short form in a text that names a body of that bloc, before or after it (the Union's
          // bodies stand for the Community in copy of its years)
          if (!ok && toks[i]!.cap && ref.kind === 'bloc' && prev?.lower === 'the') {
            // (once per bloc: a scan per mention was quadratic in a text repeating "the Common
            // Market" with no body named)
            blocBodyAt ??= new Map();
            let at = blocBodyAt.get(ref.id);
            if (at === undefined) {
              at = firstBlocBody(lexAt, n, ref.id, publishedMs, lex.sideId);
              blocBodyAt.set(ref.id, at);
            }
            ok = at >= 0;
          }
          // (a bloc's body only: "the House" or "the Senate" is no chamber of any named country)
          if (!ok && toks[i]!.cap && ref.side) {
            const sideId = lex.sideId.get(ref.side);
            ok =
              !!sideId &&
              lex.byId.get(sideId)?.kind === 'bloc' &&
              (B.actors.has(sideId) || B.actors.has(BLOC_BEFORE.get(sideId) ?? ''));
          }
          break;
        default:
          break;
      }
      // "the Brazilian Congress", "Japan's Senate": another country's legislature, not the US one
      if (ok && m.b - i === 1 && i > 0 && ref.kind === 'organization' && US_CHAMBERS.has(ref.id)) {
        const pm = lexAt[i - 1] ?? (isPossessive(prev) && i > 1 ? lexAt[i - 2] : null);
        const pr = pm?.hit.ref;
        if (pr && (pr.kind === 'country' || pr.kind === 'bloc') && pr.id !== 'us') ok = false;
      }
      // Summits and meetings of a bloc are events, not the bloc ("the G20 Osaka Summit").
      if (ok && (ref.kind === 'bloc' || ref.id === 'apec')) {
        for (let k = m.b; k < Math.min(m.b + 3, n); k++) {
          const lw = toks[k]!.lower;
          if (lw === 'summit' || lw === 'summits' || lw === 'meeting') ok = false;
        }
      }
      // "Federal Council of Medicine": a body's name that goes on with "of" and a capitalised
      // word outside the lexicon is another body ("State Council of China" stays)
      if (ok && ref.kind === 'organization' && m.hit.form === Form.Name && next?.lower === 'of') {
        const after = toks[m.b + 1];
        if (isWord(after) && after.cap && !stopCap(after) && !lexAt[m.b + 1]) ok = false;
      }
      // "South Korea's Ministry of Agriculture, Forestry and Fisheries", "the Korean Ministry of
      // ...": a country's body the lexicon knows, named with another country's possessive or
      // adjective before it, is that country's body of the same name
      let ownedBy: LexRef | null = null;
      if (ok && ref.kind === 'organization' && m.hit.form === Form.Name && ref.side && i > 0) {
        const poss = isPossessive(prev);
        const owner = lexAt[poss ? i - 2 : i - 1];
        const o = owner && owner.b === (poss ? i - 1 : i) ? owner.hit.ref : null;
        if (o && o.kind === 'country' && o.name !== ref.side && (poss || owner!.hit.form === Form.Adj))
          ownedBy = o;
        // "The House of Commons passed the bill" in a story that names Canada and not Britain:
        // Canada's chamber of that name
        const sharer = SHARED_BODY_NAMES.get(ref.id);
        if (!ownedBy && sharer) {
          countriesNamed ??= namedCountries(lexAt);
          const home = lex.sideId.get(ref.side);
          if (home && !countriesNamed.has(home) && countriesNamed.has(sharer))
            ownedBy = lex.byId.get(sharer) ?? null;
        }
      }
      // "New Mexico", "New Guinea": a country's name after a capitalised "New" names another place
      if (ok && ref.kind === 'country' && m.hit.form === Form.Name && prev?.text === 'New') ok = false;
      // "quarries in Vermont, Georgia and Minnesota": a country's name listed among places the
      // lexicon does not know is one of them (a U.S. state's name)
      if (ok && ref.kind === 'country' && m.hit.form === Form.Name && listedAmongUnknown(toks, lexAt, i, m.b))
        ok = false;
      // "372 U.S. dlrs a tonne", "conducted in U.S. currency": a country's name on a price or a
      // money is its currency, not the country
      if (
        ok &&
        ref.kind === 'country' &&
        ((prev?.kind === TokKind.Number && CURRENCY_UNITS.has(next?.lower ?? '')) ||
          (prev?.lower === 'in' && (CURRENCY_UNITS.has(next?.lower ?? '') || next?.lower === 'currency')))
      )
        ok = false;
      // Datelines "(Reuters)" and sign-offs are the publisher, not a cited source.
      if (ok && ref.kind === 'media' && prev?.text === '(' && next?.text === ')') ok = false;
      // "CHILE THREATENS EC OVER APPLE IMPORT CURBS": a firm's one-word name in a capitals
      // headline, not an acronym, may be the common word it spells; it counts there only when the
      // text names the firm elsewhere too
      if (
        ok &&
        ref.kind === 'company' &&
        m.b - i === 1 &&
        m.hit.caseMode !== 2 &&
        sentCaps[sentOf[i]!] === 1 &&
        !namedOutsideCaps(lexAt, sentCaps, sentOf, ref, (capsChecked ??= new Map()))
      )
        ok = false;
      // "Hydro-Quebec", "Petro-Canada": a place's name closing a hyphenated compound that a word
      // outside the lexicon opens is a firm's name, not the place ("Sino-Soviet", "Franco-German":
      // the combining forms of places stay adjectives)
      if (
        ok &&
        ((ref.kind === 'country' && m.hit.form === Form.Name) || isProvince(m)) &&
        i >= 2 &&
        prev?.text === '-' &&
        !prev.space &&
        !toks[i]!.space &&
        toks[m.b]?.text !== '-' &&
        isWord(toks[i - 2]) &&
        toks[i - 2]!.cap &&
        !lexAt[i - 2] &&
        !COMBINING_FORMS.has(toks[i - 2]!.lower)
      ) {
        if (pendingCaps[pendingCaps.length - 1] === i - 2) pendingCaps.pop();
        const name = text.slice(toks[i - 2]!.start, toks[m.b - 1]!.end);
        const side = ref.kind === 'country' ? ref.name : ref.side;
        B.mention(B.get(`o:${slugify(name)}`, name, 'company', side, null, true), i - 2, m.b);
        i = m.b;
        continue;
      }
      if (ok && ownedBy) {
        // (named as the text names it: "Canada's House of Commons" is no "UK Parliament")
        const named = text.slice(toks[i]!.start, toks[m.b - 1]!.end);
        B.mention(
          B.get(`o:${slugify(ref.name)}:${ownedBy.id}`, named, 'organization', ownedBy.name, null, false),
          i,
          m.b,
        );
        i = m.b;
        continue;
      }
      if (ok) {
        const actor = B.fromRef(eraState(ref, m.hit.form, publishedMs, lex.byId));
        if (ref.kind === 'person') addPerson(surnames, actor);
        // "Reagan administration", "Trump administration": the government, not the person
        if (
          ref.kind === 'person' &&
          next &&
          (next.lower === 'administration' || next.lower === 'government') &&
          actor.side
        ) {
          const sid = lex.sideId.get(actor.side);
          const country = sid ? lex.byId.get(sid) : undefined;
          if (country) {
            B.mention(B.fromRef(country), i, m.b + 1);
            i = m.b + 1;
            continue;
          }
        }
        // "Microsoft Corp": a firm the lexicon knows, named with its legal form
        if (
          ref.kind === 'company' &&
          isWord(next) &&
          next.cap &&
          LEGAL_FORMS_TOK.has(next) &&
          !used[m.b] &&
          !personTokens[m.b]
        ) {
          // ("Nissan Motor Co Ltd": a second legal form after the first)
          const two = toks[m.b + 1];
          const e = isWord(two) && two.cap && LEGAL_FORMS_TOK.has(two) && !used[m.b + 1] ? m.b + 2 : m.b + 1;
          B.mention(actor, i, e);
          i = e;
          continue;
        }
        // "U.S. Treasury officials", "the Japanese Foreign Ministry": a body named as the lexicon
        // names it, its country first, is mentioned by its own words (the country tells its side;
        // the wire sets name it "Treasury", "Foreign Ministry", and the actor keeps the full name)
        B.mention(
          actor,
          ref.kind === 'organization' && m.b - i >= 2
            ? ownWordsFrom(toks, text, m, ref, lex.actors, sentCaps[sentOf[i]!] === 1)
            : i,
          m.b,
        );
      }
      i = m.b;
      continue;
    }
    const t = toks[i]!;
    if (t.kind === TokKind.Word && (t.cap || t.upper) && !used[i] && !m) pendingCaps.push(i);
    i++;
  }

  // 4b. A country the text names only by its adjective before its officials ("West German
  // officials said ...", no "West Germany" anywhere) is an actor there (ANNOTATION: a demonym
  // counts where the country is named no other way).
  if (adjHolders) {
    const named = new Set<string>();
    for (const k of adjHolders) if (B.actors.has(lexAt[k]!.hit.ref!.id)) named.add(lexAt[k]!.hit.ref!.id);
    for (const k of adjHolders) {
      const m = lexAt[k]!;
      if (named.has(m.hit.ref!.id)) continue;
      B.mention(B.fromRef(m.hit.ref!), k, m.b + 1);
    }
  }

  // 5. Surnames seen before or after the full name ("LYNG SETS ...", "Lighthizer said").
  // (and a one-word body or firm found by pattern, named again alone: "the producers' association
  // Eurofer ... Eurofer said")
  // ("the state mining company Empresa Nacional de Mineria (ENAMI) ... ENAMI buys": an acronym
  // defined in parentheses after a body or firm found by pattern names it again)
  const oneWord = pendingCaps.length > 0 ? definedAcronyms(toks, B.mentions, oneWordBodies(B.order)) : null;
  // ("Cementos Mexicanos S.A. ... Cementos Mexicanos denied": a firm's name without its legal
  // form, once the full name was used, is that firm; a run of pending capitalised words)
  // ("Acme Farms, a Ugandan firm, ... Acme Farms asked": so a body's or firm's whole name)
  if (pendingCaps.length > 0) firmStems = namedBodyStems(B.order, firmStems);
  // (the stems' first words: a run whose first word opens no stem is not looked up, each longer key
  // a new string to build and hash; a token's word holds no space)
  const stemFirst = pendingCaps.length > 0 && firmStems ? firstWords(firmStems) : new Set<string>();
  let stemEnd = -1;
  for (let p = 0; p < pendingCaps.length; p++) {
    const k = pendingCaps[p]!;
    if (k < stemEnd) continue;
    if (firmStems && stemFirst.has(toks[k]!.lower)) {
      let key = '';
      let hit: ActorInfo | undefined;
      // (pending capitalised words in a row, and a lower-case "and" between two of them: "Gulf and
      // Western Inc ... Gulf and Western said")
      for (let q = 0, r = p; q < 5 && k + q < toks.length; q++) {
        const at = k + q;
        if (pendingCaps[r] === at) r++;
        else if (!(toks[at]!.lower === 'and' && q > 0 && pendingCaps[r] === at + 1)) break;
        key = q === 0 ? toks[k]!.lower : `${key} ${toks[at]!.lower}`;
        const f = key.length >= 3 ? firmStems.get(key) : undefined;
        if (f) {
          hit = f;
          stemEnd = at + 1;
        }
      }
      if (hit) {
        B.mention(hit, k, stemEnd);
        continue;
      }
    }
    const t = toks[k]!;
    // ("AB Sandvik Steel ... Sandvik said in Stockholm"): a firm's first word alone as a subject
    const headFirm =
      firmHeads && toks[k + 1] && FIRM_HEAD_VERBS_TOK.has(toks[k + 1]) ? firmHeads.get(t.lower) : undefined;
    if (headFirm) {
      B.mention(headFirm, k, k + 1);
      continue;
    }
    // ("the Democratic Republic of Congo ... Congo must": a short name two countries share is the
    // one of them the text has named)
    // (in a helper: recognizeActors sits just under V8's optimizing limit, scripts/bytecode-size.ts)
    if (mentionSharedShortName(B, t.lower, k)) continue;
    const actor = surnames.get(t.lower) ?? oneWord?.get(t.lower);
    if (actor === undefined) continue;
    const next = toks[k + 1];
    if (next && (next.lower === 'administration' || next.lower === 'government') && actor.side) {
      const sid = lex.sideId.get(actor.side);
      const country = sid ? lex.byId.get(sid) : undefined;
      if (country) {
        B.mention(B.fromRef(country), k, k + 2);
        continue;
      }
    }
    // ("al-Jaburi told reporters": the article is part of the surname's mention)
    B.mention(actor, k >= 2 && actor.kind === 'person' && arabicArticle(toks, k - 2) ? k - 2 : k, k + 1);
  }

  titleBackReferences(toks, B);
  sortByStart(B.mentions);
  assignSides(toks, sentences, B, lexAt, adjAt, sentOf, publishedMs, lex);
  // a plain array: an Int32Array this size lives outside the heap, which costs more to allocate
  const mentionAt = minusOnes(n);
  for (let q = 0; q < B.mentions.length; q++) {
    const mm = B.mentions[q]!;
    for (let k = mm.a; k < mm.b; k++) mentionAt[k] = q;
    mm.actor.mentions.push({
      start: toks[mm.a]!.start,
      end: toks[mm.b - 1]!.end,
      text: text.slice(toks[mm.a]!.start, toks[mm.b - 1]!.end),
    });
  }
  // Actors in order of first mention; drop any that ended with no mention.
  const actors = B.order.filter(hasMentions);
  if (!sortedBy(actors, firstMentionStart)) actors.sort(byFirstMention);
  return { actors, mentions: B.mentions, mentionAt, adjAt, seatAt };
}

/** True when `word` at k is a short name two countries share (SHARED_SHORT_NAMES); it is then a
 * mention of the one of them the text has named, if just one. */
function mentionSharedShortName(B: Builder, word: string, k: number): boolean {
  const shared = SHARED_SHORT_NAMES.get(word);
  if (shared === undefined) return false;
  const named = shared.filter((id) => B.actors.has(id));
  if (named.length === 1) B.mention(B.actors.get(named[0]!)!, k, k + 1);
  return true;
}

/**
 * "The First Deputy Prime Minister said ...", "The Business and Trade Secretary said ...": a
 * capitalised title after "the", with no name after it, stands for the one person named before it
 * whose role holds that title (press releases and reports name an official once in full, then by
 * title). A function of its own: recognizeActors' bytecode is near V8's optimizing limit.
 */
function titleBackReferences(toks: Token[], B: Builder): void {
  // (the first persons with a role, and each distinct title matched against them once: a hostile
  // text of many people and titles stays linear)
  let persons: ActorInfo[] | null = null;
  for (const a of B.order)
    if (a.kind === 'person' && a.role && (persons ??= []).push(a) >= MAX_TITLED_PERSONS) break;
  if (!persons) return;
  const holders = new Map<string, ActorInfo[]>();
  let covered: Uint8Array | null = null;
  let firstAt: Map<ActorInfo, number> | null = null;
  const n = toks.length;
  const found: TokMention[] = [];
  for (let k = 0; k < n - 2; k++) {
    const t = toks[k]!;
    // (the token's extent first, as in isMinistryWord: most tokens are not three characters long,
    // and reading each one's string costs a memory access of its own)
    if (t.end - t.start !== 3 || t.kind !== TokKind.Word || t.lower !== 'the') continue;
    // the title's words: capitalised title heads and modifiers, "and"/"of" between them
    let e = k + 1;
    let end = -1;
    while (e < n && e - k <= 8) {
      const u = toks[e]!;
      if (u.kind !== TokKind.Word || u.upper) break;
      if (u.cap) {
        if ((u.w & W_HEAD) !== 0) end = e + 1;
        else if (!TITLE_MODS_TOK.has(u) && !DOMAIN_WORDS_TOK.has(u) && !TITLE_ORDINALS.has(u.lower)) break;
      } else if (u.lower !== 'and' && u.lower !== 'of') break;
      e++;
    }
    if (end < 0) continue;
    // ("the Trade Minister Jane Roe": a name after the title is the title's own person)
    const after = toks[end];
    if (after && after.kind === TokKind.Word && after.cap) continue;
    if (!covered) {
      covered = new Uint8Array(n);
      firstAt = new Map();
      for (const m of B.mentions) {
        for (let q = m.a; q < m.b; q++) covered[q] = 1;
        const f = firstAt.get(m.actor);
        if (f === undefined || m.a < f) firstAt.set(m.actor, m.a);
      }
    }
    let free = true;
    for (let q = k + 1; q < end; q++) if (covered[q]) free = false;
    if (!free) continue;
    let title = toks[k + 1]!.lower;
    for (let q = k + 2; q < end; q++) title += ` ${toks[q]!.lower}`;
    let held = holders.get(title);
    if (!held) {
      if (holders.size >= MAX_TITLES) continue;
      held = [];
      for (const p of persons) {
        const r = p.role!.toLowerCase();
        // ("Business and Trade Secretary Kemi Badenoch", her role read as "Trade Secretary")
        if (roleHoldsTitle(r, title) || (r.includes(' ') && title.endsWith(` ${r}`))) held.push(p);
      }
      holders.set(title, held);
    }
    // the one person holding it named before
    let who: ActorInfo | null = null;
    let many = false;
    for (const p of held) {
      const at = firstAt!.get(p);
      if (at === undefined || at >= k) continue;
      if (who) many = true;
      who = p;
    }
    if (who && !many) found.push({ actor: who, a: k + 1, b: end });
    k = end - 1;
  }
  for (const m of found) B.mention(m.actor, m.a, m.b);
}

/** Bounds of titleBackReferences: persons with a role looked at, distinct titles looked up. */
const MAX_TITLED_PERSONS = 64;
const MAX_TITLES = 256;

/** True when a role's words (lower case) hold the title's, whole ("ukraine's first deputy prime
 * minister and minister of economy" holds "first deputy prime minister"). */
function roleHoldsTitle(r: string, title: string): boolean {
  const at = r.indexOf(title);
  if (at < 0) return false;
  const before = at === 0 ? 32 : r.charCodeAt(at - 1);
  const after = at + title.length >= r.length ? 32 : r.charCodeAt(at + title.length);
  return before === 32 && (after === 32 || after === 44);
}

/**
 * recognizeActors' last step: the sides of the government bodies, firms and officials found with
 * none. A function of its own so that recognizeActors' bytecode stays under V8's limit for
 * optimizing a function (61,440 bytes; over it, it would run in baseline code for good, ~1.4x
 * slower on the dev stories; `scripts/bytecode-size.ts`).
 */
/** How many mentions each way the nearest-party search for an official's side looks in its sentence. */
const NEAREST_PARTY_SPAN = 64;

function assignSides(
  toks: Token[],
  sentences: Sentence[],
  B: Builder,
  lexAt: (LexMatch | null)[],
  adjAt: (LexRef | null)[],
  sentOf: Int32Array,
  publishedMs: number | null,
  lex: CompiledLexicon,
): void {
  const home = homeParty(toks, sentences, B.mentions, adjAt);
  // A government body found by pattern whose name gives no country acts for the country its
  // sentence places it in
  // ("Mexico's Commerce Secretariat", "a Foreign Ministry official in Tokyo", "In Manila, a
  // spokesman for the Sugar Regulatory Administration": a country or capital at the mention first)
  // (else the story's own party where it names no other: with two parties, the body is as
  // often the other side's, "a Communications Ministry official said" in Seoul's voice)
  let parties = 0;
  for (const a of B.order) if (a.kind === 'country' || a.kind === 'bloc') parties++;
  const onlyParty = home && home.sideId !== 'eu' && parties <= 1 ? home : null;
  for (const m of B.mentions) {
    const a = m.actor;
    if (a.kind !== 'organization' || a.side || !byPattern(a)) continue;
    // ("Taiwan's Foreign Trade Board": a board is a government's only after its country's
    // possessive; "the Wheat Board" alone may be a growers' board)
    // (asked once: it lower-cases and splits the name)
    const govBody = isNationalGovBody(a.name);
    const board = !govBody && a.name.endsWith(' Board') && m.a >= 2 && isPossessive(toks[m.a - 1]);
    // ("the state tobacco monopoly Tekel": a state's enterprise named by what it is)
    const stateNoun = !board && !govBody && stateNounBefore(toks, m.a);
    if (!board && !govBody && !stateNoun) continue;
    // ("India's state-owned National Film Development Corporation": the possessor's first)
    const near =
      (stateNoun ? possessiveCountryBefore(toks, lexAt, m.a) : null) ??
      placeOfMention(toks, lexAt, sentences[sentOf[m.a]!]!, m.a, m.b, publishedMs, lex);
    if (board && !(near && lexAt[m.a - 2]?.hit.ref?.id === near.id)) continue;
    // ("Japan admits only cooked beef ... Agriculture Ministry officials said the ban would stay":
    // else the party the sentence before opens with, when the body's own sentence opens with it)
    const si = sentOf[m.a]!;
    const opener =
      near || onlyParty || si === 0 || m.a !== sentences[si]!.first
        ? null
        : openingParty(toks, sentences[si - 1]!, B.mentions, adjAt);
    const side = near ? { side: near.name, sideId: near.id } : (onlyParty ?? opener);
    if (!side) continue;
    a.side = side.side;
    a.sideId = side.sideId;
    a.own = false;
  }
  // "West Germany's Krupp Stahl AG", "Sweden's state mining company LKAB": a firm after its
  // country's possessive, directly or past a lower-case description of it, is that country's
  // ("the Soviet foreign trade organisation Prodintorg", "the Brazilian state oil company
  // Petrobras": a demonym before a description that ends in what the body is)
  for (const m of B.mentions) {
    const a = m.actor;
    if ((a.kind !== 'company' && a.kind !== 'organization') || a.side) continue;
    const country =
      (a.kind === 'company' ? possessiveCountryBefore(toks, lexAt, m.a) : null) ??
      demonymDescribing(toks, adjAt, m.a);
    if (!country) continue;
    a.side = country.name;
    a.sideId = country.id;
  }
  const usPresent = B.actors.has('us');
  // Officials whose role names no country: a US legislator's title gives the United States; else
  // the party the story is told from (unqualified officials are usually its own: "Canada plans
  // ..., Trade Minister Pat Carney said"); else the nearest party named in their sentence
  // ("Nakasone told Trade and Industry Minister Hajime Tamura ..." -> Japan).
  let otherParty: ActorInfo | null | undefined;
  let toldLater: Map<ActorInfo, ActorInfo> | undefined;
  let headlineTitles: Map<string, ActorInfo | null> | undefined;
  let bodyEnds: Map<number, ActorInfo> | undefined;
  let paraFirst: Int32Array | undefined;
  /** A ruler's title -> the story's one party whose head bears it, or null (RULER_TITLES). */
  const monarchies = new Map<string, ActorInfo | null>();
  for (let q = 0; q < B.mentions.length; q++) {
    const actor = B.mentions[q]!.actor;
    if (actor.kind !== 'person' || actor.side || !actor.role || isAnalystRole(actor.role)) continue;
    // "Ukrainian Foreign Ministry spokesman Heorhii Tykhyi": a government body named just before
    // the title, whose side is known
    bodyEnds ??= governmentBodyEnds(B.mentions);
    const body = bodyEnds.size > 0 ? bodyBeforeTitle(toks, bodyEnds, B.mentions[q]!.a) : null;
    if (body) {
      actor.side = body.side;
      actor.sideId = body.sideId;
      continue;
    }
    // "Chinese foreign ministry spokeswoman Mao Ning": a demonym just before the title
    const near = demonymBefore(toks, adjAt, B.mentions[q]!.a);
    if (near) {
      actor.side = near.name;
      actor.sideId = lex.sideId.get(near.name) ?? null;
      continue;
    }
    // "Interview: ... says Ethiopia's WTO negotiator" over "X, deputy chief negotiator at the
    // Ministry of Trade": the headline's possessive country before the title the role holds
    headlineTitles ??= headlineTitleParties(toks, B.mentions);
    if (headlineTitles.size > 0) {
      const party = headlineTitleOf(headlineTitles, actor.role);
      if (party) {
        actor.side = party.side;
        actor.sideId = party.sideId;
        continue;
      }
    }
    const kinds = roleKinds(actor.role);
    const official = (kinds & RoleKind.Official) !== 0;
    // "Lesotho, a small kingdom ... Its Trade Minister Mokhethi Shelile said": the state the
    // possessive points back to, the last one named before it in its sentence or the one before
    const owner = official ? pronounOwner(toks, sentOf, B.mentions, q) : null;
    if (owner) {
      actor.side = owner.side;
      actor.sideId = owner.sideId;
      continue;
    }
    // (after the demonym: "Philippine Senator X" is no member of Congress)
    // ("Resources Minister Senator Gordon McPhail": a minister who sits in a senate is no member of Congress)
    if (usPresent && (kinds & RoleKind.UsLegislator) !== 0 && (kinds & RoleKind.Minister) === 0) {
      actor.side = lex.byId.get('us')?.name ?? null;
      actor.sideId = 'us';
      continue;
    }
    // "Assistant Trade Representative Douglas Whitfield": the trade representative's office is the
    // United States' own (no other state has the title)
    if (usPresent && TRADE_REP.test(actor.role)) {
      actor.side = lex.byId.get('us')?.name ?? null;
      actor.sideId = 'us';
      continue;
    }
    // "Agriculture Commissioner Christophe Hansen": a commissioner whose title names no country,
    // in a story that names the Union (or the Community), sits in its Commission
    // ("Commission official Guido Ferrante", "a Commission spokesman, X": the role's body, named
    // right before it, is the Commission, whose side is the Union's or the Community's)
    const roleAt = B.mentions[q]!.a - 1;
    // (not "Federal Trade Commission", "Planning Commission": another capitalised word before it,
    // unless the Union's own: "EC Commission", "European Commission")
    const before = roleAt >= 2 ? toks[roleAt - 2]! : null;
    const commissionBody =
      toks[roleAt - 1]?.text === 'Commission' &&
      (!before || !before.cap || EU_COMMISSION_OWNERS.has(before.lower));
    if ((kinds & RoleKind.EuCommissioner) !== 0 || commissionBody) {
      const id = B.actors.has('eu') ? 'eu' : B.actors.has('ec') ? 'ec' : null;
      if (id) {
        actor.side = lex.byId.get(id)?.name ?? null;
        actor.sideId = id;
        continue;
      }
    }
    // "Modi and Sultan Haitham bin Tariq": a monarch's title names no country but fits few states;
    // the story's one party whose head bears it, else no side (the party named beside a ruler is
    // as often his host or guest)
    // (the party looked up once per title: a text of many rulers stays linear)
    const title = actor.role.length <= 12 ? actor.role.toLowerCase() : '';
    const rulers = RULER_TITLES.get(title);
    if (rulers !== undefined) {
      let monarchy = monarchies.get(title);
      if (monarchy === undefined) {
        let n = 0;
        for (const x of B.order)
          if (x.kind === 'country' && rulers.includes(x.id)) {
            monarchy = x;
            n++;
          }
        monarchy = n === 1 ? monarchy! : null;
        monarchies.set(title, monarchy);
      }
      if (monarchy !== null) {
        actor.side = monarchy.side;
        actor.sideId = monarchy.sideId;
      }
      continue;
    }
    // "In Bogota, Economic Development Minister Carlos Arturo Marulanda said ...": an official
    // whose sentence opens in a capital speaks there, for its country
    // ("... Trade and Industry Minister Rha Woong-bae told reporters in Seoul": so an official
    // telling reporters in a capital, right after the name, unless the sentence opens with
    // another party: "Argentina has asked Japan ..., Foreign Minister Dante Caputo said in Tokyo")
    const S = sentences[sentOf[B.mentions[q]!.a]!]!;
    let seat = openingCapital(toks, lexAt, S, publishedMs, lex);
    if (!seat) {
      const spokenIn = capitalSpokenIn(toks, lexAt, B.mentions[q]!.b, publishedMs, lex);
      const opener = spokenIn && openingParty(toks, S, B.mentions, adjAt);
      if (spokenIn && (!opener || opener.sideId === spokenIn.id)) seat = spokenIn;
    }
    if (seat && official) {
      actor.side = seat.name;
      actor.sideId = seat.id;
      continue;
    }
    const other = counterpartBefore(toks, B.mentions[q]!.a);
    // "Oil and Energy Minister Kaare Kristiansen said Oslo was deeply disappointed": the party
    // an official speaks of as the subject of what he said is his own
    const told = official && !other ? toldParty(toks, B.mentions, q) : null;
    if (told) {
      actor.side = told.side;
      actor.sideId = told.sideId;
      continue;
    }
    if (official && !other) {
      // ("Agriculture Minister X wants Beijing to lift ... . X has said Brazil will ...": where
      // this mention tells no party, a later one that does, before the paragraph's or the story's
      // guess; one pass over the mentions, the first time it is asked)
      const later = (toldLater ??= toldParties(toks, B.mentions)).get(actor);
      if (later) {
        actor.side = later.side;
        actor.sideId = later.sideId;
        continue;
      }
      // the party their paragraph opens with, else the story's
      paraFirst ??= paragraphStarts(toks, sentences);
      let para =
        paragraphParty(toks, sentences, paraFirst, sentOf[B.mentions[q]!.a]!, B.mentions, adjAt) ?? home;
      // ("Oil and Energy Minister Arne Oeien" in a story told from Washington: the United States
      // has no ministers, so a minister is the story's other party's)
      if (para?.sideId === 'us' && (kinds & RoleKind.Minister) !== 0) {
        const o = otherParty === undefined ? (otherParty = soleOtherParty(B.order, 'us')) : otherParty;
        para = o && o.sideId ? { side: o.side!, sideId: o.sideId } : null;
      }
      // ("Ambassador Xiao Qian urged Australia to work with China" in a story told from
      // Australia: an envoy who addresses the story's own party serves the other one)
      if (para && home && para.sideId === home.sideId && envoyAddressing(toks, B.mentions, q, home.sideId)) {
        // (the other country its sentence names, else the story's one other party)
        const si = sentOf[B.mentions[q]!.a]!;
        let o: ActorInfo | null = null;
        for (let r = q + 2; r < B.mentions.length && r < q + 12 && sentOf[B.mentions[r]!.a] === si; r++) {
          const x = B.mentions[r]!.actor;
          if (x.kind === 'country' && x.sideId && x.sideId !== home.sideId) {
            o = x;
            break;
          }
        }
        o ??= otherParty === undefined ? (otherParty = soleOtherParty(B.order, home.sideId)) : otherParty;
        if (o && o.sideId) para = { side: o.side!, sideId: o.sideId };
      }
      if (para) {
        actor.side = para.side;
        actor.sideId = para.sideId;
        continue;
      }
    }
    const sent = sentOf[B.mentions[q]!.a]!;
    let found: ActorInfo | null = null;
    // the nearest party named in the sentence, preferring the one before
    // (within NEAREST_PARTY_SPAN mentions each way: a sentence of thousands of titled names and no
    // party, "Chairman John Smith and ..." over 1 MB, made this quadratic)
    for (let d = 1; !found && d <= NEAREST_PARTY_SPAN; d++) {
      const before = q >= d ? B.mentions[q - d] : undefined;
      const after = B.mentions[q + d];
      const inBefore = !!before && sentOf[before.a] === sent;
      const inAfter = !!after && sentOf[after.a] === sent;
      if (!inBefore && !inAfter) break;
      for (const cand of [inBefore ? before : null, inAfter ? after : null]) {
        if (
          cand?.actor.side &&
          cand.actor !== actor &&
          cand.actor.kind !== 'media' &&
          !(other && home && cand.actor.sideId === home.sideId)
        ) {
          found = cand.actor;
          break;
        }
      }
    }
    // (the other side's official with no party of theirs in the sentence: the story's one other
    // country or bloc, looked up once)
    if (!found && other && home)
      found = otherParty === undefined ? (otherParty = soleOtherParty(B.order, home.sideId)) : otherParty;
    if (found) {
      actor.side = found.side;
      actor.sideId = found.sideId;
    }
  }
  // "Selamawit Bekele, deputy chief negotiator at the Ministry of Trade and Regional Integration":
  // a government body with no side, that an official's role names, is the official's side's
  let sideless: Map<string, ActorInfo> | null = null;
  for (const a of B.order)
    if (a.kind === 'organization' && !a.side && byPattern(a) && isNationalGovBody(a.name))
      (sideless ??= new Map()).set(a.name, a);
  if (sideless)
    for (const p of B.order) {
      if (p.kind !== 'person' || !p.sideId || !p.role) continue;
      for (let sp = p.role.indexOf(' '); sp > 0; sp = p.role.indexOf(' ', sp + 1)) {
        const body = sideless.get(p.role.slice(sp + 1));
        if (body && !body.side) {
          body.side = p.side;
          body.sideId = p.sideId;
          body.own = false;
        }
      }
    }
  // "the EC Commission" in a story that names the European Community and not the Union: the
  // lexicon files the Commission under the Union, but in 1980s copy it acts for the Community
  const ec = B.actors.get('ec');
  if (ec && !B.actors.has('eu'))
    for (const x of B.order)
      if (x.sideId === 'eu') {
        x.side = ec.name;
        x.sideId = 'ec';
      }
}

// (after the sets' definitions: word-set bits of sets looked up at many tokens, WordSet2)
registerWordSet2(ROMANCE_AND, WordSet2.RomanceAnd);
registerWordSet2(ROMANCE_OF, WordSet2.RomanceOf);
registerWordSet2(MEDIA_NOUNS, WordSet2.MediaNoun);
registerWordSet2(PLURAL_TITLES, WordSet2.PluralTitle);
