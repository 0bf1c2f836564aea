/**
 * "Save to Parley reading list" from the context menu and the keyboard command. Both grant
 * `activeTab`, so the tab's URL and title are readable; the stored tab result is the fallback.
 */
import type { ReadingItem, ReadingListStore } from '../storage/reading-list';
import type { TabResultStore } from '../storage/tab-results';

export interface SaveDeps {
  readingList: ReadingListStore;
  tabResults: TabResultStore;
}

export interface TabLike {
  id?: number | undefined;
  url?: string | undefined;
  title?: string | undefined;
}

/** Saves the page shown in `tab` (or `pageUrl` from a context-menu click); null when nothing saveable. */
export async function saveArticle(
  deps: SaveDeps,
  tab: TabLike | undefined,
  pageUrl?: string,
): Promise<ReadingItem | null> {
  const stored = tab?.id !== undefined ? await deps.tabResults.get(tab.id) : undefined;
  const url = tab?.url ?? pageUrl ?? stored?.url;
  if (!url) return null;
  const title = tab?.title ?? (stored && stored.url === url ? stored.title : '') ?? '';
  return deps.readingList.save({ url, title });
}
