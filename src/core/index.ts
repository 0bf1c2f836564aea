/** The analyzer's entry point: pure, synchronous, no DOM. See types.ts for the contract. */
export * from './types';
import type { Analysis, AnalyzeInput } from './types';

/** Placeholder until the analyzer lands (issue 3). */
export function analyze(input: AnalyzeInput): Analysis {
  void input;
  return {
    isArticle: false,
    isTrade: false,
    isNegotiation: false,
    score: 0,
    reasons: [],
    actors: [],
    preconditions: [],
    parties: [],
    events: [],
  };
}
