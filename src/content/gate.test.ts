// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  STRONG_PAIRS,
  STRONG_WORDS,
  TRADE_NEXT,
  WEAK_WORDS,
  gate,
  ldDeclaresArticle,
  mayScore,
  tradeScore,
} from './gate';

/** Builds a page from parts; every text here is written for the test. */
function page(opts: { head?: string; body: string }): Document {
  document.head.replaceChildren();
  document.body.replaceChildren();
  const parser = new DOMParser();
  const doc = parser.parseFromString(
    `<!doctype html><html><head><title>Test page</title>${opts.head ?? ''}</head><body>${opts.body}</body></html>`,
    'text/html',
  );
  return doc;
}

const LEAD =
  '<p>Negotiators from both capitals met again on Tuesday to discuss tariffs on steel and farm goods, officials said.</p>';
const SPORTS =
  '<p>The home side won the derby two goals to one after a late header in front of a sold-out crowd on Sunday.</p>';

/**
 * The scoring rule read plainly, as the gate first implemented it: split the lowercased text into
 * runs of a-z and walk them, a strong pair taking its second word with it. tradeScore must agree.
 */
function referenceScore(text: string): number {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  let score = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if (next !== undefined && ((w === 'trade' && TRADE_NEXT.has(next)) || STRONG_PAIRS.has(`${w} ${next}`))) {
      score += 2;
      i++;
    } else if (STRONG_WORDS.has(w)) score += 2;
    else if (WEAK_WORDS.has(w) || w.startsWith('negotiat')) score += 1;
  }
  return score;
}

describe('tradeScore', () => {
  it('weighs strong trade terms above loose words', () => {
    expect(tradeScore('New tariffs announced')).toBe(2);
    expect(tradeScore('Trade talks resume')).toBe(2);
    expect(tradeScore('Talks resume')).toBe(1);
    expect(tradeScore('Local team wins the cup')).toBe(0);
  });

  it('counts every occurrence', () => {
    expect(tradeScore('tariffs, tariffs and the WTO')).toBe(6);
    expect(tradeScore('Anti-dumping duties and export controls')).toBe(5);
    expect(tradeScore('Negotiators negotiate')).toBe(2);
  });
});

describe('mayScore and the cue words tradeScore starts from', () => {
  const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../e2e/fixtures');

  it('is true for every word and pair tradeScore counts, in any surrounding', () => {
    const scoring = [
      ...STRONG_WORDS,
      ...WEAK_WORDS,
      ...STRONG_PAIRS,
      ...[...TRADE_NEXT].map((n) => `trade ${n}`),
      'negotiators',
      'negotiating',
      'anti-dumping',
      'customs-union',
    ];
    for (const w of scoring) {
      for (const text of [w, `Officials said: ${w}.`, `(${w.toUpperCase()})`, `x ${w}\n`]) {
        expect(tradeScore(text), text).toBeGreaterThan(0);
        expect(mayScore(text.toLowerCase()), text).toBe(true);
      }
    }
  });

  it('scores as a plain word-by-word reading of the lists would, over the fixture pages and vocabulary mixes', () => {
    const texts: string[] = [];
    for (const file of readdirSync(fixtures).filter((f) => f.endsWith('.html'))) {
      const text = readFileSync(path.join(fixtures, file), 'utf8').replace(/<[^>]+>/g, ' ');
      texts.push(...text.split(/(?<=[.!?])\s+/));
    }
    expect(texts.length).toBeGreaterThan(100);
    // Every listed word and pair word, and some that only look like them, in random order and spacing.
    const vocab = [
      ...STRONG_WORDS,
      ...WEAK_WORDS,
      ...TRADE_NEXT,
      ...[...STRONG_PAIRS].flatMap((p) => p.split(' ')),
      'free',
      'anti',
      'negotiators',
      'negotiate',
      'trades',
      'markets',
      'subsidised',
      'the',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const seps = [' ', ', ', '-', ' 2024 ', '. ', '\n', "'s "];
    for (let n = 0; n < 2_000; n++) {
      const words = Array.from({ length: 2 + Math.floor(next() * 8) }, () => {
        const w = vocab[Math.floor(next() * vocab.length)]!;
        return next() < 0.2 ? w.toUpperCase() : w;
      });
      texts.push(words.map((w, i) => (i ? seps[Math.floor(next() * seps.length)]! : '') + w).join(''));
    }
    // Every pair alone, repeated, and between words that could pair with it.
    for (const pair of [...STRONG_PAIRS, ...[...TRADE_NEXT].map((n) => `trade ${n}`)]) {
      texts.push(pair, `${pair} ${pair}`, `trade ${pair} talks`, `free ${pair}-duties`);
    }
    for (const text of texts) expect(tradeScore(text), text).toBe(referenceScore(text));
  });

  it('says no to ordinary text, and to words that only contain a cue', () => {
    expect(mayScore('the home side won the derby after a late header')).toBe(false);
    expect(mayScore('an important supermarket tradesman exported nothing')).toBe(false);
    expect(tradeScore('An important supermarket tradesman')).toBe(0);
  });
});

describe('ldDeclaresArticle', () => {
  it('finds article types alone, in lists, and with spacing', () => {
    expect(ldDeclaresArticle('{"@type":"NewsArticle"}')).toBe(true);
    expect(ldDeclaresArticle('{"@type" : "Article"}')).toBe(true);
    expect(ldDeclaresArticle('{"@type":\n  ["WebPage", "ReportageNewsArticle"]}')).toBe(true);
    expect(ldDeclaresArticle('{"@type":"LiveBlogPosting"}')).toBe(true);
    expect(ldDeclaresArticle('{"@graph":[{"@type":"WebSite"},{"@type":"BlogPosting"}]}')).toBe(true);
  });

  it('ignores other types and article words outside @type', () => {
    expect(ldDeclaresArticle('{"@type":"Recipe","name":"An Article about bread"}')).toBe(false);
    expect(ldDeclaresArticle('{"@type":["WebPage","CollectionPage"],"about":"NewsArticle"}')).toBe(false);
    expect(ldDeclaresArticle('{"headline":"NewsArticle"}')).toBe(false);
    expect(ldDeclaresArticle('{"@type":')).toBe(false);
    expect(ldDeclaresArticle('')).toBe(false);
  });
});

describe('gate', () => {
  beforeEach(() => {
    document.title = '';
  });

  it('passes a JSON-LD NewsArticle about tariffs', () => {
    const doc = page({
      head: '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"x"}</script>',
      body: `<h1>Capitals resume talks</h1>${LEAD}`,
    });
    const v = gate(doc);
    expect(v.candidate).toBe(true);
    expect(v.reason).toBeNull();
    expect(v.signals).toContain('json-ld');
    expect(v.articleHint).toBe(true);
  });

  it('reads an @type array and og:type article', () => {
    const doc = page({
      head: '<script type="application/ld+json">{"@type":["WebPage","ReportageNewsArticle"]}</script><meta property="og:type" content="article">',
      body: `<h1>Steel tariffs</h1>`,
    });
    const v = gate(doc);
    expect(v.signals).toEqual(expect.arrayContaining(['json-ld', 'og:article']));
    expect(v.candidate).toBe(true);
  });

  it('turns away an article that is not about trade', () => {
    const doc = page({ body: `<article><h1>Derby day</h1>${SPORTS}</article>` });
    const v = gate(doc);
    expect(v.candidate).toBe(false);
    expect(v.reason).toBe('no trade words');
    expect(v.signals).toContain('article-element');
  });

  it('turns away a page with no article signals and no headline', () => {
    const doc = page({ body: `<div>${LEAD}</div>` });
    expect(gate(doc)).toMatchObject({ candidate: false, reason: 'no article signals' });
  });

  it('asks more of a plain page with only a headline', () => {
    const weak = page({
      body: '<h1>Ministers meet</h1><p>Officials talked about exports again this week in the capital city.</p>',
    });
    expect(gate(weak).candidate).toBe(false);
    const strong = page({ body: `<h1>Tariff truce talks</h1>${LEAD}` });
    expect(gate(strong).candidate).toBe(true);
  });

  it('only reads the lead: trade words deep in a long page do not count', () => {
    const filler = Array.from({ length: 8 }, () => SPORTS).join('');
    const doc = page({ body: `<article><h1>Derby day</h1>${filler}${LEAD}${LEAD}</article>` });
    expect(gate(doc).candidate).toBe(false);
  });

  it('takes well under a millisecond on a typical page', () => {
    const paras = Array.from({ length: 60 }, (_, i) => `<p>Paragraph ${i} ${SPORTS}</p>`).join('');
    const doc = page({
      head: '<meta property="og:type" content="article">',
      body: `<nav>${'<a href="#">Section</a>'.repeat(80)}</nav><article><h1>Derby day</h1>${paras}</article>`,
    });
    gate(doc); // warm up the regexes
    const runs = 50;
    const t0 = performance.now();
    for (let i = 0; i < runs; i++) gate(doc);
    const per = (performance.now() - t0) / runs;
    // happy-dom is much slower than a browser; a generous bound still catches a full-DOM walk.
    expect(per).toBeLessThan(5);
  });
});
