/**
 * Tokenizer and sentence splitter: one pass over the characters, no regular expressions, so
 * hostile input (a 1 MB line, endless capitals) costs time proportional to its length.
 */

export const enum TokKind {
  Word = 1,
  Number = 2,
  Punct = 3,
}

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-cased text (the key for every lexicon lookup). */
  lower: string;
  kind: TokKind;
  /** First character is an upper-case letter. */
  cap: boolean;
  /** Every letter is upper case (acronyms, wire headlines). */
  upper: boolean;
  /** Whitespace precedes the token. */
  space: boolean;
  /** Newlines in the whitespace before the token (2+ = paragraph break). */
  nl: number;
  /** Word-class bits of a word (`W_*` in lexicon/compile.ts: lexicon first words, vocabularies),
   * 16 bits, and above them its word-set bits (`WordSet`). */
  w: number;
  /** More word-set bits of a word (`WordSet2`, 32 of them). */
  w2: number;
  /** Its word's entry in the word index that made it (`Token.lower` is that entry's key), or -1
   * (punctuation, numbers, a word the index does not remember): what `FirstSteps` reads. */
  id: number;
}

export interface Sentence {
  /** Token index range [first, last). */
  first: number;
  last: number;
  start: number;
  end: number;
  /** Sentence of a line whose letters are all upper case (wire headlines). */
  caps: boolean;
  /** Its words' word-class bits, or-ed (`Token.w`): a recognizer whose words have a bit skips a
   * sentence without it rather than testing each of its tokens. */
  w: number;
}

const isUpperCode = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
const isLowerCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Letters: ASCII, Latin-1 and any code point above it except typographic punctuation and spaces. */
function isLetter(c: number): boolean {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 0xc0) return false;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x206f) return false; // general punctuation: quotes, dashes, spaces
  if (c === 0xfeff || c === 0xa0) return false;
  if (c >= 0x3000 && c <= 0x303f) return false; // CJK punctuation: 、。「」
  if ((c >= 0xff01 && c <= 0xff0f) || (c >= 0xff1a && c <= 0xff20) || (c >= 0xff5b && c <= 0xff65))
    return false; // fullwidth punctuation
  return true;
}

function isSpace(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 10 ||
    c === 13 ||
    c === 12 ||
    c === 11 ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x3000 ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f
  );
}

const APOS = (c: number): boolean => c === 39 || c === 0x2019;

function upperInfo(text: string): { cap: boolean; upper: boolean } {
  const c0 = text.charCodeAt(0);
  let cap = isUpperCode(c0);
  if (!cap && c0 > 0xff) cap = text[0] !== text[0]!.toLowerCase();
  let upper = true;
  let letters = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (isLowerCode(c)) {
      upper = false;
      break;
    }
    if (isUpperCode(c)) letters++;
    else if (c > 0xff && text[k] !== text[k]!.toUpperCase()) {
      upper = false;
      break;
    }
  }
  return { cap, upper: upper && letters > 0 };
}

/** One-character strings for ASCII punctuation, so punctuation tokens allocate nothing. */
const PUNCT: string[] = Array.from({ length: 128 }, (_, k) => String.fromCharCode(k));

/** Where `tokenize` gets the lexicon's word index (the lexicon module imports this one). */
let wordTableOf: (() => WordIndex) | null = null;

/** Lets the lexicon module hand the tokenizer its word index without an import cycle. */
export function setWordTableSource(f: () => WordIndex): void {
  wordTableOf = f;
}

/** Longest word whose characters the index pools (compared without reading the key strings). */
const POOLED = 24;
/** Longest word whose key a WordIndex slot holds itself (8 ASCII characters in 2 ints). */
const INSLOT = 8;

/**
 * A short word's key as a WordIndex slot holds it: its lower-cased ASCII characters rolled into
 * 2 ints, 8 bits each, one step per character (`k1 = (k1 << 8) | (k0 >>> 24); k0 = (k0 << 8) | c`),
 * the last character in the low byte of k0. The tokenizer rolls a word's key in locals as it scans
 * the word; the characters are non-zero, so a key of up to `INSLOT` characters also tells its
 * length. Words are hashed with FNV-1a over their UTF-16 code units (`Math.imul(h ^ c, FnvPrime)`).
 *
 * The per-character steps are written out in the scanning loop, and their numbers are a const
 * enum (literals in the bundle): a module-level function or constant is a context load and a
 * check per use in optimized code.
 */
const enum Hash {
  FnvSeed = -2128831035, // 0x811c9dc5 | 0
  FnvPrime = 0x01000193,
}
const fnv = (h: number, c: number): number => Math.imul(h ^ c, Hash.FnvPrime);

/** Most words the index also remembers beyond the lexicon's (bounds its memory on any input). */
const MAX_SEEN = 1 << 15;

/** A WordIndex slot packs a word's class bits (`W_*`, 16 bits) below its entry number plus one
 * (16 bits, read back with `>>>`: up to 65,535 entries, and the index holds at most `MAX_SEEN`
 * words beyond the lexicon's few thousand); 0 is an empty slot. */
const enum Slot {
  BitsShift = 16,
  BitsMask = 0xffff,
}

/**
 * Word-set bits: the upper 16 bits of a word token's `w`, from the word sets registered with
 * `registerWordSet` (in the recognizers' modules). A bit is set when the token's lower-cased word
 * is in a set registered with it, so a hot `SET.has(t.lower)` becomes a bit test (a Set lookup by
 * a token's string hashes and compares it: ~50-90 instructions). A bit registered for one set
 * answers for it exactly; a bit shared by several sets is a pre-filter before their lookups.
 * Exact because a set's words start with a letter (checked), so only word tokens can be in one,
 * and a word token in a set always has its bits: from its word-index entry (a set's word is always
 * remembered, see `learn`), or from the sets themselves when there is no index (`tokenizePlain`,
 * or before the lexicon is loaded).
 */
export const enum WordSet {
  /** preconditions: REPORTING (exact). */
  Reporting = 1 << 16,
  /** preconditions: the word sets of the cue holder's backward scan (pre-filter). */
  HolderScan = 1 << 17,
  /** preconditions: BENEFIT_ADJ (exact). */
  BenefitAdj = 1 << 18,
  /** actors: STATION_WORDS (exact). */
  Station = 1 << 19,
  /** actors: PARTY_PLURALS (exact). */
  PartyPlural = 1 << 20,
  /** actors: OTHER_SIDE (exact). */
  OtherSide = 1 << 21,
  /** actors: NAME_PARTICLES (exact). */
  NameParticle = 1 << 22,
  /** preconditions: the sets of the scans after a cue (pre-filter). */
  AfterCue = 1 << 23,
  /** preconditions: SIDE_NOUNS (exact). */
  SideNoun = 1 << 24,
  /** preconditions: SPECULATION (exact). */
  Speculation = 1 << 25,
  /** preconditions: MEASURE_PRONOUNS (exact). */
  MeasurePronoun = 1 << 26,
  /** events: CLAUSE_END's words (exact for a word token). */
  ClauseEnd = 1 << 27,
  /** events: LOOSE_SECOND (exact). */
  LooseSecond = 1 << 28,
  /** preconditions: AUX, NEGATION, CONDITIONAL_MODALS, FUTURE_AUX, READY (pre-filter). */
  Modal = 1 << 30,
  /** tokenize: ABBREV (exact). */
  Abbrev = 1 << 29,
  /** events: the words an event trigger or rule starts at (exact; the sign bit). */
  EventStart = 1 << 31,
}

/**
 * A second word of word-set bits (a token's `w2`), for sets looked up at many tokens whose bits did
 * not fit in `w`: each bit is exact for its set, as `WordSet`'s own bits are (registerWordSet2).
 */
export const enum WordSet2 {
  /** preconditions: WON_LINKS. */
  WonLink = 1 << 0,
  /** preconditions: CONCESSION_NOUNS. */
  ConcessionNoun = 1 << 1,
  /** preconditions: ENTRY_LINKS. */
  EntryLink = 1 << 2,
  /** preconditions: PRICE_OBJECT_ENDS. */
  PriceObjectEnd = 1 << 3,
  /** preconditions: PRICE_MOVES. */
  PriceMove = 1 << 4,
  /** preconditions: PRICE_LOWERED. */
  PriceLowered = 1 << 5,
  /** preconditions: GENERIC_HEADS. */
  GenericHead = 1 << 6,
  /** events: MEETS. */
  Meets = 1 << 7,
  /** events: REQUEST_VERBS. */
  RequestVerb = 1 << 8,
  /** actors: ROMANCE_AND. */
  RomanceAnd = 1 << 9,
  /** events: MODALS and SAYING, one bit for both (bodyStepDay asks for either). */
  EvModalSaying = 1 << 10,
  /** classify: SUPPLY_GOODS. */
  SupplyGood = 1 << 11,
  /** classify: TALKS_WORDS. */
  TalksWord = 1 << 12,
  /** actors: MEDIA_NOUNS. */
  MediaNoun = 1 << 13,
  /** actors: ROMANCE_OF. */
  RomanceOf = 1 << 14,
  /** preconditions: GAP_VERBS. */
  GapVerb = 1 << 15,
  /** preconditions: PRESS_FOR_VERBS. */
  PressForVerb = 1 << 16,
  /** actors: PLURAL_TITLES. */
  PluralTitle = 1 << 17,
  /** preconditions: RATE_TARIFFS (dealTerm's facedRate, tested at every issue word). */
  RateTariff = 1 << 18,
  /** preconditions: DEMANDS_REFUSED (tested at every word of a sentence with issues). */
  DemandRefused = 1 << 19,
}

/** A registered word's word-set bits: `WordSet` (`w`) and `WordSet2` (`w2`). */
interface SetBits {
  w: number;
  w2: number;
}
/** Lower-cased word -> its word-set bits (every registered set's words; one lookup for both
 * words of bits, made for every occurrence of a word the index no longer remembers). */
const setBitsOf = new Map<string, SetBits>();
const bitsEntry = (word: string): SetBits => {
  let b = setBitsOf.get(word);
  if (b === undefined) setBitsOf.set(word, (b = { w: 0, w2: 0 }));
  return b;
};
/** Word indexes made so far (one per lexicon), whose entries take a set registered late. */
const liveIndexes: WordIndex[] = [];
/** The entries' words of the first word index made (the lexicon's): `TokenSet` keeps its answers
 * by these entries. */
let testedWords: readonly string[] = [];

/** Gives the words of `words` the word-set bit `bit` (a `WordSet`). */
export function registerWordSet(words: Iterable<string>, bit: number): void {
  registerBits('registerWordSet', words, 'w', bit);
}

/** Gives the words of `words` the second-word bit `bit` (a `WordSet2`; see registerWordSet). */
export function registerWordSet2(words: Iterable<string>, bit: number): void {
  registerBits('registerWordSet2', words, 'w2', bit);
}

/** Or-s `bit` into the words' bits of one word (`w` or `w2`), then refreshes the live indexes. */
function registerBits(caller: string, words: Iterable<string>, field: keyof SetBits, bit: number): void {
  for (const word of words) {
    if (word.length === 0 || !isLetter(word.charCodeAt(0)))
      throw new Error(`${caller}: "${word}" does not start with a letter`);
    bitsEntry(word)[field] |= bit;
  }
  for (const ix of liveIndexes) ix.refreshSets();
}

/** Lower-cased word -> word-class bits: a dictionary object without a prototype. */
export type WordBits = Readonly<Record<string, number>>;

/**
 * The lexicon's word table (lower-cased word -> word-class bits, `W_*` in lexicon/compile.ts)
 * behind an open-addressing hash table probed with a word's characters (ASCII lower-cased on the
 * fly), so a word seen before is looked up without slicing, lower-casing or hashing a new string.
 * The table fills as words come: on a miss the word's bits come from the lexicon's dictionary and
 * the word is remembered (every lexicon word, and up to `MAX_SEEN` others), which also interns
 * it: its string is reused as `Token.lower`, and as `Token.text` when it is lower case, saving
 * most of the tokenizer's string allocations. Nothing is built up front (cold start).
 */
export class WordIndex {
  /** Open addressing, 4 ints a slot (16 bytes, 4 slots a cache line): (entry + 1) << 16 | bits
   * (0 = empty), the hash, and a key of up to `INSLOT` ASCII characters packed 8 bits each into
   * 2 ints (0, 0 for a longer or non-ASCII key): a short word is found with one cache line
   * read, where comparing it with its key elsewhere took two or three more (the table competes
   * for the cache with the tokens the analyzer allocates). Load at most 3/4. */
  private tab = new Int32Array(4096 * 4);
  private mask = 4095;
  /** Entry -> its word (lower case), the last capitalised form seen ("U.S.", "THE"), and its
   * title-case form ("The"; '' until seen), which a capitalised word takes without comparing. */
  readonly keys: string[] = [];
  readonly cased: string[] = [];
  readonly titled: string[] = [];
  private seen = 0;
  /** Key characters of entries up to `POOLED` long, back to back (compared without reading the
   * key strings), and per entry (offset << 5 | length), or -1 for a longer key. */
  private pool = new Uint16Array(1 << 15);
  private poolLen = 0;
  private kinfo = new Int32Array(4096);
  /** Entry e -> its word-set bits (`WordSet`, or-ed into its tokens' `w`) at 2e and its
   * `WordSet2` bits (its tokens' `w2`) at 2e + 1: side by side, one cache line read for both. */
  sets = new Int32Array(4096 * 2);
  /** The `WordSet2` bits of the word the last `learn` call was given. */
  learned2 = 0;
  /** The entry the last `learn` call made, or -1 (a word not remembered). */
  learnedId = -1;

  constructor(private readonly table: WordBits) {
    liveIndexes.push(this);
    if (liveIndexes.length === 1) testedWords = this.keys;
  }

  /** Recomputes the entries' word-set bits (after a set registered late). */
  refreshSets(): void {
    for (let e = 0; e < this.keys.length; e++) {
      const b = setBitsOf.get(this.keys[e]!);
      this.sets[2 * e] = b === undefined ? 0 : b.w;
      this.sets[2 * e + 1] = b === undefined ? 0 : b.w2;
    }
  }

  static fromMap(m: ReadonlyMap<string, number>): WordIndex {
    const table = Object.create(null) as Record<string, number>;
    for (const [k, v] of m) table[k] = v;
    return new WordIndex(table);
  }

  /** Word-class bits of a lower-cased word (0 when it has none). */
  get(lower: string): number {
    return this.table[lower] ?? 0;
  }

  /** Packed slot value of the word text[a, b) (ASCII, compared via its lower case), or 0: its
   * characters against the pooled key characters, or the key string for a key longer than
   * `POOLED`. */
  findAscii(text: string, a: number, b: number, h: number): number {
    const tab = this.tab;
    const pool = this.pool;
    const len = b - a;
    for (let s = h & this.mask; ; s = (s + 1) & this.mask) {
      const p = s << 2;
      const e = tab[p]!;
      if (e === 0) return 0;
      if (tab[p + 1] !== h || tab[p + 2] !== 0) continue;
      const entry = (e >>> Slot.BitsShift) - 1;
      const info = this.kinfo[entry]!;
      let k = 0;
      if (info >= 0) {
        if ((info & 31) !== len) continue;
        const off = info >> 5;
        for (; k < len; k++) {
          let c = text.charCodeAt(a + k);
          if (c >= 65 && c <= 90) c += 32;
          if (c !== pool[off + k]) break;
        }
      } else {
        const key = this.keys[entry]!;
        if (key.length !== len) continue;
        for (; k < len; k++) {
          let c = text.charCodeAt(a + k);
          if (c >= 65 && c <= 90) c += 32;
          if (c !== key.charCodeAt(k)) break;
        }
      }
      if (k === len) return e;
    }
  }

  /** Packed slot value of the word of up to INSLOT ASCII characters rolled into k0, k1 (see
   * `Hash`), or 0. */
  findShort(k0: number, k1: number, h: number): number {
    const tab = this.tab;
    for (let s = h & this.mask; ; s = (s + 1) & this.mask) {
      const p = s << 2;
      const e = tab[p]!;
      if (e === 0) return 0;
      if (tab[p + 1] === h && tab[p + 2] === k0 && tab[p + 3] === k1) return e;
    }
  }

  /** Packed slot value of a lower-cased word, or 0. */
  find(lower: string, h: number): number {
    const tab = this.tab;
    for (let s = h & this.mask; ; s = (s + 1) & this.mask) {
      const p = s << 2;
      const e = tab[p]!;
      if (e === 0) return 0;
      if (tab[p + 1] === h && this.keys[(e >>> Slot.BitsShift) - 1] === lower) return e;
    }
  }

  /** After a miss: the word's bits and word-set bits, remembering the word (lexicon words and
   * words of a registered set always, others up to `MAX_SEEN`). */
  learn(lower: string, h: number): number {
    const w = this.table[lower] ?? 0;
    const b = setBitsOf.get(lower);
    const sets = b === undefined ? 0 : b.w;
    const sets2 = b === undefined ? 0 : b.w2;
    this.learned2 = sets2;
    this.learnedId = -1;
    if (w === 0 && sets === 0 && sets2 === 0) {
      if (this.seen >= MAX_SEEN) return 0;
      this.seen++;
    }
    this.learnedId = this.keys.length;
    this.add(own(lower), h, w);
    return w | sets;
  }

  private add(key: string, h: number, w: number): void {
    if ((this.keys.length + 1) * 4 > this.mask * 3) this.grow();
    if (w !== (w & Slot.BitsMask))
      throw new Error(`WordIndex: word-class bits ${w} do not fit ${Slot.BitsShift} bits`);
    const entry = this.keys.length;
    this.keys.push(key);
    if (entry >= this.kinfo.length) {
      const old = this.kinfo;
      this.kinfo = new Int32Array(old.length * 2);
      this.kinfo.set(old);
      const oldSets = this.sets;
      this.sets = new Int32Array(old.length * 4);
      this.sets.set(oldSets);
    }
    const b = setBitsOf.get(key);
    this.sets[2 * entry] = b === undefined ? 0 : b.w;
    this.sets[2 * entry + 1] = b === undefined ? 0 : b.w2;
    if (key.length <= POOLED) {
      if (this.poolLen + key.length > this.pool.length) {
        const old = this.pool;
        this.pool = new Uint16Array(old.length * 2);
        this.pool.set(old);
      }
      const off = this.poolLen;
      for (let k = 0; k < key.length; k++) this.pool[off + k] = key.charCodeAt(k);
      this.poolLen += key.length;
      this.kinfo[entry] = (off << 5) | key.length;
    } else this.kinfo[entry] = -1;
    // the key in the slot: up to INSLOT ASCII characters, else 0, 0 (found through kinfo/pool)
    let k0 = 0;
    let k1 = 0;
    if (key.length <= INSLOT) {
      for (let k = 0; k < key.length; k++) {
        const c = key.charCodeAt(k);
        if (c === 0 || c > 0x7f) {
          k0 = k1 = 0;
          break;
        }
        k1 = (k1 << 8) | (k0 >>> 24);
        k0 = (k0 << 8) | c;
      }
    }
    this.cased.push(key);
    this.titled.push('');
    this.put((this.keys.length << Slot.BitsShift) | w, h, k0, k1);
  }

  /** Stores a packed (entry + 1, bits) value and its key under hash h. */
  private put(packed: number, h: number, k0: number, k1: number): void {
    let s = h & this.mask;
    while (this.tab[s << 2] !== 0) s = (s + 1) & this.mask;
    const p = s << 2;
    this.tab[p] = packed;
    this.tab[p + 1] = h;
    this.tab[p + 2] = k0;
    this.tab[p + 3] = k1;
  }

  /** Doubles the table (load factor at most 3/4). */
  private grow(): void {
    const old = this.tab;
    this.tab = new Int32Array(old.length * 2);
    this.mask = (this.mask << 1) | 1;
    for (let p = 0; p < old.length; p += 4)
      if (old[p] !== 0) this.put(old[p]!, old[p + 1]!, old[p + 2]!, old[p + 3]!);
  }
}

/**
 * A trie root's children, read by a token's word-index entry (`Token.id`): an array read where the
 * root's Map look-up hashed the word and probed a table of thousands of words, the trie walks'
 * hottest lines. Filled as words come; each slot keeps the word it was filled for, so a token of
 * another index, or with no entry (-1), is looked up in the Map and the answer is always the Map's.
 */
export class FirstSteps<N extends { next: ReadonlyMap<string, N> | null }> {
  /** Entry e's word at 2e and its child (or undefined: none) at 2e + 1: one cache line for both. */
  private readonly slots: (string | N | undefined)[] = [];
  private readonly next: ReadonlyMap<string, N>;

  constructor(readonly root: N) {
    this.next = root.next ?? new Map<string, N>();
  }

  /** The root's child for the token's word (`next.get(t.lower)`). */
  child(t: Token): N | undefined {
    const at = 2 * t.id;
    const slots = this.slots;
    if (at >= 0 && at < slots.length && slots[at] === t.lower) return slots[at + 1] as N | undefined;
    const node = this.next.get(t.lower);
    if (at >= 0) {
      // (grown without holes: a sparse array turns into a dictionary)
      while (slots.length <= at) slots.push(undefined, undefined);
      slots[at] = t.lower;
      slots[at + 1] = node;
    }
    return node;
  }
}

/**
 * A word set read by a token (`SET.has(t.lower)`), whose answer for a word-index entry is kept
 * once asked and then read from an array by the token's entry (`Token.id`): a Set look-up by a word
 * string hashes it and compares it with the set's keys, several times an array read. The answers
 * are kept by the entries of the first index made (the lexicon's, `testedWords`) and taken only
 * when the token's word is that entry's word (an entry keeps its word for good), so a token of
 * another index, or with no entry (-1), is looked up in the set: the answer is always the set's
 * (no state that depends on call order).
 */
export class TokenSet {
  /** Entry -> 0 not asked yet, 1 not in the set, 2 in it (grown as entries are asked). */
  private answers = new Uint8Array(0);

  constructor(private readonly words: ReadonlySet<string>) {}

  /** `words.has(t.lower)`; false for no token. */
  has(t: Token | undefined): boolean {
    if (t === undefined) return false;
    const id = t.id;
    const answers = this.answers;
    if (id >= 0 && id < answers.length && testedWords[id] === t.lower) {
      const a = answers[id]!;
      if (a !== 0) return a === 2;
    }
    return this.ask(t);
  }

  /** The set's answer, kept for the token's entry when it is one of `testedWords`. */
  private ask(t: Token): boolean {
    const yes = this.words.has(t.lower);
    const id = t.id;
    if (id >= 0 && testedWords[id] === t.lower) {
      if (id >= this.answers.length) {
        // (doubled, to at most one byte an entry a WordIndex can have: `Slot` packs 16 bits)
        const grown = new Uint8Array(Math.min(1 << 16, Math.max(1024, 2 * this.answers.length, id + 1)));
        grown.set(this.answers);
        this.answers = grown;
      }
      this.answers[id] = yes ? 2 : 1;
    }
    return yes;
  }
}

/**
 * A copy of a word that holds only its own characters: V8 makes longer slices views into the
 * whole text, which a remembered word would keep in memory.
 */
function own(word: string): string {
  return word.length < 13 ? word : (' ' + word).slice(1);
}

function hashOf(s: string): number {
  let h: number = Hash.FnvSeed;
  for (let k = 0; k < s.length; k++) h = fnv(h, s.charCodeAt(k));
  return h;
}

/**
 * Splits text into word, number and punctuation tokens with offsets into the same string. Word
 * tokens carry their word-class bits from the lexicon's word table (one hash probe per word, so
 * the recognizers test bits instead of looking words up in several sets each).
 */
/** True for the possessive token the tokenizer splits off a word ("China" + "'s", also "\u2019s"). */
export function isPossessive(t: Token | undefined): boolean {
  // (its length first, from the offsets: most tokens end there, without a call to compare strings)
  return t !== undefined && t.end - t.start === 2 && (t.text === "'s" || t.text === '\u2019s');
}

export function tokenize(text: string): Token[] {
  return scan(text, wordTableOf ? wordTableOf() : null);
}

/** `tokenize` without word-class bits (used while the lexicon itself is being compiled). */
export function tokenizePlain(text: string): Token[] {
  return scan(text, null);
}

function scan(text: string, table: WordIndex | null): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  let space = true;
  let nl = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c <= 13 && c >= 9) || (c >= 128 && isSpace(c))) {
      if (c === 10) nl++;
      space = true;
      i++;
      continue;
    }
    const start = i;
    let kind: TokKind;
    /** The word ended at a space (' '). */
    let spaceAfter = false;
    // case counts of a word's characters, gathered while scanning it (`counted` = all of them)
    let ups = 0;
    let lows = 0;
    // (digits and apostrophes of a word: its lower-case letters are counted when it ends, as its
    // length less its capitals and these, so that the commonest character adds nothing)
    let marks = 0;
    let other = false;
    let counted = false;
    // FNV-1a hash of the ASCII-lower-cased word and its key rolled as a WordIndex slot holds a
    // short word's (see `Hash`), taken in the same pass (valid when `counted`); kept in locals,
    // where a buffer in memory cost a typed array's checks per character
    let h: number = Hash.FnvSeed;
    let k0 = 0;
    let k1 = 0;
    if (isLetter(c)) {
      kind = TokKind.Word;
      counted = true;
      let l = c;
      if (c >= 65 && c <= 90) {
        ups++;
        l = c + 32;
      } else if (c < 97 || c > 122) other = true;
      h = Math.imul(h ^ l, Hash.FnvPrime);
      k0 = l;
      i++;
      // the word's characters, most often lower-case ASCII letters (tested first, by range)
      while (i < n) {
        let d = text.charCodeAt(i);
        if (d >= 97 && d <= 122) {
          // (counted at the end)
        } else if (d >= 65 && d <= 90) {
          ups++;
          d += 32;
        } else if (d >= 128 && isLetter(d))
          other = true; // (the slow way below, with no key)
        else if (d >= 48 && d <= 57) marks++;
        else {
          if (APOS(d) && i + 1 < n && isLetter(text.charCodeAt(i + 1))) {
            // possessive 's is its own token; O'Brien, don't stay whole
            const e = text.charCodeAt(i + 1);
            if ((e === 115 || e === 83) && (i + 2 >= n || !isLetter(text.charCodeAt(i + 2)))) break;
            if (d > 0x7f) other = true;
            marks++;
          } else {
            // Abbreviation with dots: U.S., U.K., U.S.A., E.U. (single letters each followed by a
            // dot; tested here, at the word's first character that is none of its own)
            if (d === 46 && i === start + 1 && i + 1 < n && isLetter(text.charCodeAt(i + 1))) {
              let j = i;
              while (
                j + 1 < n &&
                text.charCodeAt(j) === 46 &&
                isLetter(text.charCodeAt(j + 1)) &&
                (j + 2 >= n || !isLetter(text.charCodeAt(j + 2)))
              ) {
                j += 2;
              }
              if (j > i) {
                counted = false;
                // include the final dot when present ("U.S."), which ends the word; else the word
                // goes on ("U.S" and what follows it)
                if (j < n && text.charCodeAt(j) === 46) {
                  i = j + 1;
                  break;
                }
                i = j;
                continue;
              }
            }
            spaceAfter = d === 32;
            break;
          }
        }
        // (`d` lower-cased)
        h = Math.imul(h ^ d, Hash.FnvPrime);
        k1 = (k1 << 8) | (k0 >>> 24);
        k0 = (k0 << 8) | d;
        i++;
      }
      lows = i - start - ups - marks;
    } else if (isDigit(c)) {
      kind = TokKind.Number;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isDigit(d) || isLetter(d)) i++;
        else if ((d === 44 || d === 46) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) i++;
        else break;
      }
    } else if (
      APOS(c) &&
      i + 1 < n &&
      (text.charCodeAt(i + 1) === 115 || text.charCodeAt(i + 1) === 83) &&
      (i + 2 >= n || !isLetter(text.charCodeAt(i + 2))) &&
      !space
    ) {
      kind = TokKind.Word;
      i += 2;
    } else {
      kind = TokKind.Punct;
      i++;
    }
    let t: string;
    let cap = false;
    let upper = false;
    let lower: string;
    let w = 0;
    let w2 = 0;
    let id = -1;
    if (kind === TokKind.Punct && i - start === 1 && c < 128) {
      t = PUNCT[c]!;
      lower = t;
    } else if (kind === TokKind.Word) {
      // case flags from the counts taken while scanning (a second pass only for abbreviations
      // and "'s"); anything non-ASCII goes the slow way
      if (!counted) {
        ups = 0;
        lows = 0;
        other = false;
        h = Hash.FnvSeed;
        k0 = 0;
        k1 = 0;
        for (let k = start; k < i; k++) {
          const d = text.charCodeAt(k);
          let l = d;
          if (d >= 65 && d <= 90) {
            ups++;
            l = d + 32;
          } else if (d >= 97 && d <= 122) lows++;
          else if (d > 0x7f) other = true;
          h = fnv(h, l);
          k1 = (k1 << 8) | (k0 >>> 24);
          k0 = (k0 << 8) | l;
        }
      }
      if (other) {
        t = text.slice(start, i);
        const info = upperInfo(t);
        cap = info.cap;
        upper = info.upper;
        // (a typographic apostrophe read as the ASCII one, so "won’t" is "won't", as the
        // lexicon spells it; the text itself is left as it is)
        lower = t.toLowerCase();
        if (lower.includes('\u2019')) lower = lower.replaceAll('\u2019', "'");
        if (table !== null) {
          h = hashOf(lower);
          const e = table.find(lower, h);
          if (e !== 0) {
            const entry = (e >>> Slot.BitsShift) - 1;
            lower = table.keys[entry]!;
            w = (e & Slot.BitsMask) | table.sets[2 * entry]!;
            w2 = table.sets[2 * entry + 1]!;
            id = entry;
          } else {
            w = table.learn(lower, h);
            w2 = table.learned2;
            id = table.learnedId;
          }
        } else {
          // (no index: the word-set bits alone)
          const b = setBitsOf.get(lower);
          if (b !== undefined) {
            w = b.w;
            w2 = b.w2;
          }
        }
      } else {
        cap = c >= 65 && c <= 90;
        upper = ups > 0 && lows === 0;
        // (compared with null: a parameter's truthiness is a generic check, ~14 instructions a word)
        if (table !== null) {
          // `h`, `k0`, `k1`: the lower-cased word's hash and key, taken while scanning it
          const found = i - start <= INSLOT ? table.findShort(k0, k1, h) : table.findAscii(text, start, i, h);
          if (found !== 0) {
            const e = (found >>> Slot.BitsShift) - 1;
            lower = table.keys[e]!;
            w = (found & Slot.BitsMask) | table.sets[2 * e]!;
            w2 = table.sets[2 * e + 1]!;
            id = e;
            if (ups === 0) t = lower;
            else if (ups === 1 && cap) {
              // title case ("Trade"): the word with its first letter in capitals, one string per word
              t = table.titled[e]!;
              if (t === '') table.titled[e] = t = own(text.slice(start, i));
            } else {
              // the word in capitals: reuse the form last seen when it is the same
              const cs = table.cased[e]!;
              let k = start;
              while (k < i && text.charCodeAt(k) === cs.charCodeAt(k - start)) k++;
              if (k === i) t = cs;
              else table.cased[e] = t = own(text.slice(start, i));
            }
          } else {
            t = text.slice(start, i);
            lower = ups > 0 ? t.toLowerCase() : t;
            w = table.learn(lower, h);
            w2 = table.learned2;
            id = table.learnedId;
          }
        } else {
          t = text.slice(start, i);
          lower = ups > 0 ? t.toLowerCase() : t;
          // (no index: the word-set bits alone)
          const b = setBitsOf.get(lower);
          if (b !== undefined) {
            w = b.w;
            w2 = b.w2;
          }
        }
      }
    } else {
      t = text.slice(start, i);
      lower = t;
    }
    out.push({ start, end: i, text: t, lower, kind, cap, upper, space, nl, w, w2, id });
    space = false;
    nl = 0;
    if (spaceAfter) {
      // the space that ended the word, read already: the next token's (not read again above)
      space = true;
      i++;
    }
  }
  return out;
}

/** Words after which a full stop does not end a sentence. */
const ABBREV = new Set(
  (
    'mr mrs ms dr prof sen rep gov gen col lt sgt st jr sr inc corp co ltd bros no vs etc fig dept ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mt ft pa nebr calif mass wash ill tex fla ' +
    'conn va md mich minn wis ore ariz colo la ky tenn ala miss okla kan neb ind del nev ' +
    'approx est govt univ assn adm capt cmdr maj pres rev hon'
  ).split(' '),
);
registerWordSet(ABBREV, WordSet.Abbrev);

/** Capitalised words that start a new sentence after an ambiguous abbreviation like "U.S.". */
const STARTERS = new Set(
  (
    'the a an he she it they we i but and in on at this that these those there its his her their our ' +
    'however meanwhile if when while as after before for some many most one two ' +
    'mr mrs ms under last next earlier later also still yet so'
  ).split(' '),
);

const isQuote = (t: string): boolean =>
  t === '"' || t === '\u201d' || t === '\u201c' || t === "'" || t === '\u2019' || t === '\u2018' || t === ')';

/** Groups tokens into sentences. The first line is always its own sentence (the headline). */
export function splitSentences(text: string, toks: Token[]): Sentence[] {
  const out: Sentence[] = [];
  let first = 0;
  let headlineDone = false;
  // word-class bits of the tokens from `first` on (those skipped below are punctuation, 0); a
  // parameter of push, not read by it from here, so that it stays a local, not a closure slot
  let bits = 0;
  /** The text's first '.' at or after the last word's last character (see below; -1: none read yet). */
  let dot = -1;
  const push = (a: number, b: number, w: number): void => {
    if (b <= a) return;
    const s = toks[a]!.start;
    const e = toks[b - 1]!.end;
    let caps = true;
    let words = 0;
    for (let k = a; k < b; k++) {
      const t = toks[k]!;
      if (t.kind === TokKind.Word) {
        words++;
        if (t.upper !== true && t.text !== "'s" && t.text !== '\u2019s') {
          caps = false;
          break;
        }
      }
    }
    out.push({ first: a, last: b, start: s, end: e, caps: caps && words > 1, w });
  };
  const len = toks.length;
  for (let k = 0; k < len; k++) {
    let t = toks[k]!;
    // the tokens that neither start a line nor can end a sentence (most: words and numbers after
    // no line break, a word that does not end at the text's next dot, found below) in a loop of
    // their own, where the long loop's head cost several times as much a token
    while (
      t.nl === 0 &&
      t.kind !== TokKind.Punct &&
      // (most tokens end before the next dot: tested first)
      (t.end - 1 < dot || t.kind !== TokKind.Word || t.end - t.start <= 2)
    ) {
      bits |= t.w;
      if (++k === len) break;
      t = toks[k]!;
    }
    if (k === len) break;
    const nl = t.nl;
    if (nl !== 0) {
      // a paragraph break ends a sentence, and so does the first line break (the headline)
      if (k > first && (nl >= 2 || !headlineDone)) {
        push(first, k, bits);
        first = k;
        bits = 0;
      }
      headlineDone = true;
    }
    bits |= t.w;
    if (t.kind === TokKind.Punct) {
      // (a punctuation token is one UTF-16 unit: its code, read from the text, is compared, not
      // its string, which a comparison with each of these strings would read again)
      const c = text.charCodeAt(t.start);
      if (c === 0x3002 || c === 0xff01 || c === 0xff1f) {
        // CJK full stops end a sentence with no space or capital after them
        push(first, k + 1, bits);
        first = k + 1;
        bits = 0;
        continue;
      }
      if (c !== 46 && c !== 33 && c !== 63) continue; // . ! ?
      let end = k + 1;
      while (end < toks.length && isQuote(toks[end]!.text) && !toks[end]!.space) end++;
      const next = toks[end];
      // (compared with undefined and true: a token's or its field's truthiness is a generic check)
      if (next === undefined) continue;
      if (next.space !== true && next.nl === 0) continue;
      if (!(next.cap === true || next.kind === TokKind.Number || isQuote(next.text) || next.nl >= 2))
        continue;
      if (c === 46 && t.space !== true) {
        const prev = toks[k - 1];
        // ("No. 5" goes on; "No. Talks have been frozen since 2016.", a Q&A's answer, ends)
        if (
          prev !== undefined &&
          (prev.w & WordSet.Abbrev) !== 0 &&
          next.nl < 2 &&
          !(prev.lower === 'no' && next.kind !== TokKind.Number)
        )
          continue;
        if (
          prev !== undefined &&
          prev.kind === TokKind.Word &&
          prev.text.length === 1 &&
          prev.upper &&
          next.nl < 2
        )
          continue; // initials
      }
      push(first, end, bits);
      first = end;
      bits = 0;
      k = end - 1;
    } else if (t.kind === TokKind.Word && t.end - t.start > 2) {
      // A word ends in a dot only as an abbreviation ("U.S."): the text's next dot at or after the
      // word's last character, found with indexOf as the words go on, tells (where reading each
      // word's last character cost a string read per word).
      const last = t.end - 1;
      if (dot < last) {
        dot = text.indexOf('.', last);
        if (dot < 0) dot = text.length;
      }
      if (dot !== last) continue;
      // "U.S." ends a sentence only when a typical sentence opener follows.
      const next = toks[k + 1];
      if (
        next !== undefined &&
        next.space === true &&
        next.cap === true &&
        (STARTERS.has(next.lower) || next.nl >= 2)
      ) {
        push(first, k + 1, bits);
        first = k + 1;
        bits = 0;
      }
    }
  }
  push(first, toks.length, bits);
  return out;
}
