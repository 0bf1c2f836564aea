/** Small valid TabResults for unit tests of the stores, the background and the popup. */
import type { TabResult } from '../shared/tab-result';

export function sampleTabResult(over: Partial<TabResult> = {}): TabResult {
  return {
    url: 'https://www.reuters.com/world/talks-2026-01-01/',
    title: 'Talks resume',
    isArticle: true,
    isTrade: true,
    isNegotiation: true,
    gate: null,
    score: 0.9,
    actors: [
      { id: 'us', name: 'United States', kind: 'country', side: 'United States', role: null, mentions: [] },
      { id: 'cn', name: 'China', kind: 'country', side: 'China', role: null, mentions: [] },
      {
        id: 'p:jane-roe',
        name: 'Jane Roe',
        kind: 'person',
        side: 'United States',
        role: 'Trade Representative',
        mentions: [{ start: 0, end: 8, text: 'Jane Roe' }],
      },
      {
        id: 'wto',
        name: 'World Trade Organization',
        kind: 'organization',
        side: null,
        role: null,
        mentions: [],
      },
    ],
    preconditions: [
      {
        holder: 'us',
        target: 'cn',
        issue: 'tariffs',
        stance: 'demand',
        text: 'Washington wants tariffs cut first.',
        start: 10,
        end: 45,
        rule: 'cue:wants+issue:tariffs',
      },
    ],
    parties: ['us', 'cn'],
    events: [],
    published: '2026-01-01',
    timings: { gateMs: 0.4, extractMs: 2, analyzeMs: 5, paintMs: 1 },
    at: 1_000,
    ...over,
  };
}
