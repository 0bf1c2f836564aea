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

/**
 * The history could not take a write even after pruning. Chromium frees deleted IndexedDB space
 * only when its backing store compacts, so right after a prune the retry can still fail: the user
 * is told, and later writes succeed once the space is back.
 */
export class HistoryFullError extends Error {
  override name = 'HistoryFullError';
  constructor(
    readonly pruned: number,
    options?: { cause?: unknown },
  ) {
    super(
      `Parley's history is full (the browser's storage quota); pruned ${pruned} oldest article(s).`,
      options,
    );
  }
}

const quotaLike = (error: unknown) =>
  isQuotaError(error) || isQuotaError((error as { cause?: unknown } | null)?.cause);

/**
 * Runs `write`; on a quota error runs `prune` and `write` once more. A second quota failure becomes
 * a HistoryFullError that says how much was pruned. Other errors pass through untouched.
 */
export async function withQuotaRetry<T>(
  write: () => Promise<T>,
  prune: () => Promise<number>,
): Promise<QuotaOutcome<T>> {
  try {
    return { value: await write(), pruned: 0 };
  } catch (error) {
    if (!quotaLike(error)) throw error;
    const pruned = await prune();
    if (pruned === 0) throw new HistoryFullError(0, { cause: error });
    try {
      return { value: await write(), pruned };
    } catch (retryError) {
      if (quotaLike(retryError)) throw new HistoryFullError(pruned, { cause: retryError });
      throw retryError;
    }
  }
}
