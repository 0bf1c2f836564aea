import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from './index';

/** The same extraction the CLI runs: linkedom in Node, no layout, no Range support needed. */
function linkedomDoc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

const PARA =
  'Delegates traded draft clauses on quotas, safeguards and dispute settlement late into the evening, according to people briefed on the session.';

describe('extractArticle on linkedom', () => {
  it('handles a 5 MB page with thousands of teaser boxes, capped at maxChars', () => {
    const teaser = `<div class="related-stories"><h3>Related</h3><ul><li><a href="/x">A headline about something else</a></li></ul></div>`;
    const chunk = `<p>${PARA}</p>${teaser}`;
    const count = Math.ceil((5 * 1024 * 1024) / chunk.length);
    const html = `<!doctype html><html><head><title>Long read</title></head><body><nav><a href="/">Home</a></nav><article><h1>Long read</h1>${chunk.repeat(count)}</article></body></html>`;
    expect(html.length).toBeGreaterThan(5 * 1024 * 1024);
    const a = extractArticle(linkedomDoc(html));
    expect(a).not.toBeNull();
    expect(a?.truncated).toBe(true);
    expect(a?.text.length).toBe(300_000);
    expect(a?.text).not.toContain('A headline about something else');
    expect(a?.text.startsWith(`Long read\n\n${PARA}\n\n${PARA}`)).toBe(true);
  }, 120_000);

  it('survives pathological nesting without a stack overflow', () => {
    const depth = 5000;
    const html = `<html><body><article><p>${PARA}</p>${'<div>'.repeat(depth)}deep text${'</div>'.repeat(depth)}</article></body></html>`;
    const a = extractArticle(linkedomDoc(html));
    expect(a?.text).toContain(PARA);
  });
});

const corpus = fileURLToPath(new URL('../../../../shared/corpus/pages', import.meta.url));
const pages = existsSync(corpus)
  ? readdirSync(corpus).filter((name) => existsSync(`${corpus}/${name}/source.html`))
  : [];

/** Same headline, allowing for a site name one side kept ("Headline - Site" vs "Headline"). */
function titlesAgree(ours: string, theirs: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  const a = norm(ours);
  const b = norm(theirs);
  return a === b || (a.length >= 8 && b.startsWith(a)) || (b.length >= 8 && a.startsWith(b));
}

describe.skipIf(pages.length === 0)('extractArticle over ../shared/corpus/pages', () => {
  it('never throws, and finds the page title Readability finds', () => {
    let withTitle = 0;
    let withDate = 0;
    let sameDate = 0;
    let exact = 0;
    let agree = 0;
    const misses: string[] = [];
    for (const name of pages) {
      const html = readFileSync(`${corpus}/${name}/source.html`, 'utf8');
      const a = extractArticle(linkedomDoc(html));
      const expected = JSON.parse(readFileSync(`${corpus}/${name}/expected-metadata.json`, 'utf8')) as {
        title?: string;
        publishedTime?: string;
      };
      if (expected.publishedTime) {
        withDate++;
        if (Date.parse(a?.meta.published ?? '') === Date.parse(expected.publishedTime)) sameDate++;
      }
      if (a) {
        // Paragraph format: no empty paragraph, no untrimmed one, offsets index the text.
        for (const para of a.text.split('\n\n')) expect(para).toBe(para.trim());
        expect(a.text).not.toMatch(/\n{3,}| {2}/);
      }
      if (!expected.title) continue;
      withTitle++;
      const ours = a?.meta.title ?? '';
      if (ours.trim().toLowerCase() === expected.title.trim().toLowerCase()) exact++;
      if (titlesAgree(ours, expected.title)) agree++;
      else misses.push(`${name}: "${ours}" vs "${expected.title}"`);
    }
    console.log(
      `corpus titles: ${exact}/${withTitle} exact, ${agree}/${withTitle} agree${misses.length ? `; differ: ${misses.join('; ')}` : ''}`,
    );
    console.log(`corpus dates: ${sameDate}/${withDate} published times equal Readability's`);
    expect(sameDate).toBe(withDate);
    expect(agree / withTitle).toBeGreaterThanOrEqual(0.9);
  }, 120_000);
});
