import type { Actor, NegotiationEvent, Precondition } from '../core/types';

/**
 * What the background keeps for each tab the content script ran in, in `browser.storage.session`
 * under `tab:<tabId>`. A contract: tests read it there and the popup (`?tab=<id>`) shows it.
 * When the gate turned the page away, `isArticle`/`isTrade`/`isNegotiation` are false, the lists are
 * empty and only `timings.gateMs` is set.
 */
export interface TabResult {
  url: string;
  title: string;
  isArticle: boolean;
  isTrade: boolean;
  isNegotiation: boolean;
  /** Why the gate stopped, when it did ("no article signals", "no trade words"); else null. */
  gate: string | null;
  score: number;
  actors: Actor[];
  preconditions: Precondition[];
  parties: string[];
  events: NegotiationEvent[];
  published: string | null;
  timings: { gateMs: number; extractMs: number | null; analyzeMs: number | null; paintMs: number | null };
  /** Epoch ms when recorded. */
  at: number;
}

export const tabKey = (tabId: number): string => `tab:${tabId}`;
