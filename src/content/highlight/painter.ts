/**
 * Paints marks with the CSS Custom Highlight API: one `Highlight` per kind, registered under our own
 * `parley-*` names only (a page's own entries in `CSS.highlights` are never read, replaced or
 * deleted), holding live Ranges. No element is added to the page, so its text and layout stay as
 * they were. Hiding removes our names from the registry and keeps the Highlights to restore them.
 */
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
    for (const r of mark.ranges) {
      h.add(r);
      this.#byRange.set(r, mark);
    }
    this.marks.push(mark);
    if (this.#visible && !this.#batching) this.#register(mark.kind);
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
    return this.#byRange.get(range);
  }

  /** True when the painted ranges still point into the document (an SPA may have replaced them). */
  connected(): boolean {
    const first = this.marks[0]?.ranges[0];
    return !!first && first.startContainer.isConnected && !first.collapsed;
  }

  setVisible(visible: boolean): void {
    this.#visible = visible;
    for (const kind of HIGHLIGHT_KINDS) {
      if (visible && this.#highlights.get(kind)!.size > 0) this.#register(kind);
      else if (!visible) this.#unregister(kind, this.#highlights.get(kind)!);
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
    const name = highlightName(kind);
    if (CSS.highlights.get(name) !== h) CSS.highlights.set(name, h);
  }

  /** Deletes our entry only if it is still ours. */
  #unregister(name: HighlightKind | 'focus', h: Highlight): void {
    const key = highlightName(name);
    if (CSS.highlights.get(key) === h) CSS.highlights.delete(key);
  }

  #clearFocus(): void {
    clearTimeout(this.#focusTimer);
    if (this.#focus) this.#unregister('focus', this.#focus);
    this.#focus = null;
  }
}
