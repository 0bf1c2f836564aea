/**
 * The one element Parley adds to a page: a host appended to `<html>` (outside `<body>`, so the
 * article and `body.textContent` are untouched) carrying a closed shadow root with the hover card.
 * Attached only while a card shows (a page looking for extra elements finds none the rest of the
 * time); the element and its shadow root are kept for the next card and dropped on teardown.
 */
import { h, render } from 'preact';
import type { ColourScheme } from '../../storage/settings-schema';
import type { CardModel } from './card-model';
import { CARD_CSS, HoverCard } from './HoverCard';

const CARD_WIDTH = 300;
const GAP = 6;
const MARGIN = 8;

/** Where to put a card of `height` next to `anchor` inside a viewport of `vw` x `vh`: below, else above. */
export function placeCard(
  anchor: { left: number; top: number; bottom: number },
  height: number,
  vw: number,
  vh: number,
): { left: number; top: number } {
  const width = Math.min(CARD_WIDTH, vw - 2 * MARGIN);
  const left = Math.max(MARGIN, Math.min(anchor.left, vw - width - MARGIN));
  const below = anchor.bottom + GAP;
  const top =
    below + height <= vh - MARGIN || anchor.top - GAP - height < MARGIN ? below : anchor.top - GAP - height;
  return { left, top: Math.max(MARGIN, top) };
}

function applyStyles(root: ShadowRoot): void {
  // Constructed sheets are not subject to a page's style-src CSP; fall back to <style> where the
  // content-script sandbox cannot adopt them (older Firefox Xray rules).
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CARD_CSS);
    root.adoptedStyleSheets = [sheet];
    return;
  } catch {
    // fall through
  }
  const style = document.createElement('style');
  style.textContent = CARD_CSS;
  root.appendChild(style);
}

export class CardHost {
  #host: HTMLElement | null = null;
  #root: ShadowRoot | null = null;
  #shown = false;

  get shown(): boolean {
    return this.#shown;
  }

  /** True when an event target is our card (pointer events from inside a closed root retarget to the host). */
  owns(target: EventTarget | null): boolean {
    return target !== null && target === this.#host;
  }

  /**
   * Shows `model` next to `anchor` (a client rect of the mark, in viewport coordinates), its swatch
   * in the marks' colour scheme.
   */
  show(model: CardModel, anchor: DOMRectReadOnly, scheme: ColourScheme = 'default'): void {
    const root = this.#ensure();
    // Render off-screen first to measure the height, then place it.
    render(h(HoverCard, { model, left: -10_000, top: -10_000, scheme }), root);
    const card = root.querySelector<HTMLElement>('.card');
    const height = card?.getBoundingClientRect().height ?? 120;
    const { left, top } = placeCard(anchor, height, window.innerWidth, window.innerHeight);
    render(h(HoverCard, { model, left, top, scheme }), root);
    this.#shown = true;
  }

  /** Empties the card and takes the host out of the page, so no element of ours stays behind. */
  hide(): void {
    if (!this.#shown || !this.#root) return;
    render(null, this.#root);
    this.#host?.remove();
    this.#shown = false;
  }

  destroy(): void {
    if (this.#root) render(null, this.#root);
    this.#host?.remove();
    this.#host = null;
    this.#root = null;
    this.#shown = false;
  }

  #ensure(): ShadowRoot {
    if (this.#root && this.#host?.isConnected) return this.#root;
    const host = this.#host ?? document.createElement('div');
    if (!this.#root) {
      // Inline !important beats page rules that style every div (display:none, transforms...).
      host.style.cssText =
        'all:initial!important;position:fixed!important;top:0!important;left:0!important;' +
        'width:0!important;height:0!important;overflow:visible!important;z-index:2147483647!important;' +
        'display:block!important;';
      this.#root = host.attachShadow({ mode: 'closed' });
      applyStyles(this.#root);
    }
    this.#host = host;
    document.documentElement.appendChild(host);
    return this.#root;
  }
}
