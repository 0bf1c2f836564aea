import { describe, expect, it } from 'vitest';
import { createTabQueue } from './tab-queue';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('tab queue', () => {
  it('runs tasks of one tab in order, even when an earlier one is slower or fails', async () => {
    const q = createTabQueue();
    const log: string[] = [];
    const a = q.run(1, async () => {
      await tick(20);
      log.push('a');
      throw new Error('a failed');
    });
    const b = q.run(1, async () => {
      log.push('b');
      return 'b';
    });
    await expect(a).rejects.toThrow('a failed');
    expect(await b).toBe('b');
    expect(log).toEqual(['a', 'b']);
  });

  it('does not make different tabs wait for each other', async () => {
    const q = createTabQueue();
    const log: number[] = [];
    const slow = q.run(1, async () => {
      await tick(20);
      log.push(1);
    });
    await q.run(2, async () => {
      log.push(2);
    });
    await slow;
    expect(log).toEqual([2, 1]);
  });
});
