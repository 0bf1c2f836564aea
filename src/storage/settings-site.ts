/**
 * "Is Parley switched off on this site?", for the content script's entry chunk. That chunk runs on
 * every page of every built-in news site, so this module uses neither valibot nor the polyfill:
 * one `storage.local.get` of the settings key through the browser's own namespace, and a string
 * comparison per switched-off site.
 *
 * Why a check here rather than registering the built-in sites dynamically: the manifest's static
 * content script is what grants the built-in sites at install, makes crxjs build the loader and make
 * its chunks web-accessible there, and lets other parts (the popup's "annotate", the tests) rely on
 * the script being present from the first page load. Every matched page pays one storage read
 * before the gate: measured on the talks fixture at a median of ~4 ms of waiting (1-9 ms, outliers
 * to ~85 ms on a loaded 2-core machine) during which the page is not blocked; the main thread does
 * only the call and a string comparison per switched-off site. See README "Permissions".
 */
/** The storage.local key of the settings (settings-schema.ts re-exports it; defined here so this chunk stays schema-free). */
export const SETTINGS_KEY = 'settings';

/** Pure: true when `hostname` is one of the switched-off sites or a subdomain of one. */
export function isSiteDisabled(settings: unknown, hostname: string): boolean {
  const off = (settings as { disabledSites?: unknown } | null | undefined)?.disabledSites;
  if (!Array.isArray(off) || off.length === 0) return false;
  const host = hostname.toLowerCase();
  for (const site of off) {
    if (typeof site !== 'string' || site === '') continue;
    if (host === site || host.endsWith(`.${site}`)) return true;
  }
  return false;
}

interface LocalArea {
  get(key: string): Promise<Record<string, unknown>>;
}
type Namespaces = {
  browser?: { storage?: { local?: LocalArea } };
  chrome?: { storage?: { local?: LocalArea } };
};

/**
 * Runs `start` unless the user switched this site off. When settings cannot be read (no storage in
 * this context), Parley runs: the switch is the user's, the default is on.
 */
export function whenSiteEnabled(hostname: string, start: () => void): Promise<void> {
  const g = globalThis as Namespaces;
  const local = g.browser?.storage?.local ?? g.chrome?.storage?.local;
  if (!local) {
    start();
    return Promise.resolve();
  }
  return local.get(SETTINGS_KEY).then(
    (got) => {
      if (!isSiteDisabled(got[SETTINGS_KEY], hostname)) start();
    },
    () => start(),
  );
}
