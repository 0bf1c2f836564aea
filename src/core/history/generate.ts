/**
 * A deterministic generator of realistic history: many negotiations between pairs of countries,
 * each a run of dated articles with actors, positions that come, repeat, soften and go, events and
 * the odd syndicated copy. For `npm run bench:context` (10,000 articles) and scale tests. Sentences
 * are assembled from a small word list written for this file.
 */
import type { Actor, Issue, Precondition, Stance } from '../types';
import { ISSUES } from '../types';
import { buildDigest, type DigestSource } from './digest';
import type { ArticleDigest } from './types';
import { mulberry32 as rng } from '../prng';

const COUNTRIES: Array<[string, string]> = [
  ['us', 'United States'],
  ['cn', 'China'],
  ['eu', 'European Union'],
  ['jp', 'Japan'],
  ['gb', 'United Kingdom'],
  ['in', 'India'],
  ['ca', 'Canada'],
  ['mx', 'Mexico'],
  ['kr', 'South Korea'],
  ['au', 'Australia'],
  ['br', 'Brazil'],
  ['vn', 'Vietnam'],
  ['id', 'Indonesia'],
  ['ch', 'Switzerland'],
  ['za', 'South Africa'],
  ['tr', 'Turkey'],
  ['ar', 'Argentina'],
  ['nz', 'New Zealand'],
  ['sg', 'Singapore'],
  ['th', 'Thailand'],
];
const SITES = [
  'reuters.com',
  'apnews.com',
  'bbc.com',
  'theguardian.com',
  'ft.com',
  'cnbc.com',
  'scmp.com',
  'politico.eu',
];
const VERBS: Record<Stance, string[]> = {
  demand: ['insists that', 'demands that', 'wants', 'is pressing for'],
  condition: ['will only move if', 'says a deal depends on whether', 'makes it a condition that'],
  offer: ['offered', 'is open to', 'could accept', 'proposed'],
  reject: ['rejected', 'refuses to discuss', 'ruled out'],
};
const OBJECTS: Record<Issue, string> = {
  tariffs: 'the duties on steel, cars and farm goods come down before the next round',
  purchases: 'large purchases of soybeans, energy and aircraft over two years',
  ip_protection: 'stronger protection for patents and trade secrets with real penalties',
  tech_transfer: 'an end to rules that push foreign firms to hand over technology',
  market_access: 'wider access for foreign banks, insurers and carmakers',
  subsidies: 'limits on state subsidies to industry and state-owned firms',
  currency: 'a pledge not to weaken the currency for an export edge',
  enforcement: 'a mechanism to check that promises are kept, with penalties',
  export_controls: 'the loosening of curbs on exports of advanced chips',
  balance: 'a smaller trade deficit within three years',
  other: 'a joint statement before the summit',
};

export interface GenerateOptions {
  articles: number;
  seed?: number;
  /** Share of all articles that go to the biggest thread (US-China), the one the bench reads. */
  hotShare?: number;
  start?: string;
}

/** Generates `articles` digests, oldest first, as the background would have recorded them. */
export function generateHistory(opts: GenerateOptions): ArticleDigest[] {
  const rand = rng(opts.seed ?? 42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const start = Date.parse(`${opts.start ?? '2018-01-01'}T08:00:00Z`);
  const hot = opts.hotShare ?? 0.025;
  const out: ArticleDigest[] = [];
  const positions = new Map<string, Map<string, Stance>>();
  for (let i = 0; i < opts.articles; i++) {
    const [a, b] =
      rand() < hot ? [COUNTRIES[0]!, COUNTRIES[1]!] : [pick(COUNTRIES), pick(COUNTRIES.slice(2))];
    if (a[0] === b[0]) {
      i--;
      continue;
    }
    const pairKey = [a[0], b[0]].sort().join('+');
    const now = start + i * 3 * 3_600_000 + Math.floor(rand() * 3_600_000);
    const people: Actor[] = [a, b].flatMap(([id, name], k) =>
      Array.from({ length: 3 }, (_, j) => ({
        id: `p:${id}-official-${j}`,
        name: `${name} Official ${j + 1}`,
        kind: 'person' as const,
        side: name,
        role: j === 0 ? 'Trade Minister' : j === 1 ? 'Chief Negotiator' : 'Spokesperson',
        mentions: Array.from({ length: 1 + ((i + j + k) % 4) }, () => ({ start: 0, end: 5, text: 'x' })),
      })),
    );
    const actors: Actor[] = [
      {
        id: a[0],
        name: a[1],
        kind: 'country',
        side: a[1],
        role: null,
        mentions: [{ start: 0, end: 2, text: a[1] }],
      },
      {
        id: b[0],
        name: b[1],
        kind: 'country',
        side: b[1],
        role: null,
        mentions: [{ start: 0, end: 2, text: b[1] }],
      },
      ...people,
      {
        id: 'wto',
        name: 'World Trade Organization',
        kind: 'organization',
        side: null,
        role: null,
        mentions: [],
      },
      {
        id: `m:${i % 7}`,
        name: `Wire Service ${i % 7}`,
        kind: 'media',
        side: null,
        role: null,
        mentions: [],
      },
    ];
    const state = positions.get(pairKey) ?? new Map<string, Stance>();
    positions.set(pairKey, state);
    const preconditions: Precondition[] = [];
    const n = 3 + Math.floor(rand() * 5);
    for (let k = 0; k < n; k++) {
      const side = rand() < 0.5 ? a : b;
      const other = side === a ? b : a;
      const issue = pick(ISSUES);
      const key = `${side[0]}:${issue}`;
      const prev = state.get(key);
      const stance: Stance =
        prev && rand() < 0.3 ? 'offer' : pick(['demand', 'demand', 'condition', 'reject'] as const);
      state.set(key, stance);
      const holder = rand() < 0.5 ? side[0] : `p:${side[0]}-official-${k % 3}`;
      const text = `${side[1]} ${pick(VERBS[stance])} ${OBJECTS[issue]}, officials in ${other[1]} said after ${1 + (i % 9)} days of meetings.`;
      preconditions.push({
        holder,
        target: other[0],
        issue,
        stance,
        text,
        start: 0,
        end: text.length,
        rule: 'generated',
      });
    }
    const day = new Date(now).toISOString().slice(0, 10);
    const site = pick(SITES);
    const source: DigestSource = {
      url: `https://www.${site}/world/${pairKey.replace('+', '-')}-talks-${i}`,
      title: `${a[1]} and ${b[1]} trade talks: round ${i} ends with ${pick(['progress', 'no deal', 'a truce', 'new demands'])}`,
      published: `${day}T${String(8 + (i % 12)).padStart(2, '0')}:00:00Z`,
      actors,
      preconditions,
      events:
        rand() < 0.4
          ? [
              {
                status: pick(['held', 'planned', 'stalled', 'restarted'] as const),
                date: day,
                text: `Negotiators from ${a[1]} and ${b[1]} met again this week.`,
                start: 0,
                end: 10,
              },
            ]
          : [],
      parties: [a[0], b[0]],
    };
    const d = buildDigest(source, now);
    if (!d) continue;
    // Every twentieth article is a wire story another outlet ran too.
    const prevSame = out[out.length - 1];
    out.push(i % 20 === 19 && prevSame && prevSame.pair === d.pair ? { ...d, group: prevSame.group } : d);
  }
  return out;
}
