/**
 * The toolbar badge: on a negotiation article it shows how many preconditions Parley marked (or,
 * when none, how many actors), so the reader sees at a glance whether the popup has something.
 */
import type { TabResult } from '../shared/tab-result';

export interface Badge {
  text: string;
  title: string;
}

/** Pure: the badge for a tab's result (empty text when there is nothing worth a number). */
export function badgeFor(result: TabResult | null | undefined): Badge {
  if (!result?.isNegotiation) return { text: '', title: 'Parley' };
  const a = result.actors.length;
  const p = result.preconditions.length;
  const count = p > 0 ? p : a;
  return {
    text: count > 999 ? '999+' : count > 0 ? String(count) : '',
    title: `Parley: ${p} precondition${p === 1 ? '' : 's'}, ${a} actor${a === 1 ? '' : 's'}`,
  };
}
