// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildTimeline, computeLedger } from '../../core/history';
import { digest, pos, source } from '../../core/history/test-fixtures';
import { sampleTabResult } from '../../storage/test-data';
import type { ContextData } from './context-api';

vi.mock('../../shared/browser', () => ({ browser: { storage: { onChanged: {} }, runtime: {} } }));
const { ContextView } = await import('./ContextView');

const A = 'https://www.reuters.com/world/a';
const B = 'https://apnews.com/article/b';
const C = 'https://www.bbc.com/news/c';
const digests = [
  digest(
    source(
      A,
      '2026-03-01',
      [
        pos('us', 'tariffs', 'demand', 'Washington wants tariffs cut.', 'cn'),
        pos('us', 'purchases', 'demand', 'More soybean buying, please.'),
      ],
      {
        title: 'First <b>round</b>',
        events: [{ status: 'held', date: '2026-03-01', text: 'The sides met in Geneva.', start: 0, end: 1 }],
      },
    ),
  ),
  digest(
    source(B, '2026-03-09', [pos('cn', 'tariffs', 'offer', 'Beijing offered a tariff truce.')], {
      events: [{ status: 'stalled', date: null, text: 'The talks have stalled.', start: 0, end: 1 }],
    }),
  ),
  digest(source(C, '2026-03-20', [pos('us', 'tariffs', 'demand', 'Tariffs must still fall.', 'cn')])),
];

function data(over: Partial<ContextData> = {}): ContextData {
  return {
    current: C,
    thread: 'cn+us/trade',
    summary: {
      key: 'cn+us/trade',
      pair: 'cn+us',
      subject: 'trade',
      parties: ['cn', 'us'],
      partyNames: ['China', 'United States'],
      articles: 3,
      firstDate: '2026-03-01',
      lastDate: '2026-03-20',
      updatedAt: 1,
    },
    parties: ['us', 'cn'],
    timeline: buildTimeline(digests, C),
    ledger: computeLedger(digests, { asOf: C }),
    earlier: 2,
    recorded: true,
    paused: false,
    notice: null,
    ...over,
  };
}

let root: HTMLElement;
async function mount(props: Parameters<typeof ContextView>[0]): Promise<HTMLElement> {
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(<ContextView take={() => null} {...props} />, root);
  });
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
  await act(nextFrame);
  return root;
}

/** After the next frame: when the ledger has joined the view. */
const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
afterEach(() => {
  render(null, root);
  root.remove();
});

const noSubscribe = () => undefined;

describe('ContextView', () => {
  it('renders data read ahead in its first render, the ledger a frame later, and reads no more', async () => {
    root = document.createElement('div');
    document.body.append(root);
    const result = sampleTabResult();
    const load = vi.fn(async () => data());
    const take = vi.fn(() => ({ data: data() }));
    // Rendered without act: what the first render put in the DOM, before any effect or promise.
    render(
      <ContextView result={result} load={load} send={vi.fn()} subscribe={noSubscribe} take={take} />,
      root,
    );
    expect(take).toHaveBeenCalledWith(result);
    expect(root.querySelector('[data-testid="thread-summary"]')).not.toBeNull();
    expect(root.querySelectorAll('[data-testid="timeline-article"]')).toHaveLength(3);
    expect(root.querySelector('[data-testid="ledger-entry"]')).toBeNull();
    await act(nextFrame);
    expect(root.querySelector('[data-testid="ledger-entry"]')).not.toBeNull();
    expect(load).not.toHaveBeenCalled();
  });

  it('waits for a read still under way instead of starting another', async () => {
    let finish: (d: ContextData) => void = () => undefined;
    const pending = new Promise<ContextData>((r) => (finish = r));
    const load = vi.fn(async () => data());
    const el = await mount({
      result: sampleTabResult(),
      load,
      send: vi.fn(),
      subscribe: noSubscribe,
      take: () => ({ pending }),
    });
    expect(el.textContent).toContain('Loading the history');
    await act(async () => finish(data()));
    expect(el.querySelector('[data-testid="thread-summary"]')).not.toBeNull();
    await act(nextFrame);
    expect(el.querySelector('[data-testid="ledger-entry"]')).not.toBeNull();
    expect(load).not.toHaveBeenCalled();
  });

  it('shows the newest read: a history change during a slow read is not overwritten by it', async () => {
    let finish: (d: ContextData) => void = () => undefined;
    const pending = new Promise<ContextData>((r) => (finish = r));
    let changed: () => void = () => undefined;
    const el = await mount({
      result: sampleTabResult(),
      load: async () => data({ earlier: 7 }),
      send: vi.fn(),
      subscribe: (cb) => (changed = cb),
      take: () => ({ pending }),
    });
    await act(async () => changed());
    await act(async () => finish(data({ earlier: 2 })));
    expect(el.querySelector('[data-testid="thread-summary"]')?.textContent).toContain('7 earlier articles');
  });

  it('lists the earlier stories and events, links them, and marks this article', async () => {
    const el = await mount({
      result: sampleTabResult(),
      load: async () => data(),
      send: vi.fn(),
      subscribe: noSubscribe,
    });
    expect(el.querySelector('#context-h')?.textContent).toBe('China – United States trade talks');
    expect(el.querySelector('[data-testid="thread-summary"]')?.textContent).toContain('2 earlier articles');
    const articles = [...el.querySelectorAll('[data-testid="timeline-article"]')];
    expect(articles.map((a) => a.querySelector('.tl-title')?.textContent)).toEqual([
      'First <b>round</b>',
      'Talks article b',
      'Talks article c',
    ]);
    // Page text stays text.
    expect(el.querySelector('.timeline b')).toBeNull();
    expect(articles[0]!.querySelector('a')?.getAttribute('href')).toBe(A);
    expect(articles[2]!.querySelector('a')).toBeNull();
    expect(articles[2]!.querySelector('[aria-current="page"]')).not.toBeNull();
    const events = [...el.querySelectorAll('[data-testid="timeline-event"]')].map((e) => e.textContent ?? '');
    expect(events[0]).toContain('Talks held');
    // a dated event shows its day; one the text gives no day shows its article's, "as of"
    expect(events[0]).not.toContain('as of');
    expect(events[1]).toMatch(/^as of 9 Mar 2026/);
  });

  it('shows each side’s positions with first and last sightings and status', async () => {
    const el = await mount({
      result: sampleTabResult(),
      load: async () => data(),
      send: vi.fn(),
      subscribe: noSubscribe,
    });
    const groups = [...el.querySelectorAll('[role="group"]')].map(
      (g) => el.querySelector(`#${g.getAttribute('aria-labelledby')}`)?.textContent,
    );
    expect(groups).toEqual(['United States', 'China']);
    const usTariffs = [...el.querySelectorAll('[data-testid="ledger-entry"]')].find((e) =>
      e.textContent?.includes('Tariffs must still fall'),
    )!;
    expect(usTariffs.querySelector('[data-testid="first-seen"]')?.getAttribute('href')).toBe(A);
    expect(usTariffs.querySelector('[data-testid="first-seen"]')?.textContent).toBe('1 Mar 2026');
    expect(usTariffs.querySelector('[data-testid="last-seen"]')?.textContent).toBe('20 Mar 2026');
    expect(usTariffs.textContent).toContain('2 articles');
    expect(usTariffs.querySelector('.badge')?.textContent).toBe('repeated');
    const dropped = el.querySelector('[data-issue="purchases"] .badge');
    expect(dropped?.textContent).toBe('dropped');
  });

  it('sends pause, forget and forget-everything (after a confirmation) to the background', async () => {
    const send = vi.fn(async () => true);
    const load = vi.fn(async () => data());
    const el = await mount({ result: sampleTabResult(), load, send, subscribe: noSubscribe });
    const button = (name: string) =>
      [...el.querySelectorAll('button')].find(
        (b) => b.textContent?.trim() === name || b.textContent?.includes(name),
      )!;
    await act(async () => button('Pause recording').click());
    expect(send).toHaveBeenLastCalledWith({ type: 'history-set-paused', paused: true });
    await act(async () => button('Forget this article').click());
    expect(send).toHaveBeenLastCalledWith({ type: 'history-forget', url: C });
    await act(async () => button('Forget everything').click());
    expect(send).toHaveBeenCalledTimes(2);
    await act(async () => button('Yes, forget everything').click());
    expect(send).toHaveBeenLastCalledWith({ type: 'history-forget-all' });
    await act(async () => new Promise((r) => setTimeout(r, 0)));
    expect(load.mock.calls.length).toBeGreaterThan(1);
  });

  it('says why there is no context, shows a quota notice, and reloads on a history change', async () => {
    let changed: () => void = () => undefined;
    const load = vi.fn(async () =>
      data({
        thread: null,
        summary: null,
        timeline: [],
        ledger: [],
        recorded: false,
        notice: { kind: 'pruned', count: 12, at: 1 },
      }),
    );
    const el = await mount({
      result: sampleTabResult(),
      load,
      send: vi.fn(),
      subscribe: (cb) => (changed = cb),
    });
    expect(el.textContent).toContain('not one');
    expect(el.querySelector('[role="status"]')?.textContent).toContain('removed the 12 oldest articles');
    expect(
      [...el.querySelectorAll('button')].find((b) => b.textContent === 'Forget this article')?.disabled,
    ).toBe(true);
    await act(async () => changed());
    expect(load).toHaveBeenCalledTimes(2);
  });
});
