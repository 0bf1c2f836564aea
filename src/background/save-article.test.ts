import { describe, expect, it } from 'vitest';
import { createFakeBackend } from '../storage/fake-backend';
import { createStorage } from '../storage/item';
import { createReadingList } from '../storage/reading-list';
import { createTabResultStore } from '../storage/tab-results';
import { sampleTabResult } from '../storage/test-data';
import { saveArticle } from './save-article';

function setup() {
  const storage = createStorage(createFakeBackend());
  return { readingList: createReadingList(storage), tabResults: createTabResultStore(storage) };
}

describe('saveArticle', () => {
  it('saves the tab URL and title', async () => {
    const deps = setup();
    const item = await saveArticle(deps, { id: 1, url: 'https://www.ft.com/x', title: 'X' });
    expect(item).toMatchObject({ url: 'https://www.ft.com/x', title: 'X' });
    expect(await deps.readingList.all()).toHaveLength(1);
  });

  it('falls back to the stored result when the tab URL is hidden', async () => {
    const deps = setup();
    await deps.tabResults.save(4, sampleTabResult());
    const item = await saveArticle(deps, { id: 4 });
    expect(item).toMatchObject({ url: sampleTabResult().url, title: 'Talks resume' });
  });

  it('saves nothing when there is no URL at all', async () => {
    const deps = setup();
    expect(await saveArticle(deps, { id: 8 })).toBeNull();
    expect(await deps.readingList.all()).toEqual([]);
  });
});
