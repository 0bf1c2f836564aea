/**
 * Keeps a result inside the protocol's bounds (src/shared/protocol.ts) so a very long page still
 * gets its verdict recorded: lists are cut to the first items and long strings to their limits,
 * instead of the whole message being refused by the background.
 */
import type { TabResult } from '../shared/tab-result';

const MAX_ITEMS = 2_000;
const MAX_TEXT = 2_000;

const cut = (s: string, n: number) => (s.length > n ? s.slice(0, n) : s);
const cutOrNull = (s: string | null, n: number) => (s === null ? null : cut(s, n));
const unit = (n: number) => (Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0);

export function clampResult(r: TabResult): TabResult {
  return {
    ...r,
    url: cut(r.url, 4_096),
    title: cut(r.title, 1_000),
    score: unit(r.score),
    published: cutOrNull(r.published, 60),
    parties: r.parties.slice(0, 20).map((p) => cut(p, 200)),
    actors: r.actors.slice(0, MAX_ITEMS).map((a) => ({
      ...a,
      id: cut(a.id, 200),
      name: cut(a.name, 200),
      side: cutOrNull(a.side, 200),
      role: cutOrNull(a.role, 300),
      mentions: a.mentions.slice(0, MAX_ITEMS).map((m) => ({ ...m, text: cut(m.text, 500) })),
    })),
    preconditions: r.preconditions.slice(0, MAX_ITEMS).map((p) => ({
      ...p,
      holder: cut(p.holder, 200),
      target: cutOrNull(p.target, 200),
      text: cut(p.text, MAX_TEXT),
      rule: cut(p.rule, 300),
    })),
    events: r.events
      .slice(0, MAX_ITEMS)
      .map((e) => ({ ...e, date: cutOrNull(e.date, 40), text: cut(e.text, MAX_TEXT) })),
  };
}

/** `text` cut to at most `max` UTF-16 units, never between the halves of a surrogate pair. */
export function cutAt(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}
