/**
 * Records every request a browser context makes, for the privacy test's "nothing leaves the
 * machine". Playwright's context-level `request` event covers pages (and the content scripts'
 * isolated worlds in them), dedicated and blob: workers started by a page, and extension service
 * workers (`request.serviceWorker()`); WebSockets are not requests there, so each page's
 * `websocket` event is recorded as well. privacy.spec.ts proves each of these paths with a positive
 * control, so a recorder that went blind would fail the test rather than pass it.
 */
import type { BrowserContext, Page, Request } from '@playwright/test';
import { routeKey } from './launch';

export interface RecordedRequest {
  url: string;
  /** Who made it: `service-worker <url>`, `frame <url>`, `websocket <page url>`. */
  from: string;
}

export interface RequestRecorder {
  /** Everything seen so far, in order. */
  readonly all: readonly RecordedRequest[];
  /** What was seen that is neither our own files nor a page the test itself serves. */
  leaving(): RecordedRequest[];
  /** Adds a URL the test serves (a routed fixture): requests to it stay on the machine. */
  allow(url: string): void;
}

/** Schemes that never reach the network: the extension's own files and in-memory documents. */
const LOCAL_SCHEMES = new Set(['chrome-extension:', 'moz-extension:', 'data:', 'blob:', 'about:']);

function originOf(request: Request): string {
  const sw = request.serviceWorker();
  if (sw) return `service-worker ${sw.url()}`;
  try {
    return `frame ${request.frame().url()}`;
  } catch {
    // A worker's request may have no frame Playwright can name.
    return 'worker';
  }
}

/** Starts recording on `context` (call before the traffic to be checked). */
export function recordRequests(context: BrowserContext): RequestRecorder {
  const all: RecordedRequest[] = [];
  const served = new Set<string>();
  context.on('request', (request) => all.push({ url: request.url(), from: originOf(request) }));
  const watch = (page: Page) =>
    page.on('websocket', (ws) => all.push({ url: ws.url(), from: `websocket ${page.url()}` }));
  context.pages().forEach(watch);
  context.on('page', watch);

  const staysHere = (url: string): boolean => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return false;
    }
    if (LOCAL_SCHEMES.has(parsed.protocol)) return true;
    return served.has(routeKey(url));
  };

  return {
    all,
    leaving: () => all.filter((r) => !staysHere(r.url)),
    allow: (url) => served.add(routeKey(url)),
  };
}
