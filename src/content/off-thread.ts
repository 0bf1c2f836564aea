/**
 * Runs the analyzer off the page's main thread: in the extension's background (an `analyze`
 * message), else, when the background does not answer, in-thread.
 *
 * It used to start a dedicated worker from a blob: URL in the page. On a page whose CSP forbids
 * that (`worker-src 'none'`, or `script-src 'self'` without `worker-src`) Chromium refuses it *and*
 * fires a `securitypolicyviolation` event at the page naming `chrome-extension` as the source, so a
 * site could detect Parley; a content script cannot read the page's CSP headers to avoid trying.
 * The background is out of the page's reach: no CSP applies, nothing is observable (issue 7,
 * e2e/hostile.spec.ts checks both).
 */
import type { Analysis, AnalyzeInput } from '../core/types';
import { browser } from '../shared/browser';
import { MAX_ARTICLE_TEXT, parseMessage } from '../shared/protocol';
import { cutAt } from './result-limits';

/** A background that has not answered in this long is presumed stuck; analyze in-thread instead. */
const BACKGROUND_TIMEOUT_MS = 8_000;

/** The analyzer itself threw (in the background): running it again in-thread would only throw again. */
export class AnalyzerError extends Error {
  override name = 'AnalyzerError';
}

export interface AnalyzeOutcome {
  analysis: Analysis;
  /** Where it ran: 'background' (off the page's thread) or 'main'. */
  where: 'background' | 'main';
  /** Analysis time where it ran. */
  ms: number;
}

type Reply = { ok: true; analysis: Analysis; ms: number } | { ok: false; error: string };

function isReply(x: unknown): x is Reply {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Partial<{ ok: unknown; analysis: unknown; error: unknown }>;
  return (r.ok === true && typeof r.analysis === 'object' && r.analysis !== null) || r.ok === false;
}

export class OffThreadAnalyzer {
  /** False once the background timed out: later runs on this page go straight to the main thread. */
  #useBackground = true;

  async analyze(whole: AnalyzeInput): Promise<AnalyzeOutcome> {
    // Past the message limit (~50,000 words, far beyond any article) only the start is analyzed:
    // offsets stay valid, and the page is spared a main-thread run of seconds on megabytes of text.
    const input =
      whole.text.length > MAX_ARTICLE_TEXT ? { ...whole, text: cutAt(whole.text, MAX_ARTICLE_TEXT) } : whole;
    if (this.#useBackground) {
      const reply = await this.#askBackground(input);
      if (reply?.ok === true) return { analysis: reply.analysis, where: 'background', ms: reply.ms };
      if (reply?.ok === false) throw new AnalyzerError(reply.error);
    }
    // The in-thread analyzer is its own chunk, loaded only when the background cannot help.
    const { analyze } = await import('../core/index');
    const t0 = performance.now();
    const analysis = analyze(input);
    return { analysis, where: 'main', ms: performance.now() - t0 };
  }

  /** The background's reply, or null when there is none (no receiver, timeout, an old background). */
  async #askBackground(input: AnalyzeInput): Promise<Reply | null> {
    const msg = parseMessage({
      type: 'analyze',
      input: {
        text: input.text,
        title: input.title?.slice(0, 1_000) ?? null,
        published: input.published?.slice(0, 60) ?? null,
        articleHint: input.articleHint === true,
      },
    });
    if (!msg) return null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), BACKGROUND_TIMEOUT_MS);
    });
    try {
      const reply: unknown = await Promise.race([browser.runtime.sendMessage(msg), timeout]);
      if (reply === 'timeout') this.#useBackground = false;
      return isReply(reply) ? reply : null;
    } catch {
      // No receiver (the worker is restarting) or the context is gone: this run goes in-thread.
      return null;
    } finally {
      clearTimeout(timer);
    }
  }
}
