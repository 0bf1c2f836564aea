/**
 * The popup: what Parley found on one tab (`?tab=<id>`, else the active tab). It reads the tab's
 * stored result from session storage, follows it live (so "Annotate this page" and late pages fill
 * in without reopening), and drives the page's marks with `reveal` and `set-highlights`.
 *
 * Only "This article" is in the popup's first chunk: the Context and Reading list views load on
 * first use (or, for the Context view, after the first paint while the reader looks).
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { TabResult } from '../shared/tab-result';
import { ActorList } from './ActorList';
import { LazyContextView, prefetchContextData, preloadContextView } from './context/LazyContextView';
import { POPUP_VIEWS, viewFromSearch, ViewTabs, type PopupView } from './context/ViewTabs';
import { LazyReadingList } from './reading-list/LazyReadingList';
import { SaveButton } from './reading-list/SaveButton';
import { annotate, marksVisible, sendToTab, type TargetTab } from './api';
import { EventList } from './EventList';
import { HideMarksSwitch } from './HideMarksSwitch';
import { painted } from './painted';
import { PreconditionList } from './PreconditionList';
import { FIRST_VIEW_ELEMENT, FIRST_VIEW_TIMING, Verdict } from './Verdict';
import type { TabLoad, TabLoadOutcome } from './tab-load';
import { isForOtherPage, timingsLine } from './view-model';

type State =
  | { phase: 'loading' }
  | { phase: 'error'; message: string }
  | { phase: 'ready'; tab: TargetTab; result: TabResult | null };

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** A stored result made for another page than the tab shows now (it navigated) is not shown. */
const freshFor = (tab: TargetTab, r: TabResult | null) => (r && isForOtherPage(r, tab.url) ? null : r);

/** The popup's state once the tab lookup settled. */
function stateOf(outcome: TabLoadOutcome): State {
  if (!outcome.ok) return { phase: 'error', message: `Parley could not load: ${errorText(outcome.error)}` };
  const { loaded } = outcome;
  if (!loaded) return { phase: 'error', message: 'There is no tab to show.' };
  return { phase: 'ready', tab: loaded.tab, result: freshFor(loaded.tab, loaded.result) };
}

/**
 * Set once "This article" shows the tab's result (or says the page was not read): the DOM holds the
 * first view's data. `npm run bench:context` reads it, and the paint time of the element marked
 * `elementtiming="parley-first-view"` (the verdict line), which is when it was on screen.
 */
export const FIRST_VIEW_MARK = 'parley:first-view';
/** Set when the tab and its stored result are known (the bench splits start-up from lookup at it). */
export const TAB_KNOWN_MARK = 'parley:tab-known';

const markOnce = (name: string) => {
  if (performance.getEntriesByName(name).length === 0) performance.mark(name);
};

/** Longest wait for the first view's paint before the Context view's code is fetched anyway. */
const CONTEXT_PRELOAD_WAIT_MS = 1000;

/** The history's views plus the reading list (issue 6). */
const VIEWS: Array<{ id: PopupView; label: string }> = [
  ...POPUP_VIEWS,
  { id: 'reading', label: 'Reading list' },
];

/**
 * `load` is the tab lookup the entry started before rendering; when it has settled by then, the
 * first render already shows the tab's data.
 */
export function App({ search, load }: { search: string; load: TabLoad }) {
  const [state, setState] = useState<State>(() => {
    const outcome = load.peek();
    return outcome ? stateOf(outcome) : { phase: 'loading' };
  });
  /** The tab's marks are hidden; null until its content script said (the switch waits for it). */
  const [hidden, setHidden] = useState<boolean | null>(null);
  const [notice, setNotice] = useState<{ text: string; alert: boolean } | null>(null);
  const [annotating, setAnnotating] = useState(false);
  const [view, setView] = useState<PopupView>(() => viewFromSearch(search, VIEWS));

  useEffect(() => {
    let live = true;
    const shownAtFirst = load.peek() !== undefined;
    void load.done.then((outcome) => {
      if (!live) return;
      if (!shownAtFirst) setState(stateOf(outcome));
      const tab = outcome.ok ? outcome.loaded?.tab : undefined;
      if (!tab) return;
      load.listen((_id, r) => {
        if (!live) return;
        setState({ phase: 'ready', tab, result: freshFor(tab, r) });
        if (r) setAnnotating(false);
      });
    });
    return () => {
      live = false;
      load.stop();
    };
  }, [load]);

  // The switch starts in the page's real state: the marks may have been hidden by the keyboard
  // command or an earlier popup. Asked again when the result changes (a re-read repaints them).
  const result = state.phase === 'ready' ? state.result : null;
  const readyTab = state.phase === 'ready' ? state.tab.id : null;
  useEffect(() => {
    if (readyTab === null || !result?.isArticle) return;
    let live = true;
    void marksVisible(readyTab).then((visible) => live && setHidden(visible === null ? false : !visible));
    return () => {
      live = false;
    };
  }, [readyTab, result]);

  // "This article" holds the tab's data (or the offer to read the page): the first view is rendered.
  useLayoutEffect(() => {
    if (state.phase !== 'ready' || view !== 'article') return;
    markOnce(FIRST_VIEW_MARK);
  }, [state, view]);

  // The Context view's code is fetched while the reader looks at the first view, once that is on
  // screen (fetched during its frame, it competed with the paint), then its data is read: a click
  // on "Context" then renders the whole view in its first frame.
  const negotiation = state.phase === 'ready' && state.result?.isNegotiation ? state.result : null;
  const shownView = useRef(view);
  shownView.current = view;
  useEffect(() => {
    if (state.phase !== 'ready') return;
    void painted(FIRST_VIEW_ELEMENT, CONTEXT_PRELOAD_WAIT_MS)
      .then(() => preloadContextView())
      // Not once the Context view is open: it read its own.
      .then(() =>
        negotiation && shownView.current === 'article' ? prefetchContextData(negotiation) : undefined,
      )
      .catch(() => undefined);
  }, [state.phase, negotiation]);

  const tabId = state.phase === 'ready' ? state.tab.id : null;

  const reveal = useCallback(
    (kind: 'actor' | 'precondition', index: number) => {
      if (tabId === null) return;
      sendToTab<{ ok?: boolean } | undefined>(tabId, { type: 'reveal', kind, index })
        .then((reply) =>
          setNotice(reply?.ok ? null : { text: 'That mark is not on the page any more.', alert: false }),
        )
        .catch(() => setNotice({ text: 'The page does not answer; reload it and try again.', alert: true }));
    },
    [tabId],
  );

  const toggleMarks = useCallback(() => {
    if (tabId === null || hidden === null) return;
    sendToTab<{ visible?: boolean } | undefined>(tabId, { type: 'set-highlights', visible: hidden })
      .then((reply) => {
        setHidden(reply?.visible === undefined ? !hidden : !reply.visible);
        setNotice(null);
      })
      .catch(() => setNotice({ text: 'The page does not answer; reload it and try again.', alert: true }));
  }, [tabId, hidden]);

  const runAnnotate = useCallback(() => {
    if (tabId === null) return;
    setAnnotating(true);
    setNotice(null);
    annotate(tabId)
      .then((reply) => {
        if (!reply.ok) {
          setAnnotating(false);
          setNotice({ text: reply.error, alert: true });
        }
      })
      .catch((e: unknown) => {
        setAnnotating(false);
        setNotice({ text: `Parley could not run on this page: ${errorText(e)}`, alert: true });
      });
  }, [tabId]);

  return (
    <main aria-busy={state.phase === 'loading'}>
      <h1 class="brand">Parley</h1>
      {state.phase === 'loading' && <p class="muted">Loading…</p>}
      {state.phase === 'error' && (
        <p role="alert" class="error">
          {state.message}
        </p>
      )}
      {state.phase === 'ready' && <SaveButton tabId={state.tab.id} />}
      {state.phase === 'ready' && (
        <ViewTabs view={view} onChange={setView} views={VIEWS}>
          {view === 'article' && (
            <>
              {state.phase === 'ready' && state.result === null && (
                <section class="section empty">
                  <p {...FIRST_VIEW_TIMING}>Parley has not read this page.</p>
                  <p class="muted">
                    It reads the built-in news sites by itself. For any other page, ask it to read this one
                    (nothing leaves your device).
                  </p>
                  <button type="button" class="primary" onClick={runAnnotate} disabled={annotating}>
                    Annotate this page
                  </button>
                  {annotating && (
                    <p role="status" class="muted">
                      Reading the page…
                    </p>
                  )}
                </section>
              )}
              {state.phase === 'ready' && state.result !== null && (
                <>
                  <Verdict result={state.result} />
                  {state.result.isArticle && (
                    <div class="controls">
                      <HideMarksSwitch
                        hidden={hidden ?? false}
                        disabled={hidden === null}
                        onToggle={toggleMarks}
                      />
                    </div>
                  )}
                  {state.result.isArticle && (
                    <>
                      <ActorList result={state.result} onReveal={(i) => reveal('actor', i)} />
                      <PreconditionList result={state.result} onReveal={(i) => reveal('precondition', i)} />
                      <EventList result={state.result} />
                    </>
                  )}
                  <p class="timings muted" data-testid="timings">
                    {timingsLine(state.result.timings)}
                  </p>
                </>
              )}
            </>
          )}
          {view === 'context' &&
            (state.result?.isNegotiation ? (
              <LazyContextView result={state.result} />
            ) : (
              <p class="muted">Past context appears on negotiation articles.</p>
            ))}
          {view === 'reading' && <LazyReadingList variant="popup" />}
        </ViewTabs>
      )}
      {notice &&
        (notice.alert ? (
          <p role="alert" class="error">
            {notice.text}
          </p>
        ) : (
          <p role="status" class="notice">
            {notice.text}
          </p>
        ))}
    </main>
  );
}
