/**
 * Small hand-written analyses for the history unit tests. The ids are the lexicon's real `us`/`cn`
 * so the tests read like the product; every sentence is written for these tests.
 */
import type { Actor, Issue, Precondition, Stance } from '../types';
import { buildDigest, type DigestSource } from './digest';
import type { ArticleDigest } from './types';

export const US: Actor = {
  id: 'us',
  name: 'United States',
  kind: 'country',
  side: 'United States',
  role: null,
  mentions: [],
};
export const CN: Actor = {
  id: 'cn',
  name: 'China',
  kind: 'country',
  side: 'China',
  role: null,
  mentions: [],
};
export const ENVOY: Actor = {
  id: 'p:jane-roe',
  name: 'Jane Roe',
  kind: 'person',
  side: 'United States',
  role: 'Trade Representative',
  mentions: [{ start: 0, end: 8, text: 'Jane Roe' }],
};
export const MINISTER: Actor = {
  id: 'p:li-wen',
  name: 'Li Wen',
  kind: 'person',
  side: 'China',
  role: 'Commerce Minister',
  mentions: [{ start: 0, end: 6, text: 'Li Wen' }],
};

export function pos(
  holder: string,
  issue: Issue,
  stance: Stance,
  text: string,
  target: string | null = null,
): Precondition {
  return { holder, target, issue, stance, text, start: 0, end: text.length, rule: 'test' };
}

/** A US-China article source with the given positions. */
export function source(
  url: string,
  published: string | null,
  preconditions: Precondition[],
  over: Partial<DigestSource> = {},
): DigestSource {
  return {
    url,
    title: `Talks article ${url.split('/').pop() ?? ''}`,
    published,
    actors: [US, CN, ENVOY, MINISTER],
    preconditions,
    events: [],
    parties: ['us', 'cn'],
    ...over,
  };
}

/** Builds a digest, failing the test if the URL is not recordable. */
export function digest(src: DigestSource, now = Date.parse(src.published ?? '2026-01-01')): ArticleDigest {
  const d = buildDigest(src, now);
  if (!d) throw new Error(`not recordable: ${src.url}`);
  return d;
}
