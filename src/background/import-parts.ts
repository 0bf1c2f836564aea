/**
 * Reassembles an import file sent from an extension page in parts (one message can't carry 100 MB).
 * Shared by the reading-list import and the options page's all-data import, which differ only in
 * how they parse and write the whole text.
 */

/** One part of an import, as the page sends it. */
export interface ImportPart {
  id: string;
  index: number;
  total: number;
  bytes: number;
  data: string;
}

export type PartOutcome =
  /** The file is over the limit: refuse it (the caller's parser words the message). */
  | { kind: 'too-big' }
  /** The parts do not fit together (another total or size, an index past the end): start again. */
  | { kind: 'mismatch' }
  | { kind: 'incomplete'; received: number }
  | { kind: 'complete'; text: string; bytes: number };

interface Pending {
  total: number;
  bytes: number;
  parts: Array<string | undefined>;
  at: number;
}

/** An import whose parts stop arriving (the page closed) is dropped after this long. */
export const IMPORT_STALE_MS = 120_000;

export function createPartAssembler(maxBytes: number, now: () => number) {
  const pending = new Map<string, Pending>();
  return {
    add(part: ImportPart): PartOutcome {
      for (const [id, p] of pending) if (now() - p.at > IMPORT_STALE_MS) pending.delete(id);
      if (part.bytes > maxBytes) {
        pending.delete(part.id);
        return { kind: 'too-big' };
      }
      let p = pending.get(part.id);
      if (!p) {
        p = {
          total: part.total,
          bytes: part.bytes,
          parts: new Array<string | undefined>(part.total),
          at: now(),
        };
        pending.set(part.id, p);
      }
      if (p.total !== part.total || p.bytes !== part.bytes || part.index >= p.total) {
        pending.delete(part.id);
        return { kind: 'mismatch' };
      }
      p.parts[part.index] = part.data;
      p.at = now();
      const received = p.parts.filter((x) => x !== undefined).length;
      if (received < p.total) return { kind: 'incomplete', received };
      pending.delete(part.id);
      return { kind: 'complete', text: p.parts.join(''), bytes: p.bytes };
    },
  };
}
