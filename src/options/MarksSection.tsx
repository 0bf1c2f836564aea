/** Which marks to show: actors and preconditions, each as a group and by kind. Applied live to open pages. */
import { ACTOR_KINDS, STANCES, type ActorKind, type Stance } from '../core/types';
import type { MarkSettings, Settings } from '../storage/settings';
import { updateSettings } from './api';

export const ACTOR_KIND_LABELS: Record<ActorKind, string> = {
  country: 'Countries',
  bloc: 'Blocs (EU, ASEAN, …)',
  person: 'People (leaders, ministers, negotiators)',
  organization: 'Agencies and organizations',
  company: 'Companies',
  media: 'News outlets quoted',
};

export const STANCE_LABELS: Record<Stance, string> = {
  demand: 'Demands',
  condition: 'Conditions',
  offer: 'Offers',
  reject: 'Rejections',
};

const toggled = <T,>(list: readonly T[], item: T, shown: boolean): T[] =>
  shown ? list.filter((x) => x !== item) : [...list, item];

export function MarksSection({ settings }: { settings: Settings }) {
  const m = settings.marks;
  const set = (marks: MarkSettings) => void updateSettings({ marks });
  return (
    <section aria-labelledby="marks-h">
      <h2 id="marks-h">Which marks to show</h2>
      <p class="hint">Changes apply at once to pages already open.</p>
      <div class="groups">
        <fieldset>
          <legend>
            <label>
              <input
                type="checkbox"
                checked={m.actors}
                onChange={(e) => set({ ...m, actors: e.currentTarget.checked })}
              />{' '}
              Actors
            </label>
          </legend>
          {ACTOR_KINDS.map((kind) => (
            <label key={kind} class="sub">
              <input
                type="checkbox"
                disabled={!m.actors}
                checked={!m.hiddenActorKinds.includes(kind)}
                onChange={(e) =>
                  set({ ...m, hiddenActorKinds: toggled(m.hiddenActorKinds, kind, e.currentTarget.checked) })
                }
              />{' '}
              {ACTOR_KIND_LABELS[kind]}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>
            <label>
              <input
                type="checkbox"
                checked={m.preconditions}
                onChange={(e) => set({ ...m, preconditions: e.currentTarget.checked })}
              />{' '}
              Preconditions (who demands what of whom)
            </label>
          </legend>
          {STANCES.map((stance) => (
            <label key={stance} class="sub">
              <input
                type="checkbox"
                disabled={!m.preconditions}
                checked={!m.hiddenStances.includes(stance)}
                onChange={(e) =>
                  set({ ...m, hiddenStances: toggled(m.hiddenStances, stance, e.currentTarget.checked) })
                }
              />{' '}
              <span class={`sample ${stance}`}>{STANCE_LABELS[stance]}</span>
            </label>
          ))}
        </fieldset>
      </div>
    </section>
  );
}
