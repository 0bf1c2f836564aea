/**
 * The content script's entry for "Annotate this page" (`scripting.executeScript`), imported by
 * annotate.ts as a crxjs dynamic script (`?script`). Two things make it a file of its own:
 * - crxjs limits the manifest entry's chunks (web_accessible_resources) to the manifest's news
 *   sites, so its loader's `import()` is refused on any other page; a dynamic script's chunks are
 *   web-accessible on http(s) pages.
 * - crxjs names chunks by file name: importing `../content/index.ts?script` made a second
 *   `index.ts` entry and the service-worker loader then imported the content script instead of
 *   the worker. A distinct name avoids the collision.
 * The content script guards against running twice, so injecting it where it already runs is harmless.
 */
import '../content/index';
