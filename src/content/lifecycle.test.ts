// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (raw: unknown, sender: { id?: string }) => Promise<unknown> | undefined;

/** A stand-in for the extension API: records sent messages and message listeners. */
const fake = vi.hoisted(() => {
  const listeners = new Set<(raw: unknown, sender: { id?: string }) => Promise<unknown> | undefined>();
  const sent: unknown[] = [];
  const runtime = {
    id: 'parley-test' as string | undefined,
    sendMessage: vi.fn(async (m: unknown) => {
      sent.push(m);
    }),
    onMessage: {
      addListener: (l: never) => listeners.add(l),
      removeListener: (l: never) => listeners.delete(l),
    },
  };
  return { listeners, sent, runtime };
});

vi.mock('../shared/browser', () => ({ browser: { runtime: fake.runtime } }));
// The entry chunk's modules use the native runtime (no polyfill): same fake.
vi.mock('../shared/browser-lite', () => ({ browser: { runtime: fake.runtime } }));

const GUARD = Symbol.for('parley.content');

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
}

function send(raw: unknown, sender: { id?: string } = { id: 'parley-test' }): Promise<unknown> | undefined {
  const [l] = [...fake.listeners] as Listener[];
  return l?.(raw, sender);
}

beforeEach(() => {
  fake.listeners.clear();
  fake.sent.length = 0;
  fake.runtime.id = 'parley-test';
  delete (globalThis as Record<symbol, unknown>)[GUARD];
  document.title = 'Derby day';
  document.body.replaceChildren();
  const article = document.createElement('article');
  const h1 = document.createElement('h1');
  h1.textContent = 'Derby day';
  const p = document.createElement('p');
  p.textContent =
    'The home side won the derby two goals to one after a late header in front of a full crowd.';
  article.append(h1, p);
  document.body.append(article);
});

afterEach(() => {
  const holder = (globalThis as Record<symbol, { stop(): void } | undefined>)[GUARD];
  holder?.stop();
});

describe('lifecycle', () => {
  it('sends the gate verdict once for a page the gate turns away, and answers ping', async () => {
    const { start } = await import('./lifecycle');
    start();
    await settle();
    expect(fake.sent).toHaveLength(1);
    expect(fake.sent[0]).toMatchObject({
      type: 'tab-result',
      result: { gate: 'no trade words', isArticle: false, actors: [], timings: { extractMs: null } },
    });
    await expect(send({ type: 'ping' })).resolves.toEqual({ ok: true, state: 'gated-out' });
  });

  it('runs once per page: a second start keeps the first instance', async () => {
    const { start } = await import('./lifecycle');
    start();
    start();
    await settle();
    expect(fake.listeners.size).toBe(1);
    expect(fake.sent).toHaveLength(1);
  });

  it('ignores messages from anyone but this extension', async () => {
    const { start } = await import('./lifecycle');
    start();
    await settle();
    expect(send({ type: 'ping' }, { id: 'another-extension' })).toBeUndefined();
    expect(send({ type: 'ping' }, {})).toBeUndefined(); // a web page has no sender id
    await expect(send({ type: 'ping' })).resolves.toMatchObject({ ok: true });
  });

  it('stops on pagehide: listener removed, nothing more sent', async () => {
    const { start } = await import('./lifecycle');
    start();
    await settle();
    window.dispatchEvent(new Event('pagehide'));
    expect(fake.listeners.size).toBe(0);
    document.title = 'Changed';
    await settle();
    expect(fake.sent).toHaveLength(1);
  });

  it('a dead instance (extension reloaded) is replaced by a new start', async () => {
    const { start } = await import('./lifecycle');
    start();
    await settle();
    const holder = (globalThis as Record<symbol, { alive(): boolean; stop(): void }>)[GUARD]!;
    fake.runtime.id = undefined; // what an invalidated context looks like to the old script
    expect(holder.alive()).toBe(false);
    start(); // the reloaded extension injects again: the dead instance is stopped and replaced
    fake.runtime.id = 'parley-test';
    await settle();
    expect(fake.listeners.size).toBe(1);
    expect((globalThis as Record<symbol, unknown>)[GUARD]).not.toBe(holder);
  });
});
