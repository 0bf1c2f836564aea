/**
 * The content script's life on one page: run once (a guard in our isolated world, invisible to the
 * page), gate, then load and run the pipeline; re-run when the article arrives late, changes a lot,
 * or an SPA navigates; answer messages; and tear everything down on pagehide or when the extension
 * was reloaded under us ("Extension context invalidated"). In the entry chunk, so it stays small:
 * anything heavy lives in pipeline.ts.
 */
import { browser, type Runtime } from '../shared/browser-lite';
import { gate } from './gate';
import type { ContentController } from './pipeline';
import { contextAlive, emptyResult, sendResult } from './report';

/** Symbol key on the isolated world's global: pages cannot see content-script globals. */
const GUARD = Symbol.for('parley.content');

/** Quiet time after DOM changes before re-checking, and the longest a busy page can delay it. */
const SETTLE_MS = 400;
const MAX_WAIT_MS = 2_500;
/**
 * Characters of text added or removed that make a re-check worth it: any real content before we
 * painted (a late article arrives as one element, so counting elements would miss it), a lot after
 * (infinite scroll, a swapped article; ad rotations and counters stay below).
 */
const CHANGE_UNPAINTED = 200;
const CHANGE_PAINTED = 1_500;
/**
 * URL poll for SPAs whose history.pushState we cannot see from the isolated world; where the
 * Navigation API tells us (Chromium), the poll only notices an extension reload, so it can be rare:
 * each tick costs every open news tab ~0.15 ms of main thread.
 */
const URL_POLL_MS = 1_000;
const CONTEXT_POLL_MS = 10_000;

interface Instance {
  alive(): boolean;
  stop(): void;
}

type Holder = { [GUARD]?: Instance };

type NavigationLike = EventTarget;

/** Start on this page unless a live instance already runs here (double injection, re-import). */
export function start(): void {
  const g = globalThis as Holder;
  const prev = g[GUARD];
  if (prev?.alive()) return;
  prev?.stop(); // left over from before an extension reload: its context is gone
  const session = new Session();
  g[GUARD] = session;
  session.begin();
}

const withoutHash = (u: string) => u.split('#')[0];

class Session implements Instance {
  readonly #ac = new AbortController();
  #controller: ContentController | null = null;
  #state = 'starting';
  #running = false;
  #again = false;
  #changes = 0;
  #firstChangeAt = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #url = location.href;
  #sentGate = '';
  #observer: MutationObserver | null = null;

  alive(): boolean {
    return !this.#ac.signal.aborted && contextAlive();
  }

  stop = (): void => {
    if (this.#ac.signal.aborted) return;
    this.#ac.abort(); // the controller clears marks and removes the card on this signal
    this.#observer?.disconnect();
    clearTimeout(this.#timer);
    browser.runtime.onMessage.removeListener(this.#onMessage);
    this.#state = 'stopped';
  };

  begin(): void {
    const signal = this.#ac.signal;
    browser.runtime.onMessage.addListener(this.#onMessage);
    addEventListener(
      'pagehide',
      (e) => {
        this.stop();
        // Back from the bfcache: start over on the restored page.
        if (e.persisted) addEventListener('pageshow', (ev) => ev.persisted && start(), { once: true });
      },
      { signal },
    );
    addEventListener('popstate', this.#checkUrl, { signal });
    const nav = (globalThis as { navigation?: NavigationLike }).navigation;
    nav?.addEventListener('currententrychange', this.#checkUrl, { signal });
    const poll = setInterval(
      () => {
        if (!contextAlive()) this.stop();
        else this.#checkUrl();
      },
      nav ? CONTEXT_POLL_MS : URL_POLL_MS,
    );
    signal.addEventListener('abort', () => clearInterval(poll), { once: true });

    this.#observer = new MutationObserver(this.#onMutations);
    this.#observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
    void this.#run();
  }

  /**
   * Batches DOM changes: adds up the text of added and removed elements (stopping once over the
   * threshold, so the cost stays proportional to what the page itself inserted) and re-runs once the
   * page settles.
   */
  #onMutations = (records: MutationRecord[]): void => {
    const need = this.#state === 'painted' || this.#state === 'unchanged' ? CHANGE_PAINTED : CHANGE_UNPAINTED;
    let weight = 0;
    for (const r of records) {
      for (const list of [r.addedNodes, r.removedNodes]) {
        for (const node of list) {
          if (node.nodeType === 1 || node.nodeType === 3) weight += node.textContent?.length ?? 0;
          if (this.#changes + weight >= need) break;
        }
      }
      if (this.#changes + weight >= need) break;
    }
    if (weight === 0) return;
    if (this.#changes === 0) this.#firstChangeAt = performance.now();
    this.#changes += weight;
    if (this.#changes < need) return;
    const waited = performance.now() - this.#firstChangeAt;
    this.#schedule(waited >= MAX_WAIT_MS ? 0 : SETTLE_MS);
  };

  #checkUrl = (): void => {
    const url = location.href;
    if (url === this.#url) return;
    const pathChanged = withoutHash(url) !== withoutHash(this.#url);
    this.#url = url;
    if (!pathChanged) return;
    // A new page in an SPA: drop the old article's marks now, look for the new one when it settles.
    this.#controller?.clear();
    this.#sentGate = '';
    this.#schedule(SETTLE_MS);
  };

  #schedule(delay: number): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#run(), delay);
  }

  async #run(): Promise<void> {
    if (this.#ac.signal.aborted) return;
    if (this.#running) {
      this.#again = true;
      return;
    }
    this.#running = true;
    this.#changes = 0;
    try {
      const t0 = performance.now();
      const verdict = gate(document);
      const gateMs = performance.now() - t0;
      if (!verdict.candidate) {
        this.#controller?.clear();
        this.#state = 'gated-out';
        const key = `${location.href}|${verdict.reason}`;
        if (key !== this.#sentGate) {
          this.#sentGate = key;
          const timings = { gateMs, extractMs: null, analyzeMs: null, paintMs: null };
          await sendResult(emptyResult(verdict.reason, timings), this.stop);
        }
        return;
      }
      this.#sentGate = '';
      if (!this.#controller) {
        this.#state = 'loading';
        const { createController } = await import('./pipeline');
        if (this.#ac.signal.aborted) return;
        this.#controller = createController(this.#ac.signal, this.stop);
      }
      const state = await this.#controller.run(verdict, gateMs);
      if (state !== 'unchanged') this.#state = state;
    } catch (error) {
      if ((error as Error | null)?.name !== 'AbortedError' && !this.#ac.signal.aborted) {
        this.#state = 'error';
        console.warn('[parley]', error);
      }
    } finally {
      this.#running = false;
      if (this.#again) {
        this.#again = false;
        this.#schedule(SETTLE_MS);
      }
    }
  }

  /**
   * Messages from our own extension only. Once the pipeline is loaded it validates every message
   * with the protocol schema; before that only `ping` (which has no fields) is answered, so the
   * gate's chunk does not carry the schema library.
   */
  #onMessage = (raw: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    if (!contextAlive() || sender.id !== browser.runtime.id) return undefined;
    if (this.#controller) return this.#controller.handle(raw, this.#state);
    const type = (raw as { type?: unknown } | null)?.type;
    if (type === 'ping') return Promise.resolve({ ok: true, state: this.#state });
    if (type === 'set-highlights') return Promise.resolve({ visible: false });
    return undefined;
  };
}
