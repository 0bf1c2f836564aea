/**
 * Scoring of analyzer output against a gold file, as ../shared/corpus/gold/README.md says:
 * names/aliases compared case-insensitively after collapsing whitespace, a surname alone matches a
 * person, optional names are ignored; preconditions compared as (holder, issue) pairs with
 * demand+condition pooled, offers and rejects apart.
 */
import type { Analysis } from '../src/core/types';

export interface GoldActor {
  name: string;
  aliases: string[];
  kind: string;
  side: string | null;
  role: string | null;
}

export interface GoldPrecondition {
  holder: string;
  target: string | null;
  issue: string;
  stance: 'demand' | 'condition' | 'offer' | 'reject';
  quote: string;
}

export interface GoldFile {
  id: string;
  is_negotiation_article: boolean;
  actors: GoldActor[];
  optional_actors: string[];
  forbidden_actors?: string[];
  preconditions: GoldPrecondition[];
  published?: string;
  /** Status events the article reports (own articles only; see eval/articles/README.md). */
  events?: GoldEvent[];
  /** Events a prediction may also give without counting against it. */
  optional_events?: GoldEvent[];
}

/** A status event: `date` null when the text gives none (then any predicted date matches). */
export interface GoldEvent {
  status: string;
  date: string | null;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
export const add = (a: Counts, b: Counts): void => {
  a.tp += b.tp;
  a.fp += b.fp;
  a.fn += b.fn;
};
export const prf = (c: Counts): { p: number; r: number; f: number } => {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};

/** Whitespace collapsed, lower case, and a name's closing full stop dropped ('Canfor Corp.' is
 * 'Canfor Corp': the analyzer ends names before a dot that may also end the sentence). */
export const norm = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase().replace(/\.$/, '');

export interface ArticleScore {
  actors: Counts;
  demands: Counts;
  offers: Counts;
  rejects: Counts;
  falsePositives: string[];
  missed: string[];
  forbiddenHits: string[];
  pairErrors: string[];
}

/** Index of the gold actor a predicted form matches, or -1. */
function goldIndex(gold: GoldActor[], form: string): number {
  const f = norm(form);
  for (let g = 0; g < gold.length; g++) {
    const a = gold[g]!;
    if (norm(a.name) === f || a.aliases.some((x) => norm(x) === f)) return g;
  }
  for (let g = 0; g < gold.length; g++) {
    const a = gold[g]!;
    if (a.kind !== 'person') continue;
    const parts = norm(a.name).split(' ');
    if (parts.length > 1 && parts[parts.length - 1] === f) return g;
    if (parts.length > 2 && parts.slice(-2).join(' ') === f) return g;
  }
  return -1;
}

export function scoreArticle(gold: GoldFile, res: Analysis): ArticleScore {
  const optional = new Set(gold.optional_actors.map(norm));
  const forbidden = new Set((gold.forbidden_actors ?? []).map(norm));
  const matched = new Set<number>();
  const actorGold = new Map<string, string>(); // predicted actor id -> gold name
  const s: ArticleScore = {
    actors: zero(),
    demands: zero(),
    offers: zero(),
    rejects: zero(),
    falsePositives: [],
    missed: [],
    forbiddenHits: [],
    pairErrors: [],
  };
  for (const a of res.actors) {
    const forms = [a.name, ...a.mentions.map((m) => m.text)];
    let g = -1;
    for (const f of forms) {
      g = goldIndex(gold.actors, f);
      if (g >= 0) break;
    }
    if (g >= 0) {
      matched.add(g);
      actorGold.set(a.id, gold.actors[g]!.name);
      if (a.mentions.length > 0) s.actors.tp++;
      continue;
    }
    if (a.mentions.length === 0) continue; // a side added only to hold a precondition
    if (forms.some((f) => forbidden.has(norm(f)))) s.forbiddenHits.push(a.name);
    if (forms.some((f) => optional.has(norm(f)))) continue;
    s.actors.fp++;
    s.falsePositives.push(`${a.name} [${a.mentions.map((m) => m.text).join('|')}]`);
  }
  for (let g = 0; g < gold.actors.length; g++) {
    if (!matched.has(g)) {
      s.actors.fn++;
      s.missed.push(gold.actors[g]!.name);
    }
  }
  const pairs = (stances: string[], list: { holder: string; issue: string; stance: string }[]): Set<string> =>
    new Set(list.filter((p) => stances.includes(p.stance)).map((p) => `${norm(p.holder)}|${p.issue}`));
  const predList = res.preconditions.map((p) => {
    const actor = res.actors.find((a) => a.id === p.holder);
    return { holder: actorGold.get(p.holder) ?? actor?.name ?? p.holder, issue: p.issue, stance: p.stance };
  });
  const groups: [string[], keyof ArticleScore][] = [
    [['demand', 'condition'], 'demands'],
    [['offer'], 'offers'],
    [['reject'], 'rejects'],
  ];
  for (const [stances, key] of groups) {
    const gp = pairs(stances, gold.preconditions);
    const pp = pairs(stances, predList);
    const c = s[key] as Counts;
    for (const x of pp) {
      if (gp.has(x)) c.tp++;
      else {
        c.fp++;
        s.pairErrors.push(`+${stances[0]} ${x}`);
      }
    }
    for (const x of gp) {
      if (!pp.has(x)) {
        c.fn++;
        s.pairErrors.push(`-${stances[0]} ${x}`);
      }
    }
  }
  return s;
}

/**
 * Status events of one article. A predicted (status, date) matches an unmatched gold event of the
 * same status whose date is equal or null; one that matches none but an optional event is
 * ignored; the rest are false positives, and unmatched gold events are misses.
 */
export function scoreEvents(
  gold: Pick<GoldFile, 'events' | 'optional_events'>,
  predicted: readonly { status: string; date: string | null }[],
): { counts: Counts; errors: string[] } {
  const want = gold.events ?? [];
  const optional = gold.optional_events ?? [];
  const fits = (g: GoldEvent, p: { status: string; date: string | null }) =>
    g.status === p.status && (g.date === null || g.date === p.date);
  const used = new Set<number>();
  const counts = zero();
  const errors: string[] = [];
  for (const p of predicted) {
    const g = want.findIndex((x, k) => !used.has(k) && fits(x, p));
    if (g >= 0) {
      used.add(g);
      counts.tp++;
    } else if (!optional.some((x) => fits(x, p))) {
      counts.fp++;
      errors.push(`+${p.status}@${p.date ?? '?'}`);
    }
  }
  want.forEach((g, k) => {
    if (used.has(k)) return;
    counts.fn++;
    errors.push(`-${g.status}@${g.date ?? '?'}`);
  });
  return { counts, errors };
}
