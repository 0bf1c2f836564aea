import { describe, expect, it } from 'vitest';
import { getLexicon } from './lexicon/compile';
import { isPossessive, registerWordSet2, splitSentences, tokenize, tokenizePlain } from './tokenize';

const sentences = (text: string): string[] =>
  splitSentences(text, tokenize(text)).map((s) => text.slice(s.start, s.end));

describe('tokenize', () => {
  it('keeps dotted abbreviations whole and splits possessives and hyphens', () => {
    const t = tokenize("The U.S. and Japan's envoy met US-China negotiators.");
    expect(t.map((x) => x.text)).toEqual([
      'The',
      'U.S.',
      'and',
      'Japan',
      "'s",
      'envoy',
      'met',
      'US',
      '-',
      'China',
      'negotiators',
      '.',
    ]);
    expect(t[1]!.upper).toBe(true);
    expect(t[3]!.cap).toBe(true);
    // "U.S" with no final dot is one token, at the end of a text too (a lexicon alias is one)
    expect(tokenize('U.S officials').map((x) => x.text)).toEqual(['U.S', 'officials']);
    expect(tokenize('in the U.S').map((x) => x.text)).toEqual(['in', 'the', 'U.S']);
    // near miss: a sentence's last letter and a dot before a new word stay apart
    expect(tokenize('Plan A.Then').map((x) => x.text)).toEqual(['Plan', 'A', '.', 'Then']);
  });

  it('gives offsets into the original string', () => {
    const text = 'Tariffs  of 25.5 pct on 1,700 goods';
    for (const tk of tokenize(text)) expect(text.slice(tk.start, tk.end)).toBe(tk.text);
    expect(tokenize(text).map((x) => x.text)).toContain('25.5');
    expect(tokenize(text).map((x) => x.text)).toContain('1,700');
  });

  it('counts newlines before a token', () => {
    const t = tokenize('Title\n\nBody text');
    expect(t[1]!.nl).toBe(2);
  });
});

describe('splitSentences', () => {
  it('does not split after titles, months or initials', () => {
    expect(sentences('Headline\n\nMr. Smith met Dr. Jones on Jan. 5 in Ohio. They agreed on terms.')).toEqual(
      ['Headline', 'Mr. Smith met Dr. Jones on Jan. 5 in Ohio.', 'They agreed on terms.'],
    );
  });

  it('splits after "U.S." only before a sentence opener', () => {
    expect(
      sentences('Title\n\nTalks with the U.S. The envoy left. Exports to the U.S. Market rose.'),
    ).toEqual(['Title', 'Talks with the U.S.', 'The envoy left.', 'Exports to the U.S. Market rose.']);
  });

  it('treats the first line of hard-wrapped wire text as the headline', () => {
    expect(sentences('FARM TALKS OPEN\nNegotiators met on\nTuesday to discuss quotas.')).toEqual([
      'FARM TALKS OPEN',
      'Negotiators met on\nTuesday to discuss quotas.',
    ]);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(sentences('T\n\n"We will not yield." The minister left.')).toEqual([
      'T',
      '"We will not yield."',
      'The minister left.',
    ]);
  });
});

describe('typographic apostrophes', () => {
  it('reads "won\u2019t" as "won\'t" in the lower-case form, leaving the text as written', () => {
    const t = tokenize('Ottawa won\u2019t budge and can\u2019t agree; Canada\u2019s offer');
    expect(t.map((x) => x.lower)).toEqual([
      'ottawa',
      "won't",
      'budge',
      'and',
      "can't",
      'agree',
      ';',
      'canada',
      "'s",
      'offer',
    ]);
    expect(t[1]!.text).toBe('won\u2019t');
    expect(isPossessive(t[8])).toBe(true);
  });
});

describe('second-word set bits (w2)', () => {
  const BIT = 1 << 30;
  const marked = (text: string, tok: (t: string) => ReturnType<typeof tokenize>): string[] =>
    tok(text)
      .filter((t) => (t.w2 & BIT) !== 0)
      .map((t) => t.text);

  it('marks a registered word in any case, with the word index and without, seen before or after it registered', () => {
    getLexicon(); // tokenize() now goes through the lexicon's word index
    // learned before the set is registered: the index's entry takes the bit late
    expect(marked('Blorpish quux', tokenize)).toEqual([]);
    registerWordSet2(['quux', 'blorpish'], BIT);
    const text = 'QUUX and Quux, quux; blorpish Blorpish quuxes';
    const want = ['QUUX', 'Quux', 'quux', 'blorpish', 'Blorpish'];
    expect(marked(text, tokenize)).toEqual(want);
    expect(marked(text, tokenize)).toEqual(want); // (the second time from the index's entries)
    expect(marked(text, tokenizePlain)).toEqual(want);
    // punctuation and numbers carry no bits
    expect(tokenize('quux , 12').map((t) => t.w2)).toEqual([BIT, 0, 0]);
  });

  it('refuses a word that does not start with a letter', () => {
    expect(() => registerWordSet2(['-x'], BIT)).toThrow(/does not start with a letter/);
  });
});

describe('splitSentences: "No." as an answer', () => {
  it('ends a sentence at "No." before a capitalised word, not before a number', () => {
    const split = (text: string) => {
      const t = tokenize(text);
      return splitSentences(text, t).map((s) =>
        t
          .slice(s.first, s.last)
          .map((x) => x.text)
          .join(' '),
      );
    };
    expect(split('Are they talking? No. Talks have been frozen since 2016.')).toEqual([
      'Are they talking ?',
      'No .',
      'Talks have been frozen since 2016 .',
    ]);
    // near miss: "No. 5" is a number's abbreviation
    expect(split('It is ranked No. 5 in the world.')).toEqual(['It is ranked No . 5 in the world .']);
  });
});
