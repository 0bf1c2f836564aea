/**
 * The per-tab result the content script sends to the background (`{type: 'tab-result'}`), built the
 * same way for the gate's "no" and the pipeline's full analysis. In the entry chunk: no valibot here
 * (the pipeline validates its larger results with `parseMessage` before sending).
 */
import type { TabResult } from '../shared/tab-result';
import { browser } from '../shared/browser-lite';

export type Timings = TabResult['timings'];

const round = (ms: number | null): number | null =>
  ms === null ? null : Math.round(Math.max(0, ms) * 1000) / 1000;

/** A result with every list empty; the pipeline fills in what it found. */
export function emptyResult(gate: string | null, timings: Timings): TabResult {
  return {
    url: location.href.slice(0, 4096),
    title: document.title.slice(0, 1000),
    isArticle: false,
    isTrade: false,
    isNegotiation: false,
    gate,
    score: 0,
    actors: [],
    preconditions: [],
    parties: [],
    events: [],
    published: null,
    timings: {
      gateMs: round(timings.gateMs) ?? 0,
      extractMs: round(timings.extractMs),
      analyzeMs: round(timings.analyzeMs),
      paintMs: round(timings.paintMs),
    },
    at: Date.now(),
  };
}

/** True for the error a content script gets once its extension was reloaded or updated. */
export function isContextInvalidated(error: unknown): boolean {
  return /context invalidated/i.test(error instanceof Error ? error.message : String(error));
}

/** True while this script's extension context is alive (`runtime.id` vanishes when it is not). */
export function contextAlive(): boolean {
  try {
    return !!browser.runtime?.id;
  } catch {
    return false;
  }
}

/**
 * Sends a result to the background. A missing receiver (the worker is starting) is not our problem;
 * an invalidated context calls `onInvalidated` so the lifecycle can tear down.
 */
export async function sendResult(result: TabResult, onInvalidated: () => void): Promise<void> {
  try {
    await browser.runtime.sendMessage({ type: 'tab-result', result });
  } catch (error) {
    if (isContextInvalidated(error) || !contextAlive()) onInvalidated();
  }
}
