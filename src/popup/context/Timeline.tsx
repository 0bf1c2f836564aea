import { useState } from 'preact/hooks';
import type { TimelineItem } from '../../core/history';
import { EVENT_LABELS, formatDay, timelineWindow } from './context-model';

/**
 * Stories of the negotiation and its status events, oldest first; each story links to its article.
 * A long thread shows the stories around the current article until the reader asks for all.
 */
export function Timeline({ items: all }: { items: TimelineItem[] }) {
  const [whole, setWhole] = useState(false);
  const shown = timelineWindow(all);
  const items = whole ? all : shown.items;
  return (
    <section class="section" aria-labelledby="timeline-h">
      <h3 id="timeline-h">Timeline</h3>
      {!whole && shown.hidden > 0 && (
        <button type="button" class="link" onClick={() => setWhole(true)}>
          Show the whole timeline ({shown.hidden} more stor{shown.hidden === 1 ? 'y' : 'ies'})
        </button>
      )}
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
              {/* an event the text gives no day is placed at its article's: say so */}
              {item.undated && <span class="muted">as of </span>}
              <time
                dateTime={item.date}
                title={
                  item.undated ? 'No date in the text: the day of the article that reports it' : undefined
                }
              >
                {formatDay(item.date)}
              </time>{' '}
              <strong>{EVENT_LABELS[item.status]}</strong>
              <q class="sentence">{item.text}</q>
            </li>
          ),
        )}
      </ol>
    </section>
  );
}
