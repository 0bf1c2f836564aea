/**
 * The library: the reading list as a full page (large lists, import, erase) and, with `?read=<url>`,
 * the offline reader of one saved article.
 */
import { ReadingListView } from '../popup/reading-list/ReadingListView';
import { Reader } from './Reader';

export function Library({ search }: { search: string }) {
  const params = new URLSearchParams(search);
  const read = params.get('read');
  return (
    <main class="library">
      <h1 class="brand">Parley · Reading list</h1>
      {read ? <Reader url={read} /> : <ReadingListView variant="page" />}
    </main>
  );
}
