/**
 * History settings and notices in `browser.storage.local`, as typed items: whether recording is
 * paused, and the last notice the user should see (the history was pruned because the disk was full).
 */
import * as v from 'valibot';
import type { Item, Storage } from '../item';

const NoticeSchema = v.object({
  kind: v.picklist(['pruned']),
  count: v.pipe(v.number(), v.integer(), v.minValue(0)),
  at: v.number(),
});
export type HistoryNotice = v.InferOutput<typeof NoticeSchema>;

export interface HistorySettings {
  paused: Item<boolean>;
  notice: Item<HistoryNotice>;
}

export function createHistorySettings(storage: Storage): HistorySettings {
  return {
    paused: storage.item<boolean>('local', 'history:paused', (raw) =>
      typeof raw === 'boolean' ? raw : null,
    ),
    notice: storage.item<HistoryNotice>('local', 'history:notice', (raw) => {
      const r = v.safeParse(NoticeSchema, raw);
      return r.success ? r.output : null;
    }),
  };
}
