import { describe, expect, it } from 'vitest';
import { COMPILED_LEXICON, COMPILED_PHRASES, COMPILED_SOURCE_SIZE } from './compiled-data';
import {
  compileLexicon,
  getLexicon,
  packLexicon,
  resetLexicon,
  sourceSize,
  unpackLexicon,
  W_ISSUE,
  type TrieNode,
} from './compile';

const STALE = 'compiled-data.ts is stale: run `npx tsx scripts/gen-lexicon.ts` after editing the lexicon';

describe('precompiled lexicon', () => {
  it('matches the lexicon data modules', () => {
    expect(COMPILED_SOURCE_SIZE, STALE).toBe(sourceSize());
    const packed = packLexicon(compileLexicon());
    expect(JSON.parse(COMPILED_LEXICON), STALE).toEqual(JSON.parse(packed.main));
    expect(JSON.parse(COMPILED_PHRASES), STALE).toEqual(JSON.parse(packed.phrases));
  });

  it('unpacks to the same tries, maps and word table as compiling the data', () => {
    const live = compileLexicon();
    const packed = unpackLexicon(packLexicon(live));
    expect(packed.byId).toEqual(live.byId);
    expect(packed.sideId).toEqual(live.sideId);
    expect(packed.words).toEqual(live.words);
    // the packed actor trie is unpacked node by node as texts reach it: walk all of it
    let nodes = 0;
    const walkActors = (n: TrieNode, m: TrieNode): void => {
      nodes++;
      expect(m.hits).toEqual(n.hits);
      expect(m.next?.size ?? 0).toBe(n.next?.size ?? 0);
      for (const [k, c] of n.next ?? []) walkActors(c, m.next!.get(k)!);
    };
    walkActors(live.actors, packed.actors);
    expect(nodes).toBeGreaterThan(1000);
    expect(packed.issues).toEqual(live.issues);
    // cue values are the CUES entries (in one shape: the same objects both ways)
    const walk = (n: typeof live.cues, m: typeof live.cues): void => {
      expect(m.value).toBe(n.value);
      for (const [k, c] of n.next ?? []) walk(c, m.next!.get(k)!);
      expect(m.next?.size ?? 0).toBe(n.next?.size ?? 0);
    };
    walk(live.cues, packed.cues);
  });

  it('is what getLexicon loads', () => {
    resetLexicon();
    const lex = getLexicon();
    expect(lex.precompiled).toBe(COMPILED_SOURCE_SIZE === sourceSize());
    expect(lex.actors.next!.get('china')!.hits![0]!.ref!.id).toBe('cn');
    expect(lex.cues.next!.get('insists')!.value!.stance).toBe('demand');
    expect(lex.words.get('said')).toBeGreaterThan(0);
    expect(lex.index.get('said')).toBe(lex.words.get('said'));
    expect(lex.index.get('constructor')).toBe(0);
  });

  it('keeps a common first word of an issue phrase as its lead, off the issue bit', () => {
    const live = compileLexicon();
    // "the yen", "to challenge", "its complaint": the rest is in the trie, the lead on its value
    for (const w of ['the', 'to', 'its', 'their']) expect((live.words.get(w) ?? 0) & W_ISSUE).toBe(0);
    expect(live.issues.next?.get('yen')?.value).toEqual({ issue: 'currency', strong: true, lead: ['the'] });
    expect(live.issues.next?.get('complaint')?.value?.lead).toEqual(['its', 'their', 'own']);
  });
});
