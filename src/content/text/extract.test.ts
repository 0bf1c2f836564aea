// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractArticle, rangesFor, readPageMeta, textOffsetAt } from './index';
import { normalizeDate } from './page-meta';
import { trimmedLength } from './extract';
import type { ArticleText } from './index';

/**
 * Loads a whole page into the test window's document (happy-dom), so Ranges are live: happy-dom's
 * Range.toString() is empty for nodes of a detached DOMParser document.
 */
function page(html: string): Document {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const root = document.adoptNode(parsed.documentElement);
  // happy-dom's replaceChild on a document refuses the swap: remove, then append.
  document.documentElement.remove();
  document.appendChild(root);
  return document;
}

function extract(html: string, opts?: Parameters<typeof extractArticle>[1]): ArticleText {
  const a = extractArticle(page(html), opts);
  if (!a) throw new Error('no article');
  return a;
}

const squashWs = (s: string) => s.replace(/\s+/g, ' ');

/** What the DOM holds for text[start, end): the Ranges' text, whitespace collapsed. */
function domText(a: ArticleText, start: number, end: number): string {
  return squashWs(
    rangesFor(a, start, end)
      .map((r) => r.toString())
      .join(''),
  );
}

/** text[start, end) without the characters no node produced (paragraph breaks, <br> spaces). */
function mappedText(a: ArticleText, start: number, end: number): string {
  let out = '';
  for (const seg of a.segments) {
    const s = Math.max(start, seg.start);
    const e = Math.min(end, seg.end);
    if (s < e) out += a.text.slice(s, e);
  }
  return squashWs(out);
}

/** Every word and every segment maps to DOM text equal to itself, and back. */
function expectRoundTrip(a: ArticleText): void {
  for (const m of a.text.matchAll(/\S+/g)) {
    const start = m.index;
    const end = start + m[0].length;
    expect(domText(a, start, end)).toBe(mappedText(a, start, end));
  }
  for (const seg of a.segments) {
    expect(seg.node.data.slice(seg.nodeStart, seg.nodeStart + seg.end - seg.start).replace(/\s/g, ' ')).toBe(
      a.text.slice(seg.start, seg.end),
    );
    for (let i = seg.start; i < seg.end; i++) {
      expect(textOffsetAt(a, seg.node, seg.nodeStart + (i - seg.start))).toBe(i);
    }
  }
  // Segments are sorted and disjoint.
  for (let i = 1; i < a.segments.length; i++) {
    expect(a.segments[i]!.start).toBeGreaterThanOrEqual(a.segments[i - 1]!.end);
  }
}

const LONG_A =
  'Negotiators from the two capitals met for a third day on Tuesday, trading proposals on farm quotas, steel duties and the timetable for any relief.';
const LONG_B =
  'Officials on both sides said the gap on industrial subsidies remained wide, although a junior minister called the mood constructive and businesslike.';
const LONG_C =
  'A final session is planned for next week, when the lead envoys are expected to decide whether a framework text can be published before the summit.';

const NEWS_PAGE = `<!doctype html><html lang="en"><head>
<title>Envoys extend tariff talks | The Daily Ledger</title>
<meta property="og:title" content="Envoys extend tariff talks into a fourth day">
<meta property="og:site_name" content="The Daily Ledger">
<meta property="og:type" content="article">
<link rel="canonical" href="https://news.example/world/envoys-extend-talks">
</head><body>
<div id="cookie-consent" class="cookie-banner"><p>We use cookies to make this site work. Accept all cookies or manage your choices.</p><button>Accept</button></div>
<header class="site-header"><a href="/">The Daily Ledger</a><nav><a href="/world">World</a> <a href="/markets">Markets</a></nav></header>
<main>
<article>
<header><h1>Envoys extend tariff talks into a fourth day</h1>
<p class="byline">By A. Reporter</p><time datetime="2026-03-04T08:00:00Z">March 4, 2026</time></header>
<p>${LONG_A}</p>
<figure><img src="talks.jpg" alt=""><figcaption>Delegates arrive at the venue on Monday.</figcaption></figure>
<div class="ad-slot"><p>Advertisement</p></div>
<p>${LONG_B}</p>
<aside class="related-links"><h3>Related</h3><ul><li><a href="/a">Port strike ends</a></li><li><a href="/b">Grain prices slip</a></li></ul></aside>
<div class="newsletter-signup"><h3>Get the morning briefing</h3><p>Sign up for our free newsletter and never miss a story.</p><form><input type="email"><button>Sign up</button></form></div>
<p>${LONG_C}</p>
<section class="teasers"><h2>You May Also Like</h2><div><h4><a href="/c">Why shipping rates keep rising</a></h4><p>A look at container costs, and what they mean for shoppers this winter.</p></div></section>
</article>
<section id="comments"><h2>Comments</h2><p>Great article, thanks for writing it, I learned a lot about the talks today.</p></section>
</main>
<aside><h2>Most read</h2><ol><li><a href="/d">Storm closes airport</a></li></ol></aside>
<footer><p>Copyright The Daily Ledger. All rights reserved, including the right to reproduce.</p></footer>
</body></html>`;

describe('extractArticle', () => {
  it('keeps headline and body paragraphs, drops page furniture and teaser boxes', () => {
    const a = extract(NEWS_PAGE);
    expect(a.text).toBe(
      `Envoys extend tariff talks into a fourth day\n\n${LONG_A}\n\n${LONG_B}\n\n${LONG_C}`,
    );
    expect(a.root?.localName).toBe('article');
    expect(a.truncated).toBe(false);
    expectRoundTrip(a);
  });

  it('maps the headline to its h1 when the page has one', () => {
    const a = extract(NEWS_PAGE);
    const [range] = rangesFor(a, 0, 6);
    expect(range?.startContainer.parentElement?.localName).toBe('h1');
    expect(range?.toString()).toBe('Envoys');
  });

  it('excludes a teaser list that follows a "Read more" heading at the end of the body', () => {
    const a = extract(`<html><body><div class="story-body">
      <p>${LONG_A}</p><p>${LONG_B}</p>
      <h3>More from World</h3>
      <p>A short teaser line about another story that should not count.</p>
      <p>Another teaser summary about something else entirely, also not ours.</p>
      </div></body></html>`);
    expect(a.text).toBe(`${LONG_A}\n\n${LONG_B}`);
  });

  it('does not mistake utility classes for boxes (overflow-hidden, paywall, has-sidebar)', () => {
    const a = extract(`<html><body><main class="layout has-sidebar"><article>
      <div class="overflow-hidden"><p>${LONG_A}</p></div><div class="paywall"><p>${LONG_B}</p></div>
      <div class="share-tools"><a href="/s">Share</a></div>
      </article><div class="sidebar"><p>${LONG_C}</p></div></main></body></html>`);
    expect(a.text).toBe(`${LONG_A}\n\n${LONG_B}`);
  });

  it('drops flat sign-up and teaser runs after the story, teaser summaries and all', () => {
    const a = extract(`<html><body><div class="entry">
      <h1>Envoys extend tariff talks</h1><p>${LONG_A}</p><p>${LONG_B}</p>
      <h3>Sign Up for Our Newsletters</h3><p>Get the headlines in your inbox every morning.</p>
      <h3>You May Also Like</h3>
      <h4><a href="/1">Shipping rates climb again as ports stay crowded</a></h4>
      <p>Freight costs rose for a sixth week in a row as carriers cut sailings and importers scrambled to move stock ahead of the…</p>
      <h4><a href="/2">Central bank holds rates</a></h4><p>Policy makers left borrowing costs unchanged and said they would wait for more data on…</p>
      </div></body></html>`);
    expect(a.text).toBe(`Envoys extend tariff talks\n\n${LONG_A}\n\n${LONG_B}`);
  });

  it('recognises box labels written as paragraphs or nested inline elements', () => {
    const a = extract(`<html><body><div class="entry"><p>${LONG_A}</p>
      <div><p class="sh2"><span>SIGN UP</span> FOR OUR NEWSLETTER</p><p>Daily news in your inbox.</p></div>
      <p>${LONG_B}</p>
      <p><em><strong>More trade news:</strong></em></p>
      <ul><li><a href="/1">Ports reopen after the holiday</a></li><li><a href="/2">Copper hits a record</a></li></ul>
      </div></body></html>`);
    expect(a.text).toBe(`${LONG_A}\n\n${LONG_B}`);
  });

  it('keeps the story after an inline "Related" box in the middle of it', () => {
    const a = extract(`<html><body><article><p>${LONG_A}</p>
      <h3>Related</h3><ul><li><a href="/r">Port strike ends</a></li></ul>
      <p>${LONG_B}</p><p>${LONG_C}</p></article></body></html>`);
    expect(a.text).toBe(`${LONG_A}\n\n${LONG_B}\n\n${LONG_C}`);
  });

  it('joins a paragraph split across inline elements and maps each piece back', () => {
    const a = extract(
      `<html><head><title>Tariff note</title></head><body><article><p>Talks between the <a href="/us">United</a><b> States</b> and <span>Chi</span>na resumed on <em>Monday</em>, officials said, after a pause of several weeks in the dispute over duties.</p></article></body></html>`,
    );
    const body = a.text.split('\n\n')[1] ?? '';
    expect(body).toBe(
      'Talks between the United States and China resumed on Monday, officials said, after a pause of several weeks in the dispute over duties.',
    );
    const start = a.text.indexOf('United States');
    const ranges = rangesFor(a, start, start + 'United States'.length);
    expect(ranges.map((r) => r.toString())).toEqual(['United', ' States']);
    const china = a.text.indexOf('China');
    expect(rangesFor(a, china, china + 5).map((r) => r.toString())).toEqual(['Chi', 'na']);
    expectRoundTrip(a);
  });

  it('collapses whitespace inside a paragraph; one Range still covers one text node', () => {
    const a = extract(
      `<html><body><article><p>  The   ministers\n\tmet  in\u00a0Geneva   on a cold morning to discuss the quota schedule and the dispute panel.  </p></article></body></html>`,
    );
    expect(a.text).toBe(
      'The ministers met in Geneva on a cold morning to discuss the quota schedule and the dispute panel.',
    );
    const s = a.text.indexOf('ministers met');
    const ranges = rangesFor(a, s, s + 'ministers met'.length);
    expect(ranges).toHaveLength(1);
    expect(ranges[0]?.toString()).toBe('ministers\n\tmet');
    expectRoundTrip(a);
  });

  it('turns one <br> into a space and two or more into a paragraph break', () => {
    const a = extract(
      `<html><body><article><p>The statement was signed by both trade ministers<br>and released at noon local time on Friday.<br><br>  <br>A second paragraph follows after a double line break in the same element.</p></article></body></html>`,
    );
    expect(a.text).toBe(
      'The statement was signed by both trade ministers and released at noon local time on Friday.\n\nA second paragraph follows after a double line break in the same element.',
    );
    // The space standing for <br> belongs to no node.
    const br = a.text.indexOf(' and released');
    expect(textOffsetAt(a, a.segments[0]!.node, a.segments[0]!.node.data.length)).toBeNull();
    expect(a.segments.some((s) => s.start <= br && br < s.end)).toBe(false);
    expectRoundTrip(a);
  });

  it('skips hidden nodes: hidden attribute, aria-hidden, inline display/visibility, sr-only classes', () => {
    const a = extract(`<html><body><article>
      <p>${LONG_A}<span hidden> SECRET-1</span><span aria-hidden="true"> SECRET-2</span></p>
      <p style="display: none">SECRET-3 is a whole hidden paragraph with enough words to be scored.</p>
      <p style="color: red; visibility:hidden">SECRET-4</p>
      <p>${LONG_B}<span class="sr-only"> SECRET-5</span></p>
      <template><p>SECRET-6</p></template><noscript><p>SECRET-7</p></noscript><script>var x = "SECRET-8";</script>
      </article></body></html>`);
    expect(a.text).toBe(`${LONG_A}\n\n${LONG_B}`);
    expect(a.text).not.toMatch(/SECRET/);
    expectRoundTrip(a);
  });

  it('uses computed styles on request (stylesheet display:none)', () => {
    const html = `<html><head><style>.gone { display: none }</style></head><body><article><p>${LONG_A}</p><p class="gone">Stylesheet-hidden text that only computed style can see.</p></article></body></html>`;
    expect(extract(html).text).toContain('Stylesheet-hidden');
    expect(extract(html, { computedStyle: true }).text).not.toContain('Stylesheet-hidden');
  });

  it('keeps right-to-left text in logical order and drops bidi marks', () => {
    const a = extract(`<html dir="rtl" lang="ar"><head><title>محادثات التجارة</title></head><body><article>
      <h1>محادثات التجارة تستأنف</h1>
      <p dir="rtl">\u200fقال المفاوضون إن الجولة الجديدة من المحادثات ستبدأ يوم الاثنين في العاصمة، وإن الرسوم الجمركية على رأس جدول الأعمال.</p>
      <p>הצדדים אמרו כי <b>השיחות</b> יימשכו עד סוף השבוע, וכי טיוטת ההסכם תפורסם בקרוב.</p>
      </article></body></html>`);
    expect(a.text).toBe(
      'محادثات التجارة تستأنف\n\nقال المفاوضون إن الجولة الجديدة من المحادثات ستبدأ يوم الاثنين في العاصمة، وإن الرسوم الجمركية على رأس جدول الأعمال.\n\nהצדדים אמרו כי השיחות יימשכו עד סוף השבוע, וכי טיוטת ההסכם תפורסם בקרוב.',
    );
    const w = a.text.indexOf('الرسوم');
    expect(domText(a, w, w + 'الرسوم'.length)).toBe('الرسوم');
    expectRoundTrip(a);
  });

  it('finds a body spread over sibling blocks', () => {
    const a = extract(`<html><body>
      <div class="nav-links"><a href="/">Home</a> <a href="/x">Economy</a></div>
      <div class="wrap"><div class="part"><p>${LONG_A}</p><p>${LONG_B}</p></div>
      <div class="part"><p>${LONG_C}</p><p>${LONG_A.replace('third', 'fourth')}</p></div></div>
      </body></html>`);
    expect(a.text).toContain(LONG_A);
    expect(a.text).toContain(LONG_C);
    expect(a.text).not.toContain('Home');
  });

  it('reads wire-style bodies made of <div> paragraphs, without ad labels and sign-up links', () => {
    const a = extract(`<html><body><main><div class="article-body__content">
      <div data-testid="paragraph-0" class="text__text article-body__paragraph">${LONG_A}</div>
      <div class="ad-label" data-testid="ad">ADVERTISEMENT</div>
      <div data-testid="paragraph-1" class="text__text article-body__paragraph">${LONG_B}</div>
      <p class="signup"><a href="/newsletters">Sign up here.</a></p>
      <div data-testid="paragraph-2" class="text__text article-body__paragraph">${LONG_C}</div>
      <p class="sign-off">Reporting by A. Writer; Editing by B. Editor</p>
      </div></main></body></html>`);
    expect(a.text).toBe(
      `${LONG_A}\n\n${LONG_B}\n\n${LONG_C}\n\nReporting by A. Writer; Editing by B. Editor`,
    );
  });

  it('prefers [itemprop=articleBody]', () => {
    const a = extract(`<html><body>
      <div class="promo-grid"><p>${LONG_C}</p><p>${LONG_C}</p><p>${LONG_C}</p></div>
      <div itemprop="articleBody"><p>${LONG_A}</p><p>${LONG_B}</p></div></body></html>`);
    expect(a.text).toBe(`${LONG_A}\n\n${LONG_B}`);
  });

  it('returns null without a root element, with no text, or with a headline only', () => {
    const empty = page('<html><head><title>Nothing here</title></head></html>');
    expect(extractArticle(empty)).toBeNull();
    const nav = page('<html><body><nav><a href="/">Home</a></nav><footer>Contact us</footer></body></html>');
    expect(extractArticle(nav)).toBeNull();
    const rootless = new DOMParser().parseFromString('<p>x</p>', 'text/html');
    rootless.documentElement.remove();
    expect(extractArticle(rootless)).toBeNull();
  });

  it('sees class changes between runs on the same live DOM', () => {
    const doc = page(
      `<html><body><article><p>${LONG_A}</p><div id="x"><p>${LONG_B}</p></div></article></body></html>`,
    );
    expect(extractArticle(doc)?.text).toContain(LONG_B);
    doc.getElementById('x')?.setAttribute('class', 'related-stories');
    expect(extractArticle(doc)?.text).not.toContain(LONG_B);
  });

  it('falls back to the metadata title when no h1 matches, without a segment for it', () => {
    const a = extract(
      `<html><head><meta property="og:title" content="Quota deal within reach"></head><body><div><p>${LONG_A}</p></div></body></html>`,
    );
    expect(a.text.startsWith('Quota deal within reach\n\n')).toBe(true);
    expect(a.segments[0]?.start).toBe('Quota deal within reach\n\n'.length);
  });

  it('caps the text at maxChars', () => {
    const a = extract(
      `<html><body><article><p>${LONG_A}</p><p>${LONG_B}</p><p>${LONG_C}</p></article></body></html>`,
      {
        maxChars: 200,
      },
    );
    expect(a.text.length).toBe(200);
    expect(a.truncated).toBe(true);
    expect(a.text).toBe(`${LONG_A}\n\n${LONG_B}`.slice(0, 200));
    expectRoundTrip(a);
  });
});

describe('rangesFor / textOffsetAt', () => {
  it('splits a span at paragraph breaks, returns nothing for empty spans or foreign nodes', () => {
    const a = extract(`<html><body><article><p>${LONG_A}</p><p>${LONG_B}</p></article></body></html>`);
    const cut = LONG_A.length;
    const ranges = rangesFor(a, cut - 7, cut + 2 + 9);
    expect(ranges.map((r) => r.toString())).toEqual(['relief.', 'Officials']);
    expect(rangesFor(a, 10, 10)).toEqual([]);
    expect(rangesFor(a, cut, cut + 2)).toEqual([]);
    expect(textOffsetAt(a, document.createTextNode(LONG_A), 0)).toBeNull();
  });
});

describe('readPageMeta', () => {
  it('reads JSON-LD (in a @graph), og tags and the canonical link', () => {
    const doc = page(`<html><head><title>Ignored | Site</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Page"},
      {"@type":["NewsArticle"],"headline":"Steel duties on the table","datePublished":"2026-02-01T10:00:00+01:00","publisher":{"@type":"Organization","name":"Ledger Wire"}}]}</script>
      <meta property="og:title" content="Steel duties: what is on the table">
      <link rel="canonical" href="/world/steel"><meta property="og:url" content="https://other.example/x">
      </head><body></body></html>`);
    const meta = readPageMeta(doc);
    expect(meta.title).toBe('Steel duties on the table');
    expect(meta.published).toBe('2026-02-01T10:00:00+01:00');
    expect(meta.siteName).toBe('Ledger Wire');
    expect(meta.articleHint).toBe(true);
    expect(meta.canonicalUrl).toMatch(/\/world\/steel$/);
  });

  it('falls back to meta tags, <time> and the <title> without its site suffix', () => {
    const doc = page(`<html><head><title>Grain exports rise again this spring - Farm Weekly</title>
      <script type="application/ld+json">{ broken json </script></head>
      <body><p><time datetime="2026-05-06">6 May</time></p></body></html>`);
    const meta = readPageMeta(doc);
    expect(meta.title).toBe('Grain exports rise again this spring');
    expect(meta.published).toBe('2026-05-06');
    expect(meta.canonicalUrl).toBeNull();
    expect(meta.articleHint).toBe(false);
  });

  it('uses article:published_time, strips a known site name and prefers the h1 the <title> starts with', () => {
    const doc = page(`<html><head><title>Port workers end strike | Harbour News</title>
      <meta property="og:site_name" content="Harbour News">
      <meta property="article:published_time" content="2026-01-02T03:04:05Z"></head>
      <body><h1>Port workers end strike</h1></body></html>`);
    const meta = readPageMeta(doc);
    expect(meta.title).toBe('Port workers end strike');
    expect(meta.published).toBe('2026-01-02T03:04:05Z');
    expect(meta.siteName).toBe('Harbour News');
  });
});

describe('normalizeDate', () => {
  it('writes ISO 8601 and keeps the page offset', () => {
    expect(normalizeDate('2015-07-10 09:53:00 -0400')).toBe('2015-07-10T09:53:00-04:00');
    expect(normalizeDate('2026-02-01T10:00:00+01:00')).toBe('2026-02-01T10:00:00+01:00');
    expect(normalizeDate('2026-02-01T10:00:00.123z')).toBe('2026-02-01T10:00:00.123Z');
    expect(normalizeDate('2026-02-01')).toBe('2026-02-01');
    expect(normalizeDate('Tue, 03 Mar 2026 08:00:00 GMT')).toBe('2026-03-03T08:00:00.000Z');
    expect(normalizeDate('yesterday-ish')).toBe('yesterday-ish');
    expect(normalizeDate('  ')).toBeNull();
  });
});

describe('trimmedLength', () => {
  it('equals trim().length for every whitespace and line terminator JavaScript trims', () => {
    const spaces: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (ch.trim() === '') spaces.push(ch);
    }
    expect(spaces.length).toBeGreaterThan(20);
    const samples = [
      '',
      'a',
      ' a ',
      '\n\t a b \r\n',
      spaces.join(''),
      `${spaces.join('')}x${spaces.join('')}`,
    ];
    for (const s of spaces) samples.push(`${s}word${s}`, `${s}${s}`, `a${s}b`);
    // Characters trim() keeps: zero-width space, word joiner, next line (U+0085).
    samples.push('\u200bx\u200b', '\u2060x', '\u0085x\u0085');
    for (const s of samples) expect(trimmedLength(s), JSON.stringify(s)).toBe(s.trim().length);
  });
});
