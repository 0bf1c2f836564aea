/**
 * Waiting for a page's first data to be on screen before starting work that is not on it (the rest
 * of a long list, the code of views nobody opened yet): on a busy 2-core machine such work competes
 * with the paint it would otherwise delay.
 */

/**
 * Resolves once the element with `elementtiming="<identifier>"` was painted (Element Timing), or
 * after `maxWaitMs` (an element never shown, or no Element Timing, as in Firefox).
 */
export function painted(identifier: string, maxWaitMs: number): Promise<void> {
  return new Promise((resolve) => {
    let observer: PerformanceObserver | undefined;
    const done = () => {
      observer?.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, maxWaitMs);
    try {
      observer = new PerformanceObserver((list) => {
        const entries = list.getEntries() as Array<PerformanceEntry & { identifier?: string }>;
        if (entries.some((e) => e.identifier === identifier)) done();
      });
      observer.observe({ type: 'element', buffered: true });
    } catch {
      // No Element Timing: the timeout alone decides.
    }
  });
}
