import './start-mark';
import { render } from 'preact';
import { App } from './App';
import { preloadContextView } from './context/LazyContextView';
import './palette.css';
import './popup.css';
import { followColourScheme } from './colour-scheme';

// Opened on the Context view: fetch its code while the tab is looked up, and the history store's
// chunk in parallel (not after the view's chunk names it), opening its connection at once (the
// view's own import shares that open).
if (new URLSearchParams(location.search).get('view') === 'context') {
  void preloadContextView().catch(() => undefined);
  void import('../storage/history').then((m) => m.history()).catch(() => undefined);
}
followColourScheme();
render(<App search={location.search} />, document.getElementById('app')!);
