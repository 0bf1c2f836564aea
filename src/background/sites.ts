/**
 * Sites the user added in the options page. The options page asks for the site's host permission
 * inside the click (`permissions.request` needs the user's gesture); this module then registers the
 * content script for it (`scripting.registerContentScripts`, kept across browser restarts), and on
 * removal unregisters it and gives the permission back (`permissions.remove`).
 *
 * The JS registered is the "Annotate this page" entry (on-demand-content.ts, one self-contained
 * IIFE), not the manifest's loader: crxjs makes the manifest loader's chunks web-accessible on the
 * built-in sites only, so its `import()` would be refused anywhere else, while the IIFE imports
 * nothing. The CSS is the manifest's, read from the built manifest at run time (crxjs renames files).
 *
 * `sync` makes the registered scripts match the settings and the granted permissions: after an
 * update (new file names), after the user revoked a permission in the browser's own UI, and after
 * an import. Free of browser globals (everything is injected), so it is unit-tested.
 */
import type { Item } from '../storage/item';
import type { Settings } from '../storage/settings-schema';
import { parseSettings } from '../storage/settings-schema';
import { isSitePattern } from '../storage/settings-sites';

/** Our registered scripts' ids start with this; any other registration is not ours to touch. */
export const SCRIPT_ID_PREFIX = 'parley-site:';

export const scriptIdOf = (pattern: string): string => `${SCRIPT_ID_PREFIX}${pattern}`;

export interface RegisteredScript {
  id: string;
  matches?: string[];
  js?: string[];
  css?: string[];
}

export interface ScriptingLike {
  registerContentScripts(
    scripts: Array<{
      id: string;
      matches: string[];
      js: string[];
      css: string[];
      runAt: 'document_idle';
      persistAcrossSessions: boolean;
    }>,
  ): Promise<void>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<RegisteredScript[]>;
}

export interface PermissionsLike {
  contains(p: { origins: string[] }): Promise<boolean>;
  remove(p: { origins: string[] }): Promise<boolean>;
}

export interface SitesDeps {
  scripting: ScriptingLike;
  permissions: PermissionsLike;
  settings: Item<Settings>;
  /** The content script's built files. */
  files(): { js: string[]; css: string[] };
}

export type SiteReply = { ok: true; sites: string[] } | { ok: false; error: string };

const sameList = (a: readonly string[] | undefined, b: readonly string[]) =>
  (a ?? []).length === b.length && b.every((x, i) => (a ?? [])[i] === x || (a ?? [])[i] === `/${x}`);

export function createSites(deps: SitesDeps) {
  const read = async () => (await deps.settings.get()) ?? parseSettings(undefined);

  /** Serializes changes: two quick clicks must not interleave their read-modify-write. */
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn, fn);
    queue = run.catch(() => undefined);
    return run;
  };

  async function granted(pattern: string): Promise<boolean> {
    try {
      return await deps.permissions.contains({ origins: [pattern] });
    } catch {
      return false;
    }
  }

  /** Registers what the settings list and the permissions allow; unregisters the rest of ours. */
  async function syncNow(): Promise<void> {
    const settings = await read();
    const wanted = new Set<string>();
    for (const p of settings.addedSites) if (isSitePattern(p) && (await granted(p))) wanted.add(p);
    const files = deps.files();
    const ours = (await deps.scripting.getRegisteredContentScripts()).filter((s) =>
      s.id.startsWith(SCRIPT_ID_PREFIX),
    );
    const keep = new Set<string>();
    const drop: string[] = [];
    for (const s of ours) {
      const pattern = s.id.slice(SCRIPT_ID_PREFIX.length);
      const current = wanted.has(pattern) && sameList(s.js, files.js) && sameList(s.css, files.css);
      if (current) keep.add(pattern);
      else drop.push(s.id);
    }
    if (drop.length > 0) await deps.scripting.unregisterContentScripts({ ids: drop });
    const add = [...wanted].filter((p) => !keep.has(p));
    if (add.length > 0 && files.js.length > 0) {
      await deps.scripting.registerContentScripts(
        add.map((p) => ({
          id: scriptIdOf(p),
          matches: [p],
          js: files.js,
          css: files.css,
          runAt: 'document_idle' as const,
          persistAcrossSessions: true,
        })),
      );
    }
  }

  return {
    sync: () => serial(syncNow),

    /** After the options page got the permission: remember the site and register its script. */
    add: (pattern: string): Promise<SiteReply> =>
      serial(async () => {
        if (!isSitePattern(pattern)) return { ok: false, error: 'That is not a site Parley can add.' };
        if (!(await granted(pattern))) {
          return { ok: false, error: 'The browser did not give Parley access to that site.' };
        }
        const settings = await read();
        if (!settings.addedSites.includes(pattern)) {
          await deps.settings.set({ ...settings, addedSites: [...settings.addedSites, pattern] });
        }
        await syncNow();
        return { ok: true, sites: (await read()).addedSites };
      }),

    /** Forgets a site: its script is unregistered and its permission given back. */
    remove: (pattern: string): Promise<SiteReply> =>
      serial(async () => {
        const settings = await read();
        await deps.settings.set({
          ...settings,
          addedSites: settings.addedSites.filter((p) => p !== pattern),
        });
        await syncNow();
        if (isSitePattern(pattern)) await deps.permissions.remove({ origins: [pattern] }).catch(() => false);
        return { ok: true, sites: (await read()).addedSites };
      }),

    /** Every added site forgotten (erase all data). */
    removeAll: (): Promise<void> =>
      serial(async () => {
        const { addedSites } = await read();
        await deps.settings.set({ ...(await read()), addedSites: [] });
        await syncNow();
        const ours = addedSites.filter(isSitePattern);
        if (ours.length > 0) await deps.permissions.remove({ origins: ours }).catch(() => false);
      }),

    /** Of `patterns`, the ones Parley has the permission for now. */
    async grantedOf(patterns: readonly string[]): Promise<string[]> {
      const out: string[] = [];
      for (const p of patterns) if (isSitePattern(p) && (await granted(p))) out.push(p);
      return out;
    },
  };
}

export type Sites = ReturnType<typeof createSites>;
