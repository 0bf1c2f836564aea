import type { TimelineItem } from '../../core/history';
import { EVENT_LABELS, formatDay } from './context-model';

/** Stories of the negotiation and its status events, oldest first; each story links to its article. */
export function Timeline({ items }: { items: TimelineItem[] }) {
  return (
    <section class="section" aria-labelledby="timeline-h">
      <h3 id="timeline-h">Timeline</h3>
      <ol class="timeline" aria-label="Timeline">
        {items.map((item, i) =>
          item.kind === 'article' ? (
            <li
              key={item.url}
              class={`tl-article${item.current ? ' current' : ''}`}
              data-testid="timeline-article"
            >
              <time dateTime={item.date}>{formatDay(item.date)}</time>{' '}
              {item.current ? (
                <span class="tl-title" aria-current="page">
                  {item.title}
                </span>
              ) : (
                <a class="tl-title" href={item.url} target="_blank" rel="noreferrer">
                  {item.title}
                </a>
              )}{' '}
              <span class="muted">
                {item.site}
                {item.current && ' · this article'}
                {item.preconditions > 0 &&
                  ` · ${item.preconditions} position${item.preconditions === 1 ? '' : 's'}`}
              </span>
              {item.alsoOn.length > 0 && (
                <span class="also-on muted">
                  {' '}
                  also on{' '}
                  {item.alsoOn.map((c, j) => (
                    <span key={c.url}>
                      {j > 0 && ', '}
                      <a href={c.url} target="_blank" rel="noreferrer">
                        {c.site}
                      </a>
                    </span>
                  ))}
                </span>
              )}
            </li>
          ) : (
            <li key={`e${i}`} class={`tl-event event-${item.status}`} data-testid="timeline-event">
              <time dateTime={item.date}>{formatDay(item.date)}</time>{' '}
              <strong>{EVENT_LABELS[item.status]}</strong>
              <q class="sentence">{item.text}</q>
            </li>
          ),
        )}
      </ol>
    </section>
  );
}
