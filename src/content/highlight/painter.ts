/**
 * Paints marks with the CSS Custom Highlight API: one `Highlight` per kind, registered under our own
 * `parley-*` names only (a page's own entries in `CSS.highlights` are never read, replaced or
 * deleted), holding live Ranges. No element is added to the page, so its text and layout stay as
 * they were. Hiding removes our names from the registry and keeps the Highlights to restore them.
 *
 * The options page's display settings apply live (`setDisplay`): marks of a hidden category are
 * taken out of their Highlight (and a Highlight left empty out of the registry), and a colour scheme
 * is a set of highlight names (`parley-cb-side-a`, ...) with its own rules in highlights.css. Nothing
 * is written to the page's DOM for either: no attribute, no custom property, no style element.
 */
import type { ColourScheme } from '../../storage/settings-schema';
import { HIGHLIGHT_KINDS, highlightName, type HighlightKind, type MarkSpec } from '../marks';

/** A mark as painted: its spec plus the Ranges its text span maps to (several when it crosses nodes). */
export interface Mark extends MarkSpec {
  ranges: Range[];
}

/** Stacking when marks overlap: the two sides above neutral actors, underlines above all. */
const PRIORITY: Record<HighlightKind, number> = {
  actor: 1,
  'side-a': 2,
  'side-b': 2,
  demand: 3,
  condition: 3,
  offer: 3,
  reject: 3,
};

const FOCUS_MS = 1_600;

/** The name prefix of each scheme's `::highlight()` rules; the default keeps the plain names. */
const SCHEME_PREFIX: Record<ColourScheme, string> = {
  default: '',
  'colour-blind': 'cb-',
  'high-contrast': 'hc-',
};

/** The registry name of a kind under a colour scheme (`parley-side-a`, `parley-cb-side-a`, ...). */
export function schemeHighlightName(scheme: ColourScheme, kind: HighlightKind): string {
  return `parley-${SCHEME_PREFIX[scheme]}${kind}`;
}

/** What to show and how: set from the user's settings. */
export interface Display {
  scheme: ColourScheme;
  /** False for marks of a category the user hid. */
  shows(mark: MarkSpec): boolean;
}

export const DEFAULT_DISPLAY: Display = { scheme: 'default', shows: () => true };

export function highlightsSupported(): boolean {
  return typeof Highlight === 'function' && typeof CSS !== 'undefined' && !!CSS.highlights;
}

export class Painter {
  readonly #highlights = new Map<HighlightKind, Highlight>();
  readonly #byRange = new Map<AbstractRange, Mark>();
  #focus: Highlight | null = null;
  #focusTimer: ReturnType<typeof setTimeout> | undefined;
  #visible = true;
  #batching = false;
  #display: Display = DEFAULT_DISPLAY;
  /** Painted marks in paint order (actors, then preconditions; each in text order). */
  marks: Mark[] = [];

  constructor() {
    for (const kind of HIGHLIGHT_KINDS) {
      const h = new Highlight();
      h.priority = PRIORITY[kind];
      this.#highlights.set(kind, h);
    }
  }

  get visible(): boolean {
    return this.#visible;
  }

  get size(): number {
    return this.marks.length;
  }

  /** Adds one mark (its ranges go live at once when visible). */
  add(mark: Mark): void {
    if (mark.ranges.length === 0) return;
    const h = this.#highlights.get(mark.kind)!;
    const shown = this.#display.shows(mark);
    for (const r of mark.ranges) {
      if (shown) h.add(r);
      this.#byRange.set(r, mark);
    }
    this.marks.push(mark);
    if (shown && this.#visible && !this.#batching) this.#register(mark.kind);
  }

  /** True when the mark's category is shown under the current settings (hover cards skip the rest). */
  shows(mark: MarkSpec): boolean {
    return this.#display.shows(mark);
  }

  get scheme(): ColourScheme {
    return this.#display.scheme;
  }

  /**
   * Applies display settings to the painted marks at once: refills each Highlight with the marks
   * still shown and, for a new scheme, moves our entries to that scheme's names. Costs one pass
   * over the marks (a few hundred on a long article).
   */
  setDisplay(display: Display): void {
    const old = this.#display.scheme;
    if (display.scheme !== old) {
      for (const kind of HIGHLIGHT_KINDS) this.#unregister(kind, this.#highlights.get(kind)!);
    }
    this.#display = display;
    for (const h of this.#highlights.values()) h.clear();
    for (const mark of this.marks) {
      if (!display.shows(mark)) continue;
      const h = this.#highlights.get(mark.kind)!;
      for (const r of mark.ranges) h.add(r);
    }
    if (this.#batching) return;
    for (const kind of HIGHLIGHT_KINDS) {
      const h = this.#highlights.get(kind)!;
      if (this.#visible && h.size > 0) this.#register(kind);
      else this.#unregister(kind, h);
    }
  }

  /**
   * Starts a paint spread over several tasks: marks added until `commit()` are registered at once,
   * so the page restyles once instead of after every slice (costly on long articles).
   */
  begin(): void {
    this.#batching = true;
  }

  commit(): void {
    this.#batching = false;
    if (this.#visible) this.setVisible(true);
  }

  /** The mark a painted Range belongs to (for `highlightsFromPoint` hits). */
  markOf(range: AbstractRange): Mark | undefined {
    const mark = this.#byRange.get(range);
    return mark && this.#display.shows(mark) ? mark : undefined;
  }

  /** True when the painted ranges still point into the document (an SPA may have replaced them). */
  connected(): boolean {
    const first = this.marks[0]?.ranges[0];
    return !!first && first.startContainer.isConnected && !first.collapsed;
  }

  setVisible(visible: boolean): void {
    this.#visible = visible;
    for (const kind of HIGHLIGHT_KINDS) {
      const h = this.#highlights.get(kind)!;
      if (visible && h.size > 0) this.#register(kind);
      else this.#unregister(kind, h);
    }
    if (!visible) this.#clearFocus();
  }

  /** Briefly emphasises one mark (after the popup's list scrolled to it). */
  focus(mark: Mark): void {
    this.#clearFocus();
    if (!this.#visible) return;
    const h = new Highlight(...mark.ranges);
    h.priority = 10;
    this.#focus = h;
    CSS.highlights.set(highlightName('focus'), h);
    this.#focusTimer = setTimeout(() => this.#clearFocus(), FOCUS_MS);
  }

  /** Removes every mark; the Highlights stay (empty) for the next paint. */
  clear(): void {
    this.#batching = false;
    this.#clearFocus();
    for (const kind of HIGHLIGHT_KINDS) {
      const h = this.#highlights.get(kind)!;
      h.clear();
      this.#unregister(kind, h);
    }
    this.#byRange.clear();
    this.marks = [];
  }

  #register(kind: HighlightKind): void {
    const h = this.#highlights.get(kind)!;
    const name = schemeHighlightName(this.#display.scheme, kind);
    if (CSS.highlights.get(name) !== h) CSS.highlights.set(name, h);
  }

  /** Deletes our entry only if it is still ours. */
  #unregister(name: HighlightKind | 'focus', h: Highlight): void {
    const key = name === 'focus' ? highlightName(name) : schemeHighlightName(this.#display.scheme, name);
    if (CSS.highlights.get(key) === h) CSS.highlights.delete(key);
  }

  #clearFocus(): void {
    clearTimeout(this.#focusTimer);
    if (this.#focus) this.#unregister('focus', this.#focus);
    this.#focus = null;
  }
}
