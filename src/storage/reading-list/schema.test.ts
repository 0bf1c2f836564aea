import { describe, expect, it } from 'vitest';
import { migrateLegacyItem } from './schema';

describe('migrateLegacyItem', () => {
  it('turns a pre-IndexedDB item into an article without text, keeping its save date', () => {
    const a = migrateLegacyItem({ url: 'https://www.ft.com/content/abc#x', title: 'Deal near', savedAt: 5 });
    expect(a).toMatchObject({
      url: 'https://www.ft.com/content/abc',
      title: 'Deal near',
      site: 'ft.com',
      savedAt: 5,
      updatedAt: 5,
      text: '',
      excerpt: '',
      read: false,
    });
    expect(a!.annotations).toEqual({
      isNegotiation: false,
      parties: [],
      thread: null,
      actors: [],
      preconditions: [],
    });
  });

  it('drops items whose URL is not a web page', () => {
    expect(migrateLegacyItem({ url: 'chrome://settings', title: 'x', savedAt: 1 })).toBeNull();
  });
});
