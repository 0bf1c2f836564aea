import { describe, expect, it, vi } from 'vitest';
import { adaptChromeRuntime, pickRuntime, type LiteRuntime } from './browser-lite';

type ChromeListener = (m: unknown, s: { id?: string }, respond: (r: unknown) => void) => boolean;

function fakeChrome() {
  const listeners = new Set<ChromeListener>();
  return {
    listeners,
    runtime: {
      id: 'ext-id',
      sendMessage: vi.fn(async (m: unknown) => ({ echoed: m })),
      onMessage: {
        addListener: (l: ChromeListener) => void listeners.add(l),
        removeListener: (l: ChromeListener) => void listeners.delete(l),
      },
    },
  };
}

describe('pickRuntime', () => {
  it('uses the native browser.runtime when it has an id (Firefox, Chrome 148+)', () => {
    const native = { id: 'x' } as unknown as LiteRuntime;
    const chrome = fakeChrome();
    expect(pickRuntime({ browser: { runtime: native }, chrome: { runtime: chrome.runtime } })).toBe(native);
  });

  it('falls back to an adapted chrome.runtime when browser is missing', async () => {
    const chrome = fakeChrome();
    const rt = pickRuntime({ chrome: { runtime: chrome.runtime } });
    expect(rt).not.toBe(chrome.runtime);
    expect(rt.id).toBe('ext-id');
    await expect(rt.sendMessage({ type: 'ping' })).resolves.toEqual({ echoed: { type: 'ping' } });
  });

  it('throws outside an extension', () => {
    expect(() => pickRuntime({})).toThrow(/no extension runtime/);
  });
});

describe('adaptChromeRuntime', () => {
  it('answers a promise through sendResponse and keeps the channel open', async () => {
    const chrome = fakeChrome();
    const rt = adaptChromeRuntime(chrome.runtime);
    rt.onMessage.addListener((m) =>
      (m as { type: string }).type === 'ping' ? Promise.resolve('pong') : undefined,
    );
    const [wrapped] = [...chrome.listeners];
    const respond = vi.fn();
    expect(wrapped!({ type: 'ping' }, { id: 'ext-id' }, respond)).toBe(true);
    await Promise.resolve();
    await Promise.resolve();
    expect(respond).toHaveBeenCalledWith('pong');
    // A message the listener ignores leaves the channel closed and sends nothing.
    const ignored = vi.fn();
    expect(wrapped!({ type: 'other' }, { id: 'ext-id' }, ignored)).toBe(false);
    expect(ignored).not.toHaveBeenCalled();
  });

  it('reports a rejection in the shape the polyfill turns back into a rejection', async () => {
    const chrome = fakeChrome();
    const rt = adaptChromeRuntime(chrome.runtime);
    rt.onMessage.addListener(() => Promise.reject(new Error('boom')));
    const respond = vi.fn();
    [...chrome.listeners][0]!('x', {}, respond);
    await vi.waitFor(() => expect(respond).toHaveBeenCalled());
    expect(respond).toHaveBeenCalledWith({ __mozWebExtensionPolyfillReject__: true, message: 'boom' });
  });

  it('removes the wrapper of a listener it added', () => {
    const chrome = fakeChrome();
    const rt = adaptChromeRuntime(chrome.runtime);
    const listener = () => undefined;
    rt.onMessage.addListener(listener);
    expect(chrome.listeners.size).toBe(1);
    rt.onMessage.removeListener(listener);
    expect(chrome.listeners.size).toBe(0);
  });

  it('reads the id live (it disappears when the extension context is invalidated)', () => {
    const chrome = fakeChrome();
    const rt = adaptChromeRuntime(chrome.runtime);
    (chrome.runtime as { id: string | undefined }).id = undefined;
    expect(rt.id).toBeUndefined();
  });
});
