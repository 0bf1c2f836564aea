/**
 * Shapes of Parley's reading history: what is kept of each negotiation article (a bounded digest,
 * never the article's text) and what the popup derives from a thread of them (timeline, ledger).
 * Pure data: the IndexedDB layer (src/storage/history) stores these objects as they are.
 */
import type { ActorKind, EventStatus, Issue, Stance } from '../types';

/** One actor as remembered: no mention offsets (they mean nothing outside the page), just a count. */
export interface DigestActor {
  id: string;
  name: string;
  kind: ActorKind;
  side: string | null;
  role: string | null;
  mentions: number;
}

/** One precondition as remembered, with the side it speaks for resolved while the actors are known. */
export interface DigestPrecondition {
  holder: string;
  /** Party id (country/bloc) the holder speaks for, or the holder id itself when it has no side. */
  side: string;
  target: string | null;
  issue: Issue;
  stance: Stance;
  /** The sentence that carries it, cut to a bound. */
  text: string;
}

export interface DigestEvent {
  status: EventStatus;
  date: string | null;
  text: string;
}

/** What the history keeps of one negotiation article. Bounded (see DIGEST_LIMITS). */
export interface ArticleDigest {
  /** Canonical URL: the store key, so re-reading an article updates it instead of adding a copy. */
  url: string;
  title: string;
  /** Host without `www.` ("reuters.com"). */
  site: string;
  /** Publication date-time as the page gave it, or null. */
  published: string | null;
  /** Sort date (YYYY-MM-DD): the publication date, else the day it was first seen. */
  date: string;
  firstSeen: number;
  lastSeen: number;
  /** Main parties as the analyzer ranked them. */
  parties: string[];
  /** Sorted party ids joined with `+` ("cn+us"); one party alone when only one was found. */
  pair: string;
  subject: string;
  /** `pair/subject`: the thread the article belongs to. */
  thread: string;
  /** Ids of every actor, for the multiEntry index. */
  actorIds: string[];
  actors: DigestActor[];
  preconditions: DigestPrecondition[];
  events: DigestEvent[];
  /** Normalized title, for spotting syndicated copies. */
  titleKey: string;
  /** Hash of the precondition and event sentences; '' when there are none. */
  fingerprint: string;
  /** URL of the first-recorded copy of the same story (itself when it is the first). */
  group: string;
}

/** What the history keeps of one thread, updated in the same transaction as its articles. */
export interface ThreadSummary {
  key: string;
  pair: string;
  subject: string;
  parties: string[];
  /** Display names of the parties, in `parties` order. */
  partyNames: string[];
  articles: number;
  firstDate: string;
  lastDate: string;
  updatedAt: number;
}

/**
 * A thread's timeline and ledger as of its newest story, computed by the writer whenever the thread
 * changes, so the popup reads one small record instead of every article of a long negotiation.
 */
export interface ThreadView {
  key: string;
  /** URLs of the newest story's copies: the view is exact for an article among them. */
  latest: string[];
  stories: number;
  timeline: TimelineItem[];
  ledger: LedgerEntry[];
}

export type LedgerStatus = 'new' | 'repeated' | 'softened' | 'dropped';

/** One line of the demand ledger: one side's position on one issue across a thread. */
export interface LedgerEntry {
  /** Party id the position belongs to. */
  side: string;
  sideName: string;
  issue: Issue;
  firstSeen: { date: string; url: string; title: string };
  lastSeen: { date: string; url: string; title: string };
  /** Distinct stories (syndicated copies count once) that carry it. */
  articles: number;
  latestWording: string;
  latestStance: Stance;
  /** Who voiced the latest wording ("Jane Roe") and at whom it was aimed, as display names. */
  latestHolder: string;
  latestTarget: string | null;
  status: LedgerStatus;
}

export type TimelineItem =
  | {
      kind: 'article';
      date: string;
      url: string;
      title: string;
      site: string;
      /** Sites that ran the same story. */
      alsoOn: Array<{ site: string; url: string }>;
      preconditions: number;
      current: boolean;
    }
  | {
      kind: 'event';
      date: string;
      status: EventStatus;
      text: string;
      url: string;
      /** The text gives the event no day: `date` is that of the article reporting it (absent in
       * views stored before 2026-11-28, which showed such events as dated). */
      undated?: true;
    };
