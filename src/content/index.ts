/**
 * Content-script entry, injected at document_idle on the manifest's news sites (and on pages the
 * user asks for). Holds only the gate, the lifecycle and the reading list's `get-article` answer;
 * the pipeline, the extractor and the analyzer are dynamic imports.
 */
import { whenSiteEnabled } from '../storage/settings-site';
import { start } from './lifecycle';
import { registerSave } from './save';

// A site the user switched off (options page) gets no gate and no marks; saving still answers.
void whenSiteEnabled(location.hostname, start);
registerSave();
