import './start-mark';
import { render } from 'preact';
import { pageSize } from '../popup/reading-list/ReadingListView';
import { preloadReadingList } from '../popup/reading-list/use-reading-list';
import { Library } from './Library';
import './library.css';
import { followColourScheme } from '../popup/colour-scheme';

// The list's first page is read while the page renders (not for the reader view, which reads one article).
if (!new URLSearchParams(location.search).has('read')) preloadReadingList(pageSize('page'));
followColourScheme();
render(<Library search={location.search} />, document.getElementById('app')!);
