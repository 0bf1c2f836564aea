import { render } from 'preact';
import { browser } from '../shared/browser';
import { Options } from './Options';
import './options.css';

const matches = (browser.runtime.getManifest().content_scripts ?? []).flatMap((cs) => cs.matches ?? []);
render(<Options matches={matches} />, document.getElementById('app')!);
