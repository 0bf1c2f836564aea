import type { ActorKind } from '../types';
import { tokenize } from '../tokenize';
import { COUNTRY_TABLE } from './countries';
import { AGENCIES, BLOCS, COMPANIES, MEDIA, NON_ACTORS, type EntityEntry } from './entities';
import { PEOPLE_TABLE } from './people';
import { CUES, ISSUE_WORDS, type CueEntry } from './cues';
import type { Issue } from '../types';

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

/** Case rule for a phrase: 0 any case, 1 first letter upper, 2 all upper (acronyms). */
export interface Hit {
  ref: LexRef | null;
  form: Form;
  caseMode: 0 | 1 | 2;
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
}

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
  /** Milliseconds the compilation took (reported by the benchmark). */
  loadMs: number;
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
  return tokenize(phrase).map((t) => t.lower);
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

function addValue<T>(root: PhraseNode<T>, phrase: string, value: T, keep: boolean): void {
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
}

const parseDate = (s: string | undefined): number | undefined => {
  if (!s) return undefined;
  const t = Date.parse(s);
  return Number.isNaN(t) ? undefined : t;
};

let cached: CompiledLexicon | null = null;

/** The lexicon, compiled once on first use into token tries (the data modules stay plain). */
export function getLexicon(): CompiledLexicon {
  if (cached) return cached;
  const t0 = typeof performance !== 'undefined' ? performance.now() : Date.now();
  const root = newNode();
  const byId = new Map<string, LexRef>();
  const sideId = new Map<string, string>();
  const countryName = new Map<string, string>();

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
    for (const a of adjs.split(';')) if (a) addPhrase(root, a, { ref, form: Form.Adj, caseMode: 1 });
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
    addPhrase(root, e.name, { ref, form: Form.Name, caseMode: caseModeOf(e.name, false) });
    for (const a of e.aliases ?? [])
      addPhrase(root, a, { ref, form: Form.Name, caseMode: caseModeOf(a, false) });
    for (const a of e.after ?? []) addPhrase(root, a, { ref, form: Form.After, caseMode: 0 });
    for (const a of e.metonyms ?? []) addPhrase(root, a, { ref, form: Form.Capital, caseMode: 1 });
  };
  for (const e of BLOCS) addEntity(e);
  for (const e of AGENCIES) addEntity(e);
  for (const e of MEDIA) addEntity(e);
  for (const e of COMPANIES) addEntity(e);
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
  }

  for (const n of NON_ACTORS)
    addPhrase(root, n, { ref: null, form: Form.Non, caseMode: caseModeOf(n, false) });

  const t1 = typeof performance !== 'undefined' ? performance.now() : Date.now();
  cached = new Lexicon(root, byId, sideId, t1 - t0);
  return cached;
}

function compileCues(): PhraseNode<CueEntry> {
  const cues: PhraseNode<CueEntry> = { next: null, value: null };
  for (const c of CUES) addValue(cues, c.phrase, c, true);
  return cues;
}

function compileIssues(): PhraseNode<IssueHit> {
  const issues: PhraseNode<IssueHit> = { next: null, value: null };
  for (const w of ISSUE_WORDS) {
    for (const s of w.strong) addValue(issues, s, { issue: w.issue, strong: true }, true);
    for (const s of w.weak ?? []) addValue(issues, s, { issue: w.issue, strong: false }, true);
  }
  return issues;
}

/**
 * The compiled lexicon. The actor trie is built on load (every text needs it); the cue and issue
 * tries only on first use, since preconditions are looked for in trade texts only.
 */
class Lexicon implements CompiledLexicon {
  private cueTrie: PhraseNode<CueEntry> | null = null;
  private issueTrie: PhraseNode<IssueHit> | null = null;
  constructor(
    readonly actors: TrieNode,
    readonly byId: Map<string, LexRef>,
    readonly sideId: Map<string, string>,
    readonly loadMs: number,
  ) {}
  get cues(): PhraseNode<CueEntry> {
    return (this.cueTrie ??= compileCues());
  }
  get issues(): PhraseNode<IssueHit> {
    return (this.issueTrie ??= compileIssues());
  }
}

/** Drops the compiled lexicon (benchmarks measure a cold load). */
export function resetLexicon(): void {
  cached = null;
}
