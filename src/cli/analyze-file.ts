import { parseHTML } from 'linkedom';
import { analyze } from '../core/index';
import type { Actor, Analysis, NegotiationEvent, Precondition } from '../core/types';
import { extractArticle, readPageMeta } from '../content/text/index';
import type { ArticleText } from '../content/text/index';

/** One actor as the CLI prints it (field order is the contract's). */
export interface CliActor {
  id: string;
  name: string;
  kind: Actor['kind'];
  side: string | null;
  role: string | null;
  mentions: { start: number; end: number; text: string }[];
}

export type CliPrecondition = Pick<
  Precondition,
  'holder' | 'target' | 'issue' | 'stance' | 'text' | 'start' | 'end' | 'rule'
>;

/** A status event as `--events` prints it. */
export type CliEvent = Pick<NegotiationEvent, 'status' | 'date' | 'text' | 'start' | 'end'>;

/** What `parley analyze` prints for one article; see docs/cli-contract.md. */
export interface CliResult {
  /** Only in --jsonl mode: the input line's id. */
  id?: JsonlId;
  url: string | null;
  title: string;
  published: string | null;
  isArticle: boolean;
  isTrade: boolean;
  isNegotiation: boolean;
  score: number;
  actors: CliActor[];
  preconditions: CliPrecondition[];
  /** Only with `--events`: the negotiation's two main parties (actor ids). */
  parties?: string[];
  /** Only with `--events`: status events, in text order. */
  events?: CliEvent[];
}

/** A JSONL input line that could not be analyzed. */
export interface CliError {
  id: JsonlId;
  error: string;
}

export type JsonlId = string | number | null;

/** Output options every input kind shares. */
export interface OutputOptions {
  /** Add `parties` and `events` (the `--events` flag); off, the output is the version-1 contract. */
  events?: boolean;
}

export interface HtmlOptions extends OutputOptions {
  url?: string | null;
  /** Character cap for the extracted text (see extractArticle). */
  maxChars?: number;
}

export interface TextOptions extends OutputOptions {
  url?: string | null;
  title?: string | null;
  published?: string | null;
}

/** Analyzed article with the text the offsets index, for in-process callers (eval, tests). */
export interface Analyzed {
  result: CliResult;
  text: string;
  article: ArticleText | null;
}

/**
 * Copies the analysis into the contract's shape and field order, so fields the analyzer adds
 * later (events, reasons...) do not leak into a stable output.
 */
function toResult(
  analysis: Analysis,
  head: { url: string | null; title: string; published: string | null },
  out: OutputOptions = {},
): CliResult {
  const result: CliResult = {
    url: head.url,
    title: head.title,
    published: head.published,
    isArticle: analysis.isArticle,
    isTrade: analysis.isTrade,
    isNegotiation: analysis.isNegotiation,
    score: analysis.score,
    actors: analysis.actors.map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind,
      side: a.side,
      role: a.role,
      mentions: a.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })),
    })),
    preconditions: analysis.preconditions.map((p) => ({
      holder: p.holder,
      target: p.target,
      issue: p.issue,
      stance: p.stance,
      text: p.text,
      start: p.start,
      end: p.end,
      rule: p.rule,
    })),
  };
  if (out.events) {
    result.parties = [...analysis.parties];
    result.events = analysis.events.map((e) => ({
      status: e.status,
      date: e.date,
      text: e.text,
      start: e.start,
      end: e.end,
    }));
  }
  return result;
}

/** The analysis of nothing: an empty input is "not an article", not an error. */
const EMPTY: Analysis = {
  isArticle: false,
  isTrade: false,
  isNegotiation: false,
  score: 0,
  reasons: [],
  actors: [],
  preconditions: [],
  parties: [],
  events: [],
};

/** linkedom only builds <html>/<body> when the markup has them; fragments get wrapped. */
function parseDocument(html: string): Document {
  const { document } = parseHTML(html);
  const root = document.documentElement as Element | null;
  if (root && root.localName.toLowerCase() === 'html') return document;
  return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document;
}

/** Finds the article in a page and analyzes it; keeps the extracted text for callers. */
export function analyzeHtmlDetailed(html: string, opts: HtmlOptions = {}): Analyzed {
  const doc = parseDocument(html);
  const article = extractArticle(doc, opts.maxChars === undefined ? {} : { maxChars: opts.maxChars });
  if (!article) {
    // No article body (a front page, an empty file): still say what the page calls itself.
    const meta = readPageMeta(doc);
    const head = { url: opts.url ?? meta.canonicalUrl, title: meta.title, published: meta.published };
    return { result: toResult(EMPTY, head, opts), text: '', article };
  }
  const { meta } = article;
  const url = opts.url ?? meta.canonicalUrl;
  const headline = article.text.split('\n\n', 1)[0] ?? '';
  const title = meta.title || headline;
  const analysis = analyze({
    text: article.text,
    title,
    published: meta.published,
    articleHint: meta.articleHint,
  });
  return {
    result: toResult(analysis, { url, title, published: meta.published }, opts),
    text: article.text,
    article,
  };
}

/** `parley analyze page.html`: the article is found first, then analyzed. */
export function analyzeHtml(html: string, opts: HtmlOptions = {}): CliResult {
  return analyzeHtmlDetailed(html, opts).result;
}

/** Line endings the analyzer's paragraph splitting understands ("\n\n"). */
export function normalizeText(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/**
 * `parley analyze story.txt`: the text is analyzed as given (after CRLF -> LF); the title is
 * `opts.title`, else the first line when a blank line follows it (the "headline, blank line" form).
 */
export function analyzeText(text: string, opts: TextOptions = {}): CliResult {
  const body = normalizeText(text);
  const firstBreak = body.search(/\n[ \t]*\n/);
  const firstLine = firstBreak > 0 ? body.slice(0, firstBreak).trim() : '';
  const title = opts.title ?? (firstLine && !firstLine.includes('\n') ? firstLine : '');
  const head = { url: opts.url ?? null, title, published: opts.published ?? null };
  if (body.trim() === '') return toResult(EMPTY, head, opts);
  const analysis = analyze({
    text: body,
    title: title || null,
    published: head.published,
    articleHint: null,
  });
  return toResult(analysis, head, opts);
}

export class InputError extends Error {}

const BOM_ENCODINGS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];

/** The charset a page declares in its first 1024 bytes (<meta charset> or http-equiv). */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m?.[1]?.toLowerCase() ?? null;
}

/**
 * Bytes -> text. UTF-8 unless a BOM or (for pages) a <meta charset> says otherwise. Throws an
 * InputError for binary data: NUL bytes, or mostly undecodable bytes.
 */
export function decodeInput(bytes: Uint8Array, isHtml: boolean): string {
  let encoding = 'utf-8';
  let bom = false;
  for (const [sig, enc] of BOM_ENCODINGS) {
    if (sig.every((b, i) => bytes[i] === b)) {
      encoding = enc;
      bom = true;
      break;
    }
  }
  if (!bom && bytes.includes(0)) throw new InputError('binary data (NUL bytes), not text or HTML');
  if (!bom && isHtml) {
    const declared = declaredCharset(bytes);
    if (declared && declared !== 'utf-8' && declared !== 'utf8') {
      try {
        return new TextDecoder(declared).decode(bytes);
      } catch {
        // Unknown label: fall back to UTF-8.
      }
    }
  }
  const text = new TextDecoder(encoding).decode(bytes);
  let bad = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) bad++;
  if (bad > 16 && bad > text.length * 0.1)
    throw new InputError(`binary data (${bad} bytes are not valid ${encoding})`);
  return text;
}

/** .html/.htm files are pages; everything else is plain text. */
export function isHtmlPath(path: string): boolean {
  return /\.html?$/i.test(path);
}

function asId(v: unknown): JsonlId {
  return typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)) ? v : null;
}

function optString(v: unknown, field: string): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') throw new InputError(`"${field}" must be a string`);
  return v;
}

/**
 * One JSONL input line `{"id", "html"|"text", "url"?, "title"?, "published"?}` -> its result (with
 * the id first) or an error object. Never throws.
 */
export function analyzeJsonlLine(
  line: string,
  defaults: { url?: string | null } & OutputOptions = {},
): CliResult | CliError {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (e) {
    return { id: null, error: `invalid JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { id: null, error: 'each line must be a JSON object {"id", "html"|"text", "url"?}' };
  }
  const rec = parsed as Record<string, unknown>;
  const id = asId(rec['id']);
  try {
    const url = optString(rec['url'], 'url') ?? defaults.url ?? null;
    const html = optString(rec['html'], 'html');
    const text = optString(rec['text'], 'text');
    if (html !== null && text !== null) throw new InputError('give "html" or "text", not both');
    let result: CliResult;
    const events = defaults.events === true;
    if (html !== null) result = analyzeHtml(html, { url, events });
    else if (text !== null) {
      result = analyzeText(text, {
        url,
        title: optString(rec['title'], 'title'),
        published: optString(rec['published'], 'published'),
        events,
      });
    } else throw new InputError('missing "html" or "text" string');
    return { id, ...result };
  } catch (e) {
    return { id, error: e instanceof Error ? e.message : String(e) };
  }
}

export function isCliError(r: CliResult | CliError): r is CliError {
  return 'error' in r;
}
