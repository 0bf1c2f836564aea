/**
 * "Annotate this page": runs the content script in a tab where the manifest did not (a site outside
 * the built-in list), with the one-page permission `activeTab` grants when the user opens the popup.
 */
/// <reference types="@crxjs/vite-plugin/client" />
import { browser } from '../shared/browser';
import onDemandLoader from './on-demand-content.ts?script&iife';
import type { AnnotateResult } from './messages';

/** Pure: the built content script's JS and CSS files, read from the (built) manifest. */
type ManifestLike = { content_scripts?: Array<{ js?: string[]; css?: string[] }> | undefined };

export function contentScriptFiles(manifest: ManifestLike): {
  js: string[];
  css: string[];
} {
  const first = manifest.content_scripts?.[0];
  return { js: first?.js ?? [], css: first?.css ?? [] };
}

/** True when our content script already answers in the tab (then injecting again is pointless). */
async function isAlive(tabId: number): Promise<boolean> {
  try {
    const reply = (await browser.tabs.sendMessage(tabId, { type: 'ping' })) as { ok?: unknown } | undefined;
    return reply?.ok === true;
  } catch {
    return false;
  }
}

export async function annotateTab(tabId: number): Promise<AnnotateResult> {
  if (await isAlive(tabId)) return { ok: true, injected: false };
  // The CSS is the manifest's (a page CSP cannot block it); the JS is the on-demand entry.
  const { css } = contentScriptFiles(browser.runtime.getManifest());
  const js = [onDemandLoader];
  try {
    if (css.length > 0) await browser.scripting.insertCSS({ target: { tabId }, files: css });
    await browser.scripting.executeScript({ target: { tabId }, files: js });
    return { ok: true, injected: true };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const denied = /permission|cannot access|cannot be scripted/i.test(message);
    return {
      ok: false,
      error: denied
        ? 'Parley may not read this page. Open Parley from the toolbar button on this page and try again.'
        : `Parley could not run on this page: ${message}`,
    };
  }
}
