import { describe, expect, it } from 'vitest';
import { EARLY_TAB_READ, startEarlyTabRead, takeEarlyTabRead, type EarlyTabRead } from './early-tab-read';

type Listener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

/** A browser API double: tabs and session storage in memory, reads resolved when told to. */
function fakeApi(opts: { tabs: Record<number, string>; active?: number; stored: Record<string, unknown> }) {
  const listeners = new Set<Listener>();
  const pending: Array<() => void> = [];
  const later = <T>(value: () => T) =>
    new Promise<T>((resolve, reject) =>
      pending.push(() => {
        try {
          resolve(value());
        } catch (e) {
          reject(e as Error);
        }
      }),
    );
  const api = {
    tabs: {
      get: (id: number) =>
        later(() => {
          if (!(id in opts.tabs)) throw new Error(`No tab with id: ${id}.`);
          return { id, url: opts.tabs[id] };
        }),
      query: () =>
        later(() => (opts.active === undefined ? [] : [{ id: opts.active, url: opts.tabs[opts.active] }])),
    },
    storage: {
      session: { get: (key: string) => later(() => (key in opts.stored ? { [key]: opts.stored[key] } : {})) },
      onChanged: {
        addListener: (cb: Listener) => listeners.add(cb),
        removeListener: (cb: Listener) => listeners.delete(cb),
      },
    },
  };
  return {
    api,
    listeners,
    /** Answers every pending call (and the calls those answers start). */
    async settle() {
      for (let i = 0; i < 5; i++) {
        while (pending.length > 0) pending.shift()!();
        await new Promise((r) => setTimeout(r, 0));
      }
    },
    change(key: string, newValue: unknown, area = 'session') {
      for (const cb of listeners) cb({ [key]: { newValue } }, area);
    },
  };
}

describe('the popup early tab read', () => {
  it('reads the tab named by ?tab= and its stored value together', async () => {
    const f = fakeApi({ tabs: { 7: 'https://news.example/a' }, stored: { 'tab:7': { v: 1 } } });
    const early = startEarlyTabRead(f.api, '?tab=7');
    await f.settle();
    await expect(early.found).resolves.toEqual({
      tab: { id: 7, url: 'https://news.example/a' },
      raw: { v: 1 },
    });
  });

  it('reads the active tab when no ?tab= is given, and reports a closed tab as null', async () => {
    const f = fakeApi({ tabs: { 3: 'https://news.example/b' }, active: 3, stored: {} });
    const active = startEarlyTabRead(f.api, '');
    await f.settle();
    await expect(active.found).resolves.toEqual({
      tab: { id: 3, url: 'https://news.example/b' },
      raw: undefined,
    });

    const gone = startEarlyTabRead(f.api, '?tab=99');
    await f.settle();
    await expect(gone.found).resolves.toEqual({ tab: null, raw: undefined });

    const g = fakeApi({ tabs: {}, stored: {} });
    const noActive = startEarlyTabRead(g.api, '');
    await g.settle();
    await expect(noActive.found).resolves.toEqual({ tab: null, raw: undefined });
  });

  it('keeps the newest change of its tab after the read settled, ignores others, and stops listening', async () => {
    const f = fakeApi({ tabs: { 7: 'u' }, stored: { 'tab:7': 'old' } });
    const early = startEarlyTabRead(f.api, '?tab=7');
    // Before the read settles the read is at least as new: ignored.
    f.change('tab:7', 'during');
    await f.settle();
    expect(early.changedSince()).toBeUndefined();
    f.change('tab:8', 'other tab');
    f.change('tab:7', 'local area', 'local');
    expect(early.changedSince()).toBeUndefined();
    f.change('tab:7', 'newer');
    f.change('tab:7', undefined); // removed: a change too
    expect(early.changedSince()).toEqual({ value: undefined });
    expect(f.listeners.size).toBe(1);
    early.stop();
    expect(f.listeners.size).toBe(0);
  });

  it('is taken once, and only by the page it was started for', () => {
    const slot = globalThis as { [EARLY_TAB_READ]?: EarlyTabRead };
    let stopped = 0;
    const early: EarlyTabRead = {
      search: '?tab=1',
      found: Promise.resolve({ tab: null, raw: undefined }),
      changedSince: () => undefined,
      stop: () => void stopped++,
    };
    slot[EARLY_TAB_READ] = early;
    expect(takeEarlyTabRead('?tab=1')).toBe(early);
    expect(takeEarlyTabRead('?tab=1')).toBeNull();

    slot[EARLY_TAB_READ] = early;
    expect(takeEarlyTabRead('?tab=2')).toBeNull();
    expect(stopped).toBe(1);
    expect(slot[EARLY_TAB_READ]).toBeUndefined();
  });
});
