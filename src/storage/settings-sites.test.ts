import { describe, expect, it } from 'vitest';
import { builtInCovering, hostOfPattern, isSitePattern, parseSite, sitesFromMatches } from './settings-sites';

const pattern = (input: string) => {
  const r = parseSite(input);
  return r.ok ? r.pattern : `error: ${r.error}`;
};

describe('parseSite', () => {
  it('turns host names into https patterns that cover subdomains', () => {
    expect(pattern('example.com')).toBe('https://*.example.com/*');
    expect(pattern('  News.Example.COM  ')).toBe('https://*.news.example.com/*');
    expect(pattern('*.example.com')).toBe('https://*.example.com/*');
    expect(pattern('https://www.example.com/world/article-1?x=1#y')).toBe('https://*.www.example.com/*');
    expect(pattern('http://example.org/')).toBe('http://*.example.org/*');
    expect(pattern('example.com.')).toBe('https://*.example.com/*');
    expect(pattern('example.com:8443/path')).toBe('https://*.example.com/*');
  });

  it('accepts IP addresses and localhost as exact hosts', () => {
    expect(pattern('192.168.1.20')).toBe('https://192.168.1.20/*');
    expect(pattern('http://10.0.0.1:8080/news')).toBe('http://10.0.0.1/*');
    expect(pattern('localhost:3000')).toBe('https://localhost/*');
    expect(pattern('http://[::1]:8080/')).toBe('http://[::1]/*');
  });

  it('converts international names to the form the browser matches', () => {
    expect(pattern('bücher.de')).toBe('https://*.xn--bcher-kva.de/*');
  });

  it('refuses other schemes, including script and file addresses', () => {
    for (const bad of [
      'javascript:alert(1)',
      'JavaScript://example.com/%0aalert(1)',
      'file:///etc/passwd',
      'data:text/html,<b>x</b>',
      'chrome://settings',
      'ftp://example.com',
      'moz-extension://abc/',
    ]) {
      const r = parseSite(bad);
      expect(r.ok, bad).toBe(false);
    }
    expect(pattern('javascript:alert(1)')).toMatch(/only web sites/i);
  });

  it('allows a wildcard only as the leading subdomain label', () => {
    for (const bad of [
      '*',
      '*.*',
      'ex*ample.com',
      'www.*.example.com',
      'example.*',
      '**.example.com',
      '*example.com',
    ]) {
      expect(parseSite(bad).ok, bad).toBe(false);
    }
    expect(pattern('*.10.0.0.1')).toMatch(/IP address cannot have a wildcard/);
  });

  it('refuses junk, bare top-level domains and shared suffixes', () => {
    for (const bad of [
      '',
      '   ',
      'com',
      '*.com',
      'co.uk',
      '*.co.uk',
      'exa mple.com',
      '-example.com',
      'example-.com',
      'exam_ple.com',
      'user@example.com',
      'https://user:pw@example.com/',
      '999.1.1.1',
      '1.2.3',
      'https://',
      'a'.repeat(64) + '.com',
      'x.'.repeat(200) + 'com',
    ]) {
      expect(parseSite(bad).ok, bad).toBe(false);
    }
    expect(pattern('bbc.co.uk')).toBe('https://*.bbc.co.uk/*');
  });
});

describe('isSitePattern', () => {
  it('accepts exactly what parseSite makes', () => {
    for (const input of ['example.com', 'http://10.0.0.1', 'localhost', 'http://[::1]/']) {
      const r = parseSite(input);
      expect(r.ok).toBe(true);
      if (r.ok) expect(isSitePattern(r.pattern), r.pattern).toBe(true);
    }
  });

  it('refuses broad or foreign patterns', () => {
    for (const bad of [
      '<all_urls>',
      'https://*/*',
      '*://*.example.com/*',
      'https://example.com/*',
      'https://*.example.com/news/*',
      'https://*.com/*',
      'javascript://*.example.com/*',
      'https://*.example.com/*x',
    ]) {
      expect(isSitePattern(bad), bad).toBe(false);
    }
  });
});

describe('hostOfPattern / sitesFromMatches / builtInCovering', () => {
  it('reads hosts back from patterns', () => {
    expect(hostOfPattern('https://*.example.com/*')).toBe('example.com');
    expect(hostOfPattern('http://10.0.0.1/*')).toBe('10.0.0.1');
    expect(hostOfPattern('<all_urls>')).toBeNull();
  });

  it('turns match patterns into sorted, unique host names', () => {
    expect(
      sitesFromMatches([
        'https://*.reuters.com/*',
        'https://asia.nikkei.com/*',
        'https://*.bbc.co.uk/*',
        'https://*.reuters.com/world/*',
        '<all_urls>',
      ]),
    ).toEqual(['asia.nikkei.com', 'bbc.co.uk', 'reuters.com']);
  });

  it('finds the built-in site that already covers a host', () => {
    const builtIn = ['reuters.com', 'asia.nikkei.com'];
    expect(builtInCovering('www.reuters.com', builtIn)).toBe('reuters.com');
    expect(builtInCovering('reuters.com', builtIn)).toBe('reuters.com');
    expect(builtInCovering('notreuters.com', builtIn)).toBeNull();
    expect(builtInCovering('nikkei.com', builtIn)).toBeNull();
  });
});
