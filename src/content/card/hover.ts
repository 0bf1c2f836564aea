/**
 * Hover cards for painted marks: one pointermove listener (throttled to one hit test per frame),
 * Escape and scrolling close the card, and `reveal` scrolls to a mark and opens its card (the
 * popup's keyboard-reachable list). Everything is removed when `signal` aborts.
 */
import type { Analysis } from '../../core/types';
import type { Mark, Painter } from '../highlight/painter';
import { cardFor, type ActorPast } from './card-model';
import { CardHost } from './card-host';
import { markAtPoint, rectAt, type HitIndex } from './hit-test';

type CardAnalysis = Pick<Analysis, 'actors' | 'parties' | 'preconditions'>;

/** Scrolling right after a reveal is ours (smooth scroll settling), not the reader's. */
const REVEAL_GRACE_MS = 600;

export class HoverCards {
  readonly #host = new CardHost();
  readonly #painter: Painter;
  #analysis: CardAnalysis | null = null;
  #past: Readonly<Record<string, ActorPast>> = {};
  #index: HitIndex | null = null;
  #current: Mark | null = null;
  #frame = 0;
  #x = 0;
  #y = 0;
  #overCard = false;
  #revealedAt = -Infinity;

  constructor(painter: Painter, signal: AbortSignal) {
    this.#painter = painter;
    const opts = { capture: true, passive: true, signal };
    document.addEventListener('pointermove', (e) => this.#onMove(e), opts);
    document.addEventListener('keydown', (e) => e.key === 'Escape' && this.hide(), opts);
    window.addEventListener(
      'scroll',
      () => performance.now() - this.#revealedAt > REVEAL_GRACE_MS && this.hide(),
      opts,
    );
    signal.addEventListener('abort', () => this.destroy(), { once: true });
  }

  /** Call after each paint: the marks and the analysis the cards describe. */
  update(analysis: CardAnalysis | null): void {
    this.hide();
    this.#analysis = analysis;
    this.#past = {};
    if (!analysis) {
      this.#index = null;
      return;
    }
    const marks = this.#painter.marks;
    const painter = this.#painter;
    this.#index = {
      actors: marks.filter((m) => m.ref.type === 'actor').sort((a, b) => a.start - b.start),
      preconditions: marks.filter((m) => m.ref.type === 'precondition').sort((a, b) => a.start - b.start),
      markOf: (r) => painter.markOf(r),
    };
  }

  /**
   * The actors' past context, once the background answered (after painting). Applies to cards
   * opened from now on; `analysis` must be the one painted, so a late answer for a replaced
   * analysis is dropped.
   */
  setPast(analysis: CardAnalysis, past: Readonly<Record<string, ActorPast>>): void {
    if (analysis === this.#analysis) this.#past = past;
  }

  /** The mark whose card is open, if any (for tests and the lifecycle state). */
  get current(): Mark | null {
    return this.#current;
  }

  hide(): void {
    this.#current = null;
    this.#host.hide();
  }

  destroy(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#current = null;
    this.#host.destroy();
  }

  /**
   * Scrolls to the mark of an actor (its first mention) or precondition and opens its card.
   * Returns false when there is no such painted mark.
   */
  reveal(kind: 'actor' | 'precondition', index: number): boolean {
    const mark = this.#painter.marks.find((m) => m.ref.type === kind && m.ref.index === index);
    if (!mark || !this.#painter.visible) return false;
    const range = mark.ranges[0]!;
    const el = range.startContainer.parentElement;
    this.#revealedAt = performance.now();
    el?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
    this.#painter.focus(mark);
    this.#show(mark, range.getClientRects()[0] ?? range.getBoundingClientRect());
    return true;
  }

  #onMove(e: PointerEvent): void {
    if (e.pointerType === 'touch') return;
    this.#x = e.clientX;
    this.#y = e.clientY;
    this.#overCard = this.#host.owns(e.target);
    if (this.#frame === 0) this.#frame = requestAnimationFrame(() => this.#hitTest());
  }

  #hitTest(): void {
    this.#frame = 0;
    if (this.#overCard) return; // moving onto the card keeps it open
    if (!this.#index || !this.#painter.visible) {
      if (this.#current) this.hide();
      return;
    }
    const mark = markAtPoint(document, this.#index, this.#x, this.#y);
    if (!mark) {
      if (this.#current) this.hide();
      return;
    }
    if (mark === this.#current) return;
    const rect = rectAt(mark, this.#x, this.#y);
    if (rect) this.#show(mark, rect);
  }

  #show(mark: Mark, anchor: DOMRectReadOnly): void {
    // A mark of a kind the user hid (options page) opens no card.
    if (!this.#painter.shows(mark)) return;
    const model = this.#analysis ? cardFor(mark.ref, this.#analysis, this.#past) : null;
    if (!model) return;
    this.#current = mark;
    this.#host.show(model, anchor, this.#painter.scheme);
  }
}
