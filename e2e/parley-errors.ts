/**
 * Parley's errors on one page, told apart from the page's own: exceptions and console errors or
 * warnings of the content script's isolated world (seen over CDP), anything whose stack names
 * chrome-extension://, and the page's dedicated workers' console errors. Used by the hostile-page
 * and extension-update specs.
 */
import { expect, type Page } from '@playwright/test';

/** Errors that are Parley's on one page: its isolated world, its stacks, the page's workers. */
export interface ErrorCollector {
  errors: string[];
  /** The content script's isolated world, once Chromium created it. */
  world(): number | undefined;
  evaluateInWorld(expression: string): Promise<unknown>;
}

export async function collectParleyErrors(page: Page): Promise<ErrorCollector> {
  const cdp = await page.context().newCDPSession(page);
  const ours = new Set<number>();
  let parleyWorld: number | undefined;
  const errors: string[] = [];
  const fromExtension = (s: unknown) => JSON.stringify(s ?? '').includes('chrome-extension://');
  cdp.on('Runtime.executionContextCreated', (e) => {
    if (e.context.origin.startsWith('chrome-extension://')) {
      ours.add(e.context.id);
      if (e.context.name === 'Parley') parleyWorld = e.context.id;
    }
  });
  cdp.on('Runtime.exceptionThrown', (e) => {
    const d = e.exceptionDetails;
    if (ours.has(d.executionContextId ?? -1) || fromExtension(d.stackTrace) || fromExtension(d.url)) {
      errors.push(`uncaught: ${d.exception?.description ?? d.text}`);
    } else if (fromExtension(d.exception?.description)) {
      errors.push(`uncaught (stack names the extension): ${d.exception?.description}`);
    }
  });
  cdp.on('Runtime.consoleAPICalled', (e) => {
    if (e.type !== 'error' && e.type !== 'warning' && e.type !== 'assert') return;
    if (ours.has(e.executionContextId) || fromExtension(e.stackTrace)) {
      errors.push(`console.${e.type}: ${e.args.map((a) => a.description ?? a.value).join(' ')}`);
    }
  });
  await cdp.send('Runtime.enable');
  // Dedicated workers of the page: only Parley's blob: analyzer runs one on these pages.
  page.on('worker', (w) => {
    w.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning')
        errors.push(`worker console.${m.type()}: ${m.text()}`);
    });
  });
  return {
    errors,
    world: () => parleyWorld,
    evaluateInWorld: async (expression) => {
      const world = await expect
        .poll(() => parleyWorld, { timeout: 10_000 })
        .not.toBeUndefined()
        .then(() => parleyWorld!);
      return cdp.send('Runtime.evaluate', { contextId: world, expression, awaitPromise: true });
    },
  };
}
