import './start-mark';
import { render } from 'preact';
import { App } from './App';
import { preloadContextView } from './context/LazyContextView';
import './popup.css';

// Opened on the Context view: fetch its code (and open the history) while the tab is looked up.
if (new URLSearchParams(location.search).get('view') === 'context')
  void preloadContextView().catch(() => undefined);
render(<App search={location.search} />, document.getElementById('app')!);
