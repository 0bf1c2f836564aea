import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build as esbuild } from 'esbuild';
import { build as viteBuild, defineConfig, type Plugin, type UserConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type CrxPlugin, type ManifestV3Export } from '@crxjs/vite-plugin';
import { loaderTarget } from './e2e/bundle-graph';
import baseManifest from './manifest.json' with { type: 'json' };

/**
 * Keeps Parley's files out of reach of page scripts that probe for installed extensions (issue 7).
 * "Annotate this page" injects one self-contained IIFE (`on-demand-content.ts?script&iife`) with
 * `scripting.executeScript({files})`, which needs no web-accessible entry; crxjs lists it anyway, for
 * every http(s) page, so that entry is dropped: no file of ours is web-accessible outside the
 * built-in news sites (e2e/war-probe.spec.ts).
 * Not fixable here: the content script's ES chunks on the built-in news sites. The gate script
 * (`classicGateScript`) `import()`s them on candidate pages, and `use_dynamic_url` breaks that: Chrome resolves
 * the relative imports of a module loaded from the dynamic URL against the static id and refuses
 * them (https://issues.chromium.org/issues/363027634, still so in Chromium 156), so those stay static.
 */
function hideFromPages(): CrxPlugin {
  return {
    name: 'parley:hide-from-pages',
    enforce: 'post',
    renderCrxManifest(manifest) {
      type War = NonNullable<typeof manifest.web_accessible_resources>[number];
      // crxjs writes IIFE scripts beside their source path (src/...), ES chunks under assets/.
      const injectedOnly = (r: string) => r.startsWith('src/') && r.endsWith('.js');
      const wars: War[] = [];
      for (const war of manifest.web_accessible_resources ?? []) {
        const resources = war.resources.filter((r) => !injectedOnly(r));
        if (resources.length > 0) wars.push({ ...war, resources });
      }
      if (wars.length > 0) manifest.web_accessible_resources = wars;
      else delete manifest.web_accessible_resources;
      return manifest;
    },
  };
}

/**
 * Removes preact's one `innerHTML` write, the `dangerouslySetInnerHTML` branch of its DOM diff
 * (`dom.innerHTML = props.dangerouslySetInnerHTML.__html`). Parley never uses that prop (page text
 * never becomes markup; eslint forbids innerHTML), and the write is what `web-ext lint` reports as
 * UNSAFE_VAR_ASSIGNMENT. No import path or define avoids it: every preact build carries the branch.
 * Done on the output, so it also reaches the self-contained IIFE crxjs builds in a sub-build
 * without our plugins; with it gone the prop renders nothing. A preact update that rewrites the
 * branch is reported as a build warning (and web-ext lint shows the warning again).
 */
function dropPreactInnerHtml(): Plugin {
  const write = /\b([\w$]+)\.innerHTML=([\w$]+)\.__html\b/g;
  return {
    name: 'parley:drop-preact-inner-html',
    enforce: 'post',
    apply: 'build',
    generateBundle(_options, bundle) {
      let preactSeen = false;
      let dropped = 0;
      for (const file of Object.values(bundle)) {
        const code = file.type === 'chunk' ? file.code : typeof file.source === 'string' ? file.source : null;
        if (code === null || !code.includes('__html')) continue;
        preactSeen ||= code.includes('dangerouslySetInnerHTML');
        const patched = code.replace(write, () => {
          dropped++;
          return 'void 0';
        });
        if (file.type === 'chunk') file.code = patched;
        else file.source = patched;
      }
      if (preactSeen && dropped === 0) this.warn("preact's dangerouslySetInnerHTML write was not found");
    },
  };
}

/**
 * Vite's preload helper asks, when its chunk loads, whether `<link rel=modulepreload>` is supported
 * by creating a link element: on every page the gate runs on, the most expensive line of the gate
 * script (a CPU profile: a quarter of its self time), for an answer it never uses there. The content
 * script's dynamic imports preload nothing (`resolveDependencies` keeps only CSS; they have none),
 * so the helper only calls the import. In the gate script the probe answers "no support" instead.
 */
const PRELOAD_REL_PROBE = /\bdocument\.createElement\((["'`])link\1\)\.relList\b/;
/** A literal relative dynamic import as rolldown writes it: import("./x.js") or import(`./x.js`). */
const RELATIVE_IMPORT = /\bimport\((["'`])(\.{1,2}\/[^"'`$]+)\1\)/g;

/**
 * Makes the manifest's content script one classic script instead of crxjs's loader. The loader
 * `import()`s the entry as an ES module, and loading modules into a page's isolated world cost
 * ~3 ms of main thread on every page of every news site (bench:page, against a content script
 * making the same extension calls) before any of our code ran; the gate's budget is 1 ms. So the
 * entry and its static imports (the gate, the lifecycle, the save answer: what every page runs) are
 * bundled into the loader's file as one IIFE; their dynamic imports (the pipeline, the extractor,
 * the analyzer) stay ES modules loaded from the extension's URL, on candidate pages only. Those
 * chunks import a second copy of the entry's small modules: harmless, the one piece of state the
 * two worlds share (the run-once guard) is a global symbol.
 *
 * The script carries V8's explicit compile hint `//# allFunctionsCalledOnLoad` (Chrome 136+; a
 * comment elsewhere): the gate runs once per page, cold, and lazily compiling its functions on that
 * first call was most of its time (0.9-1.4 ms -> 0.3-0.6 ms).
 */
function classicGateScript(): Plugin {
  return {
    name: 'parley:classic-gate-script',
    apply: 'build',
    enforce: 'post',
    async writeBundle(options) {
      const dir = options.dir;
      if (!dir) return;
      const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
        content_scripts?: Array<{ js?: string[] }>;
      };
      for (const script of manifest.content_scripts?.flatMap((c) => c.js ?? []) ?? []) {
        const file = path.join(dir, script);
        const loader = readFileSync(file, 'utf8');
        // crxjs's loader: a classic script that `import()`s the real entry module.
        const entry = loaderTarget(loader);
        if (!entry) continue;
        const built = await esbuild({
          entryPoints: [path.join(dir, entry)],
          bundle: true,
          format: 'iife',
          write: false,
          minify: true,
          target: this.environment.config.build.target as string,
          // The preload helper resolves a dynamic import's CSS against its module's URL.
          define: { 'import.meta.url': '__parleyEntryUrl', 'import.meta.resolve': 'undefined' },
          logLevel: 'silent',
          plugins: [
            {
              // Rewritten before bundling, so esbuild sees no import() it could inline or wrap.
              name: 'dynamic-imports-stay-modules',
              setup(b) {
                b.onLoad({ filter: /\.js$/ }, (args) => ({
                  contents: readFileSync(args.path, 'utf8')
                    .replace(RELATIVE_IMPORT, (_m, _q, spec: string) => {
                      const target = path.relative(dir, path.resolve(path.dirname(args.path), spec));
                      return `import(chrome.runtime.getURL(${JSON.stringify(target.split(path.sep).join('/'))}))`;
                    })
                    .replace(PRELOAD_REL_PROBE, 'void 0'),
                  loader: 'js',
                }));
              },
            },
          ],
        });
        if (built.errors.length > 0) throw new Error(`${script}: ${built.errors[0]!.text}`);
        const code = built.outputFiles[0]!.text;
        if (/\bimport\.meta\b|\bimport\((["'`])/.test(code))
          throw new Error(`${script}: an import.meta or a relative import() was left in the gate script`);
        // Strict, as the modules were: the directive comes first, before the helper's URL.
        const head = `//# allFunctionsCalledOnLoad\n"use strict";var __parleyEntryUrl=chrome.runtime.getURL(${JSON.stringify(entry)});\n`;
        writeFileSync(file, head + code);
      }
    },
  };
}

/** Matches module ids that contain any of `parts` (paths with `/`, also on Windows). */
const idHas =
  (...parts: string[]) =>
  (id: string) =>
    parts.some((part) => id.replaceAll('\\', '/').includes(part));

/**
 * Fewer, larger chunks for what the main build makes: the background and the content script (the
 * extension's pages are built on their own, `separatePageBuilds`). Left to itself, rolldown cuts
 * one chunk per set of importers, and each chunk is one more file to request. The groups, highest
 * priority first:
 * - `site`: the content script's gate needs these two small modules (settings-site.ts and vite's
 *   preload helper) on every news page; kept apart so no group below joins the gate's budget
 *   (e2e/bundle-budget.spec.ts: under 15 KB, no polyfill).
 * - `shared`: what the background and the candidate-page pipeline both load: the polyfill,
 *   valibot, the message and storage contracts, preact (the pipeline's hover card; the background
 *   carries it unused, ~15 KB, for one file instead of several).
 * - `types`: core/types.ts (0.4 KB) on its own: the analyzer's chunk imports it, and the content
 *   script loads the analyzer without `shared` when it saves a page the gate turned down.
 * - `store`: the IndexedDB side of the background (idb, history digests, the reading-list store).
 */
const CHUNK_GROUPS = [
  { name: 'site', priority: 30, test: idHas('/src/storage/settings-site.ts', 'vite/preload-helper') },
  { name: 'types', priority: 25, test: idHas('/src/core/types.ts') },
  {
    name: 'shared',
    priority: 20,
    test: idHas(
      '/node_modules/webextension-polyfill/',
      '/node_modules/valibot/',
      '/node_modules/preact/dist/',
      '/node_modules/preact/hooks/',
      '/node_modules/preact/jsx-runtime/',
      '/src/shared/browser.ts',
      '/src/shared/protocol.ts',
      '/src/storage/index.ts',
      '/src/storage/settings.ts',
    ),
  },
  {
    name: 'store',
    priority: 10,
    test: idHas('/src/core/history/digest.ts', '/src/storage/reading-list/index.ts'),
  },
];

/** Page modules loaded by a small boot module's `import()` (see `preloadPageMains`). */
const PAGE_MAINS = ['/src/library/main.tsx'];

/**
 * A page whose HTML names only a small boot module, which starts the page's data reads and then
 * `import()`s the page (src/library/boot.ts), gets that import's chunks as <link rel=modulepreload>
 * and its stylesheets as <link rel=stylesheet> in its HTML: they load in parallel with the boot
 * instead of after it ran. Vite lists only static imports there; the preload helper finds the
 * stylesheets already in the document and does not wait for them again.
 */
function preloadPageMains(): Plugin {
  return {
    name: 'parley:preload-page-mains',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const { bundle, chunk: entry } = ctx;
        if (!bundle || !entry) return;
        const chunkOf = (file: string) => {
          const c = bundle[file];
          return c?.type === 'chunk' ? c : undefined;
        };
        const closure = (roots: string[]) => {
          const seen = new Set<string>();
          const visit = (file: string) => {
            if (seen.has(file)) return;
            seen.add(file);
            for (const dep of chunkOf(file)?.imports ?? []) visit(dep);
          };
          roots.forEach(visit);
          return seen;
        };
        const mains = entry.dynamicImports.filter((file) =>
          PAGE_MAINS.some((m) => chunkOf(file)?.facadeModuleId?.replaceAll('\\', '/').endsWith(m)),
        );
        if (mains.length === 0) return;
        const already = closure([entry.fileName]);
        const scripts = [...closure(mains)].filter((file) => !already.has(file));
        const styles = scripts.flatMap((file) => [...(chunkOf(file)?.viteMetadata?.importedCss ?? [])]);
        return [
          ...scripts.map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
            injectTo: 'head' as const,
          })),
          ...[...new Set(styles)].map((file) => ({
            tag: 'link',
            attrs: { rel: 'stylesheet', crossorigin: true, href: `/${file}` },
            injectTo: 'head' as const,
          })),
        ];
      },
    },
  };
}

/**
 * The extension's own pages, each built on its own after the main build (issues 5 and 6). In one
 * build with the background and the content script, rolldown shares every module two of them use
 * through a common chunk, so the popup's first view loaded 6 script files and the library 10, and
 * each extension file is its own request to the browser process (in a Chrome trace of the popup
 * opening, its 7 files arrived 40-60 ms after they were asked for; a blank page's one script, 15-27
 * ms). A build of one page puts everything its first view imports into one file, and its lazy
 * views into chunks that reuse that file's modules (preact included: the lazy views' hooks need
 * the page's own copy). The pages duplicate a few shared modules on disk; each page is its own JS
 * realm, so nothing is loaded twice at run time.
 */
const PAGES: Array<{ html: string; early?: EarlyScript }> = [
  {
    html: 'src/popup/index.html',
    early: { source: 'src/popup/early-tab-read.ts', run: 'runEarlyTabRead', name: 'popup-early' },
  },
  { html: 'src/options/index.html' },
  { html: 'src/library/index.html' },
];

/** A page's early classic script: `run`, exported by `source`, called once. */
interface EarlyScript {
  source: string;
  run: string;
  name: string;
}

/**
 * Loads a page's early script (the popup's tab read, src/popup/early-tab-read.ts) as a classic
 * `defer` script at the top of its <head>, built by esbuild into one small self-contained file: it
 * runs when the (tiny) page is parsed, while the page's module (tens of KB) is still loading and
 * compiling. `defer`, not `async`: deferred scripts and modules run in document order, so the early
 * read is always in place when the module looks for it (an `async` one could arrive after the module
 * under load, and the module then read again itself). Vite would merge a second module script into
 * the page's entry, so this bypasses it.
 */
function earlyScript({ source, run, name }: EarlyScript): Plugin {
  let fileName = '';
  return {
    name: 'parley:early-script',
    apply: 'build',
    async buildStart() {
      const built = await esbuild({
        stdin: {
          contents: `import { ${run} } from './${path.basename(source)}';\n${run}();\n`,
          resolveDir: path.resolve(import.meta.dirname, path.dirname(source)),
          loader: 'ts',
        },
        bundle: true,
        format: 'iife',
        minify: true,
        write: false,
        target: this.environment.config.build.target as string,
        logLevel: 'silent',
      });
      if (built.errors.length > 0) throw new Error(`${source}: ${built.errors[0]!.text}`);
      const code = `"use strict";${built.outputFiles[0]!.text}`;
      fileName = `assets/${name}-${createHash('sha256').update(code).digest('base64url').slice(0, 8)}.js`;
      this.emitFile({ type: 'asset', fileName, source: code });
    },
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        { tag: 'script', attrs: { defer: true, src: `/${fileName}` }, injectTo: 'head-prepend' },
      ],
    },
  };
}

/**
 * Vite's preload helper would append <link rel=modulepreload href=chrome-extension://...> to the
 * page's <head> for the content script's dynamic import: a page could detect Parley. So dynamic
 * imports preload only their CSS (as with `modulePreload: false`), while the extension's own HTML
 * pages (popup, library, options) list every chunk they import statically, and the browser fetches
 * them at once instead of discovering them one import level at a time.
 */
const MODULE_PRELOAD: NonNullable<UserConfig['build']>['modulePreload'] = {
  polyfill: false,
  resolveDependencies: (_file, deps, { hostType }) =>
    hostType === 'html' ? deps : deps.filter((d) => d.endsWith('.css')),
};

/**
 * The extension's own pages (no page can see their <head>) preload a dynamic import's JS chunks too:
 * opening the popup's Context view fetches its view, store and ledger chunks at once instead of one
 * import level after the other (~20 ms on a busy machine).
 */
const PAGE_MODULE_PRELOAD: NonNullable<UserConfig['build']>['modulePreload'] = { polyfill: false };

/**
 * Builds each of `PAGES` after the main build, into the same directory. The main build leaves the
 * pages out: its manifest has no popup and no options page (crxjs would build them), and these are
 * put back into the manifest.json it writes (`pagesInManifest`).
 */
function separatePageBuilds(pagesInManifest: Record<string, unknown>): CrxPlugin {
  return {
    name: 'parley:separate-page-builds',
    apply: 'build',
    enforce: 'post',
    renderCrxManifest(manifest) {
      return { ...manifest, ...structuredClone(pagesInManifest) };
    },
    async writeBundle(options) {
      const { mode, build } = this.environment.config;
      for (const page of PAGES) {
        await viteBuild({
          configFile: false,
          root: import.meta.dirname,
          mode,
          logLevel: 'warn',
          publicDir: false,
          plugins: [
            preact(),
            dropPreactInnerHtml(),
            preloadPageMains(),
            ...(page.early ? [earlyScript(page.early)] : []),
          ],
          build: {
            outDir: options.dir,
            emptyOutDir: false,
            target: build.target,
            minify: true,
            sourcemap: false,
            modulePreload: PAGE_MODULE_PRELOAD,
            rollupOptions: { input: page.html },
          },
        });
      }
    },
  };
}

/**
 * One source, two builds: `vite build` writes the Chrome build to dist/, `vite build --mode firefox`
 * the Firefox build to dist-firefox/. Firefox runs the background as an event page: crxjs's Firefox
 * mode wants `background.scripts` in its input, so the manifest's `service_worker` is moved there.
 * Chrome warns on `browser_specific_settings`, so it is dropped there.
 */
export default defineConfig(({ mode, command }) => {
  const firefox = mode === 'firefox';
  const manifest = structuredClone(baseManifest) as Record<string, unknown>;
  if (firefox) {
    const background = manifest.background as { service_worker: string; type?: string };
    manifest.background = { scripts: [background.service_worker], type: background.type };
  } else {
    delete manifest.browser_specific_settings;
  }
  // A build makes the pages separately (`separatePageBuilds`); the dev server serves them all.
  const separatePages = command === 'build';
  const pagesInManifest: Record<string, unknown> = {};
  if (separatePages) {
    const { default_popup, ...action } = manifest.action as Record<string, unknown>;
    pagesInManifest.action = { ...action, default_popup };
    pagesInManifest.options_ui = manifest.options_ui;
    manifest.action = action;
    delete manifest.options_ui;
  }
  return {
    plugins: [
      preact(),
      crx({ manifest: manifest as unknown as ManifestV3Export, browser: firefox ? 'firefox' : 'chrome' }),
      hideFromPages(),
      dropPreactInnerHtml(),
      preloadPageMains(),
      classicGateScript(),
      ...(separatePages ? [separatePageBuilds(pagesInManifest)] : []),
    ],
    build: {
      outDir: firefox ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      target: firefox ? 'firefox140' : 'chrome120',
      sourcemap: false,
      minify: true,
      modulePreload: MODULE_PRELOAD,
      rollupOptions: {
        // The dev server also serves the page the manifest does not name.
        input: separatePages ? undefined : { library: 'src/library/index.html' },
        output: { codeSplitting: { groups: CHUNK_GROUPS } },
      },
    },
  };
});
