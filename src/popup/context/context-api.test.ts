import { describe, expect, it, vi } from 'vitest';
import { sampleTabResult } from '../../storage/test-data';
import { announceHistoryChange } from '../../storage/history';
import type { ContextData } from './context-api';

vi.mock('../../shared/browser', () => ({
  browser: { storage: { onChanged: {} }, runtime: { sendMessage: async () => ({ ok: true }) } },
}));
const { prefetchContext, sendHistoryCommand, takeContextAhead } = await import('./context-api');

const data = (earlier: number) => ({ earlier }) as ContextData;

describe('prefetchContext / takeContextAhead', () => {
  it('hands a finished read to the view of the same result, once', async () => {
    const result = sampleTabResult();
    const read = vi.fn(async () => data(3));
    await prefetchContext(result, read);
    await prefetchContext(result, read);
    expect(read).toHaveBeenCalledTimes(1);
    expect(takeContextAhead(sampleTabResult())).toBeNull();
    expect(takeContextAhead(result)).toEqual({ data: data(3) });
    expect(takeContextAhead(result)).toBeNull();
  });

  it('hands over a read still under way as a promise', async () => {
    const result = sampleTabResult();
    let finish: (d: ContextData) => void = () => undefined;
    void prefetchContext(result, () => new Promise((r) => (finish = r)));
    const ahead = takeContextAhead(result);
    expect(ahead?.data).toBeUndefined();
    finish(data(1));
    await expect(ahead?.pending).resolves.toEqual(data(1));
  });

  it('drops the read on a history change, a history command or a failed read', async () => {
    const result = sampleTabResult();
    await prefetchContext(result, async () => data(1));
    announceHistoryChange();
    await new Promise((r) => setTimeout(r, 50));
    expect(takeContextAhead(result)).toBeNull();

    await prefetchContext(result, async () => data(1));
    await sendHistoryCommand({ type: 'history-forget-all' });
    expect(takeContextAhead(result)).toBeNull();

    await prefetchContext(result, async () => Promise.reject(new Error('no IndexedDB')));
    expect(takeContextAhead(result)).toBeNull();
  });
});
