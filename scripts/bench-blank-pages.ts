/**
 * The baselines bench:context and bench:list time the extension's pages against, written into the
 * build for a run and removed after it. Both are extension pages of the same extension, opened in
 * the same tab as the page they are compared with, run by run:
 * - `static`: HTML with its line of text, plus one empty module script: what the browser costs
 *   before any code runs (creating the page, loading its files, one frame).
 * - `scripted`: HTML plus one module script that adds its line of text: what any page whose content
 *   comes from script pays at least, as the popup's and the library's do (their data is read at run
 *   time), because the frame that shows the content can only start after the script ran.
 * - `sized` (bench:context's toolbar popup): `static` in a box of the popup's own size, written once
 *   that size is known, since a toolbar popup's window takes its content's size and a bigger window
 *   costs more to show.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface BlankPage {
  /** The page's path in the build. */
  html: string;
  /** The Element Timing name of its line of text. */
  timing: string;
  /** The mark its module sets when it runs. */
  codeMark: string;
}

export const BLANK_PAGES = {
  static: { html: 'bench-blank.html', timing: 'blank', codeMark: 'blank:code' },
  scripted: { html: 'bench-blank-scripted.html', timing: 'blank-scripted', codeMark: 'blank-scripted:code' },
  sized: { html: 'bench-blank-sized.html', timing: 'blank-sized', codeMark: 'blank-sized:code' },
} as const satisfies Record<string, BlankPage>;

const scriptOf = (page: BlankPage) => page.html.replace(/\.html$/, '.js');

const head = (page: BlankPage) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8" /><title>blank</title>` +
  `<script type="module" src="/${scriptOf(page)}"></script></head>`;

/** Writes files into the build at `dist`; returns them and a function that removes them. */
function writer(dist: string) {
  const files: string[] = [];
  const write = (file: string, text: string) => {
    writeFileSync(path.join(dist, file), text);
    files.push(file);
  };
  const remove = () => {
    for (const file of files) rmSync(path.join(dist, file), { force: true });
  };
  return { write, remove };
}

/** Writes the `static` and `scripted` blank pages into the build at `dist`; returns their remover. */
export function writeBlankPages(dist: string): () => void {
  const { write, remove } = writer(dist);
  const { static: still, scripted } = BLANK_PAGES;
  write(still.html, `${head(still)}<body><p elementtiming="${still.timing}">blank</p></body></html>`);
  write(scriptOf(still), `performance.mark('${still.codeMark}');\n`);
  write(scripted.html, `${head(scripted)}<body></body></html>`);
  write(
    scriptOf(scripted),
    `performance.mark('${scripted.codeMark}');\n` +
      `const p = document.createElement('p');\np.setAttribute('elementtiming', '${scripted.timing}');\n` +
      `p.textContent = 'blank';\ndocument.body.append(p);\n`,
  );
  return remove;
}

/** Writes the `sized` blank page, its box `width` x `height` CSS px; returns its remover. */
export function writeSizedBlankPage(dist: string, width: number, height: number): () => void {
  const { write, remove } = writer(dist);
  const { sized } = BLANK_PAGES;
  write(
    sized.html,
    `${head(sized)}<body style="margin:0"><div style="width:${width}px;height:${height}px">` +
      `<p elementtiming="${sized.timing}" style="margin:0">blank</p></div></body></html>`,
  );
  write(scriptOf(sized), `performance.mark('${sized.codeMark}');\n`);
  return remove;
}
