/**
 * Checks the blind Reuters held-out labels (`eval/reuters-heldout/` and the second set
 * `eval/reuters-heldout2/`, see their READMEs) against the story text in ../shared/corpus, the way the
 * gold README's "Validation" list checks `gold/`: the labels hold offsets instead of quotes, so these
 * checks are what keeps them honest. It reads the labels and the text only; it never runs the analyzer
 * (the sets must stay blind until scored). Skips cleanly when ../shared/corpus is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ACTOR_KINDS, ISSUES, STANCES } from '../src/core/types';

const corpusDir = fileURLToPath(new URL('../../shared/corpus/', import.meta.url));
const devPath = `${corpusDir}reuters/dev.jsonl`;
const goldDir = `${corpusDir}gold/`;
const haveCorpus = existsSync(devPath) && existsSync(goldDir);

/** The text the offsets index: title + "\n" + body, every whitespace run collapsed to one space. */
const heldoutText = (s: { title: string; body: string }): string =>
  `${s.title}\n${s.body}`.replace(/\s+/g, ' ');

interface Story {
  id: number;
  title: string;
  body: string;
  is_trade: boolean;
}
interface Label {
  id: string;
  source: { set: string; id: number };
  is_negotiation_article: boolean;
  actors: { name: string; aliases: string[]; kind: string; side: string | null; role: string | null }[];
  optional_actors: string[];
  forbidden_actors: string[];
  preconditions: {
    holder: string;
    target: string | null;
    issue: string;
    stance: string;
    evidence: [number, number];
  }[];
  notes: string;
}

const KEYS = [
  'id',
  'source',
  'is_negotiation_article',
  'actors',
  'optional_actors',
  'forbidden_actors',
  'preconditions',
  'notes',
].sort();
const PRE_KEYS = ['holder', 'target', 'issue', 'stance', 'evidence'].sort();

/** One blind set: its folder, `source.set`, expected size, and the sets it must not overlap. */
interface SetSpec {
  dir: string;
  set: string;
  total: number;
  negotiation: number;
  /** The first set was drawn from `is_trade` stories only; the second by subject, whatever the flag. */
  tradeOnly: boolean;
  /** Other label folders (repo-relative) whose stories this set must not repeat. */
  disjointFrom: string[];
}

const SETS: SetSpec[] = [
  {
    dir: 'eval/reuters-heldout',
    set: 'reuters-heldout',
    total: 20,
    negotiation: 16,
    tradeOnly: true,
    disjointFrom: [],
  },
  {
    dir: 'eval/reuters-heldout2',
    set: 'reuters-heldout2',
    total: 19,
    negotiation: 16,
    tradeOnly: false,
    disjointFrom: ['eval/reuters-heldout'],
  },
];

const repoPath = (rel: string): string => fileURLToPath(new URL(`../${rel}/`, import.meta.url));
const labelIds = (rel: string): Set<number> => {
  const dir = repoPath(rel);
  if (!existsSync(dir)) return new Set();
  return new Set(
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => (JSON.parse(readFileSync(`${dir}${f}`, 'utf8')) as Label).source.id),
  );
};

for (const spec of SETS) checkSet(spec);

function checkSet(spec: SetSpec): void {
  const labelsDir = repoPath(spec.dir);
  const files = existsSync(labelsDir) ? readdirSync(labelsDir).filter((f) => f.endsWith('.json')) : [];

  describe.skipIf(!haveCorpus)(`${spec.dir} labels`, () => {
    const stories = haveCorpus
      ? new Map(
          readFileSync(devPath, 'utf8')
            .split('\n')
            .filter(Boolean)
            .map((l) => JSON.parse(l) as Story)
            .map((s) => [s.id, s]),
        )
      : new Map<number, Story>();
    const goldIds = haveCorpus
      ? new Set(
          readdirSync(goldDir)
            .filter((f) => f.endsWith('.json'))
            .map((f) => (JSON.parse(readFileSync(`${goldDir}${f}`, 'utf8')) as Label).source.id),
        )
      : new Set<number>();
    const labels = files.map((f) => ({
      file: f,
      label: JSON.parse(readFileSync(`${labelsDir}${f}`, 'utf8')) as Label,
    }));

    const otherIds = spec.disjointFrom.map(labelIds);

    it(`holds ${spec.total} stories: ${spec.negotiation} negotiation, ${spec.total - spec.negotiation} statistics`, () => {
      expect(labels.length).toBe(spec.total);
      expect(labels.filter((l) => l.label.is_negotiation_article).length).toBe(spec.negotiation);
    });

    it.each(files)('%s: schema, id and source', (f) => {
      const { label } = labels.find((l) => l.file === f)!;
      expect(Object.keys(label).sort()).toEqual(KEYS);
      expect(label.source.set).toBe(spec.set);
      expect(Number.isInteger(label.source.id)).toBe(true);
      expect(label.id).toBe(`reuters-${label.source.id}`);
      expect(f).toBe(`${label.id}.json`);
      const story = stories.get(label.source.id);
      expect(story, 'id in dev.jsonl').toBeDefined();
      if (spec.tradeOnly) expect(story!.is_trade).toBe(true);
      expect(goldIds.has(label.source.id), 'not already in gold/').toBe(false);
      for (const [k, ids] of otherIds.entries())
        expect(ids.has(label.source.id), `not already in ${spec.disjointFrom[k]}`).toBe(false);
      expect(label.forbidden_actors).toEqual([]);
      expect(label.notes.length).toBeGreaterThan(20);
    });

    it.each(files)('%s: actors and names occur in the text', (f) => {
      const { label } = labels.find((l) => l.file === f)!;
      const text = heldoutText(stories.get(label.source.id)!).toLowerCase();
      const names = label.actors.map((a) => a.name);
      expect(new Set(names).size, 'actor names unique').toBe(names.length);
      for (const a of label.actors) {
        expect(ACTOR_KINDS as readonly string[]).toContain(a.kind);
        for (const alias of a.aliases) expect(text, `alias "${alias}"`).toContain(alias.toLowerCase());
        const forms = [a.name, ...a.aliases];
        if (a.kind === 'person') forms.push(a.name.split(' ').at(-1)!);
        expect(
          forms.some((x) => text.includes(x.toLowerCase())),
          `actor ${a.name} found by a form`,
        ).toBe(true);
      }
      for (const o of label.optional_actors) expect(text, `optional "${o}"`).toContain(o.toLowerCase());
    });

    it.each(files)('%s: preconditions use actor names, the taxonomy and in-range evidence', (f) => {
      const { label } = labels.find((l) => l.file === f)!;
      const text = heldoutText(stories.get(label.source.id)!);
      const names = new Set(label.actors.map((a) => a.name));
      if (!label.is_negotiation_article) expect(label.preconditions).toEqual([]);
      const seen = new Set<string>();
      for (const p of label.preconditions) {
        expect(Object.keys(p).sort()).toEqual(PRE_KEYS);
        expect(names.has(p.holder), `holder ${p.holder}`).toBe(true);
        if (p.target !== null) expect(names.has(p.target), `target ${p.target}`).toBe(true);
        expect(ISSUES as readonly string[]).toContain(p.issue);
        expect(STANCES as readonly string[]).toContain(p.stance);
        const key = `${p.holder}|${p.issue}|${p.stance}`;
        expect(seen.has(key), `duplicate ${key}`).toBe(false);
        seen.add(key);
        const [start, end] = p.evidence;
        expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true);
        expect(start).toBeGreaterThanOrEqual(0);
        expect(end).toBeGreaterThan(start);
        expect(end).toBeLessThanOrEqual(text.length);
        // a phrase, not a paragraph, and cut on word boundaries
        const span = text.slice(start, end);
        expect(span.split(' ').length).toBeLessThanOrEqual(20);
        expect(span).toBe(span.trim());
        expect(
          /\w/.test(text[start - 1] ?? ' ') && /\w/.test(text[start]!),
          `starts mid-word: ${start}`,
        ).toBe(false);
      }
    });

    it.each(files)('%s: notes copy no long run of the story text', (f) => {
      const { label } = labels.find((l) => l.file === f)!;
      const words = (s: string): string[] =>
        s
          .toLowerCase()
          .replace(/[^a-z0-9 ]+/g, ' ')
          .split(/\s+/)
          .filter(Boolean);
      const story = words(heldoutText(stories.get(label.source.id)!));
      const runs = new Set<string>();
      const n = 9;
      for (let i = 0; i + n <= story.length; i++) runs.add(story.slice(i, i + n).join(' '));
      const notes = words(label.notes);
      for (let i = 0; i + n <= notes.length; i++) {
        const run = notes.slice(i, i + n).join(' ');
        expect(runs.has(run), `notes copy "${run}"`).toBe(false);
      }
    });
  });
}
