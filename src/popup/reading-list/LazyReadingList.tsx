import { lazyView } from '../lazy-view';
import type { ReadingListViewProps } from './ReadingListView';

/**
 * The reading list for the popup's tab, loaded when the tab is first opened: the popup's first paint
 * ("This article") must not parse the list, its store and its search code.
 */
export const { View: LazyReadingList, preload: preloadReadingListView } = lazyView<ReadingListViewProps>(
  () => import('./ReadingListView').then((m) => m.ReadingListView),
  'reading list',
);
