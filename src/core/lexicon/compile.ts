import { ACTOR_KINDS, type ActorKind } from '../types';
import { FirstSteps, setWordTableSource, tokenizePlain, WordIndex, type WordBits } from '../tokenize';
import { COUNTRY_TABLE } from './countries';
import { AGENCIES, BLOCS, COMPANIES, MEDIA, NON_ACTORS, PROVINCES, type EntityEntry } from './entities';
import { PEOPLE_TABLE } from './people';
import { CUES, ISSUE_WORDS, type CueEntry } from './cues';
import type { Issue } from '../types';
import {
  COMMODITY_TERMS,
  EVENT_NOUNS,
  FINANCE_TERMS,
  NEGOTIATION_TERMS,
  STATISTICS_TERMS,
  TRADE_TERMS,
} from './topics';
import {
  AMBIGUOUS_SURNAMES,
  FAMILY_FIRST_SIDES,
  HEAD_TITLES,
  RUN_CONNECTORS,
  SPEECH,
  STOP_CAPS,
} from './words';
import { COMPILED_LEXICON, COMPILED_PHRASES, COMPILED_SOURCE_SIZE } from './compiled-data';

/*
 * Word-class bits: every word token carries those of its lower-cased text (Token.w), looked up
 * once by the tokenizer, so the recognizers test a bit instead of a map or set per token.
 */
/** First word of an actor lexicon phrase (the actor trie's root has it). */
export const W_LEX = 1;
/** First word of a precondition cue phrase. */
export const W_CUE = 2;
/** First word of an issue phrase. */
export const W_ISSUE = 4;
/** One-word vocabulary terms of lexicon/topics.ts (classify.ts). */
export const W_TRADE = 8;
export const W_NEGO = 16;
export const W_STATS = 32;
export const W_COMM = 64;
export const W_FIN = 128;
/** First word of a two-word vocabulary term ("trade war"). */
export const W_TWO = 256;
/** words.ts lists: HEAD_TITLES, STOP_CAPS, SPEECH, RUN_CONNECTORS. */
export const W_HEAD = 512;
export const W_STOP = 1024;
export const W_SPEECH = 2048;
export const W_CONN = 4096;
/** Negotiation nouns that let a sentence carry a status event (EVENT_NOUNS, events.ts). */
export const W_EVENT = 8192;
/** A word that is an actor lexicon phrase by itself (the actor trie's root child has hits). */
export const W_LEXONE = 1 << 14;
/** A word (token) that continues some actor lexicon phrase: a key below the trie's first level.
 * With W_LEXONE, a lexicon match can start at a W_LEX word only when the word is a phrase
 * itself or the next token can continue one ("the" + "tariffs" cannot). */
export const W_LEXCONT = 1 << 15;

/** One lexicon entity after compilation. */
export interface LexRef {
  id: string;
  name: string;
  kind: ActorKind;
  /** Canonical name of the side, or null. */
  side: string | null;
  role: string | null;
  /** Holds its own positions (legislature, lobby, outlet) rather than its government's. */
  own: boolean;
  hist: boolean;
  /** Tenure, ms since epoch (people only). */
  from?: number;
  to?: number;
}

/** How a phrase matched: its name/alias, a demonym, a capital used as metonym, a surname... */
export const enum Form {
  Name = 0,
  Adj = 1,
  Capital = 2,
  Surname = 3,
  After = 4,
  Non = 5,
}

/** Case rule for a phrase: 0 any case, 1 first letter upper, 2 all upper (acronyms), 3 first letter
 * upper and no capitalised word after it (a family name alone), 4 every word capitalised but `of`,
 * `and`, `for`, `the`, and not in a line of capitals (an entity's `titled` name). */
export interface Hit {
  ref: LexRef | null;
  form: Form;
  caseMode: 0 | 1 | 2 | 3 | 4;
}

export interface TrieNode {
  next: Map<string, TrieNode> | null;
  hits: Hit[] | null;
}

export interface CueHit {
  cue: CueEntry;
}

export interface IssueHit {
  issue: Issue;
  strong: boolean;
  /** Words one of which must come right before the phrase ("the yen": `yen` after `the`), or
   * null. Kept off the trie's first level so that common words ("the", "to", "its") do not get the
   * issue bit and send every recognizer into the issue trie at each of them. */
  lead: string[] | null;
}

/** First words that an issue phrase keeps as its lead instead of starting with them. */
const ISSUE_LEADS = new Set(['the', 'to', 'its', 'their', 'own']);

export interface PhraseNode<T> {
  next: Map<string, PhraseNode<T>> | null;
  value: T | null;
}

export interface CompiledLexicon {
  actors: TrieNode;
  cues: PhraseNode<CueEntry>;
  issues: PhraseNode<IssueHit>;
  byId: Map<string, LexRef>;
  /** Canonical name -> id for countries and blocs (sides). */
  sideId: Map<string, string>;
  /** Lower-cased word -> word-class bits (`W_*`). */
  words: Map<string, number>;
  /** The same word table as the tokenizer's hash index. */
  index: WordIndex;
  /** The first steps of the `actors`, `cues` and `issues` tries, read by a token's entry in `index`. */
  actorFirst: FirstSteps<TrieNode>;
  cueFirst: FirstSteps<PhraseNode<CueEntry>>;
  issueFirst: FirstSteps<PhraseNode<IssueHit>>;
  /** Whether it came from the precompiled data (false: compiled from the data modules). */
  precompiled: boolean;
}

const newNode = (): TrieNode => ({ next: null, hits: null });

function keys(phrase: string): string[] {
  // fast path for plain words and space-separated words (most entries): no tokenizer needed
  let plain = true;
  for (let k = 0; k < phrase.length && plain; k++) {
    const c = phrase.charCodeAt(k);
    plain = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 32;
  }
  if (plain) return phrase.toLowerCase().split(' ');
  return tokenizePlain(phrase).map((t) => t.lower);
}

function caseModeOf(phrase: string, anyCase: boolean): 0 | 1 | 2 {
  if (anyCase) return 0;
  let letters = 0;
  let upper = 0;
  for (let k = 0; k < phrase.length; k++) {
    const c = phrase.charCodeAt(k);
    if (c >= 65 && c <= 90) {
      letters++;
      upper++;
    } else if (c >= 97 && c <= 122) letters++;
    else if (c > 127) {
      // non-ASCII letters: compare case forms (rare in the lexicon)
      const ch = phrase[k]!;
      if (ch.toLowerCase() !== ch.toUpperCase()) {
        letters++;
        if (ch === ch.toUpperCase()) upper++;
      }
    }
  }
  if (letters > 1 && upper === letters && letters <= 6) return 2;
  const c0 = phrase.charCodeAt(0);
  if (c0 >= 65 && c0 <= 90) return 1;
  if (c0 <= 127) return 0;
  return phrase[0] !== phrase[0]!.toLowerCase() ? 1 : 0;
}

function addPhrase(root: TrieNode, phrase: string, hit: Hit): void {
  const ks = keys(phrase);
  if (ks.length === 0) return;
  let node = root;
  for (const k of ks) {
    if (!node.next) node.next = new Map();
    let child = node.next.get(k);
    if (!child) {
      child = newNode();
      node.next.set(k, child);
    }
    node = child;
  }
  if (!node.hits) node.hits = [];
  // A modern state wins a shared alias over a historical one ("Moscow": Russia, not the USSR).
  if (hit.ref?.hist && node.hits.some((h) => h.form === hit.form && h.ref && !h.ref.hist)) return;
  if (hit.ref && !hit.ref.hist) {
    node.hits = node.hits.filter((h) => !(h.form === hit.form && h.ref?.hist));
  }
  node.hits.push(hit);
}

/** Puts `value` on the phrase's node (when `keep`, only if it has none) and returns the node. */
function addValue<T>(root: PhraseNode<T>, phrase: string, value: T, keep: boolean): PhraseNode<T> {
  const ks = keys(phrase);
  let node = root;
  for (const k of ks) {
    if (!node.next) node.next = new Map();
    let child = node.next.get(k);
    if (!child) {
      child = { next: null, value: null };
      node.next.set(k, child);
    }
    node = child;
  }
  if (!keep || node.value === null) node.value = value;
  return node;
}

const parseDate = (s: string | undefined): number | undefined => {
  if (!s) return undefined;
  const t = Date.parse(s);
  return Number.isNaN(t) ? undefined : t;
};

let cached: CompiledLexicon | null = null;

/** The actor trie and the id maps, compiled from the data modules. */
function compileActors(): { root: TrieNode; byId: Map<string, LexRef>; sideId: Map<string, string> } {
  const root = newNode();
  const byId = new Map<string, LexRef>();
  const sideId = new Map<string, string>();
  const countryName = new Map<string, string>();
  /** A demonym, and for those in -an, -i, -o, -ine and -et its plural for the people ("the
   * Americans", "the Europeans", "the Israelis", "the Soviets": a side named as its negotiators). */
  const addDemonym = (ref: LexRef, a: string): void => {
    addPhrase(root, a, { ref, form: Form.Adj, caseMode: 1 });
    if (a.endsWith('an') || a.endsWith('i') || a.endsWith('o') || a.endsWith('ine') || a.endsWith('et'))
      addPhrase(root, `${a}s`, { ref, form: Form.Adj, caseMode: 1 });
  };

  for (const line of COUNTRY_TABLE.split('\n')) {
    if (!line) continue;
    const [id = '', name = '', aliases = '', adjs = '', caps = '', flags = ''] = line.split('|');
    const hist = flags.includes('hist');
    const anyCase = flags.includes('lc');
    const ref: LexRef = { id, name, kind: 'country', side: name, role: null, own: false, hist };
    byId.set(id, ref);
    sideId.set(name, id);
    countryName.set(id, name);
    addPhrase(root, name, {
      ref,
      form: Form.Name,
      caseMode: caseModeOf(name, anyCase && !name.includes(' ')),
    });
    for (const a of aliases.split(';'))
      if (a) addPhrase(root, a, { ref, form: Form.Name, caseMode: caseModeOf(a, false) });
    for (const a of adjs.split(';')) if (a) addDemonym(ref, a);
    for (const a of caps.split(';')) if (a) addPhrase(root, a, { ref, form: Form.Capital, caseMode: 1 });
  }

  const addEntity = (e: EntityEntry): void => {
    const side = e.side ? (countryName.get(e.side) ?? null) : e.kind === 'bloc' ? e.name : null;
    const ref: LexRef = {
      id: e.id,
      name: e.name,
      kind: e.kind,
      side,
      role: e.role ?? null,
      own: !!e.own || e.kind === 'media',
      hist: false,
    };
    byId.set(e.id, ref);
    if (e.kind === 'bloc') {
      sideId.set(e.name, e.id);
      countryName.set(e.id, e.name);
      ref.side = e.name;
    }
    // (an acting-only place is matched like a capital: where it acts)
    const form = e.acting ? Form.Capital : Form.Name;
    // (4: every word capitalised, for a name of common words: "U.S. Steel", not "U.S. steel")
    addPhrase(root, e.name, { ref, form, caseMode: e.titled ? 4 : caseModeOf(e.name, false) });
    for (const a of e.aliases ?? [])
      addPhrase(root, a, {
        ref,
        form,
        caseMode: e.titled && caseModeOf(a, false) !== 2 ? 4 : caseModeOf(a, false),
      });
    for (const a of e.after ?? []) addPhrase(root, a, { ref, form: Form.After, caseMode: 0 });
    for (const a of e.metonyms ?? []) addPhrase(root, a, { ref, form: Form.Capital, caseMode: 1 });
    for (const a of e.adjectives ?? []) addDemonym(ref, a);
  };
  for (const e of BLOCS) addEntity(e);
  for (const e of AGENCIES) addEntity(e);
  for (const e of MEDIA) addEntity(e);
  for (const e of COMPANIES) addEntity(e);
  for (const e of PROVINCES) addEntity(e);
  // EC-era bodies act for the Community.
  for (const e of AGENCIES)
    if (e.side === 'eu' || e.side === 'ec') byId.get(e.id)!.side = countryName.get(e.side) ?? null;

  for (const line of PEOPLE_TABLE.split('\n')) {
    if (!line) continue;
    const [slug = '', name = '', side = '', role = '', from = '', to = '', more = ''] = line.split('|');
    const ref: LexRef = {
      id: `p:${slug}`,
      name,
      kind: 'person',
      side: side === 'null' ? null : (countryName.get(side) ?? null),
      role: role || null,
      own: false,
      hist: false,
      from: parseDate(from),
      to: parseDate(to),
    };
    byId.set(ref.id, ref);
    addPhrase(root, name, { ref, form: Form.Name, caseMode: 1 });
    for (const m of more.split(';')) if (m) addPhrase(root, m, { ref, form: Form.Name, caseMode: 1 });
    const parts = name.split(' ');
    const surname = parts[parts.length - 1]!;
    if (parts.length > 1) addPhrase(root, surname, { ref, form: Form.Surname, caseMode: 1 });
    // ("Xi said", "Yoon told reporters": the first part is the one named alone; the common ones,
    // "Li", "Wang", "Kim", are AMBIGUOUS_SURNAMES, never taken alone, and not added: a phrase
    // here would hide "Kim Yong-beom" from the name patterns; caseMode 3: not before a capitalised
    // word, where it opens another's name, "Yoon Seok-min")
    const first = parts[0]!.toLowerCase();
    if (
      parts.length > 1 &&
      FAMILY_FIRST_SIDES.has(side) &&
      first.length >= 2 &&
      !STOP_CAPS.has(first) &&
      !AMBIGUOUS_SURNAMES.has(first)
    )
      addPhrase(root, parts[0]!, { ref, form: Form.Surname, caseMode: 3 });
  }

  for (const n of NON_ACTORS)
    addPhrase(root, n, { ref: null, form: Form.Non, caseMode: caseModeOf(n, false) });
  return { root, byId, sideId };
}

/**
 * A cue entry with every field present, in one order: the data module's entries differ in which
 * optional fields they spell out, so they had several hidden classes and the precondition step's
 * reads of `cue.phrase`, `cue.stance`... went megamorphic (a global stub-cache probe each).
 */
function cueShape(c: CueEntry): CueEntry {
  return {
    phrase: c.phrase,
    stance: c.stance,
    scope: c.scope,
    direct: c.direct,
    modal: c.modal,
    implies: c.implies,
    copula: c.copula,
    headline: c.headline,
  };
}

/** CUES in that one shape, element for element (the tries' cue values are these objects). */
// (made on first use, with the cue trie: a production load never compiles cues, and building them
// at import put a young-generation collection inside getLexicon's cold load, +2-3 ms)
let shapedCues: readonly CueEntry[] | null = null;
const shapedCuesOf = (): readonly CueEntry[] => (shapedCues ??= CUES.map(cueShape));

function compileCues(): PhraseNode<CueEntry> {
  const cues: PhraseNode<CueEntry> = { next: null, value: null };
  for (const c of shapedCuesOf()) addValue(cues, c.phrase, c, true);
  return cues;
}

function compileIssues(): PhraseNode<IssueHit> {
  const issues: PhraseNode<IssueHit> = { next: null, value: null };
  const add = (phrase: string, issue: Issue, strong: boolean): void => {
    const sp = phrase.indexOf(' ');
    const first = sp > 0 ? phrase.slice(0, sp).toLowerCase() : '';
    // (a phrase kept with a lead and one without on the same words would share one node, and the
    // first added would silently decide for both: "own offices" made "offices" match only after "own")
    if (!ISSUE_LEADS.has(first)) {
      const v = addValue(issues, phrase, { issue, strong, lead: null }, true).value!;
      if (v.lead) throw new Error(`issue phrase "${phrase}" collides with "${v.lead[0]} ${phrase}"`);
      return;
    }
    // "its complaint", "their complaint": one node for the rest, its leads gathered
    const v = addValue(issues, phrase.slice(sp + 1), { issue, strong, lead: [first] }, true).value!;
    if (!v.lead) throw new Error(`issue phrase "${phrase}" collides with "${phrase.slice(sp + 1)}"`);
    if (v.issue === issue && !v.lead.includes(first)) v.lead.push(first);
  };
  for (const w of ISSUE_WORDS) {
    for (const s of w.strong) add(s, w.issue, true);
    for (const s of w.weak ?? []) add(s, w.issue, false);
  }
  return issues;
}

/** Word-class bits of every word that has any (see `W_*`). */
function wordTable(
  actors: TrieNode,
  cues: PhraseNode<CueEntry>,
  issues: PhraseNode<IssueHit>,
): Map<string, number> {
  const m = new Map<string, number>();
  const or = (w: string, bit: number): void => {
    m.set(w, (m.get(w) ?? 0) | bit);
  };
  for (const [k, node] of actors.next ?? []) {
    or(k, W_LEX);
    if (node.hits) or(k, W_LEXONE);
  }
  // every key below the first level (a superset is safe: it only lets a trie walk go on)
  const below = (node: TrieNode): void => {
    for (const [k, child] of node.next ?? []) {
      or(k, W_LEXCONT);
      below(child);
    }
  };
  for (const child of actors.next?.values() ?? []) below(child);
  for (const k of cues.next?.keys() ?? []) or(k, W_CUE);
  for (const k of issues.next?.keys() ?? []) or(k, W_ISSUE);
  const vocab: [string[], number][] = [
    [TRADE_TERMS, W_TRADE],
    [NEGOTIATION_TERMS, W_NEGO],
    [STATISTICS_TERMS, W_STATS],
    [COMMODITY_TERMS, W_COMM],
    [FINANCE_TERMS, W_FIN],
  ];
  for (const [list, bit] of vocab)
    for (const p of list) {
      const sp = p.indexOf(' ');
      if (sp < 0) or(p, bit);
      else or(p.slice(0, sp), W_TWO);
    }
  const lists: [Set<string>, number][] = [
    [HEAD_TITLES, W_HEAD],
    [STOP_CAPS, W_STOP],
    [SPEECH, W_SPEECH],
    [RUN_CONNECTORS, W_CONN],
  ];
  for (const [set, bit] of lists) for (const w of set) or(w, bit);
  for (const w of EVENT_NOUNS) or(w, W_EVENT);
  return m;
}

/** Everything `getLexicon` returns, compiled from the data modules (slow when cold: ~20 ms). */
export function compileLexicon(): Omit<CompiledLexicon, 'precompiled'> {
  const { root, byId, sideId } = compileActors();
  const cues = compileCues();
  const issues = compileIssues();
  const words = wordTable(root, cues, issues);
  return {
    actors: root,
    cues,
    issues,
    byId,
    sideId,
    words,
    index: WordIndex.fromMap(words),
    actorFirst: new FirstSteps(root),
    cueFirst: new FirstSteps(cues),
    issueFirst: new FirstSteps(issues),
  };
}

/**
 * Size of the lexicon's sources as JSON: the precompiled data is used only when it was generated
 * from sources of the same size (an added or removed entry always changes it). The unit test
 * compiled-data.test.ts compares the full content.
 */
export function sourceSize(): number {
  return JSON.stringify([
    COUNTRY_TABLE,
    PEOPLE_TABLE,
    BLOCS,
    AGENCIES,
    MEDIA,
    COMPANIES,
    PROVINCES,
    NON_ACTORS,
    CUES,
    ISSUE_WORDS,
    TRADE_TERMS,
    NEGOTIATION_TERMS,
    STATISTICS_TERMS,
    COMMODITY_TERMS,
    FINANCE_TERMS,
    EVENT_NOUNS,
    [...HEAD_TITLES],
    [...STOP_CAPS],
    [...SPEECH],
    [...RUN_CONNECTORS],
  ]).length;
}

/*
 * Precompiled form (JSON, generated by scripts/gen-lexicon.ts into compiled-data.ts), in two
 * parts: what every text needs (entities, actor trie, side ids, word table) and the phrase tries
 * (cues, issues) that only trade texts need, parsed on first use. The first part is laid out for
 * a cold start: few JSON values (long strings and number arrays), and the actor trie's nodes,
 * hits and entities are made only when a text reaches them.
 * - refs: one line per entity, tab-separated: id, name, kind, side ('=' the name itself, '' none),
 *   role, own ('1'), hist ('1'), from, to (ms)
 * - tries in breadth-first order (a node's children are consecutive): `parents[i]` and `keys[i]`
 *   for node i > 0 (node 0 is the root; actor trie keys as one '\n'-joined string); actor hits
 *   as [node, ref index or -1, form, caseMode] in node order; cue values as [node, index into
 *   CUES]; issue values as [node, issue, strong 0/1]
 * - sideId: [key, value] pairs; words: the word table as an object (JSON.parse makes the
 *   dictionary natively; the tokenizer's hash index fills from it as words come)
 */
interface PackedMain {
  refs: string;
  actors: { parents: number[]; keys: string; hits: number[] };
  sideId: [string, string][];
  words: Record<string, number>;
}
interface PackedPhrases {
  cues: { parents: number[]; keys: string[]; values: number[] };
  issues: { parents: number[]; keys: string[]; values: (string | number)[] };
}

/** Nodes of a trie, root first, breadth-first (so each node's children are consecutive). */
function breadthFirst<N extends { next: Map<string, N> | null }>(
  root: N,
): { nodes: N[]; parents: number[]; keys: string[] } {
  const nodes: N[] = [root];
  const parents: number[] = [-1];
  const keys: string[] = [''];
  for (let i = 0; i < nodes.length; i++)
    for (const [k, child] of nodes[i]!.next ?? []) {
      nodes.push(child);
      parents.push(i);
      keys.push(k);
    }
  return { nodes, parents, keys };
}

type Unpacked = Omit<CompiledLexicon, 'precompiled'>;

/** A field of the packed text formats: no separator characters inside. */
function field(s: string): string {
  if (s.includes('\t') || s.includes('\n'))
    throw new Error(`lexicon: tab or newline in ${JSON.stringify(s)}`);
  return s;
}

/** The two JSON texts of the precompiled lexicon (scripts/gen-lexicon.ts writes them). */
export function packLexicon(lex: Unpacked): { main: string; phrases: string } {
  const refIndex = new Map<LexRef, number>();
  const refs: string[] = [];
  for (const r of lex.byId.values()) {
    refIndex.set(r, refs.length);
    refs.push(
      [
        r.id,
        r.name,
        r.kind,
        r.side === r.name ? '=' : (r.side ?? ''),
        r.role ?? '',
        r.own ? '1' : '',
        r.hist ? '1' : '',
        r.from === undefined ? '' : String(r.from),
        r.to === undefined ? '' : String(r.to),
      ]
        .map(field)
        .join('\t'),
    );
  }
  const a = breadthFirst(lex.actors);
  const hits: number[] = [];
  a.nodes.forEach((node, i) => {
    for (const h of node.hits ?? []) {
      const ri = h.ref ? refIndex.get(h.ref) : -1;
      if (ri === undefined) throw new Error(`lexicon: hit for an entity missing from byId: ${h.ref?.id}`);
      hits.push(i, ri, h.form, h.caseMode);
    }
  });
  const c = breadthFirst(lex.cues);
  const cueValues: number[] = [];
  const shaped = shapedCuesOf();
  c.nodes.forEach((node, i) => {
    if (node.value) cueValues.push(i, shaped.indexOf(node.value));
  });
  const s = breadthFirst(lex.issues);
  const issueValues: (string | number)[] = [];
  s.nodes.forEach((node, i) => {
    if (node.value)
      issueValues.push(i, node.value.issue, node.value.strong ? 1 : 0, node.value.lead?.join(' ') ?? '');
  });
  const main: PackedMain = {
    refs: refs.join('\n'),
    actors: { parents: a.parents, keys: a.keys.map(field).join('\n'), hits },
    sideId: [...lex.sideId],
    words: Object.fromEntries(lex.words),
  };
  const phrases: PackedPhrases = {
    cues: { parents: c.parents, keys: c.keys, values: cueValues },
    issues: { parents: s.parents, keys: s.keys, values: issueValues },
  };
  return { main: JSON.stringify(main), phrases: JSON.stringify(phrases) };
}

/** Rebuilds a trie's nodes from parent/key arrays (node 0 is the root). */
function unpackTrie<N extends { next: Map<string, N> | null }>(
  parents: number[],
  keys: string[],
  make: () => N,
): N[] {
  const nodes: N[] = new Array<N>(parents.length);
  nodes[0] = make();
  for (let i = 1; i < parents.length; i++) {
    const node = make();
    const parent = nodes[parents[i]!]!;
    (parent.next ??= new Map<string, N>()).set(keys[i]!, node);
    nodes[i] = node;
  }
  return nodes;
}

/**
 * A flat one-byte copy of a field split from the packed JSON, when its characters fit a byte. The
 * `refs` and actor-key strings hold a few characters beyond Latin-1 ("Maroš Šefčovič"), so they
 * and every piece split from them are two-byte, and pieces of 13+ characters are slices: V8 then
 * compares them with a token's one-byte string, or lower-cases them (`slugify`), on slow paths (a
 * slice: a runtime call). Made once per entity or trie node, as they are unpacked.
 */
function flatField(s: string): string {
  const codes: number[] = [];
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c > 0xff) return s;
    codes.push(c);
  }
  return String.fromCharCode(...codes);
}

/**
 * The packed actor trie and entities, unpacked on demand: a node's children map and hits are
 * made the first time a text reaches it, an entity the first time a hit or `byId` needs it (a
 * text reaches a few dozen of the ~1,700 nodes).
 */
class PackedActors {
  private readonly keys: string[];
  /** First child of each node (children are consecutive), and how many. */
  private readonly first: Int32Array;
  private readonly count: Int32Array;
  private readonly nodes: (LazyNode | undefined)[];
  private readonly refLines: string[];
  private readonly refs: (LexRef | undefined)[];
  private idMap: Map<string, LexRef> | null = null;

  constructor(
    private readonly p: PackedMain,
    private readonly parents: number[],
  ) {
    this.keys = p.actors.keys.split('\n');
    const n = parents.length;
    this.first = new Int32Array(n);
    this.count = new Int32Array(n);
    for (let i = n - 1; i >= 1; i--) {
      const q = parents[i]!;
      this.first[q] = i;
      this.count[q] = this.count[q]! + 1;
    }
    this.nodes = new Array<LazyNode | undefined>(n);
    this.refLines = p.refs.split('\n');
    this.refs = new Array<LexRef | undefined>(this.refLines.length);
  }

  node(i: number): LazyNode {
    return (this.nodes[i] ??= new LazyNode(this, i));
  }

  children(i: number): Map<string, TrieNode> | null {
    const c = this.count[i]!;
    if (c === 0) return null;
    const m = new Map<string, TrieNode>();
    for (let j = this.first[i]!, e = j + c; j < e; j++) m.set(flatField(this.keys[j]!), this.node(j));
    return m;
  }

  hits(i: number): Hit[] | null {
    // hits are in node order: binary search for the node's first one
    const h = this.p.actors.hits;
    let lo = 0;
    let hi = h.length / 4;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (h[mid * 4]! < i) lo = mid + 1;
      else hi = mid;
    }
    let out: Hit[] | null = null;
    for (let k = lo * 4; k < h.length && h[k] === i; k += 4) {
      const r = h[k + 1]!;
      (out ??= []).push({
        ref: r < 0 ? null : this.ref(r),
        form: h[k + 2]! as Form,
        caseMode: h[k + 3]! as 0 | 1 | 2 | 3 | 4,
      });
    }
    return out;
  }

  ref(i: number): LexRef {
    const known = this.refs[i];
    if (known) return known;
    const f = this.refLines[i]!.split('\t').map(flatField);
    const name = f[1]!;
    const side = f[3]!;
    const ref: LexRef = {
      id: f[0]!,
      name,
      // (the kind as its literal, an internalized string: the recognizers' many \`kind === '...'\`
      // tests then compare pointers, where a split-off copy went to a character compare)
      kind: ACTOR_KINDS.find((k) => k === f[2]) ?? (f[2] as ActorKind),
      side: side === '=' ? name : side || null,
      role: f[4] || null,
      own: f[5] === '1',
      hist: f[6] === '1',
    };
    if (ref.kind === 'person') {
      ref.from = f[7] ? Number(f[7]) : undefined;
      ref.to = f[8] ? Number(f[8]) : undefined;
    }
    return (this.refs[i] = ref);
  }

  get byId(): Map<string, LexRef> {
    if (this.idMap !== null) return this.idMap;
    const m = new Map<string, LexRef>();
    for (let i = 0; i < this.refLines.length; i++) {
      const r = this.ref(i);
      m.set(r.id, r);
    }
    return (this.idMap = m);
  }
}

/** A node of the packed actor trie (see PackedActors). */
class LazyNode implements TrieNode {
  private n: Map<string, TrieNode> | null | undefined = undefined;
  private h: Hit[] | null | undefined = undefined;
  constructor(
    private readonly trie: PackedActors,
    private readonly i: number,
  ) {}
  get next(): Map<string, TrieNode> | null {
    if (this.n === undefined) this.n = this.trie.children(this.i);
    return this.n;
  }
  get hits(): Hit[] | null {
    if (this.h === undefined) this.h = this.trie.hits(this.i);
    return this.h;
  }
}

/** Entities, actor trie, side ids and word table from the first JSON part. */
function unpackMain(json: string): {
  actors: PackedActors;
  root: TrieNode;
  sideId: Map<string, string>;
  words: WordBits;
} {
  const p = JSON.parse(json) as PackedMain;
  const actors = new PackedActors(p, p.actors.parents);
  return {
    actors,
    root: actors.node(0),
    sideId: new Map(p.sideId),
    words: Object.setPrototypeOf(p.words, null) as WordBits,
  };
}

/** Cue and issue tries from the second JSON part. */
function unpackPhrases(json: string): Pick<Unpacked, 'cues' | 'issues'> {
  const p = JSON.parse(json) as PackedPhrases;
  const empty = <T>(): PhraseNode<T> => ({ next: null, value: null });
  const cn = unpackTrie<PhraseNode<CueEntry>>(p.cues.parents, p.cues.keys, empty);
  const shaped = shapedCuesOf();
  for (let i = 0; i < p.cues.values.length; i += 2)
    cn[p.cues.values[i]!]!.value = shaped[p.cues.values[i + 1]!]!;
  const sn = unpackTrie<PhraseNode<IssueHit>>(p.issues.parents, p.issues.keys, empty);
  const v = p.issues.values;
  for (let i = 0; i < v.length; i += 4) {
    const lead = v[i + 3] as string;
    sn[v[i] as number]!.value = {
      issue: v[i + 1] as Issue,
      strong: v[i + 2] === 1,
      lead: lead ? lead.split(' ') : null,
    };
  }
  return { cues: cn[0]!, issues: sn[0]! };
}

/** The precompiled lexicon: parts are unpacked on first use (the phrase tries: trade texts only). */
class Precompiled implements CompiledLexicon {
  readonly actors: TrieNode;
  readonly sideId: Map<string, string>;
  readonly index: WordIndex;
  precompiled = true;
  private readonly packed: PackedActors;
  private readonly wordBits: WordBits;
  private wordMap: Map<string, number> | null = null;
  private phrases: Pick<Unpacked, 'cues' | 'issues'> | null = null;
  private cueSteps: FirstSteps<PhraseNode<CueEntry>> | null = null;
  private issueSteps: FirstSteps<PhraseNode<IssueHit>> | null = null;
  private actorSteps: FirstSteps<TrieNode> | null = null;
  constructor(
    main: string,
    private readonly phrasesJson: string,
  ) {
    const m = unpackMain(main);
    this.packed = m.actors;
    this.actors = m.root;
    this.sideId = m.sideId;
    this.wordBits = m.words;
    this.index = new WordIndex(m.words);
  }
  get byId(): Map<string, LexRef> {
    return this.packed.byId;
  }
  get words(): Map<string, number> {
    return (this.wordMap ??= new Map(Object.entries(this.wordBits)));
  }
  get cues(): PhraseNode<CueEntry> {
    return (this.phrases ??= unpackPhrases(this.phrasesJson)).cues;
  }
  get issues(): PhraseNode<IssueHit> {
    return (this.phrases ??= unpackPhrases(this.phrasesJson)).issues;
  }
  // (made on first use, as the tries are unpacked: not in the cold load)
  get actorFirst(): FirstSteps<TrieNode> {
    return (this.actorSteps ??= new FirstSteps(this.actors));
  }
  get cueFirst(): FirstSteps<PhraseNode<CueEntry>> {
    return (this.cueSteps ??= new FirstSteps(this.cues));
  }
  get issueFirst(): FirstSteps<PhraseNode<IssueHit>> {
    return (this.issueSteps ??= new FirstSteps(this.issues));
  }
}

/** The lexicon from its precompiled JSON (as `getLexicon` loads it; tests compare it). */
export function unpackLexicon(packed: { main: string; phrases: string }): CompiledLexicon {
  return new Precompiled(packed.main, packed.phrases);
}

/**
 * Production builds (vite replaces import.meta.env) ship the data modules and their precompiled
 * form built together, and `npm test` runs compiled-data.test.ts before building: they skip the
 * freshness check (~1-3 ms cold). Everywhere else (tsx scripts, vitest, the CLI bundle) it runs.
 */
const PROD = (import.meta as { env?: { PROD?: boolean } }).env?.PROD === true;

/**
 * The lexicon, loaded once on first use: from the precompiled JSON when it matches the data
 * modules, else compiled from them (a data edit not yet regenerated still takes effect).
 */
export function getLexicon(): CompiledLexicon {
  if (cached) return cached;
  cached =
    PROD || COMPILED_SOURCE_SIZE === sourceSize()
      ? new Precompiled(COMPILED_LEXICON, COMPILED_PHRASES)
      : { ...compileLexicon(), precompiled: false };
  return cached;
}

setWordTableSource(() => getLexicon().index);

/** Drops the loaded lexicon (benchmarks and tests load it again). */
export function resetLexicon(): void {
  cached = null;
}
