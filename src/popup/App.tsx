/**
 * The popup: what Parley found on one tab (`?tab=<id>`, else the active tab). It reads through the
 * background, follows the stored result live (so "Annotate this page" and late pages fill in without
 * reopening), and drives the page's marks with `reveal` and `set-highlights`.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { TabResult } from '../shared/tab-result';
import { ActorList } from './ActorList';
import { ContextView } from './context/ContextView';
import { POPUP_VIEWS, viewFromSearch, ViewTabs, type PopupView } from './context/ViewTabs';
import { LazyReadingList } from './reading-list/LazyReadingList';
import { SaveButton } from './reading-list/SaveButton';
import { annotate, getTabResult, resolveTab, sendToTab, watchTabResult, type TargetTab } from './api';
import { EventList } from './EventList';
import { HideMarksSwitch } from './HideMarksSwitch';
import { PreconditionList } from './PreconditionList';
import { Verdict } from './Verdict';
import { isForOtherPage, timingsLine } from './view-model';

type State =
  | { phase: 'loading' }
  | { phase: 'error'; message: string }
  | { phase: 'ready'; tab: TargetTab; result: TabResult | null };

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The history's views plus the reading list (issue 6). */
const VIEWS: Array<{ id: PopupView; label: string }> = [
  ...POPUP_VIEWS,
  { id: 'reading', label: 'Reading list' },
];

export function App({ search }: { search: string }) {
  const [state, setState] = useState<State>({ phase: 'loading' });
  const [hidden, setHidden] = useState(false);
  const [notice, setNotice] = useState<{ text: string; alert: boolean } | null>(null);
  const [annotating, setAnnotating] = useState(false);
  const [view, setView] = useState<PopupView>(() => viewFromSearch(search, VIEWS));

  useEffect(() => {
    const controller = new AbortController();
    void (async () => {
      try {
        const tab = await resolveTab(search);
        if (controller.signal.aborted) return;
        if (!tab) {
          setState({ phase: 'error', message: 'There is no tab to show.' });
          return;
        }
        const fresh = (r: TabResult | null) => (r && isForOtherPage(r, tab.url) ? null : r);
        watchTabResult(
          tab.id,
          (r) => {
            setState({ phase: 'ready', tab, result: fresh(r) });
            if (r) setAnnotating(false);
          },
          controller.signal,
        );
        const result = await getTabResult(tab.id);
        if (!controller.signal.aborted) setState({ phase: 'ready', tab, result: fresh(result) });
      } catch (e) {
        if (!controller.signal.aborted)
          setState({ phase: 'error', message: `Parley could not load: ${errorText(e)}` });
      }
    })();
    return () => controller.abort();
  }, [search]);

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
    if (tabId === null) return;
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
                  <p>Parley has not read this page.</p>
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
                      <HideMarksSwitch hidden={hidden} disabled={false} onToggle={toggleMarks} />
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
              <ContextView result={state.result} />
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
