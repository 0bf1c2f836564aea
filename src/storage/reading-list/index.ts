/**
 * The reading-list store, opened once per extension context. The background writes through it;
 * the popup and the library page only read (their edits go to the background as messages).
 */
import { openReadingList, type ReadingListStore } from './store';

export {
  openReadingList,
  watchChanges,
  CHANGES_CHANNEL,
  UNDO_MS,
  type ChangeNotice,
  type ImportSummary,
  type ReadingListStore,
  type SaveResult,
} from './store';
export { DB_NAME, DB_VERSION, migrateLegacyItem, type LegacyItem } from './schema';

let opened: Promise<ReadingListStore> | null = null;

/** The shared store of this context; a failed open is retried on the next call. */
export function readingListStore(): Promise<ReadingListStore> {
  opened ??= openReadingList().catch((error: unknown) => {
    opened = null;
    throw error;
  });
  return opened;
}
