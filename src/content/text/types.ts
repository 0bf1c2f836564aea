/**
 * The one text/offset model shared by the content script (live DOM) and the CLI (linkedom): the
 * article as the analyzer sees it (`text`) plus a map from every character that came from the page
 * back to its DOM text node, so analyzer offsets become DOM Ranges.
 */

/** What the page says about itself, read from metadata before any extraction. */
export interface PageMeta {
  /**
   * JSON-LD headline, og:title, twitter:title or dc:title, else an h1 the <title> starts with, else
   * the <title> without its " | Site" suffix; a known site name suffix is removed; '' if none.
   */
  title: string;
  /** Publication date as the page gives it (ISO 8601 when it was parseable), or null. */
  published: string | null;
  canonicalUrl: string | null;
  siteName: string | null;
  /** The page calls itself an article: JSON-LD (News)Article, og:type article, or an <article>. */
  articleHint: boolean;
}

/**
 * `text.slice(start, end)` equals `node.data.slice(nodeStart, nodeStart + (end - start))`, except
 * that a whitespace character of `text` may stand for a whitespace character of the node (a tab,
 * newline or no-break space is written as ' '). Characters that no node produced (the blank lines
 * between paragraphs, the space standing for a <br>, a headline taken from metadata) are in no
 * segment.
 */
export interface TextSegment {
  node: Text;
  nodeStart: number;
  start: number;
  end: number;
}

export interface ArticleText {
  /**
   * Headline, blank line, paragraphs separated by blank lines ("\n\n"); whitespace inside a
   * paragraph collapsed to single spaces. Block elements (p, div, li, h2, td...) end paragraphs;
   * one <br> is a space, two or more in a row end the paragraph. The headline is the article's h1
   * (mapped) or, without one, the metadata title (unmapped).
   */
  text: string;
  meta: PageMeta;
  /** The element the body paragraphs were taken from (null when only a headline was found). */
  root: Element | null;
  /** Sorted by `start`, non-overlapping. */
  segments: TextSegment[];
  /** True when the text was cut at `maxChars`. */
  truncated: boolean;
}

export interface ExtractOptions {
  /** Stop after this many characters of text (default 300,000, about 50,000 words). */
  maxChars?: number;
  /**
   * Also skip nodes hidden by stylesheets (getComputedStyle), not only by the hidden attribute,
   * aria-hidden and inline styles. Only worth it on a live, laid-out page; off by default. Asked
   * only for elements inside the chosen article container, so the cost follows the article's size.
   */
  computedStyle?: boolean;
}
