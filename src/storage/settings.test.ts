import { describe, expect, it } from 'vitest';
import { createFakeBackend } from './fake-backend';
import { createStorage } from './item';
import {
  applyPatch,
  createSettingsItem,
  DEFAULT_SETTINGS,
  parseSettings,
  readSettings,
  SETTINGS_KEY,
  SettingsPatchSchema,
  showsActor,
  showsStance,
} from './settings';
import { isSiteDisabled } from './settings-site';
import * as v from 'valibot';

describe('parseSettings', () => {
  it('gives the defaults for nothing or garbage', () => {
    for (const raw of [undefined, null, 42, 'x', [], [1]])
      expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('migrates an unversioned object, keeping its valid fields', () => {
    const s = parseSettings({ scheme: 'colour-blind', disabledSites: ['reuters.com', 'reuters.com'] });
    expect(s.version).toBe(1);
    expect(s.scheme).toBe('colour-blind');
    expect(s.disabledSites).toEqual(['reuters.com']);
    expect(s.marks).toEqual(DEFAULT_SETTINGS.marks);
  });

  it('drops only the invalid field, and unknown fields', () => {
    const s = parseSettings({
      version: 1,
      scheme: 'neon',
      disabledSites: ['bbc.com'],
      addedSites: ['<all_urls>'],
      marks: { actors: false, preconditions: true, hiddenActorKinds: ['person'], hiddenStances: [] },
      evil: '<script>',
    });
    expect(s).toEqual({
      version: 1,
      scheme: 'default',
      disabledSites: ['bbc.com'],
      addedSites: [],
      marks: { actors: false, preconditions: true, hiddenActorKinds: ['person'], hiddenStances: [] },
    });
  });

  it('reads a newer version as far as it understands it', () => {
    expect(parseSettings({ version: 7, scheme: 'high-contrast' }).scheme).toBe('high-contrast');
  });

  it('never hands out the shared defaults object', () => {
    const a = parseSettings(undefined);
    a.disabledSites.push('x.com');
    expect(parseSettings(undefined).disabledSites).toEqual([]);
  });
});

describe('patches', () => {
  it('accepts known fields and applies them', () => {
    const patch = v.parse(SettingsPatchSchema, { scheme: 'high-contrast', disabledSites: ['ft.com'] });
    const next = applyPatch(parseSettings(undefined), patch);
    expect(next.scheme).toBe('high-contrast');
    expect(next.disabledSites).toEqual(['ft.com']);
  });

  it('refuses unknown fields (addedSites only changes through the site messages)', () => {
    expect(v.safeParse(SettingsPatchSchema, { addedSites: ['https://*.x.com/*'] }).success).toBe(false);
    expect(v.safeParse(SettingsPatchSchema, { scheme: 'neon' }).success).toBe(false);
    expect(v.safeParse(SettingsPatchSchema, { disabledSites: ['javascript:x'] }).success).toBe(false);
  });
});

describe('showsActor / showsStance', () => {
  it('follow the group switch and the per-kind lists', () => {
    const marks = {
      actors: true,
      preconditions: false,
      hiddenActorKinds: ['media' as const],
      hiddenStances: [],
    };
    expect(showsActor(marks, 'country')).toBe(true);
    expect(showsActor(marks, 'media')).toBe(false);
    expect(showsStance(marks, 'demand')).toBe(false);
    expect(showsStance({ ...marks, preconditions: true }, 'demand')).toBe(true);
  });
});

describe('settings item', () => {
  it('round-trips through storage and reports changes', async () => {
    const backend = createFakeBackend();
    const item = createSettingsItem(createStorage(backend));
    expect(await readSettings(item)).toEqual(DEFAULT_SETTINGS);
    const seen: string[] = [];
    item.onChanged((s) => seen.push(s?.scheme ?? 'none'));
    await item.set({ ...parseSettings(undefined), scheme: 'colour-blind' });
    expect((await readSettings(item)).scheme).toBe('colour-blind');
    expect(seen).toEqual(['colour-blind']);
    expect(backend.data.local.has(SETTINGS_KEY)).toBe(true);
  });
});

describe('isSiteDisabled (the content entry check)', () => {
  it('matches the site and its subdomains only', () => {
    const s = { disabledSites: ['reuters.com', 'asia.nikkei.com'] };
    expect(isSiteDisabled(s, 'www.reuters.com')).toBe(true);
    expect(isSiteDisabled(s, 'reuters.com')).toBe(true);
    expect(isSiteDisabled(s, 'WWW.REUTERS.COM')).toBe(true);
    expect(isSiteDisabled(s, 'notreuters.com')).toBe(false);
    expect(isSiteDisabled(s, 'www.nikkei.com')).toBe(false);
    expect(isSiteDisabled(s, 'asia.nikkei.com')).toBe(true);
  });

  it('is off for missing or malformed settings', () => {
    for (const raw of [
      undefined,
      null,
      {},
      { disabledSites: 'reuters.com' },
      { disabledSites: [1, null, ''] },
    ]) {
      expect(isSiteDisabled(raw, 'www.reuters.com')).toBe(false);
    }
  });
});
