import type { LedgerEntry } from '../../core/history';
import { formatDay, ledgerBySide, STATUS_HELP, STATUS_LABELS } from './context-model';

/** Element Timing on the ledger's heading: `npm run bench:context` reports when the ledger was painted. */
const LEDGER_TIMING = { elementtiming: 'parley-ledger' } as Record<string, string>;

/** Each side's positions by issue across the thread: first/last seen, count, latest wording, status. */
export function Ledger({ entries, parties }: { entries: LedgerEntry[]; parties: string[] }) {
  const sides = ledgerBySide(entries, parties);
  return (
    <section class="section" aria-labelledby="ledger-h">
      <h3 id="ledger-h" {...LEDGER_TIMING}>
        Demand ledger
      </h3>
      {sides.length === 0 && <p class="muted">No demands or offers recorded in this negotiation yet.</p>}
      {sides.map((side) => {
        const headingId = `ledger-side-${side.side.replace(/[^a-z0-9]+/gi, '-')}`;
        return (
          <div key={side.side} role="group" aria-labelledby={headingId} class="ledger-side">
            <h4 id={headingId} class="side-name">
              {side.sideName}
            </h4>
            <ul class="items">
              {side.rows.map(({ key, issue, stance, status, entry }) => (
                <li
                  key={key}
                  class={`ledger-entry status-${status}`}
                  data-testid="ledger-entry"
                  data-issue={entry.issue}
                >
                  <span class="ledger-head">
                    <span class="issue">{issue}</span>{' '}
                    <span class={`badge badge-${status}`} title={STATUS_HELP[status]}>
                      {STATUS_LABELS[status]}
                    </span>{' '}
                    <span class="muted">
                      {entry.latestHolder} {stance}
                      {entry.latestTarget && ` of ${entry.latestTarget}`}
                    </span>
                  </span>
                  <q class="sentence">{entry.latestWording}</q>
                  <span class="seen muted">
                    first seen{' '}
                    <a
                      href={entry.firstSeen.url}
                      target="_blank"
                      rel="noreferrer"
                      data-testid="first-seen"
                      title={entry.firstSeen.title}
                    >
                      {formatDay(entry.firstSeen.date)}
                    </a>{' '}
                    · last seen{' '}
                    <a
                      href={entry.lastSeen.url}
                      target="_blank"
                      rel="noreferrer"
                      data-testid="last-seen"
                      title={entry.lastSeen.title}
                    >
                      {formatDay(entry.lastSeen.date)}
                    </a>{' '}
                    · {entry.articles} article{entry.articles === 1 ? '' : 's'}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
