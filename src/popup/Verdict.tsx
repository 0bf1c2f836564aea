import type { TabResult } from '../shared/tab-result';
import { partyNames, verdictOf } from './view-model';

/**
 * Element Timing (`elementtiming`) reports when this line was painted: `npm run bench:context`
 * times the popup's first view by it. Not in preact's JSX types, hence the spread.
 */
export const FIRST_VIEW_ELEMENT = 'parley-first-view';
export const FIRST_VIEW_TIMING = { elementtiming: FIRST_VIEW_ELEMENT } as Record<string, string>;

/** The one-line answer to "what is this page?", and the negotiation's parties when it is one. */
export function Verdict({ result }: { result: TabResult }) {
  const v = verdictOf(result);
  const parties = partyNames(result);
  return (
    <header class="verdict-block">
      <p class={`verdict verdict-${v.kind}`} data-testid="verdict" {...FIRST_VIEW_TIMING}>
        <strong>{v.label}</strong> <span class="muted">({v.score})</span>
        {v.reason && <span class="muted"> · gate: {v.reason}</span>}
      </p>
      {result.isNegotiation && parties.length > 0 && (
        <p class="parties" data-testid="parties">
          Parties: {parties.join(' – ')}
        </p>
      )}
      <p class="page-title" title={result.url}>
        {result.title || result.url}
      </p>
    </header>
  );
}
