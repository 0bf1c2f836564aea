/**
 * Pure: the offline reader's marks. Cuts the saved text into paragraphs and each paragraph into
 * runs, each run carrying the actor mention and the precondition sentence covering it (if any), so
 * the reader renders text nodes and spans only; page text never becomes markup.
 */
import type { SavedArticle } from '../reading-list/model';

export interface Run {
  text: string;
  /** Actor id of the mention covering this run. */
  actor: string | null;
  /** Index into `annotations.preconditions` of the sentence covering this run. */
  precondition: number | null;
}

interface Span {
  start: number;
  end: number;
  actor: string | null;
  precondition: number | null;
}

/** Paragraphs (split at blank lines) as runs of uniformly marked text. */
export function paragraphRuns(article: Pick<SavedArticle, 'text' | 'annotations'>): Run[][] {
  const { text } = article;
  const spans: Span[] = [];
  for (const a of article.annotations.actors) {
    for (const m of a.mentions) spans.push({ start: m.start, end: m.end, actor: a.id, precondition: null });
  }
  article.annotations.preconditions.forEach((p, i) =>
    spans.push({ start: p.start, end: p.end, actor: null, precondition: i }),
  );
  const valid = spans.filter((s) => s.start < s.end && s.end <= text.length);
  const out: Run[][] = [];
  const para = /\n\s*\n/g;
  let from = 0;
  const cutParagraph = (start: number, end: number) => {
    if (text.slice(start, end).trim() === '') return;
    const cuts = new Set([start, end]);
    for (const s of valid) {
      if (s.end <= start || s.start >= end) continue;
      cuts.add(Math.max(s.start, start));
      cuts.add(Math.min(s.end, end));
    }
    const points = [...cuts].sort((a, b) => a - b);
    const runs: Run[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i]!;
      const b = points[i + 1]!;
      const covering = valid.filter((s) => s.start <= a && s.end >= b);
      runs.push({
        text: text.slice(a, b),
        actor: covering.find((s) => s.actor !== null)?.actor ?? null,
        precondition: covering.find((s) => s.precondition !== null)?.precondition ?? null,
      });
    }
    out.push(runs);
  };
  for (const m of text.matchAll(para)) {
    cutParagraph(from, m.index);
    from = m.index + m[0].length;
  }
  cutParagraph(from, text.length);
  return out;
}
