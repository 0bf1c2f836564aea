import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };

/**
 * One source, two builds: `vite build` writes the Chrome build to dist/, `vite build --mode firefox`
 * the Firefox build to dist-firefox/. Firefox runs the background as an event page: crxjs's Firefox
 * mode wants `background.scripts` in its input, so the manifest's `service_worker` is moved there.
 * Chrome warns on `browser_specific_settings`, so it is dropped there.
 */
export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  const manifest = structuredClone(baseManifest) as Record<string, unknown>;
  if (firefox) {
    const background = manifest.background as { service_worker: string; type?: string };
    manifest.background = { scripts: [background.service_worker], type: background.type };
  } else {
    delete manifest.browser_specific_settings;
  }
  return {
    plugins: [
      preact(),
      crx({ manifest: manifest as unknown as ManifestV3Export, browser: firefox ? 'firefox' : 'chrome' }),
    ],
    build: {
      outDir: firefox ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      target: firefox ? 'firefox140' : 'chrome120',
      sourcemap: false,
      minify: true,
      // Vite's preload helper would append <link rel=modulepreload href=chrome-extension://...> to
      // the page's <head> for the content script's dynamic import: a page could detect Parley. So
      // dynamic imports preload only their CSS (as with `modulePreload: false`), while the extension's
      // own HTML pages (popup, library, options) list every chunk they import statically, and the
      // browser fetches them at once instead of discovering them one import level at a time.
      modulePreload: {
        polyfill: false,
        resolveDependencies: (_file, deps, { hostType }) =>
          hostType === 'html' ? deps : deps.filter((d) => d.endsWith('.css')),
      },
      // Extension pages the manifest does not name (crxjs builds the manifest's own).
      rollupOptions: {
        input: { library: 'src/library/index.html' },
      },
    },
  };
});
