/**
 * Sites as the user types them and as the browser wants them. Pure: the options page validates what
 * the user typed before asking for a permission, and the background validates the pattern again
 * before registering a content script for it (a message is never trusted).
 *
 * A site is an http(s) host; typed without a scheme it means https. A host name covers itself and
 * its subdomains (`example.com` → `https://*.example.com/*`), the way the built-in sites work; a
 * leading `*.` says the same explicitly and is the only wildcard allowed. IP addresses and
 * `localhost` are fine and match exactly. Paths, queries and ports are dropped: permissions and
 * content scripts work per host.
 */

export type SiteParse = { ok: true; pattern: string; host: string } | { ok: false; error: string };

/**
 * Suffixes under which anyone can register a name: `*.co.uk` would be every British company. Not
 * the whole Public Suffix List (too big for this), the common news-reading ones; single-label
 * suffixes (`*.com`) are refused by the two-label rule.
 */
const PUBLIC_SUFFIXES = new Set(
  (
    'co.uk org.uk ac.uk gov.uk me.uk com.au net.au org.au co.nz co.jp ne.jp or.jp com.cn net.cn org.cn ' +
    'gov.cn com.hk com.sg com.tw co.kr co.in com.br com.mx co.za com.tr github.io blogspot.com'
  ).split(' '),
);

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

function isIpv4(host: string): boolean {
  const m = IPV4.exec(host);
  return !!m && m.slice(1).every((n) => Number(n) <= 255);
}

/** Parses what the user typed into a match pattern, or says plainly what is wrong with it. */
export function parseSite(input: string): SiteParse {
  const fail = (error: string): SiteParse => ({ ok: false, error });
  let text = input.trim();
  if (text === '') return fail('Type a site, for example example.com.');
  if (text.length > 300) return fail('That is too long for a web address.');
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f\u007f]/.test(text)) return fail('A site has no spaces.');

  let scheme = 'https';
  const withScheme = /^([a-z][a-z0-9+.-]*):(.*)$/i.exec(text);
  // "localhost:8080" and "1.2.3.4:80" are a host and a port, not a scheme.
  if (withScheme && !/^\d+(\/|$)/.test(withScheme[2]!)) {
    const s = withScheme[1]!.toLowerCase();
    if (s !== 'http' && s !== 'https') {
      return fail(`Only web sites (http or https) can be added, not "${s}:" addresses.`);
    }
    if (!withScheme[2]!.startsWith('//')) return fail('That is not a web address.');
    scheme = s;
    text = withScheme[2]!.slice(2);
  }

  // Host part: up to the first / ? #; user info is refused (it hides the real host).
  let host = text.split(/[/?#]/, 1)[0]!.toLowerCase();
  if (host.includes('@')) return fail('That address hides its real site behind a user name.');
  let wildcard = false;
  if (host.startsWith('*.')) {
    wildcard = true;
    host = host.slice(2);
  }
  if (host.includes('*')) return fail('A wildcard is allowed only at the start, as in *.example.com.');

  if (host.startsWith('[')) {
    // IPv6: exact host, URL checks its syntax.
    const end = host.indexOf(']');
    if (end < 0 || wildcard) return fail('That is not a valid IPv6 address.');
    host = host.slice(0, end + 1);
    try {
      host = new URL(`http://${host}/`).hostname;
    } catch {
      return fail('That is not a valid IPv6 address.');
    }
    return { ok: true, host, pattern: `${scheme}://${host}/*` };
  }

  host = host.replace(/:\d{1,5}$/, '').replace(/\.$/, '');
  if (host === '') return fail('Type a site, for example example.com.');
  if (isIpv4(host)) {
    if (wildcard) return fail('An IP address cannot have a wildcard.');
    return { ok: true, host, pattern: `${scheme}://${host}/*` };
  }
  if (/^[\d.]+$/.test(host)) return fail('That is not a valid IP address.');

  // International names to their ASCII (punycode) form, as the browser matches them.
  let ascii: string;
  try {
    ascii = new URL(`http://${host}/`).hostname;
  } catch {
    return fail(`"${host}" is not a valid site name.`);
  }
  const labels = ascii.split('.');
  if (ascii.length > 253 || !labels.every((l) => LABEL.test(l))) {
    return fail(`"${host}" is not a valid site name.`);
  }
  if (labels.length === 1 && ascii !== 'localhost') {
    return fail(`"${host}" is not a full site name; add its ending, as in ${host}.com.`);
  }
  if (ascii === 'localhost') {
    if (wildcard) return fail('localhost cannot have a wildcard.');
    return { ok: true, host: ascii, pattern: `${scheme}://localhost/*` };
  }
  if (PUBLIC_SUFFIXES.has(ascii)) {
    return fail(`"${ascii}" is shared by many unrelated sites; add the site itself, as in example.${ascii}.`);
  }
  return { ok: true, host: ascii, pattern: `${scheme}://*.${ascii}/*` };
}

/** Pure: the host a pattern of ours covers ("https://*.example.com/*" → "example.com"). */
export function hostOfPattern(pattern: string): string | null {
  const m = /^https?:\/\/(?:\*\.)?([^/]+)\/\*$/.exec(pattern);
  return m ? m[1]! : null;
}

/**
 * True when `pattern` is exactly what `parseSite` makes (the background accepts nothing else from
 * a message, so a page of ours cannot be tricked into registering `<all_urls>`).
 */
export function isSitePattern(pattern: string): boolean {
  const m = /^(https?):\/\/(\*\.)?([^/]+)\/\*$/.exec(pattern);
  if (!m) return false;
  const parsed = parseSite(`${m[1]}://${m[2] ?? ''}${m[3]}/`);
  return parsed.ok && parsed.pattern === pattern;
}

/** Pure: the built-in sites as people read them ("reuters.com"), from the manifest's match patterns. */
export function sitesFromMatches(matches: readonly string[]): string[] {
  const hosts = new Set<string>();
  for (const m of matches) {
    const host = /^[a-z*]+:\/\/([^/]+)\//i.exec(m)?.[1];
    if (!host) continue;
    hosts.add(host.replace(/^\*\./, ''));
  }
  return [...hosts].sort((a, b) => a.localeCompare(b));
}

/** The built-in site that already covers `host`, if any (adding it again would do nothing). */
export function builtInCovering(host: string, builtIn: readonly string[]): string | null {
  return builtIn.find((b) => host === b || host.endsWith(`.${b}`)) ?? null;
}
