/**
 * What the built content script loads, read from a build's files: the manifest's content script
 * (one classic script, vite.config.ts `classicGateScript`; or crxjs's loader, the module it imports
 * and every chunk reachable from there by static imports). That is what a page of a built-in news
 * site pays for before the gate has decided (issue 4: under 15 KB). The dynamic `import()`s are
 * listed apart: they load only on candidate pages. Used by e2e/bundle-budget.spec.ts, bench:page,
 * and vite.config.ts (which finds crxjs's loader with `loaderTarget` and replaces it).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseAst } from 'vite';

export interface LoadedFile {
  file: string;
  bytes: number;
  gzip: number;
}

export interface ContentGraph {
  /** Loaded on every matching page: the loader, the entry and its static imports. */
  eager: LoadedFile[];
  eagerBytes: number;
  /** Chunks reachable through dynamic `import()` (and their static imports), minus the eager ones. */
  lazy: LoadedFile[];
  lazyBytes: number;
}

/** Import specifiers of an ES module: static (import/export ... from) and dynamic (literal `import()`). */
export function moduleImports(code: string): { static: string[]; dynamic: string[] } {
  const ast = parseAst(code) as unknown as {
    body: Array<{ type: string; source?: { value?: unknown } | null }>;
  };
  const statics: string[] = [];
  for (const node of ast.body) {
    const isImportOrReexport =
      node.type === 'ImportDeclaration' ||
      node.type === 'ExportAllDeclaration' ||
      node.type === 'ExportNamedDeclaration';
    if (isImportOrReexport && typeof node.source?.value === 'string') statics.push(node.source.value);
  }
  // Literal dynamic imports as rolldown writes them: import("./x.js") or import(`./x.js`).
  const dynamic = [...code.matchAll(/\bimport\(\s*(?:"([^"]+)"|'([^']+)'|`([^`$]+)`)\s*\)/g)].map(
    (m) => (m[1] ?? m[2] ?? m[3])!,
  );
  return { static: statics, dynamic };
}

/**
 * The modules a classic script `import()`s by extension URL: `import(chrome.runtime.getURL("..."))`,
 * a comment allowed before the call (crxjs writes one). Other `getURL` calls are not imports.
 */
export function runtimeImports(code: string): string[] {
  const call = /\bimport\(\s*(?:\/\*[^*]*\*\/\s*)?chrome\.runtime\.getURL\(\s*["'`]([^"'`]+)["'`]\s*\)\s*\)/g;
  return [...code.matchAll(call)].map((m) => m[1]!);
}

/**
 * The module a crxjs content-script loader imports at once (it awaits it and calls its
 * `onExecute`), or null for any other classic script, whose URL imports load on demand.
 */
export function loaderTarget(code: string): string | null {
  if (!code.includes('onExecute')) return null;
  return runtimeImports(code)[0] ?? null;
}

function sizeOf(dist: string, file: string): LoadedFile {
  const buf = readFileSync(path.join(dist, file));
  return { file, bytes: buf.length, gzip: gzipSync(buf).length };
}

/** Walks static imports from `roots` (paths relative to `dist`); returns files in visit order. */
function walk(dist: string, roots: string[], skip: Set<string>): { files: string[]; dynamic: string[] } {
  const files: string[] = [];
  const dynamic: string[] = [];
  const seen = new Set(skip);
  const queue = roots.filter((r) => !seen.has(r));
  for (const r of queue) seen.add(r);
  while (queue.length > 0) {
    const file = queue.shift()!;
    files.push(file);
    if (!file.endsWith('.js')) continue;
    const imports = moduleImports(readFileSync(path.join(dist, file), 'utf8'));
    const resolve = (spec: string) => path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
    for (const spec of imports.dynamic) dynamic.push(resolve(spec));
    for (const spec of imports.static) {
      const target = resolve(spec);
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return { files, dynamic };
}

/** The first manifest content script's load graph in the build at `dist`. */
export function contentScriptGraph(dist: string): ContentGraph {
  const manifest = JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8')) as {
    content_scripts?: Array<{ js?: string[] }>;
  };
  const scripts = manifest.content_scripts?.[0]?.js ?? [];
  if (scripts.length === 0) throw new Error(`${dist}/manifest.json declares no content script`);
  const eagerFiles: string[] = [];
  const entries: string[] = [];
  const onDemand: string[] = [];
  for (const script of scripts) {
    eagerFiles.push(script);
    const code = readFileSync(path.join(dist, script), 'utf8');
    const target = loaderTarget(code);
    if (target) entries.push(target);
    else onDemand.push(...runtimeImports(code));
  }
  const eagerWalk = walk(dist, entries, new Set(eagerFiles));
  eagerFiles.push(...eagerWalk.files);
  const lazyWalk = walk(dist, [...new Set([...onDemand, ...eagerWalk.dynamic])], new Set(eagerFiles));
  // Dynamic imports found inside lazy chunks load later still; follow them too.
  let pending = lazyWalk.dynamic.filter((f) => !eagerFiles.includes(f) && !lazyWalk.files.includes(f));
  const lazyFiles = [...lazyWalk.files];
  while (pending.length > 0) {
    const more = walk(dist, [...new Set(pending)], new Set([...eagerFiles, ...lazyFiles]));
    lazyFiles.push(...more.files);
    pending = more.dynamic.filter((f) => !eagerFiles.includes(f) && !lazyFiles.includes(f));
  }
  const eager = eagerFiles.map((f) => sizeOf(dist, f));
  const lazy = lazyFiles.map((f) => sizeOf(dist, f));
  const sum = (xs: LoadedFile[]) => xs.reduce((n, x) => n + x.bytes, 0);
  return { eager, eagerBytes: sum(eager), lazy, lazyBytes: sum(lazy) };
}
