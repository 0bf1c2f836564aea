import type { Issue, Precondition } from './types';
import { TokKind, type Sentence, type Token } from './tokenize';
import type { IssueHit, PhraseNode } from './lexicon/compile';
import type { CueEntry } from './lexicon/cues';
import { getLexicon } from './lexicon/compile';
import type { ActorInfo, ActorResult } from './actors';
import { LEGISLATOR_ROLES, SPEECH } from './lexicon/words';

/** Prepositions that make the actor after them an object, not the subject holding a position. */
const OBJECT_PREPS = new Set([
  'of',
  'to',
  'from',
  'with',
  'on',
  'against',
  'for',
  'by',
  'in',
  'into',
  'at',
  'about',
  'between',
  'toward',
  'towards',
  'over',
  'than',
  'like',
  'among',
  'including',
  'under',
]);
const PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we', 'i', 'its', 'their']);
const NEGATION = new Set(['not', "n't", 'never', 'no']);
const MODALS = new Set(['must', 'should', 'have to', 'has to', 'had to', 'need to', 'needs to']);
const REPORT_VERBS = new Set(['quoted', 'reported', 'reports', 'quoting', 'cited', 'citing']);
/** Cues per sentence beyond which the rest are ignored (hostile text of repeated cue words). */
const MAX_CUES_PER_SENTENCE = 6;

interface CueAt {
  cue: CueEntry;
  a: number;
  b: number;
}

function phraseAt<T>(
  root: PhraseNode<T>,
  toks: Token[],
  i: number,
  end: number,
): { value: T; b: number } | null {
  let node: PhraseNode<T> | undefined = root;
  let best: { value: T; b: number } | null = null;
  for (let k = i; k < end && node?.next; k++) {
    node = node.next.get(toks[k]!.lower);
    if (!node) break;
    if (node.value !== null) best = { value: node.value, b: k + 1 };
  }
  return best;
}

/**
 * The party whose position a mention voices: a government official, ministry or embassy gives
 * the country/bloc; legislators, lobbies, outlets keep their own voice (ANNOTATION.md conventions).
 */
export function holderOf(actor: ActorInfo, sideActor: (id: string) => ActorInfo | null): ActorInfo | null {
  if (actor.kind === 'country' || actor.kind === 'bloc') return actor;
  if (actor.kind === 'media') return null;
  if (actor.kind === 'person') {
    const role = (actor.role ?? '').toLowerCase();
    let legislator = false;
    for (const w of role.split(/[^a-z]+/)) if (LEGISLATOR_ROLES.has(w)) legislator = true;
    if (role.includes('representative') && !role.includes('trade')) legislator = true;
    if (legislator) return actor;
    if (!actor.sideId) return actor.role ? actor : null;
    return sideActor(actor.sideId) ?? actor;
  }
  if (actor.own || !actor.sideId) return actor;
  return sideActor(actor.sideId) ?? actor;
}

/**
 * Finds preconditions sentence by sentence: a cue (demand/condition/offer/reject), the holder
 * (nearest subject actor before it, else the quoted speaker, else the last holder for a pronoun),
 * the target (first other party after it), and the issues named in the cue's scope.
 */
export function findPreconditions(
  text: string,
  toks: Token[],
  sentences: Sentence[],
  ar: ActorResult,
  ensureActor: (id: string) => ActorInfo | null,
): Precondition[] {
  const lex = getLexicon();
  const byId = new Map<string, ActorInfo>();
  for (const a of ar.actors) byId.set(a.id, a);
  /** The actor for a side id, created (without mentions) when only a person or demonym names it. */
  const sideActor = (id: string): ActorInfo | null => {
    let s = byId.get(id);
    if (!s) {
      s = ensureActor(id) ?? undefined;
      if (s) byId.set(id, s);
    }
    return s ?? null;
  };
  const resolveHolder = (a: ActorInfo): ActorInfo | null => holderOf(a, sideActor);
  const resolveSide = (a: ActorInfo): ActorInfo | null => {
    if (a.kind === 'country' || a.kind === 'bloc') return a;
    if (a.sideId) return sideActor(a.sideId) ?? a;
    return a.kind === 'media' ? null : a;
  };

  const out: Precondition[] = [];
  const seen = new Set<string>();
  let lastHolder: ActorInfo | null = null;

  for (const S of sentences) {
    // cues in this sentence
    const cues: CueAt[] = [];
    for (let k = S.first; k < S.last && cues.length < MAX_CUES_PER_SENTENCE;) {
      const t = toks[k]!;
      if (t.kind === TokKind.Word && ar.mentionAt[k] === -1) {
        const m = phraseAt(lex.cues, toks, k, S.last);
        if (m) {
          cues.push({ cue: m.value, a: k, b: m.b });
          k = m.b;
          continue;
        }
      }
      k++;
    }
    // speaker of the sentence: "..., X said" / "said X" / "X said ..."
    let speaker: ActorInfo | null = null;
    for (let k = S.first; k < S.last; k++) {
      if (!SPEECH.has(toks[k]!.lower)) continue;
      const before = ar.mentionAt[k - 1] ?? -1;
      const after = ar.mentionAt[k + 1] ?? -1;
      const mi = before >= 0 && k - 1 >= S.first ? before : after >= 0 && k + 1 < S.last ? after : -1;
      if (mi >= 0) {
        speaker = ar.mentions[mi]!.actor;
        break;
      }
    }
    let sentenceHolder: ActorInfo | null = null;
    for (let c = 0; c < cues.length; c++) {
      const cu = cues[c]!;
      const stance = cu.cue.stance;
      // negated demand/offer ("did not ask", "not willing to") is not coded
      const p1 = toks[cu.a - 1];
      const p2 = toks[cu.a - 2];
      if (
        stance !== 'reject' &&
        ((p1 && NEGATION.has(p1.lower)) || (p2 && NEGATION.has(p2.lower) && p1?.kind === TokKind.Word))
      )
        continue;
      // holder: nearest subject-like actor before the cue in this sentence
      let holder: ActorInfo | null = null;
      let subjectIdx = -1;
      let pronoun = false;
      const clauseStart = c > 0 ? Math.max(S.first, cues[c - 1]!.b) : S.first;
      for (let k = cu.a - 1; k >= S.first; k--) {
        const mi = ar.mentionAt[k]!;
        if (mi >= 0) {
          const mm = ar.mentions[mi]!;
          const prev = toks[mm.a - 1];
          const after = toks[mm.b];
          const isObject = prev && mm.a - 1 >= S.first && OBJECT_PREPS.has(prev.lower);
          const reported = mm.actor.kind === 'media' || (after && REPORT_VERBS.has(after.lower));
          k = mm.a;
          if (isObject || reported) continue;
          const h = resolveHolder(mm.actor);
          if (h) {
            holder = h;
            subjectIdx = mm.a;
            break;
          }
          continue;
        }
        if (k >= clauseStart && PRONOUNS.has(toks[k]!.lower) && !holder) {
          pronoun = true;
          if (k < cu.a - 4) {
            /* distant pronoun: still the subject of this clause */
          }
          break;
        }
      }
      // a modal right after an actor makes that actor the target ("the U.S. should quickly ...")
      let target: ActorInfo | null = null;
      const modal = MODALS.has(cu.cue.phrase);
      if (modal && holder && subjectIdx >= 0) {
        const mm = ar.mentions[ar.mentionAt[subjectIdx]!]!;
        if (mm.b >= cu.a - 2) {
          target = holder;
          holder = null;
        }
      }
      if (!holder) {
        if (speaker) holder = resolveHolder(speaker);
        else if (pronoun || modal || sentenceHolder) holder = sentenceHolder ?? lastHolder;
      }
      if (!holder) continue;
      // target: first other party after the cue
      if (!target) {
        for (let k = cu.b; k < S.last; k++) {
          const mi = ar.mentionAt[k]!;
          if (mi < 0) continue;
          const mm = ar.mentions[mi]!;
          k = mm.b - 1;
          const side = resolveSide(mm.actor);
          if (
            side &&
            side.id !== holder.id &&
            (side.kind === 'country' || side.kind === 'bloc' || side.kind === 'organization')
          ) {
            target = side;
            break;
          }
        }
      }
      if (!target) {
        for (let k = cu.b; k < S.last; k++) {
          const adj = ar.adjAt[k];
          if (adj && adj.id !== holder.id && adj.id !== holder.sideId) {
            target = sideActor(adj.id);
            break;
          }
        }
      }
      // issues in scope
      const nextCue = cues[c + 1];
      let scopeEnd = nextCue ? nextCue.a : S.last;
      for (let k = cu.b; k < scopeEnd; k++) {
        const lw = toks[k]!.lower;
        if (lw === ';' || (lw === 'but' && k > cu.b + 1)) {
          scopeEnd = k;
          break;
        }
      }
      const prevCueEnd = c > 0 ? cues[c - 1]!.b : S.first;
      const issues = collectIssues(lex.issues, toks, cu.b, scopeEnd);
      if (issues.size === 0 && cu.cue.scope !== 'after') {
        for (const i of collectIssues(lex.issues, toks, prevCueEnd, cu.a)) issues.add(i);
      }
      if (issues.size === 0) continue;
      sentenceHolder = holder;
      for (const issue of issues) {
        const key = `${holder.id}|${issue}|${stance}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({
          holder: holder.id,
          target: target && target.id !== holder.id ? target.id : null,
          issue,
          stance,
          text: text.slice(S.start, S.end),
          start: S.start,
          end: S.end,
          rule: `cue:${cu.cue.phrase.replace(/ /g, '_')}+issue:${issue}`,
        });
      }
    }
    // the subject actor of this sentence is what a later "it"/"they" refers to
    const firstMi = firstSubject(toks, S, ar);
    if (sentenceHolder) lastHolder = sentenceHolder;
    else if (firstMi) {
      const h = resolveHolder(firstMi);
      if (h) lastHolder = h;
    }
  }
  return out;
}

function firstSubject(toks: Token[], S: Sentence, ar: ActorResult): ActorInfo | null {
  for (let k = S.first; k < S.last; k++) {
    const mi = ar.mentionAt[k]!;
    if (mi < 0) continue;
    const mm = ar.mentions[mi]!;
    const prev = toks[mm.a - 1];
    if (prev && mm.a > S.first && OBJECT_PREPS.has(prev.lower)) {
      k = mm.b - 1;
      continue;
    }
    if (mm.actor.kind === 'media') {
      k = mm.b - 1;
      continue;
    }
    return mm.actor;
  }
  return null;
}

function collectIssues(root: PhraseNode<IssueHit>, toks: Token[], a: number, b: number): Set<Issue> {
  const strong = new Set<Issue>();
  const weak = new Set<Issue>();
  for (let k = a; k < b;) {
    const m = phraseAt(root, toks, k, b);
    if (m) {
      (m.value.strong ? strong : weak).add(m.value.issue);
      k = m.b;
      continue;
    }
    k++;
  }
  return strong.size > 0 ? strong : weak;
}
