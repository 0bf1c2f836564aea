import type { TabResult } from '../shared/tab-result';
import { groupActorsBySide } from './view-model';

/** Actors grouped by the side they act for; each is a button that scrolls the page to its mark. */
export function ActorList({ result, onReveal }: { result: TabResult; onReveal: (index: number) => void }) {
  const groups = groupActorsBySide(result);
  return (
    <section class="section" aria-labelledby="actors-h">
      <h2 id="actors-h">Actors</h2>
      {groups.length === 0 ? (
        <p class="muted">No actors found.</p>
      ) : (
        groups.map((g, gi) => (
          <div
            role="group"
            aria-labelledby={`side-${gi}`}
            class={`side side-${g.party ?? 'other'}`}
            key={g.side}
          >
            <h3 id={`side-${gi}`} class="side-name" data-testid="side-name">
              {g.side}
            </h3>
            <ul class="items">
              {g.actors.map((row) => (
                <li key={row.index}>
                  <button type="button" class="item" onClick={() => onReveal(row.index)}>
                    <span class="name" data-testid="actor-name">
                      {row.actor.name}
                    </span>{' '}
                    <span class="detail">{row.detail}</span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}
