import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Analysis, AnalyzeInput } from '../core/types';

/**
 * The analyzer is replaced by a fake that records its input and returns an analysis with extra
 * fields, so these tests pin down what the CLI adds: extraction, field order, stripping.
 */
const calls: AnalyzeInput[] = [];
vi.mock('../core/index', () => ({
  analyze: (input: AnalyzeInput): Analysis & { extra: string } => {
    calls.push(input);
    const at = input.text.indexOf('Ruritania');
    return {
      isArticle: true,
      isTrade: true,
      isNegotiation: at >= 0,
      score: 0.75,
      reasons: ['fake'],
      parties: ['rt'],
      events: [],
      extra: 'not in the contract',
      actors:
        at >= 0
          ? [
              {
                mentions: [{ text: 'Ruritania', end: at + 9, start: at }],
                role: null,
                side: 'Ruritania',
                kind: 'country',
                name: 'Ruritania',
                id: 'rt',
                salience: 3,
              } as Analysis['actors'][number],
            ]
          : [],
      preconditions:
        at >= 0
          ? [
              {
                rule: 'cue:demand+issue:tariffs',
                end: at + 9,
                start: at,
                text: 'Ruritania',
                stance: 'demand',
                issue: 'tariffs',
                target: null,
                holder: 'rt',
                confidence: 1,
              } as Analysis['preconditions'][number],
            ]
          : [],
    };
  },
}));

const { analyzeHtml, analyzeHtmlDetailed, analyzeJsonlLine, analyzeText, decodeInput, InputError } =
  await import('./analyze-file');

const BODY =
  'Ruritania asked its neighbour to lift the new duties on timber before any further round of talks is held in the spring.';
const PAGE = `<!doctype html><html><head><title>Timber talks | Gazette</title>
<meta property="og:title" content="Timber duty talks stall">
<meta property="article:published_time" content="2026-04-01T09:00:00Z">
<link rel="canonical" href="https://gazette.example/timber">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Timber duty talks stall"}</script>
</head><body><nav><a href="/">Front</a></nav><article><h1>Timber duty talks stall</h1><p>${BODY}</p>
<aside><h3>Related</h3><p>Ruritania teaser that must not reach the analyzer at all.</p></aside></article></body></html>`;

beforeEach(() => {
  calls.length = 0;
});

describe('analyzeHtml', () => {
  it('extracts the article, passes page metadata to the analyzer, prints the contract fields in order', () => {
    const r = analyzeHtml(PAGE);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toEqual({
      text: `Timber duty talks stall\n\n${BODY}`,
      title: 'Timber duty talks stall',
      published: '2026-04-01T09:00:00Z',
      articleHint: true,
    });
    expect(Object.keys(r)).toEqual([
      'url',
      'title',
      'published',
      'isArticle',
      'isTrade',
      'isNegotiation',
      'score',
      'actors',
      'preconditions',
    ]);
    expect(r.url).toBe('https://gazette.example/timber');
    expect(r.published).toBe('2026-04-01T09:00:00Z');
    expect(r.score).toBe(0.75);
    const [actor] = r.actors;
    expect(Object.keys(actor ?? {})).toEqual(['id', 'name', 'kind', 'side', 'role', 'mentions']);
    expect(Object.keys(actor?.mentions[0] ?? {})).toEqual(['start', 'end', 'text']);
    const [pre] = r.preconditions;
    expect(Object.keys(pre ?? {})).toEqual([
      'holder',
      'target',
      'issue',
      'stance',
      'text',
      'start',
      'end',
      'rule',
    ]);
    expect(JSON.stringify(r)).not.toMatch(/salience|confidence|extra|reasons/);
  });

  it('gives offsets into the extracted text', () => {
    const { result, text } = analyzeHtmlDetailed(PAGE);
    const m = result.actors[0]?.mentions[0];
    expect(m && text.slice(m.start, m.end)).toBe('Ruritania');
  });

  it('prefers --url over the canonical link', () => {
    expect(analyzeHtml(PAGE, { url: 'https://mirror.example/a' }).url).toBe('https://mirror.example/a');
  });

  it('accepts a fragment without <html>/<body>', () => {
    const r = analyzeHtml(`<h1>Timber duty talks stall</h1><p>${BODY}</p>`);
    expect(calls[0]?.text).toBe(`Timber duty talks stall\n\n${BODY}`);
    expect(r.isNegotiation).toBe(true);
  });

  it('reports "not an article" for empty markup and front pages without running the analyzer', () => {
    const empty = analyzeHtml('');
    expect(empty).toMatchObject({ isArticle: false, score: 0, actors: [], preconditions: [], title: '' });
    const front = analyzeHtml(
      '<html><head><title>Gazette front page</title></head><body><nav><a href="/a">A</a></nav></body></html>',
    );
    expect(front.title).toBe('Gazette front page');
    expect(front.isArticle).toBe(false);
    expect(calls).toHaveLength(0);
  });
});

describe('analyzeText', () => {
  it('takes the first line as title when a blank line follows, and turns CRLF into LF', () => {
    const r = analyzeText(`Timber talks\r\n\r\n${BODY}\r\n`, {
      url: 'https://x.example/t',
      published: '2026-01-01',
    });
    expect(calls[0]).toEqual({
      text: `Timber talks\n\n${BODY}\n`,
      title: 'Timber talks',
      published: '2026-01-01',
      articleHint: null,
    });
    expect(r).toMatchObject({ url: 'https://x.example/t', title: 'Timber talks', published: '2026-01-01' });
  });

  it('has no title for a single paragraph unless one is given', () => {
    expect(analyzeText(BODY).title).toBe('');
    expect(analyzeText(BODY, { title: 'Given' }).title).toBe('Given');
  });

  it('treats a blank text as not an article', () => {
    expect(analyzeText(' \n\n ')).toMatchObject({ isArticle: false, actors: [] });
    expect(calls).toHaveLength(0);
  });
});

describe('decodeInput', () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);

  it('decodes UTF-8 and a UTF-16 file with a BOM', () => {
    expect(decodeInput(utf8('Zoll – Gespräche'), false)).toBe('Zoll – Gespräche');
    const le = new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]);
    expect(decodeInput(le, false)).toBe('Hi');
  });

  it('honours a page <meta charset>', () => {
    const bytes = new Uint8Array([...utf8('<meta charset="windows-1252"><p>caf'), 0xe9, ...utf8('</p>')]);
    expect(decodeInput(bytes, true)).toContain('café');
  });

  it('rejects binary data: NUL bytes or mostly invalid UTF-8', () => {
    expect(() => decodeInput(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), false)).toThrow(
      InputError,
    );
    const junk = new Uint8Array(400).map((_, i) => 0x80 + (i % 60));
    expect(() => decodeInput(junk, false)).toThrow(/binary/);
    // A few stray bytes in a long text are tolerated.
    const mostlyText = new Uint8Array([...utf8(BODY.repeat(3)), 0xff, 0xfe, 0xfd]);
    expect(decodeInput(mostlyText, false)).toContain('Ruritania');
  });
});

describe('analyzeJsonlLine', () => {
  it('analyzes html and text lines, id first', () => {
    const r = analyzeJsonlLine(JSON.stringify({ id: 'a1', html: PAGE }));
    expect(Object.keys(r)[0]).toBe('id');
    expect(r).toMatchObject({ id: 'a1', isNegotiation: true, url: 'https://gazette.example/timber' });
    const t = analyzeJsonlLine(JSON.stringify({ id: 7, text: BODY, url: 'https://t.example/' }));
    expect(t).toMatchObject({ id: 7, url: 'https://t.example/', isNegotiation: true });
  });

  it('uses the default url when a line has none', () => {
    expect(
      analyzeJsonlLine(JSON.stringify({ id: 1, text: BODY }), { url: 'https://d.example/' }),
    ).toMatchObject({
      url: 'https://d.example/',
    });
  });

  it('turns bad lines into {id, error} without throwing', () => {
    expect(analyzeJsonlLine('{"id": 3, "text": ')).toEqual({
      id: null,
      error: expect.stringMatching(/^invalid JSON/),
    });
    expect(analyzeJsonlLine('[1,2]')).toEqual({ id: null, error: expect.stringMatching(/JSON object/) });
    expect(analyzeJsonlLine('{"id": "x"}')).toEqual({ id: 'x', error: 'missing "html" or "text" string' });
    expect(analyzeJsonlLine('{"id": "y", "text": 5}')).toEqual({ id: 'y', error: '"text" must be a string' });
    expect(analyzeJsonlLine('{"id": "z", "text": "a", "html": "<p>b</p>"}')).toEqual({
      id: 'z',
      error: 'give "html" or "text", not both',
    });
    expect(analyzeJsonlLine('{"id": {"nested": 1}, "text": "a"}')).toMatchObject({ id: null });
  });
});
