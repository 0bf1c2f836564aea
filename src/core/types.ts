/**
 * The analyzer's public shapes. These are a contract: the CLI prints them as JSON, the background
 * stores them per tab (`tab:<id>`), the popup renders them. Change them only with a version bump and
 * a note in the README's "CLI contract" section.
 */

export const ACTOR_KINDS = ['country', 'bloc', 'person', 'organization', 'company', 'media'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const ISSUES = [
  'tariffs',
  'purchases',
  'ip_protection',
  'tech_transfer',
  'market_access',
  'subsidies',
  'currency',
  'enforcement',
  'export_controls',
  'balance',
  'other',
] as const;
export type Issue = (typeof ISSUES)[number];

export const STANCES = ['demand', 'condition', 'offer', 'reject'] as const;
export type Stance = (typeof STANCES)[number];

export const EVENT_STATUSES = [
  'planned',
  'restarted',
  'held',
  'stalled',
  'broken_off',
  'deal_reached',
  'signed',
] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** A span of the analyzed plain text: `text === input.slice(start, end)`. */
export interface Mention {
  start: number;
  end: number;
  text: string;
}

export interface Actor {
  /** Stable across articles for lexicon entries (e.g. `cn`, `us`, `eu`, `p:robert-lighthizer`), so
   * history can follow one actor; for actors found by pattern a slug of the name (`p:jane-doe`). */
  id: string;
  /** The fullest / canonical form ("United States", "Robert Lighthizer"). */
  name: string;
  kind: ActorKind;
  /** Canonical name of the country or bloc the actor acts for ("China"); null for international
   * bodies, their staff, and outlets with no state role. A country's side is itself. */
  side: string | null;
  /** Role as the text or the lexicon gives it ("U.S. Trade Representative"), else null. */
  role: string | null;
  mentions: Mention[];
}

export interface Precondition {
  /** Actor id of the party whose position it is. */
  holder: string;
  /** Actor id of the party it is aimed at, or null. */
  target: string | null;
  issue: Issue;
  stance: Stance;
  /** The sentence (or clause) that carries it: `text === input.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** Which rule fired, shown to users as "why this was marked" (e.g. `cue:insist+issue:tariffs`). */
  rule: string;
}

/** A status change of the negotiation ("talks restarted", "deal signed"), dated when possible. */
export interface NegotiationEvent {
  status: EventStatus;
  /** ISO date (YYYY-MM-DD) resolved against the publication date, or null when unknown. */
  date: string | null;
  text: string;
  start: number;
  end: number;
}

export interface Classification {
  isArticle: boolean;
  isTrade: boolean;
  isNegotiation: boolean;
  /** 0..1 confidence that this is a trade-negotiation article. */
  score: number;
  /** Human-readable reasons ("6 trade terms", "cue: talks"), for "why" in the UI and debugging. */
  reasons: string[];
}

export interface AnalyzeInput {
  /** The article's plain text (headline, blank line, paragraphs separated by blank lines). */
  text: string;
  title?: string | null;
  /** ISO date or date-time of publication, used to resolve "Monday", "this week". */
  published?: string | null;
  /** Signals from the page (JSON-LD NewsArticle, og:type article...) when known. */
  articleHint?: boolean | null;
}

export interface Analysis extends Classification {
  actors: Actor[];
  preconditions: Precondition[];
  /** Actor ids of the negotiation's main parties (usually two countries/blocs), most salient first. */
  parties: string[];
  events: NegotiationEvent[];
}
