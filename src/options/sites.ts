/**
 * Pure: the built-in news sites as people read them ("reuters.com"), from the manifest's
 * content-script match patterns ("https://*.reuters.com/*").
 */
export function sitesFromMatches(matches: readonly string[]): string[] {
  const hosts = new Set<string>();
  for (const m of matches) {
    const host = /^[a-z*]+:\/\/([^/]+)\//i.exec(m)?.[1];
    if (!host) continue;
    hosts.add(host.replace(/^\*\./, ''));
  }
  return [...hosts].sort((a, b) => a.localeCompare(b));
}
