import type { TabResult } from '../shared/tab-result';
import { preconditionRows } from './view-model';

/** Who demands what of whom, in reading order, with the rule that fired as the "why". */
export function PreconditionList({
  result,
  onReveal,
}: {
  result: TabResult;
  onReveal: (index: number) => void;
}) {
  const rows = preconditionRows(result);
  return (
    <section class="section" aria-labelledby="preconditions-h">
      <h2 id="preconditions-h">Preconditions</h2>
      {rows.length === 0 ? (
        <p class="muted">No preconditions found.</p>
      ) : (
        <ul class="items">
          {rows.map((row) => (
            <li key={row.index}>
              <button
                type="button"
                class={`item precondition stance-${row.stanceKind}`}
                onClick={() => onReveal(row.index)}
              >
                <span class="who">
                  {row.holder}
                  {row.target && ` → ${row.target}`}
                </span>{' '}
                <span class="what">
                  {row.stance} · {row.issue}
                </span>
                <q class="sentence">{row.text}</q>
                <span class="why">why: {row.rule}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
