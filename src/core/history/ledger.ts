/**
 * The demand ledger of a thread: for each side and issue, when the position was first and last
 * seen, in how many stories, its latest wording, and how it moved compared with earlier articles.
 *
 * Status, as of the last story considered (the article being read, or the thread's newest):
 * - `new`: the latest sighting is the first one;
 * - `repeated`: seen before, and not softer now;
 * - `softened`: the stance went from demand/condition/reject to offer, or the wording now carries a
 *   softening cue ("could", "open to", "flexible"...) that the previous sighting lacked;
 * - `dropped`: seen in earlier stories, absent from the last `dropAfter` stories (default 2).
 * Syndicated copies of one story count once. Linear in the number of positions in the thread.
 */
import type { Issue, Stance } from '../types';
import { nameIn } from './digest';
import { groupStories } from './syndication';
import type { ArticleDigest, LedgerEntry, LedgerStatus } from './types';

/** A position absent from this many latest stories is `dropped`. */
export const DROP_AFTER = 2;

/** Words that make a position less absolute: the side signals room to move. */
export const SOFTENING_CUE =
  /\b(?:could|open to|flexible|flexibility|willing to|room (?:for|to)|compromise|prepared to consider|consider)\b/i;

const HARD: ReadonlySet<Stance> = new Set(['demand', 'condition', 'reject']);

export interface LedgerOptions {
  /** Compute the ledger as of this article (canonical URL): later stories are ignored. */
  asOf?: string | null;
  dropAfter?: number;
}

/** One story's position on one (side, issue). */
interface Sighting {
  story: number;
  date: string;
  digest: ArticleDigest;
  stances: Set<Stance>;
  stance: Stance;
  text: string;
  holder: string;
  target: string | null;
  soft: boolean;
}

/** Digests in reading order: by date, then by when they were first seen. */
export function byDate(a: ArticleDigest, b: ArticleDigest): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.firstSeen - b.firstSeen;
}

/** Stories of a thread in date order, cut after the story holding `asOf` when given. */
export function storiesOf(digests: readonly ArticleDigest[], asOf?: string | null): ArticleDigest[][] {
  const stories = groupStories([...digests].sort(byDate));
  if (!asOf) return stories;
  const at = stories.findIndex((s) => s.some((d) => d.url === asOf));
  return at < 0 ? stories : stories.slice(0, at + 1);
}

function statusOf(sightings: readonly Sighting[], i: number): LedgerStatus {
  if (i === 0) return 'new';
  const cur = sightings[i]!;
  const prev = sightings[i - 1]!;
  const wasHard = [...prev.stances].some((s) => HARD.has(s)) && !prev.stances.has('offer');
  if (wasHard && cur.stances.has('offer')) return 'softened';
  if (cur.soft && !prev.soft) return 'softened';
  return 'repeated';
}

/** Computes the ledger of a thread's digests (any order). Entries sorted by side, then newest first. */
export function computeLedger(digests: readonly ArticleDigest[], opts: LedgerOptions = {}): LedgerEntry[] {
  const dropAfter = opts.dropAfter ?? DROP_AFTER;
  const stories = storiesOf(digests, opts.asOf);
  const last = stories.length - 1;
  const sightings = new Map<string, Sighting[]>();

  stories.forEach((story, index) => {
    const seenHere = new Map<string, Sighting>();
    for (const digest of story) {
      for (const p of digest.preconditions) {
        const key = `${p.side}\u0000${p.issue}`;
        const soft = SOFTENING_CUE.test(p.text);
        const here = seenHere.get(key);
        if (here) {
          here.stances.add(p.stance);
          here.soft ||= soft;
          continue;
        }
        const s: Sighting = {
          story: index,
          date: digest.date,
          digest,
          stances: new Set([p.stance]),
          stance: p.stance,
          text: p.text,
          holder: p.holder,
          target: p.target,
          soft,
        };
        seenHere.set(key, s);
        const list = sightings.get(key);
        if (list) list.push(s);
        else sightings.set(key, [s]);
      }
    }
  });

  const entries: LedgerEntry[] = [];
  for (const [key, list] of sightings) {
    const [side = '', issue = 'other'] = key.split('\u0000');
    const first = list[0]!;
    const latest = list[list.length - 1]!;
    const absentFor = last - latest.story;
    const status: LedgerStatus = absentFor >= dropAfter ? 'dropped' : statusOf(list, list.length - 1);
    const ref = (s: Sighting) => ({ date: s.date, url: s.digest.url, title: s.digest.title });
    entries.push({
      side,
      sideName: nameIn(latest.digest, side),
      issue: issue as Issue,
      firstSeen: ref(first),
      lastSeen: ref(latest),
      articles: list.length,
      latestWording: latest.text,
      latestStance: latest.stance,
      latestHolder: nameIn(latest.digest, latest.holder),
      latestTarget: latest.target === null ? null : nameIn(latest.digest, latest.target),
      status,
    });
  }
  return entries.sort(
    (a, b) =>
      a.sideName.localeCompare(b.sideName) ||
      (a.lastSeen.date < b.lastSeen.date ? 1 : a.lastSeen.date > b.lastSeen.date ? -1 : 0) ||
      a.issue.localeCompare(b.issue),
  );
}
