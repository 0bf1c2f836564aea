/**
 * The content script's entry for "Annotate this page", imported by annotate.ts as a crxjs dynamic
 * script built as one self-contained IIFE (`?script&iife`): `scripting.executeScript({files})` runs
 * it in the tab, so nothing of it has to be web-accessible, and no site can probe for Parley by
 * fetching its chunks (issue 7). It carries the gate, the pipeline and the analyzer in one file; that
 * is fine for a script the user asked for on one page.
 *
 * A file of its own rather than `../content/index.ts?script`: crxjs names scripts by file name, and
 * a second `index.ts` entry once collided with the service worker's.
 * The content script guards against running twice, so injecting it where it already runs is harmless.
 * It starts without the options page's site switch: the user asked for this page, so a built-in site
 * switched off still gets annotated on request.
 */
import { start } from '../content/lifecycle';
import { registerSave } from '../content/save';

start();
registerSave();
