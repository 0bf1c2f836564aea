import { describe, expect, it } from 'vitest';
import { analyze } from './index';
import { CUES, ISSUE_WORDS } from './lexicon/cues';
import { EVENT_TRIGGERS } from './lexicon/topics';

/** Every cue phrase, issue word and event trigger of the lexicon (as data, so new entries are
 * covered). */
function lexiconPhrases(): string[] {
  const out = new Set<string>();
  for (const c of CUES) out.add(c.phrase);
  for (const w of ISSUE_WORDS) for (const p of [...w.strong, ...(w.weak ?? [])]) out.add(p);
  for (const line of EVENT_TRIGGERS) for (const p of line.split('|')[1]!.split(',')) out.add(p.trim());
  return [...out].filter(Boolean);
}

describe('a text that ends on any cue, issue word or event trigger', () => {
  // A recognizer that looks past a cue or trigger must stop at the text's end: one read past it
  // looped for ever on "... urged Japan to buy" (2026-11-30 to 12-01). A return of such a loop
  // hangs this file (the run then fails on its time limit); a throw fails it here.
  it('is analyzed to the end, with or without a date, after a demand or a statement', () => {
    const phrases = lexiconPhrases();
    expect(phrases.length).toBeGreaterThan(1000);
    let done = 0;
    for (const p of phrases) {
      for (const text of [`Trade talks\n\nJapan urged China to ${p}`, `Japan ${p}`]) {
        analyze({ text, published: done % 2 ? '2023-03-05' : null });
        done++;
      }
    }
    expect(done).toBe(phrases.length * 2);
    // (about 11,000 analyses: 3-5 s on a loaded host, near vitest's 5 s default; a hang still
    // fails, at a minute)
  }, 60_000);
});
