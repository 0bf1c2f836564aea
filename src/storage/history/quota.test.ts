import { describe, expect, it, vi } from 'vitest';
import { HistoryFullError, withQuotaRetry } from './quota';

const quotaError = () =>
  Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });

describe('withQuotaRetry', () => {
  it('writes once when there is room', async () => {
    const prune = vi.fn(async () => 5);
    expect(await withQuotaRetry(async () => 'ok', prune)).toEqual({ value: 'ok', pruned: 0 });
    expect(prune).not.toHaveBeenCalled();
  });

  it('prunes and retries once on a full quota, and reports how much went', async () => {
    let attempts = 0;
    const write = async () => {
      if (attempts++ === 0) throw quotaError();
      return 'written';
    };
    expect(await withQuotaRetry(write, async () => 7)).toEqual({ value: 'written', pruned: 7 });
    expect(attempts).toBe(2);
  });

  it('says how much it pruned when even the retry does not fit', async () => {
    const none = withQuotaRetry(
      () => Promise.reject(quotaError()),
      async () => 0,
    );
    await expect(none).rejects.toBeInstanceOf(HistoryFullError);
    await expect(none).rejects.toMatchObject({ pruned: 0 });
    const still = withQuotaRetry(
      () => Promise.reject(quotaError()),
      async () => 3,
    );
    await expect(still).rejects.toMatchObject({ name: 'HistoryFullError', pruned: 3 });
  });

  it('never prunes for other errors', async () => {
    const prune = vi.fn(async () => 1);
    await expect(withQuotaRetry(() => Promise.reject(new Error('disk on fire')), prune)).rejects.toThrow(
      'disk on fire',
    );
    expect(prune).not.toHaveBeenCalled();
  });
});
