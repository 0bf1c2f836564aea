/**
 * The analyzer in a dedicated worker, so a long article is analyzed off the page's main thread. Built
 * by vite as a self-contained script (`?worker&url`); the content script starts it from a blob (see
 * off-thread.ts). Answers each `{id, input}` with `{id, analysis, ms}` or `{id, error}`.
 */
import { analyze } from '../core/index';
import type { AnalyzeInput } from '../core/types';

interface Request {
  id: number;
  input: AnalyzeInput;
}

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<Request>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (e) => {
  const { id, input } = e.data;
  try {
    const t0 = performance.now();
    const analysis = analyze(input);
    scope.postMessage({ id, analysis, ms: performance.now() - t0 });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
