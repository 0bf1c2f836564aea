/**
 * The gate's byte budget (issue 4): what every page of a built-in news site loads before the gate
 * has decided (the manifest's one classic content script) stays under
 * 15 KB minified; the analyzer, the extractor, the schema library and the polyfill load only through
 * dynamic `import()` on candidate pages. Reads the built files (dist/ or PARLEY_DIST): no browser.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { contentScriptGraph, loaderTarget, moduleImports, runtimeImports } from './bundle-graph';
import { DIST, assertBuilt } from './launch';

const GATE_BUDGET_BYTES = 15 * 1024;

const kb = (n: number) => `${(n / 1024).toFixed(2)} KB`;

test('the graph reader sees static, re-exported and dynamic imports, and the loader target', () => {
  const code = 'import{t as e}from"./a.js";import"./b.js";export*from"./c.js";const m=()=>import(`./d.js`);';
  expect(moduleImports(code)).toEqual({ static: ['./a.js', './b.js', './c.js'], dynamic: ['./d.js'] });
  const loader = 'const{onExecute}=await import(chrome.runtime.getURL("assets/x.js"));onExecute?.()';
  expect(loaderTarget(loader)).toBe('assets/x.js');
  // A classic script's own import()s by URL load on demand: no loader target.
  const classic =
    'var u=chrome.runtime.getURL("assets/e.js");if(c)await import(chrome.runtime.getURL("assets/p.js"))';
  expect(loaderTarget(classic)).toBeNull();
  expect(runtimeImports(classic)).toEqual(['assets/p.js']);
  expect(runtimeImports('await import(\n/* @vite-ignore */\nchrome.runtime.getURL("assets/x.js"))')).toEqual([
    'assets/x.js',
  ]);
});

test('a non-candidate page loads under 15 KB of Parley; the heavy parts stay behind import()', () => {
  assertBuilt(DIST);
  const graph = contentScriptGraph(DIST);
  const read = (files: { file: string }[]) =>
    files.map((f) => readFileSync(path.join(DIST, f.file), 'utf8')).join('\n');
  const lines = graph.eager.map((f) => `  ${f.file}  ${kb(f.bytes)} (gzip ${kb(f.gzip)})`);
  console.log(`gate (every matching page): ${kb(graph.eagerBytes)}\n${lines.join('\n')}`);
  console.log(`candidate pages add: ${kb(graph.lazyBytes)} in ${graph.lazy.length} files`);

  // One classic script, the gate in it (its verdict strings), and the analyzer behind an import().
  expect(graph.eager.map((f) => f.file)).toEqual(
    JSON.parse(readFileSync(path.join(DIST, 'manifest.json'), 'utf8')).content_scripts[0].js,
  );
  expect(read(graph.eager)).toContain('no trade words');
  // Compiled eagerly (V8's compile hint; vite.config.ts): the gate's first, cold call stays cheap.
  expect(read(graph.eager).startsWith('//# allFunctionsCalledOnLoad\n')).toBe(true);
  // ... and creates no element on the page to probe for modulepreload support (vite.config.ts).
  expect(read(graph.eager)).not.toContain('.relList');
  expect(graph.lazy.length).toBeGreaterThan(0);
  expect(graph.eagerBytes).toBeLessThan(GATE_BUDGET_BYTES);

  // By content, not by chunk name: the polyfill is not among the eager files (its guard message is).
  const polyfillGuard = 'This script should only be loaded in a browser extension';
  expect(read(graph.eager)).not.toContain(polyfillGuard);
  // ... while a candidate page still gets it (the pipeline's messages go through it).
  expect(read(graph.lazy)).toContain(polyfillGuard);
});

/** The script files an extension page's HTML loads before its first view: scripts and modulepreloads. */
function pageScripts(html: string): { classic: string[]; modules: string[]; preloads: string[] } {
  const attrs = (tag: string) =>
    Object.fromEntries([...tag.matchAll(/(\w+)(?:="([^"]*)")?/g)].map((m) => [m[1], m[2] ?? '']));
  const tags = [...html.matchAll(/<(script|link)\b[^>]*>/g)].map((m) => ({ name: m[1], a: attrs(m[0]) }));
  return {
    classic: tags.filter((t) => t.name === 'script' && t.a.type !== 'module').map((t) => t.a.src!),
    modules: tags.filter((t) => t.name === 'script' && t.a.type === 'module').map((t) => t.a.src!),
    preloads: tags.filter((t) => t.name === 'link' && t.a.rel === 'modulepreload').map((t) => t.a.href!),
  };
}

test('each extension page loads its first view from one module file (issues 5 and 6)', () => {
  assertBuilt(DIST);
  const read = (file: string) => readFileSync(path.join(DIST, file.replace(/^\//, '')), 'utf8');
  // vite.config.ts builds each page on its own, so nothing its first view needs is split off.
  for (const page of ['src/popup/index.html', 'src/options/index.html']) {
    const { modules, preloads } = pageScripts(read(page));
    expect(modules, page).toHaveLength(1);
    expect(preloads, page).toEqual([]);
    expect(moduleImports(read(modules[0]!)).static, page).toEqual([]);
  }
  // The popup's early tab read: one small classic script, deferred (so it runs before the module,
  // in document order), self-contained, before the module.
  const popup = pageScripts(read('src/popup/index.html'));
  expect(popup.classic).toHaveLength(1);
  expect(read('src/popup/index.html')).toMatch(/<script defer src="[^"]+"><\/script>[\s\S]*type="module"/);
  const early = read(popup.classic[0]!);
  expect(early).toContain('parley.popup.early-tab-read');
  expect(moduleImports(early)).toEqual({ static: [], dynamic: [] });
  expect(early.length).toBeLessThan(2 * 1024);
  // The library: a boot module that starts the first page's read, and the page, preloaded.
  const library = pageScripts(read('src/library/index.html'));
  expect(library.modules).toHaveLength(1);
  expect(library.preloads).toHaveLength(1);
  expect(moduleImports(read(library.preloads[0]!)).static.map((s) => path.basename(s))).toEqual([
    path.basename(library.modules[0]!),
  ]);
});
