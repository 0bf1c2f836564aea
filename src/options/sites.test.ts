import { describe, expect, it } from 'vitest';
import { sitesFromMatches } from './sites';

describe('sitesFromMatches', () => {
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
});
