/**
 * The popup's tab lookup, started by its entry as soon as its code runs, before preact renders: the
 * first render can then show the tab's data at once, instead of a "Loading…" frame followed by an
 * effect (which preact runs only after the next frame) that starts the read.
 */
import type { TabResult } from '../shared/tab-result';
import type { loadTab, TabAndResult } from './api';

export type TabLoadOutcome = { ok: true; loaded: TabAndResult | null } | { ok: false; error: unknown };

export type ResultListener = (tabId: number, r: TabResult | null) => void;

export interface TabLoad {
  /** Settles (never rejects) once the tab and its stored result are read. */
  readonly done: Promise<TabLoadOutcome>;
  /** The outcome if it is already known (for the first render), else undefined. */
  peek(): TabLoadOutcome | undefined;
  /**
   * Hears the result's changes from now on, and the newest one that came after the read and before
   * this call. Changes before the read settled are dropped: the read itself is at least as new.
   */
  listen(cb: ResultListener): void;
  /** Stops following the result (the popup is closing). */
  stop(): void;
}

/** Starts `load` (api.ts's `loadTab`) of the tab named by `search`, following its result. */
export function startTabLoad(search: string, load: typeof loadTab): TabLoad {
  const controller = new AbortController();
  let settled: TabLoadOutcome | undefined;
  let listener: ResultListener | null = null;
  let missed: [number, TabResult | null] | null = null;
  const onChange: ResultListener = (tabId, r) => {
    if (settled === undefined) return;
    if (listener) listener(tabId, r);
    else missed = [tabId, r];
  };
  const done = load(search, onChange, controller.signal).then(
    (loaded): TabLoadOutcome => (settled = { ok: true, loaded }),
    (error: unknown): TabLoadOutcome => (settled = { ok: false, error }),
  );
  return {
    done,
    peek: () => settled,
    listen(cb) {
      listener = cb;
      if (missed) {
        const [tabId, r] = missed;
        missed = null;
        cb(tabId, r);
      }
    },
    stop: () => controller.abort(),
  };
}
