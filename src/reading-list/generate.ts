/**
 * Made-up saved articles for tests and `npm run bench:list`: deterministic (seeded), with the shape
 * and size of real ones (a headline, a few hundred words from a news-like vocabulary, actors with
 * mentions, positions, tags), so the benchmark's index and store see realistic work. Not used by
 * the extension itself.
 */
import { mulberry32 as prng } from '../core/prng';
import { buildArticle, type SaveInput, type SavedArticle } from './model';

const PARTIES = [
  { id: 'us', name: 'United States', kind: 'country' as const },
  { id: 'cn', name: 'China', kind: 'country' as const },
  { id: 'eu', name: 'European Union', kind: 'bloc' as const },
  { id: 'jp', name: 'Japan', kind: 'country' as const },
  { id: 'mx', name: 'Mexico', kind: 'country' as const },
  { id: 'ca', name: 'Canada', kind: 'country' as const },
  { id: 'in', name: 'India', kind: 'country' as const },
  { id: 'gb', name: 'United Kingdom', kind: 'country' as const },
];
const PEOPLE = [
  'Dana Whitfield',
  'Marek Olsen',
  'Li Wenhao',
  'Priya Raman',
  'Tomas Herrera',
  'Keiko Sato',
  'Amara Okafor',
  'Jonas Berg',
  'Sofia Marchetti',
  'Omar Haddad',
];
const SITES = ['reuters.com', 'apnews.com', 'ft.com', 'bbc.com', 'scmp.com', 'politico.eu', 'cnbc.com'];
const TOPICS = [
  'tariffs',
  'soybeans',
  'semiconductors',
  'steel',
  'autos',
  'dairy',
  'rare earths',
  'solar panels',
];
const TAGS = ['trade', 'follow-up', 'china', 'eu', 'tariffs', 'research', 'later', 'brief'];

/** A news-like vocabulary: common words plus trade terms, sampled with a skew like real text. */
const VOCAB = (
  'officials negotiators talks deal agreement round week minister ministry trade tariffs tariff duties ' +
  'exports imports market access purchases commitment commitments farm goods industrial quota quotas ' +
  'framework enforcement mechanism dispute panel review partners economy economies growth investment ' +
  'companies manufacturers supply chains shipping ports prices inflation currency yuan dollar euro yen ' +
  'statement spokesperson briefing reporters capital summit meeting delegation envoy representative ' +
  'secretary commerce treasury finance customs border concessions demands conditions proposal offer ' +
  'counterproposal deadline extension truce escalation retaliation measures sanctions controls licences ' +
  'technology transfer intellectual property subsidies state firms procurement standards regulators ' +
  'agriculture energy vehicles batteries chips steel aluminium lumber dairy beef pork wheat corn rice ' +
  'analysts economists investors markets shares bonds index forecast outlook quarter year month ' +
  'government parliament congress lawmakers election policy strategy leverage pressure signal gesture ' +
  'breakthrough impasse progress setback compromise framework text draft clause annex schedule phase'
).split(' ');
const FILLER = 'the of and to in a that for on with as by at from it was is be has have would could'.split(
  ' ',
);

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

/** Zipf-like pick: low indexes much more often, as word frequencies go. */
function zipf<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(Math.pow(rand(), 2.2) * list.length)]!;
}

/** The save input of article number `i` of a generated list. */
export function generateInput(i: number, seed = 1): SaveInput {
  const rand = prng(seed * 1_000_003 + i);
  const a = pick(rand, PARTIES);
  let b = pick(rand, PARTIES);
  while (b.id === a.id) b = pick(rand, PARTIES);
  const person = pick(rand, PEOPLE);
  const topic = pick(rand, TOPICS);
  const site = pick(rand, SITES);
  const title = `${a.name} and ${b.name} ${pick(rand, ['resume', 'extend', 'stall in', 'near a deal in'])} talks on ${topic} (${i})`;
  const mentions = new Map<string, Array<{ start: number; end: number }>>();
  let text = `${title}\n\n`;
  const mention = (id: string, name: string) => {
    const start = text.length;
    text += name;
    const list = mentions.get(id) ?? [];
    list.push({ start, end: text.length });
    mentions.set(id, list);
  };
  const nParagraphs = 6 + Math.floor(rand() * 6);
  for (let p = 0; p < nParagraphs; p++) {
    const words = 40 + Math.floor(rand() * 40);
    for (let w = 0; w < words; w++) {
      const r = rand();
      if (w > 0) text += ' ';
      if (r < 0.03) mention(a.id, a.name);
      else if (r < 0.05) mention(b.id, b.name);
      else if (r < 0.06) mention('p:' + person.toLowerCase().replace(/\s+/g, '-'), person);
      else if (r < 0.5) text += pick(rand, FILLER);
      else text += zipf(rand, VOCAB);
    }
    text += '.';
    if (p < nParagraphs - 1) text += '\n\n';
  }
  const sentenceStart = title.length + 2;
  const sentenceEnd = Math.min(text.length, sentenceStart + 120);
  const personId = 'p:' + person.toLowerCase().replace(/\s+/g, '-');
  const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(rand() * 700) * 86_400_000)
    .toISOString()
    .slice(0, 10);
  return {
    url: `https://www.${site}/world/${topic.replace(/\s+/g, '-')}-talks-${seed}-${i}`,
    title,
    published: `${day}T09:00:00Z`,
    siteName: site,
    text,
    isNegotiation: rand() < 0.8,
    parties: [a.id, b.id],
    actors: [
      { id: a.id, name: a.name, kind: a.kind, side: a.name, role: null, mentions: mentions.get(a.id) ?? [] },
      { id: b.id, name: b.name, kind: b.kind, side: b.name, role: null, mentions: mentions.get(b.id) ?? [] },
      {
        id: personId,
        name: person,
        kind: 'person',
        side: a.name,
        role: 'trade representative',
        mentions: mentions.get(personId) ?? [],
      },
    ],
    preconditions: [
      {
        holder: a.id,
        target: b.id,
        issue: pick(rand, ['tariffs', 'purchases', 'market_access', 'subsidies'] as const),
        stance: pick(rand, ['demand', 'condition', 'offer', 'reject'] as const),
        text: text.slice(sentenceStart, sentenceEnd),
        start: sentenceStart,
        end: sentenceEnd,
        rule: 'generated',
      },
    ],
  };
}

/** `n` saved articles (numbers `offset`..`offset + n - 1`), saved one minute apart, some read, some tagged, a few with a note. */
export function generateArticles(
  n: number,
  seed = 1,
  start = Date.UTC(2025, 0, 1),
  offset = 0,
): SavedArticle[] {
  const out: SavedArticle[] = [];
  for (let i = offset; i < offset + n; i++) {
    const rand = prng(seed * 7_919 + i);
    const article = buildArticle(generateInput(i, seed), undefined, start + i * 60_000)!;
    article.read = rand() < 0.4;
    article.tags = rand() < 0.5 ? [pick(rand, TAGS)] : [];
    if (rand() < 0.1) article.note = `Compare with the ${pick(rand, TOPICS)} round.`;
    out.push(article);
  }
  return out;
}
