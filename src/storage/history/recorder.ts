/**
 * The write side of the history, as the background uses it: record a negotiation article from a
 * tab's result (never from a private window, never while paused), and carry out the popup's
 * commands (forget one, forget all, pause, dismiss the quota notice). Every change is announced so
 * an open popup reloads. Dependencies are injected so the rules are unit-tested without a browser.
 */
import type { DigestSource } from '../../core/history';
import type { HistorySettings } from './settings';
import { HistoryFullError } from './quota';
import type { HistoryStore, RecordResult } from './store';

/** What the recorder needs to know of a tab result. */
export interface RecordableResult extends DigestSource {
  isNegotiation: boolean;
}

export type HistoryCommand =
  | { type: 'history-forget'; url: string }
  | { type: 'history-forget-all' }
  | { type: 'history-set-paused'; paused: boolean }
  | { type: 'history-dismiss-notice' };

export interface RecorderDeps {
  store: () => Promise<HistoryStore>;
  settings: HistorySettings;
  announce: () => void;
  now?: () => number;
}

export type RecordOutcome =
  | { recorded: true; result: RecordResult }
  | { recorded: false; why: 'not-negotiation' | 'incognito' | 'paused' | 'not-recordable' | 'full' };

export function createHistoryRecorder(deps: RecorderDeps) {
  const now = deps.now ?? Date.now;

  async function notePruned(count: number): Promise<void> {
    if (count > 0) await deps.settings.notice.set({ kind: 'pruned', count, at: now() });
  }

  return {
    /**
     * Records the article of a tab result. Resolves once the write is committed, so what the
     * background acknowledges survives the worker being stopped right after.
     */
    async record(
      result: RecordableResult,
      tab: { incognito?: boolean | undefined } | undefined,
    ): Promise<RecordOutcome> {
      if (!result.isNegotiation) return { recorded: false, why: 'not-negotiation' };
      if (tab?.incognito) return { recorded: false, why: 'incognito' };
      if ((await deps.settings.paused.get()) === true) return { recorded: false, why: 'paused' };
      const store = await deps.store();
      try {
        const written = await store.record(result, now());
        if (written === null) return { recorded: false, why: 'not-recordable' };
        await notePruned(written.pruned);
        deps.announce();
        return { recorded: true, result: written };
      } catch (error) {
        if (!(error instanceof HistoryFullError)) throw error;
        await notePruned(error.pruned);
        deps.announce();
        return { recorded: false, why: 'full' };
      }
    },

    /** Carries out a popup command; the answer is what the popup shows. */
    async run(cmd: HistoryCommand): Promise<{ ok: boolean }> {
      switch (cmd.type) {
        case 'history-forget': {
          const ok = await (await deps.store()).forget(cmd.url);
          deps.announce();
          return { ok };
        }
        case 'history-forget-all':
          await (await deps.store()).forgetAll();
          await deps.settings.notice.remove();
          deps.announce();
          return { ok: true };
        case 'history-set-paused':
          await deps.settings.paused.set(cmd.paused);
          deps.announce();
          return { ok: true };
        case 'history-dismiss-notice':
          await deps.settings.notice.remove();
          deps.announce();
          return { ok: true };
      }
    },
  };
}

export type HistoryRecorder = ReturnType<typeof createHistoryRecorder>;
