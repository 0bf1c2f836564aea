/**
 * Spotting the same story on several sites (wire copy run by many outlets): either the same title
 * within a couple of days, or the same sentences carrying the same positions (a text fingerprint).
 * Copies are grouped so the timeline shows the story once and the ledger counts it once.
 */
import type { ArticleDigest } from './types';

/** Copies of one story appear within this many days of each other. */
export const SYNDICATION_DAYS = 2;

/** Trailing " - Reuters", " | Financial Times" style site names: not part of the headline. */
const SITE_SUFFIX = /\s+[|\-–—]\s+[^|\-–—]{1,40}$/;

/** A title reduced to lower-case words, without a trailing site name or punctuation. */
export function titleKeyOf(title: string): string {
  return title
    .replace(SITE_SUFFIX, '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** cyrb53: a small, fast, well-spread 53-bit string hash (not for security, only for equality). */
function hash53(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * Fingerprint of an article's position and event sentences, order-insensitive and blind to case,
 * punctuation and spacing (outlets restyle quotes and dashes). '' with fewer than two sentences:
 * one short sentence is too little to call two articles the same story.
 */
export function fingerprintOf(sentences: readonly string[]): string {
  const norm = [...new Set(sentences.map((s) => titleKeyOf(s)).filter((s) => s.length > 0))].sort();
  if (norm.length < 2) return '';
  return hash53(norm.join('\n'));
}

const dayMs = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** Days between two YYYY-MM-DD dates (absolute). */
export function daysApart(a: string, b: string): number {
  return Math.abs(dayMs(a) - dayMs(b)) / 86_400_000;
}

type Syndicable = Pick<ArticleDigest, 'url' | 'titleKey' | 'fingerprint' | 'date'>;

/** True when two digests are copies of one story. */
export function isSameStory(a: Syndicable, b: Syndicable): boolean {
  if (a.url === b.url) return true;
  if (a.fingerprint !== '' && a.fingerprint === b.fingerprint) return true;
  return (
    a.titleKey.length >= 12 && a.titleKey === b.titleKey && daysApart(a.date, b.date) <= SYNDICATION_DAYS
  );
}

/**
 * The group an article joins: the `group` of the earliest-recorded candidate that is the same
 * story, else the article's own URL. Candidates come from the store's title and fingerprint indexes.
 */
export function groupFor(
  digest: Syndicable,
  candidates: ReadonlyArray<Syndicable & Pick<ArticleDigest, 'group' | 'firstSeen'>>,
): string {
  let best: (Syndicable & Pick<ArticleDigest, 'group' | 'firstSeen'>) | null = null;
  for (const c of candidates) {
    if (c.url === digest.url || !isSameStory(digest, c)) continue;
    if (best === null || c.firstSeen < best.firstSeen) best = c;
  }
  return best ? best.group : digest.url;
}

/**
 * Groups digests into stories, in the order of each story's first copy. Uses each digest's stored
 * `group`, so grouping needs no pairwise comparison at read time (linear in the digests).
 */
export function groupStories<T extends Pick<ArticleDigest, 'url' | 'group'>>(digests: readonly T[]): T[][] {
  const byGroup = new Map<string, T[]>();
  for (const d of digests) {
    const members = byGroup.get(d.group);
    if (members) members.push(d);
    else byGroup.set(d.group, [d]);
  }
  return [...byGroup.values()];
}
