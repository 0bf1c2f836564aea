import type { TabResult } from '../shared/tab-result';

const STATUS_LABELS: Record<TabResult['events'][number]['status'], string> = {
  planned: 'talks planned',
  restarted: 'talks restarted',
  held: 'talks held',
  stalled: 'talks stalled',
  broken_off: 'talks broken off',
  deal_reached: 'deal reached',
  signed: 'deal signed',
};

/** Status changes of the negotiation the article reports, dated when the text allows. */
export function EventList({ result }: { result: TabResult }) {
  if (result.events.length === 0) return null;
  return (
    <section class="section" aria-labelledby="events-h">
      <h2 id="events-h">Events</h2>
      <ul class="events">
        {result.events.map((e, i) => (
          <li key={i}>
            <strong>{STATUS_LABELS[e.status]}</strong>
            {e.date && <span class="muted"> · {e.date}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
