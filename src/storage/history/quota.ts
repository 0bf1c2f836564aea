/**
 * Prune-and-retry for a full disk quota. IndexedDB aborts the transaction with a
 * QuotaExceededError; the write is retried once after the oldest history is pruned, and the caller
 * learns how much was dropped so it can tell the user.
 */
import { isQuotaError } from '../item';

export interface QuotaOutcome<T> {
  value: T;
  /** Articles pruned to make room (0 when the first attempt fit). */
  pruned: number;
}

/** Runs `write`; on a quota error runs `prune` and `write` once more. Other errors pass through. */
export async function withQuotaRetry<T>(
  write: () => Promise<T>,
  prune: () => Promise<number>,
): Promise<QuotaOutcome<T>> {
  try {
    return { value: await write(), pruned: 0 };
  } catch (error) {
    if (!isQuotaError(error) && !isQuotaError((error as { cause?: unknown } | null)?.cause)) throw error;
    const pruned = await prune();
    if (pruned === 0) throw error;
    return { value: await write(), pruned };
  }
}
