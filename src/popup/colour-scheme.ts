/**
 * The options page's colour scheme on Parley's own pages (popup, library): a `data-scheme` attribute
 * on their <html>, which popup.css and library.css turn into the colours of the page marks'
 * `::highlight(parley-cb-*)` / `parley-hc-*` rules, so a swatch in the popup matches the mark. Read
 * without holding up the first render; kept live while the page is open.
 */
import { browser } from '../shared/browser';
import { SETTINGS_KEY } from '../storage/settings-site';

/** Pure: the scheme named in raw stored settings, or null for the default (and anything unknown). */
export function schemeOf(settings: unknown): 'colour-blind' | 'high-contrast' | null {
  const scheme = (settings as { scheme?: unknown } | null | undefined)?.scheme;
  return scheme === 'colour-blind' || scheme === 'high-contrast' ? scheme : null;
}

function apply(settings: unknown): void {
  const scheme = schemeOf(settings);
  if (scheme) document.documentElement.dataset.scheme = scheme;
  else delete document.documentElement.dataset.scheme;
}

export function followColourScheme(): void {
  void browser.storage.local.get(SETTINGS_KEY).then(
    (got) => apply(got[SETTINGS_KEY]),
    () => undefined,
  );
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) apply(changes[SETTINGS_KEY]?.newValue);
  });
}
