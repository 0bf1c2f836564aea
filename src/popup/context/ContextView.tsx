/**
 * The Context view: what came before the article in the tab, from the articles this reader has
 * already read (kept on the device). The negotiation's timeline, its demand ledger, and the
 * controls over the history (pause, forget this article, forget everything).
 */
import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { TabResult } from '../../shared/tab-result';
import {
  loadContext,
  onHistoryChange,
  sendHistoryCommand,
  takeContextAhead,
  type ContextAhead,
  type ContextData,
  type HistoryCommand,
  warmHistory,
} from './context-api';
import { Ledger } from './Ledger';
import { Timeline } from './Timeline';
import { HistoryControls } from './HistoryControls';
import { earlierLabel, formatDay, threadTitle } from './context-model';
import './context.css';

// Open the history as soon as this view's code is there (it loads in parallel with the tab lookup
// when the popup opens on it); a no-op where there is no IndexedDB.
if (typeof indexedDB !== 'undefined') warmHistory();

/** Performance mark set once the view first shows data: `npm run bench:context` reads it. */
export const CONTEXT_READY_MARK = 'parley:context-ready';
/** Set when the view first mounts (the tab's result is known): the bench splits the time at it. */
export const CONTEXT_MOUNT_MARK = 'parley:context-mount';

/** Element Timing on the thread's summary line: the bench reads when the view's data was painted. */
const CONTEXT_TIMING = { elementtiming: 'parley-context' } as Record<string, string>;

type State =
  { phase: 'loading' } | { phase: 'error'; message: string } | { phase: 'ready'; data: ContextData };

export interface ContextViewProps {
  result: TabResult;
  /** Injected in unit tests; the extension uses the real history. */
  load?: (result: TabResult) => Promise<ContextData>;
  send?: (cmd: HistoryCommand) => Promise<boolean>;
  subscribe?: (cb: () => void, signal: AbortSignal) => void;
  /** The data read ahead of the mount (context-api's `prefetchContext`); injected in unit tests. */
  take?: (result: TabResult) => ContextAhead | null;
}

export function ContextView({
  result,
  load = loadContext,
  send = sendHistoryCommand,
  subscribe = onHistoryChange,
  take = takeContextAhead,
}: ContextViewProps) {
  // Data read ahead (popup opened on this view, or the click after "This article" was painted):
  // when it is there the first render shows it, summary, timeline and ledger in one frame.
  const ahead = useRef<ContextAhead | null | undefined>(undefined);
  if (ahead.current === undefined) ahead.current = take(result);
  const [state, setState] = useState<State>(() => {
    if (performance.getEntriesByName(CONTEXT_MOUNT_MARK).length === 0) performance.mark(CONTEXT_MOUNT_MARK);
    const data = ahead.current?.data;
    return data ? { phase: 'ready', data } : { phase: 'loading' };
  });
  const [notice, setNotice] = useState<string | null>(null);

  /** Only the newest read is shown: a slow earlier read never overwrites a later one. */
  const reads = useRef(0);
  const show = useCallback((read: Promise<ContextData>, signal?: AbortSignal) => {
    const n = ++reads.current;
    const current = () => !signal?.aborted && n === reads.current;
    return read
      .then((data) => {
        if (current()) setState({ phase: 'ready', data });
      })
      .catch((e: unknown) => {
        if (current())
          setState({
            phase: 'error',
            message: `The history could not be read: ${e instanceof Error ? e.message : String(e)}`,
          });
      });
  }, []);
  const reload = useCallback((signal?: AbortSignal) => show(load(result), signal), [result, load, show]);

  // A layout effect, in the task of the render that took the read ahead: no history change can fall
  // between that read being handed over and this subscription.
  useLayoutEffect(() => {
    const controller = new AbortController();
    const first = ahead.current;
    ahead.current = null;
    if (first?.pending) void show(first.pending, controller.signal);
    else if (!first?.data) void reload(controller.signal);
    subscribe(() => void reload(controller.signal), controller.signal);
    return () => controller.abort();
  }, [reload, subscribe, show]);

  // The ledger, below the first screen, joins in the frame right after the one that paints the
  // summary and the timeline: the rAF callback runs as that frame starts, and its timer right after
  // the frame was painted (a plain effect would wait for that paint first, and the ledger one more).
  const [withLedger, setWithLedger] = useState(false);
  useLayoutEffect(() => {
    if (state.phase !== 'ready' || withLedger) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setWithLedger(true), 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [state.phase, withLedger]);

  // A layout effect runs right after the DOM is updated, before the browser paints: the mark times
  // our work, not the wait for the next animation frame.
  useLayoutEffect(() => {
    if (state.phase === 'ready' && performance.getEntriesByName(CONTEXT_READY_MARK).length === 0) {
      performance.mark(CONTEXT_READY_MARK);
    }
  }, [state]);

  const run = useCallback(
    (cmd: HistoryCommand, done: string) => {
      send(cmd)
        .then((ok) => {
          setNotice(ok ? done : 'Parley could not change the history; try again.');
          return reload();
        })
        .catch(() => setNotice('Parley could not change the history; try again.'));
    },
    [send, reload],
  );

  if (state.phase === 'loading') return <p class="muted">Loading the history…</p>;
  if (state.phase === 'error')
    return (
      <p role="alert" class="error">
        {state.message}
      </p>
    );

  const { data } = state;
  return (
    <div class="context" data-testid="context-view">
      {data.notice?.kind === 'pruned' && (
        <div role="status" class="notice history-notice">
          <p>
            Your browser's storage is full, so Parley removed the {data.notice.count} oldest article
            {data.notice.count === 1 ? '' : 's'} from your history.
          </p>
          <button type="button" class="link" onClick={() => run({ type: 'history-dismiss-notice' }, '')}>
            Dismiss
          </button>
        </div>
      )}
      {data.thread === null || data.summary === null ? (
        <section class="section empty" aria-labelledby="context-h">
          <h2 id="context-h">Past context</h2>
          <p class="muted">
            {data.thread === null
              ? 'Parley keeps past context for trade-negotiation articles; this page is not one.'
              : 'No article of this negotiation is in your history yet.'}
          </p>
        </section>
      ) : (
        <>
          <section class="section" aria-labelledby="context-h">
            <h2 id="context-h">{threadTitle(data.summary)}</h2>
            <p class="muted" data-testid="thread-summary" {...CONTEXT_TIMING}>
              {data.summary.articles} article{data.summary.articles === 1 ? '' : 's'} in your history, from{' '}
              {formatDay(data.summary.firstDate)} to {formatDay(data.summary.lastDate)};{' '}
              {earlierLabel(data.earlier)} before this one.
            </p>
          </section>
          <Timeline items={data.timeline} />
          {withLedger ? (
            <Ledger entries={data.ledger} parties={data.parties} />
          ) : (
            <p class="muted section">Loading the demand ledger…</p>
          )}
        </>
      )}
      <HistoryControls
        paused={data.paused}
        recorded={data.recorded}
        onPause={(paused) =>
          run({ type: 'history-set-paused', paused }, paused ? 'Recording paused.' : 'Recording resumed.')
        }
        onForget={() =>
          data.current &&
          run({ type: 'history-forget', url: data.current }, 'This article was removed from your history.')
        }
        onForgetAll={() => run({ type: 'history-forget-all' }, 'Your history was erased.')}
      />
      {notice && (
        <p role="status" class="notice">
          {notice}
        </p>
      )}
    </div>
  );
}
