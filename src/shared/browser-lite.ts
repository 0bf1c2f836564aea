/**
 * The browser's own `browser.runtime`, without webextension-polyfill, for the content script's entry
 * chunk (gate, lifecycle, reading-list answer). That chunk loads on every page of the built-in news
 * sites, and the polyfill alone (~10 KB) would push it past the gate's 15 KB budget (issue 4), so
 * only the heavier chunks loaded for candidate pages use `shared/browser.ts`.
 *
 * Firefox and Chrome 148+ expose `browser` natively with promises, including listeners that return
 * a promise as their answer; the polyfill itself hands out that native object there. Older Chrome
 * has only `chrome`: its `sendMessage` returns a promise in MV3, and listeners are adapted here to
 * answer through `sendResponse`, rejecting the way the polyfill does so the background (which
 * still uses the polyfill on those versions) sees the same rejection.
 *
 * Keep this to what the entry chunk needs; anything else belongs in `shared/browser.ts`.
 */
import type { Runtime } from './browser';

export type { Runtime };

/** A listener in the polyfill's style: return a promise to answer, undefined to stay silent. */
export type MessageListener = (
  message: unknown,
  sender: Runtime.MessageSender,
) => Promise<unknown> | undefined;

/** The slice of `runtime` the entry chunk uses. */
export interface LiteRuntime {
  readonly id: string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(listener: MessageListener): void;
    removeListener(listener: MessageListener): void;
  };
}

type ChromeListener = (
  message: unknown,
  sender: Runtime.MessageSender,
  respond: (r: unknown) => void,
) => boolean;

interface ChromeRuntime {
  readonly id: string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: { addListener(l: ChromeListener): void; removeListener(l: ChromeListener): void };
}

type Namespaces = { browser?: { runtime?: LiteRuntime }; chrome?: { runtime?: ChromeRuntime } };

/** `chrome.runtime` with promise-returning listeners (Chrome before 148). Exported for tests. */
export function adaptChromeRuntime(chromeRuntime: ChromeRuntime): LiteRuntime {
  const adapted = new WeakMap<MessageListener, ChromeListener>();
  return {
    get id() {
      return chromeRuntime.id;
    },
    sendMessage: (message) => chromeRuntime.sendMessage(message),
    onMessage: {
      addListener(listener) {
        const wrapped: ChromeListener = (message, sender, respond) => {
          const answer = listener(message, sender);
          if (answer === undefined) return false;
          answer.then(respond, (error: unknown) =>
            respond({
              // The polyfill's sendMessage turns this shape into a rejection for the sender.
              __mozWebExtensionPolyfillReject__: true,
              message: error instanceof Error ? error.message : String(error),
            }),
          );
          return true; // keeps the channel open for the asynchronous answer
        };
        adapted.set(listener, wrapped);
        chromeRuntime.onMessage.addListener(wrapped);
      },
      removeListener(listener) {
        const wrapped = adapted.get(listener);
        if (wrapped) chromeRuntime.onMessage.removeListener(wrapped);
        adapted.delete(listener);
      },
    },
  };
}

/** Picks the native namespace: `browser` when it has a runtime, else an adapted `chrome.runtime`. */
export function pickRuntime(scope: Namespaces): LiteRuntime {
  const native = scope.browser?.runtime;
  if (native?.id) return native;
  const chromeRuntime = scope.chrome?.runtime;
  if (!chromeRuntime) throw new Error('Parley: no extension runtime in this context.');
  return adaptChromeRuntime(chromeRuntime);
}

let picked: LiteRuntime | undefined;

/**
 * Drop-in for `browser` from `shared/browser.ts` in the entry chunk: same call sites
 * (`browser.runtime.sendMessage(...)`), no polyfill. Picked on first use, so importing it outside an
 * extension (unit tests) does not throw.
 */
export const browser: { readonly runtime: LiteRuntime } = {
  get runtime() {
    return (picked ??= pickRuntime(globalThis as Namespaces));
  },
};
