// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;
const fake = vi.hoisted(() => ({
  stored: {} as Record<string, unknown>,
  listeners: [] as ((changes: Record<string, { newValue?: unknown }>, area: string) => void)[],
}));
vi.mock('../shared/browser', () => ({
  browser: {
    storage: {
      local: { get: async (key: string) => ({ [key]: fake.stored[key] }) },
      onChanged: { addListener: (l: Listener) => fake.listeners.push(l) },
    },
  },
}));

const { followColourScheme, schemeOf } = await import('./colour-scheme');

describe('schemeOf', () => {
  it('names the two non-default schemes and nothing else', () => {
    expect(schemeOf({ scheme: 'colour-blind' })).toBe('colour-blind');
    expect(schemeOf({ scheme: 'high-contrast' })).toBe('high-contrast');
    expect(schemeOf({ scheme: 'default' })).toBeNull();
    expect(schemeOf({ scheme: '<b>x</b>' })).toBeNull();
    expect(schemeOf(undefined)).toBeNull();
  });
});

describe('followColourScheme', () => {
  beforeEach(() => {
    fake.listeners.length = 0;
    delete document.documentElement.dataset.scheme;
  });

  it('sets the stored scheme on <html> and follows changes', async () => {
    fake.stored.settings = { scheme: 'colour-blind' };
    followColourScheme();
    await vi.waitFor(() => expect(document.documentElement.dataset.scheme).toBe('colour-blind'));
    for (const l of fake.listeners) l({ settings: { newValue: { scheme: 'high-contrast' } } }, 'local');
    expect(document.documentElement.dataset.scheme).toBe('high-contrast');
    for (const l of fake.listeners) l({ settings: { newValue: undefined } }, 'local');
    expect(document.documentElement.dataset.scheme).toBeUndefined();
  });
});
