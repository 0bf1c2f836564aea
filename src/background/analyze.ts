/**
 * The analyzer run for a content script (`analyze` message). The background is its own process, so
 * a long article costs the page's thread nothing, and unlike a blob: worker started in the page it
 * cannot be refused by the page's CSP (`worker-src`) nor reported to the page as a
 * `securitypolicyviolation` event naming chrome-extension:// (issue 7).
 */
import { analyze } from '../core/index';
import type { AnalyzeReply, MessageOf } from '../shared/protocol';

/** Never throws: an analyzer error comes back as `{ ok: false }` so the page is told, not left waiting. */
export async function analyzeArticle(input: MessageOf<'analyze'>['input']): Promise<AnalyzeReply> {
  try {
    const t0 = performance.now();
    const analysis = analyze(input);
    return { ok: true, analysis, ms: performance.now() - t0 };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
