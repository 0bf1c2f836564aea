// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { AbortedError, Stopwatch } from '../schedule';
import { extractArticle, extractArticleSliced } from './index';
import type { ArticleText } from './types';

const PARA =
  'Negotiators from both capitals compared tariff schedules, quota tables and safeguard wording until late, officials said.';

/** Page shapes that exercise every branch of the walks: nesting, links, boxes, breaks, siblings. */
const SHAPES: Record<string, string> = {
  'article with furniture and a teaser box': `<html><head><title>Tariff talks resume</title></head><body>
    <header><nav><a href="/">Home</a></nav></header>
    <article><h1>Tariff talks resume</h1><p>${PARA}</p><p>${PARA} Again, with <a href="#">a link</a>.</p>
    <div class="related-stories"><h3>Related</h3><ul><li><a href="/x">Another story entirely</a></li></ul></div>
    <p>${PARA}<br>one break<br><br>two breaks</p><div aria-hidden="true">hidden text</div></article>
    <footer>Footer words</footer></body></html>`,
  'body split over sibling blocks': `<html><body><main><div class="story"><p>${PARA}</p><p>${PARA}</p></div>
    <div class="story-more"><p>${PARA}, and more, and more.</p></div><p>${PARA}</p>
    <ul>${'<li><a href="#">teaser link text</a></li>'.repeat(50)}</ul></main></body></html>`,
  'deeper than the depth cap': `<html><body><article><h1>Deep page</h1><p>${PARA}</p>${'<div>'.repeat(600)}deep words${'</div>'.repeat(600)}<p>${PARA}</p></article></body></html>`,
  'thousands of nodes': `<html><body><div id="content">${`<div><span>${PARA}</span> <a href="#">a link</a>, <em>emphasis</em> and <b>bold</b></div>`.repeat(150)}</div><aside>${'<p>aside</p>'.repeat(100)}</aside></body></html>`,
};

function docOf(html: string): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.open();
  doc.write(html);
  doc.close();
  return doc;
}

/** Text, flags and the offset map with each segment's node named by its path from the root. */
function shape(a: ArticleText | null): unknown {
  if (!a) return null;
  const path = (n: Node): string => {
    const parts: number[] = [];
    for (let x: Node = n; x.parentNode; x = x.parentNode)
      parts.push(Array.prototype.indexOf.call(x.parentNode.childNodes, x) as number);
    return parts.reverse().join('/');
  };
  return {
    text: a.text,
    truncated: a.truncated,
    root: a.root ? path(a.root) : null,
    segments: a.segments.map((s) => [path(s.node), s.nodeStart, s.start, s.end]),
  };
}

/** A yielder that counts its calls and lets the test act while the extraction is paused. */
function counting(onYield?: (n: number) => void) {
  const state = { yields: 0 };
  const yielder = async () => {
    state.yields++;
    onYield?.(state.yields);
    await Promise.resolve();
  };
  return { state, yielder };
}

describe('extractArticleSliced', () => {
  for (const [name, html] of Object.entries(SHAPES)) {
    it(`gives the same text and offset map as extractArticle, yielding at every checkpoint: ${name}`, async () => {
      const doc = docOf(html);
      const expected = extractArticle(doc);
      expect(expected).not.toBeNull();
      const { state, yielder } = counting();
      const sliced = await extractArticleSliced(doc, { budgetMs: 0, yielder });
      expect(shape(sliced)).toEqual(shape(expected));
      // The same node objects, not only nodes at the same places.
      expect(sliced?.segments.map((s) => s.node)).toEqual(expected?.segments.map((s) => s.node));
      expect(state.yields).toBeGreaterThan(0);
    });
  }

  it('keeps the result when capped at maxChars', async () => {
    const doc = docOf(SHAPES['thousands of nodes']!);
    const expected = extractArticle(doc, { maxChars: 3_000 });
    const sliced = await extractArticleSliced(doc, {
      maxChars: 3_000,
      budgetMs: 0,
      yielder: counting().yielder,
    });
    expect(sliced?.truncated).toBe(true);
    expect(shape(sliced)).toEqual(shape(expected));
  });

  it('never yields when the page fits in one slice', async () => {
    const doc = docOf(SHAPES['article with furniture and a teaser box']!);
    const { state, yielder } = counting();
    // A clock that does not move: every checkpoint is within budget.
    const sliced = await extractArticleSliced(doc, { yielder, now: () => 0 });
    expect(state.yields).toBe(0);
    expect(shape(sliced)).toEqual(shape(extractArticle(doc)));
  });

  it('yields when a slice has used its budget, and the stopwatch counts work only', async () => {
    const doc = docOf(SHAPES['thousands of nodes']!);
    let t = 0;
    const watch = new Stopwatch(() => t);
    const { state, yielder } = counting(() => {
      t += 1_000; // time spent yielded: not ours
    });
    // Each checkpoint costs 1 ms on this clock: a budget of 8 ms is 8 checkpoints per slice.
    const now = () => ++t;
    const checkpoints = { n: 0 };
    const counted = () => {
      checkpoints.n++;
      return now();
    };
    await extractArticleSliced(doc, { budgetMs: 8, now: counted, yielder, watch });
    expect(state.yields).toBeGreaterThan(5);
    // One clock reading at each slice start plus one per checkpoint: about 8 checkpoints per slice.
    expect(checkpoints.n / state.yields).toBeGreaterThan(7);
    expect(checkpoints.n / state.yields).toBeLessThan(11);
    expect(watch.ms).toBeLessThan(state.yields * 1_000);
    expect(watch.ms).toBeGreaterThan(0);
  });

  it('stops at the next yield once its signal is aborted', async () => {
    const doc = docOf(SHAPES['thousands of nodes']!);
    const ac = new AbortController();
    const { state, yielder } = counting((n) => {
      if (n === 3) ac.abort();
    });
    await expect(
      extractArticleSliced(doc, { budgetMs: 0, yielder, signal: ac.signal }),
    ).rejects.toBeInstanceOf(AbortedError);
    expect(state.yields).toBe(3);
  });

  it('does not start with an aborted signal', async () => {
    const ac = new AbortController();
    ac.abort();
    const { state, yielder } = counting();
    await expect(
      extractArticleSliced(docOf(SHAPES['thousands of nodes']!), { signal: ac.signal, yielder }),
    ).rejects.toBeInstanceOf(AbortedError);
    expect(state.yields).toBe(0);
  });

  it('is not disturbed by another extraction while it yields (each run has its own class cache)', async () => {
    const doc = docOf(SHAPES['body split over sibling blocks']!);
    const expected = extractArticle(doc);
    const other = docOf(SHAPES['article with furniture and a teaser box']!);
    const { yielder } = counting(() => void extractArticle(other));
    const sliced = await extractArticleSliced(doc, { budgetMs: 0, yielder });
    expect(shape(sliced)).toEqual(shape(expected));
  });
});
