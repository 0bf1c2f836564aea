import { afterEach, describe, expect, it, vi } from 'vitest';
import { painted } from './painted';

/** A PerformanceObserver stand-in whose test can deliver element entries. */
class FakeObserver {
  static last: FakeObserver | null = null;
  disconnected = false;
  constructor(readonly cb: (list: { getEntries(): unknown[] }) => void) {
    FakeObserver.last = this;
  }
  observe() {}
  disconnect() {
    this.disconnected = true;
  }
  deliver(...identifiers: string[]) {
    this.cb({ getEntries: () => identifiers.map((identifier) => ({ identifier })) });
  }
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('painted', () => {
  it('resolves when the named element is painted, not for another one', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('PerformanceObserver', FakeObserver);
    let done = false;
    const wait = painted('parley-first-view', 1000).then(() => (done = true));
    FakeObserver.last!.deliver('parley-list');
    await Promise.resolve();
    expect(done).toBe(false);
    FakeObserver.last!.deliver('parley-first-view');
    await wait;
    expect(FakeObserver.last!.disconnected).toBe(true);
  });

  it('resolves after the longest wait when nothing is painted or Element Timing is missing', async () => {
    vi.useFakeTimers();
    vi.stubGlobal(
      'PerformanceObserver',
      class {
        observe() {
          throw new TypeError('element is not a supported entry type');
        }
        disconnect() {}
      },
    );
    let done = false;
    void painted('parley-first-view', 300).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(299);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });
});
