import { render } from 'preact';
import { Library } from './Library';
import './library.css';

render(<Library search={location.search} />, document.getElementById('app')!);
