import './start-mark';
import { render } from 'preact';
import { App, TAB_KNOWN_MARK } from './App';
import { prefetchContextData, preloadContextView } from './context/LazyContextView';
import './popup.css';
import { followColourScheme } from './colour-scheme';
import { startTabLoad } from './tab-load';
import { loadTab } from './api';

/**
 * How long the first render waits for the tab's data (normally a few ms: two reads from the browser)
 * before it shows "Loading…" instead; a render without the data only delays its paint by a frame.
 */
const FIRST_RENDER_WAIT_MS = 150;

// The tab and its result are read first, before anything renders.
const load = startTabLoad(location.search, loadTab);
void load.done.then(() => performance.mark(TAB_KNOWN_MARK));

// Opened on the Context view: fetch its code while the tab is looked up, and the history store's
// chunk in parallel (not after the view's chunk names it), opening its connection at once (the
// view's own import shares that open); once the tab's result is known, read the view's data. The
// first render waits for all three (within the same bound), so it shows the view with its data.
let firstData: Promise<unknown> = load.done;
if (new URLSearchParams(location.search).get('view') === 'context') {
  const code = preloadContextView().catch(() => undefined);
  void import('../storage/history').then((m) => m.history()).catch(() => undefined);
  const data = load.done.then((outcome) => {
    const result = outcome.ok ? outcome.loaded?.result : null;
    return result?.isNegotiation ? prefetchContextData(result) : undefined;
  });
  firstData = Promise.all([load.done, code, data]);
}
followColourScheme();

const waited = new Promise<void>((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS));
void Promise.race([firstData, waited]).then(() =>
  render(<App search={location.search} load={load} />, document.getElementById('app')!),
);
