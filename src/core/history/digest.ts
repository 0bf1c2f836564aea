/**
 * Builds the bounded digest the history keeps of an analyzed article. Only what the context view
 * needs survives: actor names and sides, the sentences that carry preconditions and events, dates.
 * Bounds keep one digest to a few kilobytes whatever the page was, so 10,000 of them stay small.
 */
import type { Actor, NegotiationEvent, Precondition } from '../types';
import { fingerprintOf, titleKeyOf } from './syndication';
import { pairKeyOf, subjectOf, threadKeyOf } from './thread';
import type { ArticleDigest, DigestActor, DigestPrecondition } from './types';

/** Caps per digest. A digest at every cap is about 30 KB; a typical one 2-4 KB. */
export const DIGEST_LIMITS = {
  title: 300,
  actors: 40,
  actorName: 120,
  preconditions: 40,
  events: 20,
  sentence: 400,
  parties: 4,
} as const;

/** The part of a tab result / analysis a digest is built from (TabResult fits it). */
export interface DigestSource {
  url: string;
  title: string;
  published: string | null;
  actors: Actor[];
  preconditions: Precondition[];
  events: NegotiationEvent[];
  parties: string[];
}

/** Query parameters that only say where the reader came from: dropped from the stored URL. */
const TRACKING =
  /^(utm_\w+|fbclid|gclid|dclid|mc_cid|mc_eid|ocid|cmpid|smid|taid|guccounter|guce_\w+|ref|ref_src|src|at_\w+|mod|itm_\w+|sh)$/i;

/**
 * The key form of an article URL: http(s) only, no fragment, no tracking parameters, the rest in
 * a stable order, so the same article reached from a newsletter and from a search is one record.
 * Null for anything that is not a web page.
 */
export function canonicalUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  url.hash = '';
  const kept = [...url.searchParams].filter(([k]) => !TRACKING.test(k));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = new URLSearchParams(kept).toString();
  return url.href;
}

/** "www.reuters.com" -> "reuters.com". */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** YYYY-MM-DD of an ISO date(-time) string, or null when it is not one. */
export function dayOf(published: string | null | undefined): string | null {
  if (!published) return null;
  const m = ISO_DAY.exec(published.trim());
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const t = Date.parse(published);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

const cut = (s: string, max: number): string => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
};

/**
 * The party id an actor speaks for: a country or bloc is its own side; anyone else speaks for the
 * country/bloc whose name is their `side`; with no such party known, the actor itself.
 */
export function sideIdOf(actorId: string, actors: readonly Actor[] | readonly DigestActor[]): string {
  const actor = actors.find((a) => a.id === actorId);
  if (!actor) return actorId;
  if (actor.kind === 'country' || actor.kind === 'bloc') return actor.id;
  if (actor.side === null) return actor.id;
  const party = actors.find((a) => (a.kind === 'country' || a.kind === 'bloc') && a.name === actor.side);
  return party ? party.id : actor.id;
}

/**
 * Builds the digest of one article. `previous` is the stored digest of the same URL, if any: a
 * re-read keeps its first sighting and syndication group.
 */
export function buildDigest(
  source: DigestSource,
  now: number,
  previous?: Pick<ArticleDigest, 'firstSeen' | 'group'> | null,
): ArticleDigest | null {
  const url = canonicalUrl(source.url);
  if (url === null) return null;
  const firstSeen = previous?.firstSeen ?? now;
  const parties = source.parties.slice(0, DIGEST_LIMITS.parties);
  const pair = pairKeyOf(parties);
  const subject = subjectOf(source);

  // Parties and precondition holders first, so the caps never drop an actor the ledger needs.
  const needed = new Set<string>([
    ...parties,
    ...source.preconditions.flatMap((p) => [p.holder, p.target ?? '']),
  ]);
  const ranked = [...source.actors].sort(
    (a, b) => Number(needed.has(b.id)) - Number(needed.has(a.id)) || b.mentions.length - a.mentions.length,
  );
  const actors: DigestActor[] = ranked.slice(0, DIGEST_LIMITS.actors).map((a) => ({
    id: a.id,
    name: cut(a.name, DIGEST_LIMITS.actorName),
    kind: a.kind,
    side: a.side === null ? null : cut(a.side, DIGEST_LIMITS.actorName),
    role: a.role === null ? null : cut(a.role, DIGEST_LIMITS.actorName),
    mentions: a.mentions.length,
  }));

  const preconditions: DigestPrecondition[] = source.preconditions
    .slice(0, DIGEST_LIMITS.preconditions)
    .map((p) => ({
      holder: p.holder,
      side: sideIdOf(p.holder, source.actors),
      target: p.target,
      issue: p.issue,
      stance: p.stance,
      text: cut(p.text, DIGEST_LIMITS.sentence),
    }));
  const events = source.events.slice(0, DIGEST_LIMITS.events).map((e) => ({
    status: e.status,
    date: dayOf(e.date),
    text: cut(e.text, DIGEST_LIMITS.sentence),
  }));
  const title = cut(source.title, DIGEST_LIMITS.title) || url;

  return {
    url,
    title,
    site: siteOf(url),
    published: source.published ? cut(source.published, 60) : null,
    date: dayOf(source.published) ?? new Date(firstSeen).toISOString().slice(0, 10),
    firstSeen,
    lastSeen: now,
    parties,
    pair,
    subject,
    thread: threadKeyOf(pair, subject),
    actorIds: actors.map((a) => a.id),
    actors,
    preconditions,
    events,
    titleKey: titleKeyOf(title),
    fingerprint: fingerprintOf([...preconditions.map((p) => p.text), ...events.map((e) => e.text)]),
    group: previous?.group ?? url,
  };
}

/** Display name of an actor id in a digest (the id itself when the digest does not know it). */
export function nameIn(digest: Pick<ArticleDigest, 'actors'>, id: string): string {
  return digest.actors.find((a) => a.id === id)?.name ?? id;
}
