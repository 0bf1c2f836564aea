import { readPageMeta, squash, visibleH1s } from './page-meta';
import { type Stopwatch, throwIfAborted, yieldToMain } from '../schedule';
import type { ArticleText, ExtractOptions, TextSegment } from './types';
import { isWhiteSpace } from '../../core/whitespace';

const DEFAULT_MAX_CHARS = 300_000;
/** Deeper subtrees are ignored: real articles are shallow, and recursion must not blow the stack. */
const MAX_DEPTH = 400;

/** Never article text, whatever their content. */
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'svg', 'math', 'canvas',
  'video', 'audio', 'object', 'embed', 'applet', 'form', 'button', 'select', 'textarea', 'input',
  'option', 'label', 'nav', 'aside', 'footer', 'header', 'figure', 'figcaption', 'dialog', 'menu',
  'head', 'title', 'meta', 'link', 'picture', 'img', 'map', 'area', 'source', 'track', 'datalist',
  'output', 'progress', 'meter', 'slot',
]); // prettier-ignore

/** Elements that end a paragraph (CSS display other than inline in the UA stylesheet). */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'ul', 'legend', 'html', 'listing',
  'plaintext', 'xmp', 'search',
]); // prettier-ignore

/** ARIA landmarks and widgets that are page furniture, not the story. */
const SKIP_ROLES = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'dialog', 'alertdialog', 'search', 'form',
  'menu', 'menubar', 'toolbar', 'tablist', 'tab', 'tooltip', 'marquee', 'timer', 'button',
]); // prettier-ignore

/** Class/id words of boxes around an article: teasers, sign-ups, ads, comments, sharing... */
const NEGATIVE_WORDS = new Set([
  'related', 'recommended', 'recommendations', 'recirc', 'newsletter', 'newsletters', 'subscribe',
  'subscription', 'signup', 'cookie', 'cookies', 'consent', 'gdpr', 'comment', 'comments', 'disqus',
  'share', 'sharing', 'social', 'promo', 'promos', 'promoted', 'sponsor', 'sponsored', 'advert',
  'advertisement', 'advertising', 'ad', 'ads', 'adslot', 'dfp', 'outbrain', 'taboola', 'teaser',
  'teasers', 'breadcrumb', 'breadcrumbs', 'sidebar', 'widget', 'footer', 'masthead', 'nav', 'navbar',
  'navigation', 'menu', 'caption', 'credit', 'credits', 'byline', 'modal', 'popup', 'toolbar',
  'trending', 'popular', 'mostread', 'banner', 'tags', 'sronly', 'combx', 'shoutbox', 'sponsorship',
  'pagination', 'pager', 'tools', 'meta',
]); // prettier-ignore
// Not listed on purpose: "paywall" (WSJ-style bodies sit in one), "hidden" (Tailwind's
// overflow-hidden wraps whole stories; exact hiding classes are in HIDDEN_CLASSES).
/** Words that mark the story container itself (they protect "article has-comments" wrappers). */
const POSITIVE_WORDS = new Set([
  'article', 'articlebody', 'body', 'content', 'entry', 'main', 'post', 'story', 'text', 'blog',
  'hentry', 'prose', 'storybody', 'page',
]); // prettier-ignore
/** Compound class names that are boxes whatever else they say. */
const NEGATIVE_COMPOUND =
  /(?:^|[-_])(?:most-?(?:read|popular|viewed|shared)|more-?(?:stories|news|from)|read-?more|also-?like|you-?may|related|recommend|newsletter|comments?|outbrain|taboola|promo|teaser|sr-only|visually-?hidden|screen-?reader)(?:$|[-_])/;
/** Exact class names that hide an element in most CSS frameworks. */
const HIDDEN_CLASSES = new Set([
  'hidden',
  'is-hidden',
  'u-hidden',
  'hide',
  'visually-hidden',
  'visuallyhidden',
  'sr-only',
  'screen-reader-text',
  'offscreen',
]);

/** Headings that open a teaser, sign-up or comments box rather than a part of the story. */
const BOX_HEADING =
  /^(?:you (?:may|might) (?:also )?(?:like|enjoy)|related(?: stories| articles| content| coverage| news| reading| topics| links)?|more (?:from|on|in|stories|news|to read|like this)\b.*|more [\p{L}' ]{1,30} (?:news|stories|coverage|articles|videos|reading)|most (?:read|popular|viewed|shared|emailed)|read (?:more|next|this next)|recommended(?: for you| stories| reading)?|trending(?: now| stories)?|what to read next|further reading|also read|top stories|latest (?:news|stories|headlines)|popular (?:now|stories)|sign up\b.*|subscribe\b.*|.*\bnewsletters?\b.*|comments?|\d+ comments?|join the (?:conversation|discussion)|share (?:this|the) (?:article|story|page)|editor'?s picks|don'?t miss|around the web|from our partners|sponsored(?: content| stories)?|advertisement)$/iu;
/** Short lines that are page furniture inside the body ("Advertisement", "Story continues below"). */
const FURNITURE_LINE =
  /^(?:advertisement|ad|sponsored|skip advertisement|story continues below(?: advertisement)?|continue reading(?: below| the main story)?|scroll to continue(?: with content)?|read more|share this(?: article| story)?|like this|listen to this article|\d+ min read)$/i;

/** Invisible characters dropped from the text (soft hyphen, zero-width space, bidi marks, BOM). */
const INVISIBLE = '\u00ad\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff';
/** Invisible runs | whitespace runs | text runs (words joined by single plain spaces, kept 1:1). */
const TOKEN = new RegExp(`([${INVISIBLE}]+)|(\\s+)|([^\\s${INVISIBLE}]+(?: [^\\s${INVISIBLE}]+)*)`, 'gu');

interface Stats {
  /** Approximate text length (raw text node lengths) of the non-excluded subtree. */
  len: number;
  /** Text length inside links. */
  linkLen: number;
  /** Readability-style content score gathered from paragraphs below. */
  score: number;
}

/** HTML documents report lowercase local names already; no per-call lowercasing on hot paths. */
function tagOf(el: Element): string {
  return el.localName;
}

function classTokens(el: Element): string[] {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean);
}

/**
 * -1 for teaser/sign-up/comment boxes, +1 for story containers, 0 otherwise (from class and id).
 * In a compound name the last word is the head ("article-body__byline" is a byline, "story-related"
 * a teaser box, "related-story" is not decided by its head): the head decides when it is known.
 */
function classWeight(el: Element): number {
  if (!el.hasAttribute('class') && !el.hasAttribute('id')) return 0;
  const cached = weights.get(el);
  if (cached !== undefined) return cached;
  const w = computeClassWeight(el);
  weights.set(el, w);
  return w;
}

/**
 * Class weights are asked for several times per element (scoring, siblings, walk). The cache of the
 * extraction now running (see `Run`): each extraction starts a new one, as on a live page classes
 * change between runs.
 */
let weights = new WeakMap<Element, number>();

function computeClassWeight(el: Element): number {
  let positive = false;
  let negative = false;
  for (const name of classTokens(el)) {
    if (NEGATIVE_COMPOUND.test(name)) return -1;
    const words = name.split(/[^a-z0-9]+/).filter(Boolean);
    const head = words[words.length - 1] ?? '';
    if (NEGATIVE_WORDS.has(head)) negative = true;
    else if (POSITIVE_WORDS.has(head)) positive = true;
    else if (words.some((w) => POSITIVE_WORDS.has(w))) positive = true;
    else if (words.some((w) => NEGATIVE_WORDS.has(w))) negative = true;
  }
  return negative && !positive ? -1 : positive && !negative ? 1 : 0;
}

/** Hidden by attribute, ARIA, inline style, a framework "hidden" class, or (opt-in) computed style. */
function isHidden(el: Element, computed: boolean): boolean {
  // hasAttributes(), not attributes.length: the latter makes a NamedNodeMap per element.
  if (!el.hasAttributes() && !computed) return false;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))/i.test(style))
    return true;
  const cls = el.getAttribute('class');
  if (cls && cls.split(/\s+/).some((c) => HIDDEN_CLASSES.has(c.toLowerCase()))) return true;
  if (computed) {
    const view = el.ownerDocument.defaultView;
    if (view && typeof view.getComputedStyle === 'function') {
      const cs = view.getComputedStyle(el);
      if (cs.display === 'none' || cs.visibility === 'hidden') return true;
    }
  }
  return false;
}

/** Never text, whatever the context: tags, roles and hidden nodes. */
function isHardSkip(el: Element, computed: boolean): boolean {
  if (SKIP_TAGS.has(tagOf(el))) return true;
  const role = el.getAttribute('role');
  if (role && SKIP_ROLES.has(role.toLowerCase())) return true;
  return isHidden(el, computed);
}

function isBoxHeading(el: Element): boolean {
  const tag = tagOf(el);
  if (!/^h[2-6]$/.test(tag) && tag !== 'strong' && tag !== 'b' && tag !== 'p') return false;
  const text = squash(el.textContent ?? '').replace(/[\s:.!»›>→-]+$/, '');
  return text.length > 0 && text.length <= 60 && BOX_HEADING.test(text);
}

/** Paragraph-like elements whose text scores their ancestors (Readability's idea). */
function isParagraphLike(el: Element, tag: string): boolean {
  if (tag === 'p' || tag === 'pre' || tag === 'blockquote' || tag === 'td') return true;
  if (tag !== 'div' && tag !== 'section') return false;
  // A div holding text and inline elements only acts as a paragraph.
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (BLOCK_TAGS.has(tagOf(c))) return false;
  return true;
}

/**
 * Work units (nodes) between two checkpoints of the walks: at a checkpoint the generator yields and a
 * driver may hand the main thread back. In an isolated world a node costs up to ~20 µs (a wrapper per
 * node), so 32 nodes keep a slice within a fraction of a millisecond of its budget.
 */
const CHECK_EVERY = 32;

/** A walk that pauses (yields nothing) at checkpoints and returns its result when done. */
type Steps<T> = Generator<void, T, void>;

/** One element on the explicit stack of `measure` (recursion replaced so the walk can pause). */
interface MeasureFrame {
  el: Element;
  s: Stats;
  /** Deeper than MAX_DEPTH: registered, never descended into nor scored. */
  capped: boolean;
  link: boolean;
  commas: number;
  next: ChildNode | null;
}

/**
 * One pass over the document: text length, link text length and content score per element, skipping
 * hard-excluded subtrees. Linear in the number of nodes. Elements are registered in document order
 * (pre-order) and scored when their subtree is done (post-order), as a recursive walk would.
 */
function* measure(scope: Element, stats: Map<Element, Stats>): Steps<void> {
  const open = (el: Element, depth: number, inLink: boolean): MeasureFrame => {
    const s: Stats = { len: 0, linkLen: 0, score: 0 };
    stats.set(el, s);
    const capped = depth > MAX_DEPTH;
    return {
      el,
      s,
      capped,
      link: inLink || tagOf(el) === 'a',
      commas: 0,
      next: capped ? null : el.firstChild,
    };
  };
  const stack: MeasureFrame[] = [open(scope, 0, false)];
  let work = 0;
  while (stack.length > 0) {
    const f = stack[stack.length - 1]!;
    const c = f.next;
    if (c === null) {
      stack.pop();
      if (!f.capped) score(f, stats);
      const parent = stack[stack.length - 1];
      if (parent) {
        parent.s.len += f.s.len;
        parent.s.linkLen += f.s.linkLen;
      }
      continue;
    }
    f.next = c.nextSibling;
    if (++work >= CHECK_EVERY) {
      work = 0;
      yield;
    }
    if (c.nodeType === 3) {
      const data = (c as Text).data;
      const n = trimmedLength(data);
      f.s.len += n;
      if (f.link) f.s.linkLen += n;
      if (n > 0) f.commas += countCommas(data);
    } else if (c.nodeType === 1) {
      const child = c as Element;
      // Computed styles are left to the walk: asking for them on every element of a page costs.
      if (!isHardSkip(child, false)) stack.push(open(child, stack.length, f.link));
    }
  }
}

/** Paragraph-like elements with text give points to their parent, grandparent and great-grandparent. */
function score(f: MeasureFrame, stats: Map<Element, Stats>): void {
  const { el, s } = f;
  if (s.len < 25 || !isParagraphLike(el, tagOf(el)) || classWeight(el) < 0) return;
  const density = s.len > 0 ? s.linkLen / s.len : 0;
  const points = (1 + f.commas + Math.min(3, Math.floor(s.len / 100))) * (1 - density);
  let anc = el.parentElement;
  for (let level = 0; anc && level < 3; level++, anc = anc.parentElement) {
    const as = stats.get(anc);
    // Ancestors are registered before their children are visited, so `as` exists.
    if (as) as.score += points / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
  }
}

/**
 * `data.trim().length` without the copy: a page's 5 MB text node would otherwise be duplicated,
 * and a page of 100,000 short nodes makes as many garbage strings.
 */
export function trimmedLength(data: string): number {
  let start = 0;
  let end = data.length;
  while (start < end && isWhiteSpace(data.charCodeAt(start))) start++;
  while (end > start && isWhiteSpace(data.charCodeAt(end - 1))) end--;
  return end - start;
}

/** Commas (Latin, Arabic, full-width, ideographic): a cheap sign of prose. */
function countCommas(data: string): number {
  let n = 0;
  for (const comma of COMMAS) for (let i = data.indexOf(comma); i !== -1; i = data.indexOf(comma, i + 1)) n++;
  return n;
}
const COMMAS = [',', '\u060c', '\uff0c', '\u3001'];

/** How much of the element's text is links (menus and teaser lists are mostly links). */
function linkDensity(s: Stats | undefined): number {
  return s && s.len > 0 ? s.linkLen / s.len : 0;
}

function finalScore(el: Element, s: Stats): number {
  const tag = tagOf(el);
  const tagBonus = tag === 'article' ? 10 : tag === 'div' || tag === 'main' || tag === 'section' ? 5 : 0;
  const weight = classWeight(el);
  const hint = el.getAttribute('itemprop') === 'articleBody' ? 30 : 0;
  const base = (s.score + tagBonus + weight * 25 + hint) * (1 - linkDensity(s));
  // A box whose class says "related" or "comments" may still win if it holds five times the text.
  return weight < 0 ? base * 0.2 : base;
}

interface RootChoice {
  root: Element;
  /** When the story spans sibling elements: the children of `root` to read, in order. */
  only: Set<Element> | null;
}

/** Picks the article container: articleBody markup, else the best-scoring element plus siblings. */
function* chooseRoot(scope: Element, stats: Map<Element, Stats>): Steps<RootChoice> {
  const marked = Array.from(scope.querySelectorAll('[itemprop="articleBody"]')).filter((el) => {
    const s = stats.get(el);
    return s !== undefined && s.len >= 200;
  });
  if (marked.length > 0) {
    const best = marked.reduce((a, b) => ((stats.get(b)?.len ?? 0) > (stats.get(a)?.len ?? 0) ? b : a));
    return { root: best, only: null };
  }

  let top: Element | null = null;
  let topScore = 0;
  let work = 0;
  for (const [el, s] of stats) {
    // Every entry counts: a page of 100,000 elements has as many, most of them unscored.
    if (++work >= CHECK_EVERY * 8) {
      work = 0;
      yield;
    }
    if (s.score <= 0 || el === scope) continue;
    const score = finalScore(el, s);
    if (score > topScore) {
      top = el;
      topScore = score;
    }
  }
  if (!top) return { root: scope, only: null };

  // Siblings that carry story text too (an article split into several blocks).
  const parent = top.parentElement;
  let only: Set<Element> | null = null;
  if (parent && parent !== scope) {
    const threshold = Math.max(10, topScore * 0.2);
    const picked = new Set<Element>([top]);
    for (let sib = parent.firstElementChild; sib; sib = sib.nextElementSibling) {
      if (++work >= CHECK_EVERY) {
        work = 0;
        yield;
      }
      if (sib === top) continue;
      const s = stats.get(sib);
      if (!s || s.len === 0) continue;
      const density = linkDensity(s);
      const ok =
        (s.score > 0 && finalScore(sib, s) >= threshold && classWeight(sib) >= 0) ||
        (tagOf(sib) === 'p' &&
          ((s.len > 80 && density < 0.25) ||
            (density === 0 && /[.!?]["'”’]?\s*$/.test(sib.textContent ?? ''))));
      if (ok) picked.add(sib);
    }
    if (picked.size > 1) only = picked;
  }
  let choice: RootChoice = only && parent ? { root: parent, only } : { root: top, only: null };

  // An <article> around the choice that adds little other text is the better root: it holds the
  // headline and every part of the scope.
  const art = choice.root.closest('article');
  if (art && art !== choice.root && scope.contains(art)) {
    const inner = stats.get(choice.root)?.len ?? 0;
    const outer = stats.get(art)?.len ?? Infinity;
    if (outer <= inner * 1.5 + 500) choice = { root: art, only: null };
  }
  return choice;
}

/** Teaser boxes found by their heading: the box itself, or the heading and what follows it. */
function* boxesByHeading(root: Element, excluded: Set<Element>, stats: Map<Element, Stats>): Steps<void> {
  const rootLen = stats.get(root)?.len ?? 0;
  const candidates = root.querySelectorAll('h2, h3, h4, h5, h6, strong, b, p');
  for (let i = 0; i < candidates.length; i++) {
    if ((i + 1) % CHECK_EVERY === 0) yield;
    const h = candidates[i]!;
    // Labels are short: skip the text work for every ordinary paragraph.
    if ((stats.get(h)?.len ?? 0) > 80 || !isBoxHeading(h)) continue;
    // <p><em><strong>Related</strong></em></p>: the paragraph is the heading.
    let head: Element = h;
    const label = squash(h.textContent ?? '');
    for (
      let up = h.parentElement;
      up && up !== root && squash(up.textContent ?? '') === label;
      up = up.parentElement
    ) {
      head = up;
    }
    const box = head.parentElement;
    if (box && box !== root && squash(box.textContent ?? '').length < Math.max(300, rootLen * 0.3)) {
      excluded.add(box);
      continue;
    }
    // A heading in the story's own flow: drop it and the teasers after it, up to the next paragraph
    // of prose (an inline "Related" box mid-story must not swallow the rest of the story).
    excluded.add(head);
    for (let el = head.nextElementSibling; el && !isProse(el, stats); el = el.nextElementSibling)
      excluded.add(el);
  }
}

/** A real paragraph: a long full sentence with few links, not a teaser summary cut off with "…". */
function isProse(el: Element, stats: Map<Element, Stats>): boolean {
  const s = stats.get(el);
  if (!s || s.len < 100 || linkDensity(s) > 0.3 || !isParagraphLike(el, tagOf(el))) return false;
  const end = (el.textContent ?? '').trimEnd();
  return /[.!?]["'”’»)]*$/.test(end) && !/(?:…|\.\.\.)$/.test(end);
}

/** Builds `text` and `segments` while walking the DOM. */
class TextBuilder {
  parts: string[] = [];
  length = 0;
  segments: TextSegment[] = [];
  truncated = false;
  private needBreak = false;
  /** Whitespace seen since the last character: where it came from (a node) or synthetic (null). */
  private space: { node: Text; offset: number } | null | undefined = undefined;
  private brCount = 0;

  constructor(private readonly maxChars: number) {}

  get full(): boolean {
    return this.length >= this.maxChars;
  }

  /** Ends the current paragraph: the next text starts after a blank line. */
  breakParagraph(): void {
    this.needBreak = true;
    this.space = undefined;
    this.brCount = 0;
  }

  /** One <br> is a space inside the paragraph; two or more in a row end the paragraph. */
  lineBreak(): void {
    this.brCount++;
    if (this.brCount >= 2) this.breakParagraph();
    else if (this.space === undefined) this.space = null;
  }

  /** Appends text not taken from the page (a headline from metadata). */
  synthetic(text: string): void {
    const t = squash(text);
    if (t) this.put(t, null, 0);
  }

  text(node: Text): void {
    const data = node.data;
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(data); m && !this.full; m = TOKEN.exec(data)) {
      if (m[1]) continue; // invisible: dropped, breaks the segment
      if (m[2]) {
        if (this.space === undefined) this.space = { node, offset: m.index };
        continue;
      }
      this.put(m[0], node, m.index);
    }
  }

  private put(word: string, node: Text | null, offset: number): void {
    if (this.length > 0) {
      if (this.needBreak) this.append('\n\n', null, 0);
      else if (this.space !== undefined) this.append(' ', this.space?.node ?? null, this.space?.offset ?? 0);
    }
    this.needBreak = false;
    this.space = undefined;
    this.brCount = 0;
    const room = this.maxChars - this.length;
    if (word.length > room) {
      this.truncated = true;
      word = word.slice(0, room);
    }
    if (word) this.append(word, node, offset);
  }

  private append(s: string, node: Text | null, offset: number): void {
    const start = this.length;
    this.parts.push(s);
    this.length += s.length;
    if (!node) return;
    const last = this.segments[this.segments.length - 1];
    if (
      last &&
      last.node === node &&
      last.end === start &&
      last.nodeStart + (last.end - last.start) === offset
    ) {
      last.end = this.length;
    } else {
      this.segments.push({ node, nodeStart: offset, start, end: this.length });
    }
  }
}

interface WalkContext {
  builder: TextBuilder;
  excluded: Set<Element>;
  computed: boolean;
  stats: Map<Element, Stats>;
}

function isFurniture(el: Element, ctx: WalkContext): boolean {
  if (isHardSkip(el, ctx.computed) || ctx.excluded.has(el)) return true;
  if (classWeight(el) < 0) return true;
  const tag = tagOf(el);
  const s = ctx.stats.get(el);
  if (
    s &&
    (tag === 'ul' || tag === 'ol' || tag === 'div' || tag === 'section' || tag === 'table' || tag === 'p')
  ) {
    // Lists of links ("Read more: ..." lines, link menus) are not prose.
    const density = linkDensity(s);
    if (density > 0.8 && s.len < 200) return true;
    if (tag !== 'p' && density > 0.5) return true;
  }
  if (s && s.len > 0 && s.len < 60 && BLOCK_TAGS.has(tag)) {
    const line = squash(el.textContent ?? '').replace(/[\s:.!]+$/, '');
    if (FURNITURE_LINE.test(line)) return true;
    // Counters and pagers ("0", "1 / 5"): no letter at all.
    if (line.length < 8 && !/\p{L}/u.test(line)) return true;
  }
  return false;
}

/** One element on the explicit stack of `walk`. */
interface WalkFrame {
  next: ChildNode | null;
  depth: number;
  /** A block element: ends a paragraph when its subtree is done. */
  block: boolean;
  /** Only these children are read (the story's sibling blocks), or all. */
  only: Set<Element> | null;
}

/** Appends the text under `el` to the builder, in document order, skipping furniture. */
function* walk(el: Element, ctx: WalkContext, only: Set<Element> | null): Steps<void> {
  const b = ctx.builder;
  const stack: WalkFrame[] = [{ next: el.firstChild, depth: 0, block: false, only }];
  let work = 0;
  while (stack.length > 0) {
    const f = stack[stack.length - 1]!;
    const c = f.next;
    if (c === null || b.full) {
      stack.pop();
      if (f.block) b.breakParagraph();
      continue;
    }
    f.next = c.nextSibling;
    if (++work >= CHECK_EVERY) {
      work = 0;
      yield;
    }
    if (c.nodeType === 3) {
      b.text(c as Text);
      continue;
    }
    if (c.nodeType !== 1) continue;
    const child = c as Element;
    if (f.only && !f.only.has(child)) continue;
    const tag = tagOf(child);
    if (tag === 'br') {
      b.lineBreak();
      continue;
    }
    if (f.depth >= MAX_DEPTH || isFurniture(child, ctx)) continue;
    const block = BLOCK_TAGS.has(tag);
    if (block) b.breakParagraph();
    stack.push({ next: child.firstChild, depth: f.depth + 1, block, only: null });
  }
}

/** The headline element: an h1 in the story, else a visible h1 that agrees with the page title. */
function findHeadline(doc: Document, root: Element, title: string): Element | null {
  const inside = Array.from(root.querySelectorAll('h1')).find(
    (h) => squash(h.textContent ?? '') !== '' && !isHidden(h, false),
  );
  if (inside) return inside;
  const h1s = visibleH1s(doc);
  const norm = (s: string) => squash(s).toLowerCase();
  const t = norm(title);
  const agreeing = h1s.find((h) => {
    const x = norm(h.textContent ?? '');
    return x.length >= 8 && t.length > 0 && (t.includes(x) || x.includes(t));
  });
  return agreeing ?? (h1s.length === 1 && !t ? (h1s[0] ?? null) : null);
}

/** Extraction as a walk that pauses at checkpoints; `extractArticle` and `extractArticleSliced` drive it. */
function* extractSteps(doc: Document, opts: ExtractOptions): Steps<ArticleText | null> {
  // The whole document element, not `document.body`: broken markup can yield several <body>
  // elements, and linkedom's `body` is then the first, often empty, one.
  const scope = doc.documentElement as Element | null;
  if (!scope) return null;
  const computed = opts.computedStyle === true;
  const meta = readPageMeta(doc);
  const stats = new Map<Element, Stats>();
  yield* measure(scope, stats);
  const { root, only } = yield* chooseRoot(scope, stats);

  const excluded = new Set<Element>();
  yield* boxesByHeading(root, excluded, stats);
  const builder = new TextBuilder(Math.max(1, opts.maxChars ?? DEFAULT_MAX_CHARS));
  const ctx: WalkContext = { builder, excluded, computed, stats };

  const headline = findHeadline(doc, root, meta.title);
  if (headline) {
    yield* walk(headline, ctx, null);
    excluded.add(headline);
  }
  if (builder.length === 0) builder.synthetic(meta.title);
  const headLength = builder.length;
  builder.breakParagraph();
  yield* walk(root, ctx, only);

  // A headline alone is not an article.
  if (builder.length <= headLength) return null;
  return {
    text: builder.parts.join(''),
    meta,
    root,
    segments: builder.segments,
    truncated: builder.truncated,
  };
}

/**
 * One extraction in progress. Its class-weight cache is installed before every step, so a sliced
 * run and another extraction interleaved with it (while it yields) never share a cache.
 */
class Run {
  readonly #steps: Steps<ArticleText | null>;
  readonly #weights = new WeakMap<Element, number>();

  constructor(doc: Document, opts: ExtractOptions) {
    this.#steps = extractSteps(doc, opts);
  }

  /** Works up to the next checkpoint; the result once the extraction is done. */
  step(): IteratorResult<void, ArticleText | null> {
    weights = this.#weights;
    return this.#steps.next();
  }
}

/**
 * Finds the main article (headline + body paragraphs) and builds its plain text with an offset
 * map. Returns null when the document has no root element or no body text (a headline alone).
 */
export function extractArticle(doc: Document, opts: ExtractOptions = {}): ArticleText | null {
  const run = new Run(doc, opts);
  for (;;) {
    const r = run.step();
    if (r.done) return r.value;
  }
}

/** How a sliced extraction shares the main thread. */
export interface SlicedExtractOptions extends ExtractOptions {
  /** Main-thread budget of one slice before yielding (ms, default 8). */
  budgetMs?: number;
  /** Stops the extraction at its next yield (AbortedError). */
  signal?: AbortSignal;
  /** Accumulates the time spent extracting (not the time spent yielded). */
  watch?: Stopwatch;
  now?: () => number;
  yielder?: () => Promise<void>;
}

/**
 * `extractArticle` on a live page, cut into slices of about `budgetMs` with the main thread handed
 * back in between, so a 100,000-node page is no long task. Same result as `extractArticle` on a DOM
 * that does not change meanwhile. A page whose extraction fits in one slice never yields.
 * Rejects with AbortedError when `signal` is aborted (checked before starting and after each yield).
 */
export async function extractArticleSliced(
  doc: Document,
  opts: SlicedExtractOptions = {},
): Promise<ArticleText | null> {
  const budget = opts.budgetMs ?? 8;
  const now = opts.now ?? (() => performance.now());
  const yielder = opts.yielder ?? yieldToMain;
  throwIfAborted(opts.signal);
  const run = new Run(doc, opts);
  opts.watch?.start();
  let sliceStart = now();
  try {
    for (;;) {
      const r = run.step();
      if (r.done) return r.value;
      if (now() - sliceStart < budget) continue;
      opts.watch?.stop();
      await yielder();
      throwIfAborted(opts.signal);
      opts.watch?.start();
      sliceStart = now();
    }
  } finally {
    opts.watch?.stop();
  }
}
