/**
 * Serialises storage work per tab. A navigation's "clear" and the new page's "store" arrive as
 * separate events whose async handlers would otherwise interleave (read, write, then a late remove
 * wiping the fresh result).
 */
export interface TabQueue {
  run<T>(tabId: number, task: () => Promise<T>): Promise<T>;
}

export function createTabQueue(): TabQueue {
  const tails = new Map<number, Promise<unknown>>();
  return {
    run(tabId, task) {
      const previous = tails.get(tabId) ?? Promise.resolve();
      const next = previous.then(task, task);
      const tail = next.catch(() => undefined);
      tails.set(tabId, tail);
      void tail.then(() => {
        if (tails.get(tabId) === tail) tails.delete(tabId);
      });
      return next;
    },
  };
}
