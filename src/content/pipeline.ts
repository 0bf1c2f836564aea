/**
 * Everything after the gate, loaded with a dynamic import() only on candidate pages: extract the
 * article (text model), analyze it (core), map mentions and preconditions to Ranges, paint, and
 * send the per-tab result with timings. Work is sliced so no task of ours runs past ~50 ms on long
 * pages: we yield while extracting, between stages and while painting.
 */
import type { Analysis } from '../core/types';
import { browser } from '../shared/browser';
import { MAX_ACTOR_HISTORY_IDS, parseMessage } from '../shared/protocol';
import type { TabResult } from '../shared/tab-result';
import { pastOf } from './card/card-model';
import { HoverCards } from './card/hover';
import type { GateVerdict } from './gate';
import { watchBrowserDisplaySettings } from './highlight/browser-display';
import { Painter, highlightsSupported } from './highlight/painter';
import { marksOf, shouldPaint } from './marks';
import { OffThreadAnalyzer, type AnalyzeOutcome } from './off-thread';
import { emptyResult, sendResult } from './report';
import { fingerprint } from './fingerprint';
import { clampResult } from './result-limits';
import { AbortedError, Stopwatch, forEachSliced, throwIfAborted, yieldToMain } from './schedule';
import { extractArticleSliced, rangesFor, type ArticleText } from './text/index';

/** What a run ended with; the lifecycle reports it to `ping`. */
export type RunState = 'painted' | 'not-negotiation' | 'no-article' | 'unchanged' | 'unsupported';

/** Below this many characters of body text there is no article to analyze. */
const MIN_ARTICLE_CHARS = 200;

/** The per-tab result of a full run: the analysis plus page facts and timings. */
export function resultOf(analysis: Analysis, article: ArticleText, timings: TabResult['timings']): TabResult {
  const base = emptyResult(null, timings);
  return clampResult({
    ...base,
    title: (article.meta.title || base.title).slice(0, 1000),
    isArticle: analysis.isArticle,
    isTrade: analysis.isTrade,
    isNegotiation: analysis.isNegotiation,
    score: analysis.score,
    actors: analysis.actors,
    preconditions: analysis.preconditions,
    parties: analysis.parties,
    events: analysis.events,
    published: article.meta.published,
  });
}

export class ContentController {
  readonly #session: AbortSignal;
  readonly #onInvalidated: () => void;
  readonly #painter: Painter | null;
  readonly #cards: HoverCards | null;
  readonly #analyzer: OffThreadAnalyzer;
  #run: AbortController | null = null;
  #last: { key: string; root: Element | null; url: string } | null = null;
  state: RunState | 'idle' = 'idle';
  /** Where the last analysis ran and how long it took there (for ping / debugging). */
  lastAnalysis: { where: AnalyzeOutcome['where']; ms: number } | null = null;

  constructor(session: AbortSignal, onInvalidated: () => void) {
    this.#session = session;
    this.#onInvalidated = onInvalidated;
    this.#painter = highlightsSupported() ? new Painter() : null;
    // Which marks and which colours (options page), applied live.
    if (this.#painter) void watchBrowserDisplaySettings(this.#painter, session);
    this.#cards = this.#painter ? new HoverCards(this.#painter, session) : null;
    this.#analyzer = new OffThreadAnalyzer();
    session.addEventListener('abort', () => this.clear(), { once: true });
  }

  get painter(): Painter | null {
    return this.#painter;
  }

  /** Runs the pipeline on the current document. Rejects with AbortedError when cancelled. */
  async run(verdict: GateVerdict, gateMs: number): Promise<RunState> {
    this.#run?.abort();
    const own = new AbortController();
    this.#run = own;
    const signal = AbortSignal.any([this.#session, own.signal]);
    const timings: TabResult['timings'] = { gateMs, extractMs: null, analyzeMs: null, paintMs: null };

    // Sliced: on a 100,000-node page the walk alone is 0.5-1.8 s of main thread in an isolated world.
    const extractWatch = new Stopwatch();
    const article = await extractArticleSliced(document, { signal, watch: extractWatch });
    extractWatch.start();
    const key = article ? fingerprint(article.text) : 'none';
    extractWatch.stop();
    timings.extractMs = extractWatch.ms;
    const root = article?.root ?? null;

    const unchanged =
      this.#last !== null &&
      this.#last.key === key &&
      this.#last.root === root &&
      this.#last.url === location.href &&
      (this.state !== 'painted' || !!this.#painter?.connected());
    if (unchanged) return 'unchanged';

    if (!article || article.text.length < MIN_ARTICLE_CHARS) {
      this.#clearMarks();
      this.#last = { key, root, url: location.href };
      await sendResult(emptyResult(null, timings), this.#onInvalidated);
      return (this.state = 'no-article');
    }
    await yieldToMain();
    throwIfAborted(signal);

    // Main-thread time only: in the background the analysis itself costs the page nothing, and what
    // is measured here is sending the text and taking the result back (or the whole analysis when
    // the background does not answer).
    const analyzeWatch = new Stopwatch();
    analyzeWatch.start();
    const pending = this.#analyzer.analyze({
      text: article.text,
      title: article.meta.title || null,
      published: article.meta.published,
      articleHint: article.meta.articleHint || verdict.articleHint,
    });
    analyzeWatch.stop();
    let outcome: Awaited<typeof pending>;
    try {
      outcome = await pending;
    } catch (error) {
      // The tab still gets a result, saying why it has no annotations; the lifecycle logs the error.
      if (!(error instanceof AbortedError)) {
        timings.analyzeMs = analyzeWatch.ms;
        this.#clearMarks();
        this.#last = null;
        await sendResult(emptyResult('analysis failed', timings), this.#onInvalidated);
      }
      throw error;
    }
    analyzeWatch.start();
    const analysis = outcome.analysis;
    if (outcome.where === 'main') analyzeWatch.add(outcome.ms);
    analyzeWatch.stop();
    timings.analyzeMs = analyzeWatch.ms;
    this.lastAnalysis = { where: outcome.where, ms: outcome.ms };
    await yieldToMain();
    throwIfAborted(signal);

    this.#clearMarks();
    let state: RunState = 'not-negotiation';
    if (shouldPaint(analysis)) {
      if (!this.#painter) state = 'unsupported';
      else {
        const paintWatch = new Stopwatch();
        const painter = this.#painter;
        const specs = marksOf(analysis, article.text.length);
        painter.begin();
        await forEachSliced(
          specs,
          (spec) => {
            const ranges = rangesFor(article, spec.start, spec.end);
            if (ranges.length > 0) painter.add({ ...spec, ranges });
          },
          { signal, watch: paintWatch },
        );
        paintWatch.start();
        painter.commit();
        this.#cards?.update(analysis);
        paintWatch.stop();
        timings.paintMs = paintWatch.ms;
        state = 'painted';
      }
    }
    this.#last = { key, root, url: location.href };
    this.state = state;
    const result = resultOf(analysis, article, timings);
    await this.#send(result);
    if (state === 'painted') void this.#askPast(analysis, result.url, signal);
    return state;
  }

  /** Removes all marks and forgets the last run (URL changed: the next run starts fresh). */
  clear(): void {
    this.#run?.abort();
    this.#run = null;
    this.#clearMarks();
    this.#last = null;
    this.state = 'idle';
  }

  /**
   * Handles a message from our own extension (the lifecycle checked the sender). Returns the
   * answer, or undefined for messages that are not for the content script.
   */
  handle(raw: unknown, lifecycleState: string): Promise<unknown> | undefined {
    const msg = parseMessage(raw);
    if (!msg) return undefined;
    switch (msg.type) {
      case 'ping':
        // `visible`: whether the marks show now, so the popup's "Hide marks" switch starts right.
        return Promise.resolve({
          ok: true,
          state: lifecycleState,
          analysis: this.lastAnalysis,
          visible: this.#painter?.visible ?? false,
        });
      case 'set-highlights': {
        const visible = msg.visible ?? !(this.#painter?.visible ?? false);
        this.#painter?.setVisible(visible);
        if (!visible) this.#cards?.hide();
        return Promise.resolve({ visible: this.#painter?.visible ?? false });
      }
      case 'reveal':
        return Promise.resolve({ ok: this.#cards?.reveal(msg.kind, msg.index) ?? false });
      default:
        return undefined;
    }
  }

  /**
   * Asks the background once, after painting, how often the page's actors appeared in earlier
   * recorded articles, for the cards' history line. Never blocks or fails the run: no answer (no
   * history, a worker starting, an old background) just leaves the line out.
   */
  async #askPast(analysis: Analysis, url: string, signal: AbortSignal): Promise<void> {
    const actorIds = [...new Set(analysis.actors.map((a) => a.id))].slice(0, MAX_ACTOR_HISTORY_IDS);
    const msg = parseMessage({ type: 'actor-history', url, actorIds });
    if (!msg || actorIds.length === 0) return;
    try {
      const reply: unknown = await browser.runtime.sendMessage(msg);
      if (!signal.aborted) this.#cards?.setPast(analysis, pastOf(reply, actorIds));
    } catch {
      // Failures are ignored on purpose: the card is complete without its history line.
    }
  }

  #clearMarks(): void {
    this.#cards?.update(null);
    this.#painter?.clear();
  }

  async #send(result: TabResult): Promise<void> {
    const checked = parseMessage({ type: 'tab-result', result });
    if (checked) {
      await sendResult(result, this.#onInvalidated);
      return;
    }
    // A result the background would refuse: send the verdict without the lists rather than nothing.
    console.warn('[parley] result failed validation; sending it without annotations');
    await sendResult(
      { ...result, actors: [], preconditions: [], parties: [], events: [] },
      this.#onInvalidated,
    );
  }
}

export function createController(session: AbortSignal, onInvalidated: () => void): ContentController {
  return new ContentController(session, onInvalidated);
}

export { AbortedError };
