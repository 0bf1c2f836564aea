import './start-mark';
import { render } from 'preact';
import { Library } from './Library';
import './library.css';
import { followColourScheme } from '../popup/colour-scheme';

// Loaded by boot.ts, which has already started reading the list's first page.
followColourScheme();
render(<Library search={location.search} />, document.getElementById('app')!);
