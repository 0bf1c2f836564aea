import { describe, expect, it } from 'vitest';
import { createFakeBackend } from '../../storage/fake-backend';
import { defaultSettings, SETTINGS_KEY } from '../../storage/settings';
import type { MarkSpec } from '../marks';
import { displayOf, watchDisplaySettings } from './display';
import type { Display } from './painter';

const actor = (category: MarkSpec['category']): MarkSpec => ({
  kind: 'actor',
  start: 0,
  end: 1,
  ref: { type: 'actor', index: 0, mention: 0 },
  category,
});
const pre = (category: MarkSpec['category']): MarkSpec => ({
  kind: 'demand',
  start: 0,
  end: 1,
  ref: { type: 'precondition', index: 0 },
  category,
});

describe('displayOf', () => {
  it('filters by group and by kind', () => {
    const s = defaultSettings();
    s.marks.hiddenActorKinds = ['media'];
    s.marks.hiddenStances = ['offer'];
    const d = displayOf(s);
    expect(d.shows(actor('country'))).toBe(true);
    expect(d.shows(actor('media'))).toBe(false);
    expect(d.shows(pre('demand'))).toBe(true);
    expect(d.shows(pre('offer'))).toBe(false);
    s.marks.actors = false;
    expect(displayOf(s).shows(actor('country'))).toBe(false);
    expect(displayOf(s).shows(actor(undefined))).toBe(false);
    expect(displayOf(s).shows(pre(undefined))).toBe(true);
  });
});

describe('watchDisplaySettings', () => {
  it('applies the stored settings, then every change, until aborted', async () => {
    const backend = createFakeBackend();
    const stored = { ...defaultSettings(), scheme: 'colour-blind' };
    backend.data.local.set(SETTINGS_KEY, stored);
    const seen: Display[] = [];
    const ac = new AbortController();
    await watchDisplaySettings({ setDisplay: (d) => seen.push(d) }, ac.signal, backend);
    expect(seen.map((d) => d.scheme)).toEqual(['colour-blind']);
    await backend.area('local').set({ [SETTINGS_KEY]: { ...stored, scheme: 'high-contrast' } });
    expect(seen.map((d) => d.scheme)).toEqual(['colour-blind', 'high-contrast']);
    ac.abort();
    await backend.area('local').set({ [SETTINGS_KEY]: { ...stored, scheme: 'default' } });
    expect(seen).toHaveLength(2);
  });
});

describe('watchDisplaySettings after erase', () => {
  it('goes back to the defaults when the settings are removed', async () => {
    const backend = createFakeBackend();
    backend.data.local.set(SETTINGS_KEY, { ...defaultSettings(), scheme: 'colour-blind' });
    const seen: string[] = [];
    await watchDisplaySettings(
      { setDisplay: (d) => seen.push(d.scheme) },
      new AbortController().signal,
      backend,
    );
    await backend.area('local').remove(SETTINGS_KEY);
    expect(seen).toEqual(['colour-blind', 'default']);
  });
});
