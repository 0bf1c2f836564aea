/**
 * Which painted mark is under a point. Highlights add no elements, so the usual event target is the
 * page's paragraph: we ask the highlight registry (`highlightsFromPoint`, where the browser has it)
 * or the caret position under the point, then confirm against the mark's own client rects so a
 * caret snapped to the nearest text (the pointer in a margin) is not a hit.
 */
import type { Mark } from '../highlight/painter';

interface CaretHit {
  node: Node;
  offset: number;
}

interface HighlightHitResult {
  highlight?: Highlight;
  ranges?: AbstractRange[];
}

type RegistryWithHitTest = HighlightRegistry & {
  highlightsFromPoint?: (x: number, y: number) => Array<HighlightHitResult | Highlight>;
};

type DocWithCaret = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

export function caretAt(doc: Document, x: number, y: number): CaretHit | null {
  const d = doc as DocWithCaret;
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/** The client rect of `mark` that contains the point (with a pixel of slack), or null. */
export function rectAt(mark: Mark, x: number, y: number): DOMRect | null {
  for (const range of mark.ranges) {
    for (const r of range.getClientRects()) {
      if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return r;
    }
  }
  return null;
}

/** Binary search of a list of marks in document order for the one whose range holds the caret. */
export function searchSorted(marks: readonly Mark[], hit: CaretHit): Mark | null {
  let lo = 0;
  let hi = marks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const mark = marks[mid]!;
    const first = mark.ranges[0]!;
    const last = mark.ranges[mark.ranges.length - 1]!;
    let before: boolean;
    let after: boolean;
    try {
      before = first.comparePoint(hit.node, hit.offset) < 0;
      after = last.comparePoint(hit.node, hit.offset) > 0;
    } catch {
      return null; // the caret is in another document or a doctype: not ours
    }
    if (before) hi = mid - 1;
    else if (after) lo = mid + 1;
    else return mark;
  }
  return null;
}

export interface HitIndex {
  /** Actor marks in document order (they never overlap each other). */
  actors: readonly Mark[];
  /** Precondition marks in document order. */
  preconditions: readonly Mark[];
  markOf(range: AbstractRange): Mark | undefined;
}

/**
 * The mark under (x, y), preferring an actor (the smaller, more specific mark) over the precondition
 * sentence around it; null when the point is on no mark.
 */
export function markAtPoint(doc: Document, index: HitIndex, x: number, y: number): Mark | null {
  const registry = (typeof CSS !== 'undefined' ? CSS.highlights : undefined) as
    RegistryWithHitTest | undefined;
  if (typeof registry?.highlightsFromPoint === 'function') {
    let hits: Array<HighlightHitResult | Highlight> = [];
    try {
      hits = registry.highlightsFromPoint(x, y);
    } catch {
      hits = [];
    }
    let found: Mark | null = null;
    let sawRanges = false;
    for (const hit of hits) {
      const ranges = 'ranges' in hit && Array.isArray(hit.ranges) ? hit.ranges : null;
      if (!ranges) continue;
      sawRanges = true;
      for (const r of ranges) {
        const m = index.markOf(r);
        if (m && (!found || (found.ref.type === 'precondition' && m.ref.type === 'actor'))) found = m;
      }
    }
    // Older drafts returned bare Highlights without ranges: fall through to the caret search.
    if (sawRanges || hits.length === 0) return found && rectAt(found, x, y) ? found : null;
  }
  const caret = caretAt(doc, x, y);
  if (!caret) return null;
  for (const list of [index.actors, index.preconditions]) {
    const m = searchSorted(list, caret);
    if (m && rectAt(m, x, y)) return m;
  }
  return null;
}
