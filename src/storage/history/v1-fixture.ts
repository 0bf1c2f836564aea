/**
 * Records as schema version 1 wrote them: the previous-schema fixture for the migration tests (the
 * pure one in schema.test.ts and the real-IndexedDB one in e2e/context.spec.ts).
 */
import type { DigestV1 } from './schema';

export const V1_RECORDS: DigestV1[] = [
  {
    url: 'https://www.reuters.com/world/v1-talks',
    title: 'Old talks story - Reuters',
    site: 'reuters.com',
    published: '2025-11-02T09:00:00Z',
    seenAt: Date.parse('2025-11-02T12:00:00Z'),
    parties: ['us', 'cn'],
    actors: [
      { id: 'us', name: 'United States', kind: 'country', side: 'United States' },
      { id: 'cn', name: 'China', kind: 'country', side: 'China' },
      { id: 'p:jane-roe', name: 'Jane Roe', kind: 'person', side: 'United States' },
    ],
    preconditions: [
      {
        holder: 'p:jane-roe',
        target: 'cn',
        issue: 'tariffs',
        stance: 'demand',
        text: 'Roe asked for lower tariffs.',
      },
    ],
    events: [{ status: 'held', date: '2025-11-01', text: 'The two sides met.' }],
  },
  {
    url: 'https://apnews.com/article/v1-undated',
    title: 'Undated follow-up',
    site: '',
    published: null,
    seenAt: Date.parse('2025-11-20T08:00:00Z'),
    parties: ['cn', 'us'],
    actors: [
      { id: 'us', name: 'United States', kind: 'country', side: 'United States' },
      { id: 'cn', name: 'China', kind: 'country', side: 'China' },
    ],
    preconditions: [
      { holder: 'us', target: 'cn', issue: 'tariffs', stance: 'offer', text: 'Washington offered a pause.' },
    ],
    events: [],
  },
];
