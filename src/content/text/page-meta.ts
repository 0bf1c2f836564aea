import type { PageMeta } from './types';

/** Collapses runs of whitespace (including no-break spaces) and trims. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Every <meta> name/property/itemprop -> its first non-empty content, from one document scan. */
type MetaTags = Map<string, string>;

function readMetaTags(doc: Document): MetaTags {
  const tags: MetaTags = new Map();
  for (const el of Array.from(doc.querySelectorAll('meta[content]'))) {
    const content = squash(el.getAttribute('content') ?? '');
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      // Some pages list several names in one attribute (property="og:title dc:title").
      for (const key of (el.getAttribute(attr) ?? '').toLowerCase().split(/\s+/)) {
        if (key && !tags.has(key)) tags.set(key, content);
      }
    }
  }
  return tags;
}

function metaContent(tags: MetaTags, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key.toLowerCase());
    if (value) return value;
  }
  return null;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

interface LdFacts {
  headline: string | null;
  published: string | null;
  siteName: string | null;
  url: string | null;
  isArticle: boolean;
}

/** Schema.org types that mean "this page is one article" (NewsArticle, ReportageNewsArticle...). */
const ARTICLE_TYPE = /(Article|BlogPosting|NewsArticle|Report)$/;

function asString(v: Json | undefined): string | null {
  if (typeof v === 'string') return squash(v) || null;
  if (Array.isArray(v)) return asString(v[0]);
  if (v && typeof v === 'object' && !Array.isArray(v)) return asString(v['name'] ?? v['@value']);
  return null;
}

/** Reads every JSON-LD block; the first article-typed object wins. Broken JSON is skipped. */
function readJsonLd(doc: Document): LdFacts {
  const facts: LdFacts = { headline: null, published: null, siteName: null, url: null, isArticle: false };
  const queue: Json[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const raw = (script.textContent ?? '')
      .replace(/^\s*(?:<!--|(?:\/\/\s*)?<!\[CDATA\[)/, '')
      .replace(/(?:-->|(?:\/\/\s*)?\]\]>)\s*$/, '');
    try {
      queue.push(JSON.parse(raw) as Json);
    } catch {
      // A page's broken JSON-LD is the page's problem, not a reason to fail.
    }
  }
  let seen = 0;
  while (queue.length > 0 && seen++ < 2000) {
    const item = queue.shift();
    if (Array.isArray(item)) {
      queue.push(...item);
      continue;
    }
    if (!item || typeof item !== 'object') continue;
    const graph = item['@graph'];
    if (graph) queue.push(graph);
    const types = ([] as Json[])
      .concat(item['@type'] ?? [])
      .filter((t): t is string => typeof t === 'string');
    if (!types.some((t) => ARTICLE_TYPE.test(t))) continue;
    if (facts.isArticle) continue;
    facts.isArticle = true;
    facts.headline = asString(item['headline']) ?? asString(item['name']);
    facts.published = asString(item['datePublished']) ?? asString(item['dateCreated']);
    facts.url = asString(item['url']);
    const publisher = item['publisher'];
    facts.siteName = publisher && typeof publisher === 'object' ? asString(publisher as Json) : null;
  }
  return facts;
}

/** `Foo bar baz | Site` -> `Foo bar baz` when what is left still reads like a headline. */
function cleanDocumentTitle(title: string): string {
  const t = squash(title);
  const separators = / (?:[|\-–—\\/>»:]|::) /;
  if (!separators.test(t)) return t;
  const parts = t.split(separators);
  const words = (s: string) => s.split(' ').filter(Boolean).length;
  const first = parts[0] ?? '';
  const longest = parts.reduce((a, b) => (words(b) > words(a) ? b : a), first);
  // Keep the headline part: the first part when it is long enough, else the longest part.
  return words(first) >= 3 ? parts.slice(0, -1).join(' - ') || first : longest;
}

/**
 * Without metadata: an h1 the <title> starts with (the <title> then is "headline | site"), else
 * the <title> without its site suffix, else the page's first h1.
 */
function titleFromDocument(docTitle: string, h1s: Element[]): string {
  const t = squash(docTitle);
  const heads = h1s.map((h) => squash(h.textContent ?? '')).filter(Boolean);
  const lead = heads.find((h) => h.length >= 8 && t.toLowerCase().startsWith(h.toLowerCase()));
  if (lead) return lead;
  return t ? cleanDocumentTitle(t) : (heads[0] ?? '');
}

/** "Headline - Site" -> "Headline" when the site name is known. */
function withoutSiteName(title: string, siteName: string | null): string {
  if (!siteName) return title;
  const suffix = new RegExp(`\\s+[|\\-–—·:»]\\s+${siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i');
  const cut = title.replace(suffix, '');
  return cut || title;
}

/**
 * ISO 8601 out when possible, keeping the page's own date and offset ("2015-07-10 09:53:00 -0400"
 * -> "2015-07-10T09:53:00-04:00", not shifted to UTC, so "Monday" resolves against the local day);
 * other formats Date can parse become UTC ISO; anything else is kept as given.
 */
export function normalizeDate(raw: string | null): string | null {
  if (!raw) return null;
  const s = raw.trim();
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(
    s,
  );
  if (m) {
    const [, date, time, zone] = m;
    if (!time) return date ?? s;
    const tz = !zone ? '' : /^z$/i.test(zone) ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
    return `${date}T${time}${tz}`;
  }
  const ms = Date.parse(s);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : s || null;
}

function absoluteUrl(doc: Document, href: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, doc.baseURI && doc.baseURI !== 'about:blank' ? doc.baseURI : undefined).href;
  } catch {
    return href;
  }
}

/** The visible h1s' texts (a page may have one for the logo and one for the headline). */
export function visibleH1s(doc: Document): HTMLElement[] {
  return Array.from(doc.querySelectorAll('h1')).filter(
    (h) =>
      !h.closest('nav, aside, footer, [hidden], [aria-hidden="true"]') && squash(h.textContent ?? '') !== '',
  ) as HTMLElement[];
}

/** Reads title, date, canonical URL, site name and the article hint from the page's metadata. */
export function readPageMeta(doc: Document): PageMeta {
  const ld = readJsonLd(doc);
  const tags = readMetaTags(doc);
  const docTitle = doc.querySelector('title')?.textContent ?? '';
  const siteName = metaContent(tags, 'og:site_name', 'application-name') ?? ld.siteName;
  const title = withoutSiteName(
    // JSON-LD first: it is the article's own headline, og:title is often reworded for sharing.
    ld.headline ??
      metaContent(tags, 'og:title', 'twitter:title', 'dc:title', 'DC.title', 'title') ??
      titleFromDocument(docTitle, visibleH1s(doc)),
    siteName,
  );

  const timeEl =
    doc.querySelector('time[itemprop="datePublished"][datetime], time[pubdate][datetime]') ??
    doc.querySelector('time[datetime]');
  const published = normalizeDate(
    ld.published ??
      metaContent(
        tags,
        'article:published_time',
        'datePublished',
        'og:published_time',
        'publish-date',
        'date',
        'dc.date',
        'DC.date.issued',
        'parsely-pub-date',
        'sailthru.date',
      ) ??
      timeEl?.getAttribute('datetime') ??
      null,
  );

  const canonical =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaContent(tags, 'og:url') ?? ld.url;
  const ogType = metaContent(tags, 'og:type');
  return {
    title,
    published,
    canonicalUrl: absoluteUrl(doc, canonical),
    siteName,
    articleHint: ld.isArticle || /article/i.test(ogType ?? '') || doc.querySelector('article') !== null,
  };
}
