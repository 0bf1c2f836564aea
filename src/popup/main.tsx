import './start-mark';
import { render } from 'preact';
import { App, TAB_KNOWN_MARK } from './App';
import { preloadContextView } from './context/LazyContextView';
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
// view's own import shares that open).
if (new URLSearchParams(location.search).get('view') === 'context') {
  void preloadContextView().catch(() => undefined);
  void import('../storage/history').then((m) => m.history()).catch(() => undefined);
}
followColourScheme();

const waited = new Promise<void>((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS));
void Promise.race([load.done, waited]).then(() =>
  render(<App search={location.search} load={load} />, document.getElementById('app')!),
);
