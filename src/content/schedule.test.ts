import { describe, expect, it } from 'vitest';
import { AbortedError, Stopwatch, forEachSliced } from './schedule';

/** A fake clock: each call to `now` advances by `step` ms, so slices are deterministic. */
function fakeClock(step: number) {
  let t = 0;
  return () => (t += step);
}

describe('forEachSliced', () => {
  it('visits every item in order, yielding between slices that hit the budget', async () => {
    const seen: number[] = [];
    let yields = 0;
    // Each clock read advances 1 ms; a slice reads it once at start and once per item.
    await forEachSliced([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], (x) => seen.push(x), {
      budgetMs: 3,
      now: fakeClock(1),
      yielder: async () => {
        yields++;
      },
    });
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(yields).toBe(3);
  });

  it('does not yield when everything fits in one slice', async () => {
    let yields = 0;
    await forEachSliced([1, 2, 3], () => undefined, {
      budgetMs: 100,
      now: fakeClock(1),
      yielder: async () => {
        yields++;
      },
    });
    expect(yields).toBe(0);
  });

  it('stops at the next slice once aborted', async () => {
    const ac = new AbortController();
    const seen: number[] = [];
    const run = forEachSliced([1, 2, 3, 4, 5, 6], (x) => seen.push(x), {
      budgetMs: 2,
      now: fakeClock(1),
      signal: ac.signal,
      yielder: async () => ac.abort(),
    });
    await expect(run).rejects.toBeInstanceOf(AbortedError);
    expect(seen).toEqual([1, 2]); // one slice of two items, then the abort
  });

  it('handles an empty list', async () => {
    await expect(forEachSliced([], () => undefined)).resolves.toBeUndefined();
  });

  it('yields for real with the default yielder', async () => {
    const order: string[] = [];
    const work = forEachSliced([1, 2], () => order.push('item'), { budgetMs: 0 });
    order.push('sync');
    await work;
    expect(order).toEqual(['item', 'sync', 'item']);
  });
});

describe('Stopwatch', () => {
  it('adds up only the running intervals', () => {
    let t = 0;
    const w = new Stopwatch(() => t);
    w.start();
    t = 5;
    w.stop();
    t = 100; // waiting while yielded: not counted
    w.start();
    t = 103;
    expect(w.ms).toBe(8);
    w.stop();
    expect(w.ms).toBe(8);
  });
});
