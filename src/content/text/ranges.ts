import type { ArticleText, TextSegment } from './types';

/** Index of the first segment whose end is past `offset` (segments are sorted and disjoint). */
function firstSegmentAfter(segments: TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((segments[mid]?.end ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Live DOM Ranges covering `text.slice(start, end)`: one per text node touched, so nothing that
 * was left out of the text (a hidden span, an inline ad) sits inside a Range. Characters with no
 * node (paragraph breaks, a headline from metadata) are skipped. Whitespace collapsed in the text
 * stays uncollapsed in the DOM: `range.toString()` may hold a newline where the text has a space.
 */
export function rangesFor(article: ArticleText, start: number, end: number): Range[] {
  const { segments } = article;
  const ranges: Range[] = [];
  if (end <= start) return ranges;
  let current: { node: Text; from: number; to: number } | null = null;
  const flush = () => {
    if (!current) return;
    const range = current.node.ownerDocument.createRange();
    range.setStart(current.node, current.from);
    range.setEnd(current.node, current.to);
    ranges.push(range);
  };
  for (let i = firstSegmentAfter(segments, start); i < segments.length; i++) {
    const seg = segments[i];
    if (!seg || seg.start >= end) break;
    const from = seg.nodeStart + Math.max(start, seg.start) - seg.start;
    const to = seg.nodeStart + Math.min(end, seg.end) - seg.start;
    // Segments of one node split by collapsed whitespace join into one Range.
    if (current && current.node === seg.node && from >= current.to) current.to = to;
    else {
      flush();
      current = { node: seg.node, from, to };
    }
  }
  flush();
  return ranges;
}

const nodeIndex = new WeakMap<ArticleText, Map<Text, number[]>>();

/**
 * The text offset of a DOM position (from `caretPositionFromPoint`, a selection...), or null when
 * that character is not part of the article text. Lets hover cards map a point back to annotations.
 */
export function textOffsetAt(article: ArticleText, node: Node, offset: number): number | null {
  let index = nodeIndex.get(article);
  if (!index) {
    index = new Map();
    article.segments.forEach((seg, i) => {
      const list = index?.get(seg.node);
      if (list) list.push(i);
      else index?.set(seg.node, [i]);
    });
    nodeIndex.set(article, index);
  }
  for (const i of index.get(node as Text) ?? []) {
    const seg = article.segments[i];
    if (seg && offset >= seg.nodeStart && offset < seg.nodeStart + (seg.end - seg.start)) {
      return seg.start + (offset - seg.nodeStart);
    }
  }
  return null;
}
