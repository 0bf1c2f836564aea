import { describe, expect, it } from 'vitest';
import { createFakeBackend } from './fake-backend';
import { createStorage } from './item';
import { createReadingList, readingUrl } from './reading-list';

describe('reading list (minimal)', () => {
  it('saves under reading:<url> in local storage', async () => {
    const backend = createFakeBackend();
    const list = createReadingList(createStorage(backend));
    const item = await list.save({ url: 'https://www.ft.com/content/abc#top', title: 'Deal near' }, 5);
    expect(item).toEqual({ url: 'https://www.ft.com/content/abc', title: 'Deal near', savedAt: 5 });
    expect([...backend.data.local.keys()]).toEqual(['reading:https://www.ft.com/content/abc']);
  });

  it('saving twice updates instead of duplicating', async () => {
    const list = createReadingList(createStorage(createFakeBackend()));
    await list.save({ url: 'https://www.ft.com/a', title: 'Old' }, 1);
    await list.save({ url: 'https://www.ft.com/a#comments', title: 'New' }, 2);
    expect(await list.all()).toEqual([{ url: 'https://www.ft.com/a', title: 'New', savedAt: 2 }]);
  });

  it('refuses pages that are not web articles', async () => {
    const list = createReadingList(createStorage(createFakeBackend()));
    expect(await list.save({ url: 'chrome://settings', title: 'x' })).toBeNull();
    expect(readingUrl('not a url')).toBeNull();
    expect(await list.all()).toEqual([]);
  });

  it('falls back to the URL when the title is empty and lists newest first', async () => {
    const list = createReadingList(createStorage(createFakeBackend()));
    await list.save({ url: 'https://a.example/1', title: '' }, 1);
    await list.save({ url: 'https://a.example/2', title: 'Two' }, 2);
    const all = await list.all();
    expect(all.map((i) => i.title)).toEqual(['Two', 'https://a.example/1']);
  });
});
