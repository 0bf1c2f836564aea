/**
 * Runs the analyzer in a worker when the page allows it, else on the main thread. A content script
 * cannot start a worker from its extension's URL (cross-origin to the page), so the worker bundle is
 * fetched and started from a blob: URL. Pages whose CSP forbids blob: workers, or browsers that
 * refuse, get the same analysis in-thread (the caller measures what that costs).
 */
import type { Analysis, AnalyzeInput } from '../core/types';
import { browser } from '../shared/browser';
import workerPath from './analyze-worker?worker&url';

/** A worker that has not answered in this long is presumed stuck; analyze in-thread instead. */
const WORKER_TIMEOUT_MS = 8_000;

/** The analyzer itself threw (in the worker): running it again in-thread would only throw again. */
export class AnalyzerError extends Error {
  override name = 'AnalyzerError';
}

interface Reply {
  id: number;
  analysis?: Analysis;
  ms?: number;
  error?: string;
}

export interface AnalyzeOutcome {
  analysis: Analysis;
  /** Where it ran: 'worker' (off the main thread) or 'main'. */
  where: 'worker' | 'main';
  /** Analysis time where it ran. */
  ms: number;
}

export class OffThreadAnalyzer {
  #worker: Promise<Worker | null> | null = null;
  #nextId = 1;
  #blobUrl: string | null = null;

  constructor(signal: AbortSignal) {
    signal.addEventListener('abort', () => this.dispose(), { once: true });
  }

  async analyze(input: AnalyzeInput): Promise<AnalyzeOutcome> {
    const worker = await (this.#worker ??= this.#start());
    if (worker) {
      try {
        const reply = await this.#ask(worker, input);
        if (reply.analysis) return { analysis: reply.analysis, where: 'worker', ms: reply.ms ?? 0 };
      } catch (error) {
        if (error instanceof AnalyzerError) throw error;
        // broken or stuck worker: drop it and fall through to the main thread
        this.dispose();
        this.#worker = Promise.resolve(null);
      }
    }
    // The in-thread analyzer is its own chunk, loaded only when the worker is not available.
    const { analyze } = await import('../core/index');
    const t0 = performance.now();
    const analysis = analyze(input);
    return { analysis, where: 'main', ms: performance.now() - t0 };
  }

  dispose(): void {
    void this.#worker?.then((w) => w?.terminate());
    if (this.#blobUrl) URL.revokeObjectURL(this.#blobUrl);
    this.#blobUrl = null;
  }

  async #start(): Promise<Worker | null> {
    try {
      const res = await fetch(browser.runtime.getURL(workerPath.replace(/^\//, '')));
      if (!res.ok) return null;
      const code = await res.text();
      this.#blobUrl = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
      const worker = new Worker(this.#blobUrl);
      // A CSP refusal arrives as an error event rather than an exception in some browsers.
      const ok = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(true), 0);
        worker.addEventListener('error', () => {
          clearTimeout(timer);
          resolve(false);
        });
      });
      return ok ? worker : null;
    } catch {
      return null;
    }
  }

  #ask(worker: Worker, input: AnalyzeInput): Promise<Reply> {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => done(new Error('worker timeout')), WORKER_TIMEOUT_MS);
      const onMessage = (e: MessageEvent<Reply>) => {
        if (e.data?.id !== id) return;
        if (e.data.error) done(new AnalyzerError(e.data.error));
        else done(null, e.data);
      };
      const onError = () => done(new Error('worker error'));
      const done = (error: Error | null, reply?: Reply) => {
        clearTimeout(timer);
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
        if (error) reject(error);
        else resolve(reply!);
      };
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
      worker.postMessage({ id, input });
    });
  }
}
