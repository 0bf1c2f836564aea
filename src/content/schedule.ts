/**
 * Cooperative scheduling for the content script: long work is cut into slices and the main thread
 * is handed back between them, so no task of ours shows up as a long task (> 50 ms) on big pages.
 */

interface Scheduler {
  yield?: () => Promise<void>;
}

/** Give the main thread back: `scheduler.yield()` where present (keeps our priority), else a macrotask. */
export function yieldToMain(): Promise<void> {
  const s = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (s?.yield) return s.yield();
  // MessageChannel fires sooner than setTimeout(0), which browsers clamp to >= 4 ms when nested.
  return new Promise((resolve) => {
    if (typeof MessageChannel === 'undefined') {
      setTimeout(resolve, 0);
      return;
    }
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(null);
  });
}

/** Thrown (and caught by the lifecycle) when a run is cancelled while it yields. */
export class AbortedError extends Error {
  constructor() {
    super('aborted');
    this.name = 'AbortedError';
  }
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AbortedError();
}

/**
 * Measures main-thread time spent in our own slices (not the time spent waiting while yielded), which
 * is what the per-tab `timings` report.
 */
export class Stopwatch {
  #total = 0;
  #since: number | null = null;
  constructor(private readonly now: () => number = () => performance.now()) {}
  start(): void {
    this.#since ??= this.now();
  }
  stop(): void {
    if (this.#since !== null) this.#total += this.now() - this.#since;
    this.#since = null;
  }
  /** Adds time measured elsewhere (an in-thread fallback timed by its own clock). */
  add(ms: number): void {
    this.#total += ms;
  }
  get ms(): number {
    return this.#since === null ? this.#total : this.#total + (this.now() - this.#since);
  }
}

export interface SliceOptions {
  /** Main-thread budget of one slice before yielding (ms). */
  budgetMs?: number;
  signal?: AbortSignal;
  /** Accumulates the time spent working (excluding the yields). */
  watch?: Stopwatch;
  now?: () => number;
  yielder?: () => Promise<void>;
}

/**
 * Runs `fn` over `items` in slices of at most `budgetMs`, yielding in between. Checks the clock
 * every item (performance.now() is cheap next to building a Range) so one slice overshoots its
 * budget by one item at most.
 */
export async function forEachSliced<T>(
  items: readonly T[],
  fn: (item: T, index: number) => void,
  opts: SliceOptions = {},
): Promise<void> {
  const budget = opts.budgetMs ?? 8;
  const now = opts.now ?? (() => performance.now());
  const yielder = opts.yielder ?? yieldToMain;
  let i = 0;
  while (i < items.length) {
    throwIfAborted(opts.signal);
    opts.watch?.start();
    const sliceStart = now();
    try {
      do {
        fn(items[i]!, i);
        i++;
      } while (i < items.length && now() - sliceStart < budget);
    } finally {
      opts.watch?.stop();
    }
    if (i < items.length) await yielder();
  }
  throwIfAborted(opts.signal);
}
