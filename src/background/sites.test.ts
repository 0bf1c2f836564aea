import { describe, expect, it } from 'vitest';
import { createFakeBackend } from '../storage/fake-backend';
import { createStorage } from '../storage/item';
import { createSettingsItem, readSettings } from '../storage/settings';
import { createSites, SCRIPT_ID_PREFIX, type RegisteredScript } from './sites';

function setup(grantedAtStart: string[] = []) {
  const granted = new Set(grantedAtStart);
  const registered = new Map<string, RegisteredScript>();
  const calls: string[] = [];
  let files = { js: ['assets/on-demand-loader-A.js'], css: ['src/content/highlight/highlights.css'] };
  const settings = createSettingsItem(createStorage(createFakeBackend()));
  const sites = createSites({
    settings,
    files: () => files,
    permissions: {
      contains: async ({ origins }) => origins.every((o) => granted.has(o)),
      remove: async ({ origins }) => {
        calls.push(`remove-permission ${origins.join(',')}`);
        origins.forEach((o) => granted.delete(o));
        return true;
      },
    },
    scripting: {
      async registerContentScripts(scripts) {
        for (const s of scripts) {
          if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
          expect(s.persistAcrossSessions).toBe(true);
          registered.set(s.id, { id: s.id, matches: s.matches, js: s.js, css: s.css });
          calls.push(`register ${s.id}`);
        }
      },
      async unregisterContentScripts({ ids }) {
        for (const id of ids) {
          registered.delete(id);
          calls.push(`unregister ${id}`);
        }
      },
      getRegisteredContentScripts: async () => [...registered.values()],
    },
  });
  return {
    sites,
    settings,
    granted,
    registered,
    calls,
    setFiles: (js: string) => (files = { ...files, js: [js] }),
  };
}

const P = 'https://*.example.com/*';

describe('added sites', () => {
  it('registers a granted site with the content script files and remembers it', async () => {
    const t = setup([P]);
    expect(await t.sites.add(P)).toEqual({ ok: true, sites: [P] });
    expect(t.registered.get(`${SCRIPT_ID_PREFIX}${P}`)).toEqual({
      id: `${SCRIPT_ID_PREFIX}${P}`,
      matches: [P],
      js: ['assets/on-demand-loader-A.js'],
      css: ['src/content/highlight/highlights.css'],
    });
    expect((await readSettings(t.settings)).addedSites).toEqual([P]);
    // Adding twice changes nothing (and never registers a duplicate id).
    expect(await t.sites.add(P)).toEqual({ ok: true, sites: [P] });
    expect(t.registered.size).toBe(1);
  });

  it('refuses a site without permission, and patterns it did not make', async () => {
    const t = setup(['<all_urls>']);
    expect(await t.sites.add(P)).toMatchObject({ ok: false });
    expect(await t.sites.add('<all_urls>')).toMatchObject({ ok: false });
    expect(await t.sites.add('https://*/*')).toMatchObject({ ok: false });
    expect(t.registered.size).toBe(0);
    expect((await readSettings(t.settings)).addedSites).toEqual([]);
  });

  it('removing unregisters and gives the permission back', async () => {
    const t = setup([P]);
    await t.sites.add(P);
    expect(await t.sites.remove(P)).toEqual({ ok: true, sites: [] });
    expect(t.registered.size).toBe(0);
    expect(t.granted.has(P)).toBe(false);
    expect(t.calls.at(-1)).toBe(`remove-permission ${P}`);
  });

  it('sync drops revoked sites, re-registers after an update, and leaves others alone', async () => {
    const t = setup([P, 'https://*.other.org/*']);
    await t.sites.add(P);
    await t.sites.add('https://*.other.org/*');
    t.registered.set('someone-else', { id: 'someone-else' });
    t.granted.delete('https://*.other.org/*'); // revoked in the browser's own UI
    t.setFiles('assets/on-demand-loader-B.js'); // an update renamed the files
    t.calls.length = 0;
    await t.sites.sync();
    expect([...t.registered.keys()].sort()).toEqual([`${SCRIPT_ID_PREFIX}${P}`, 'someone-else']);
    expect(t.registered.get(`${SCRIPT_ID_PREFIX}${P}`)!.js).toEqual(['assets/on-demand-loader-B.js']);
    t.calls.length = 0;
    await t.sites.sync(); // nothing changed: nothing touched
    expect(t.calls).toEqual([]);
  });

  it('removeAll forgets every site and permission', async () => {
    const t = setup([P, 'http://10.0.0.1/*']);
    await t.sites.add(P);
    await t.sites.add('http://10.0.0.1/*');
    await t.sites.removeAll();
    expect(t.registered.size).toBe(0);
    expect(t.granted.size).toBe(0);
    expect((await readSettings(t.settings)).addedSites).toEqual([]);
  });

  it('serializes concurrent changes', async () => {
    const a = 'https://*.a.com/*';
    const b = 'https://*.b.com/*';
    const t = setup([a, b]);
    await Promise.all([t.sites.add(a), t.sites.add(b)]);
    expect((await readSettings(t.settings)).addedSites.sort()).toEqual([a, b]);
    expect(t.registered.size).toBe(2);
  });
});
