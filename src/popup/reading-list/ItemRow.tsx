import { memo } from 'preact/compat';
import { useState } from 'preact/hooks';
import type { ReadingItem } from '../../reading-list/model';
import { libraryUrl } from './api';

export interface RowActions {
  setRead(item: ReadingItem, read: boolean): void;
  setTags(item: ReadingItem, tags: string[]): void;
  setNote(item: ReadingItem, note: string): void;
  remove(item: ReadingItem): void;
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function publishedDay(p: string | null): string | null {
  if (!p) return null;
  const t = Date.parse(p);
  return Number.isNaN(t) ? null : day(t);
}

/**
 * One saved article: open it (live or offline), mark it read, edit its tags and note, delete it.
 * Memoized: typing a search re-renders the view, and unchanged rows must cost nothing then.
 */
export const ItemRow = memo(function ItemRow({
  item,
  actions,
  timing,
}: {
  item: ReadingItem;
  actions: RowActions;
  /** An Element Timing name for the title (the list's first row: `npm run bench:list` times its paint). */
  timing?: string;
}) {
  const [editing, setEditing] = useState<'tags' | 'note' | null>(null);
  const [draft, setDraft] = useState('');
  const published = publishedDay(item.published);
  const actors = item.actors.slice(0, 6);

  const startEdit = (what: 'tags' | 'note') => {
    setDraft(what === 'tags' ? item.tags.join(', ') : item.note);
    setEditing(what);
  };
  const commit = (e: Event) => {
    e.preventDefault();
    if (editing === 'tags') actions.setTags(item, draft.split(','));
    if (editing === 'note') actions.setNote(item, draft);
    setEditing(null);
  };

  return (
    <li class={`rl-item${item.read ? ' rl-read' : ''}`} data-testid="reading-item" data-url={item.url}>
      <div class="rl-title-line">
        {!item.read && <span class="rl-unread-dot" title="Unread" aria-label="Unread" />}
        <a
          class="rl-title"
          href={item.url}
          target="_blank"
          rel="noopener noreferrer"
          {...(timing ? { elementtiming: timing } : {})}
        >
          {item.title}
        </a>
      </div>
      <p class="rl-meta">
        {item.site}
        {published && ` · published ${published}`} · saved {day(item.savedAt)}
      </p>
      {item.excerpt && <p class="rl-excerpt">{item.excerpt}</p>}
      {actors.length > 0 && (
        <p class="rl-actors" data-testid="reading-actors">
          {actors.map((a) => (
            <span key={a.id} class="rl-chip">
              {a.name}
            </span>
          ))}
        </p>
      )}
      {item.tags.length > 0 && (
        <p class="rl-tags" data-testid="reading-tags">
          {item.tags.map((t) => (
            <span key={t} class="rl-chip rl-tag">
              #{t}
            </span>
          ))}
        </p>
      )}
      {item.note && editing !== 'note' && <p class="rl-note">{item.note}</p>}
      {editing && (
        <form class="rl-edit" onSubmit={commit}>
          <label>
            {editing === 'tags' ? 'Tags (comma-separated)' : 'Note'}
            {editing === 'tags' ? (
              <input
                value={draft}
                onInput={(e) => setDraft(e.currentTarget.value)}
                maxLength={1000}
                autoFocus
              />
            ) : (
              <textarea
                value={draft}
                onInput={(e) => setDraft(e.currentTarget.value)}
                maxLength={5000}
                rows={3}
                autoFocus
              />
            )}
          </label>
          <button type="submit">Save</button>
          <button type="button" onClick={() => setEditing(null)}>
            Cancel
          </button>
        </form>
      )}
      <div class="rl-actions">
        <a href={libraryUrl({ read: item.url })} target="_blank" rel="noopener">
          Read offline
        </a>
        <button type="button" onClick={() => actions.setRead(item, !item.read)}>
          {item.read ? 'Mark unread' : 'Mark read'}
        </button>
        <button type="button" onClick={() => startEdit('tags')}>
          Tags
        </button>
        <button type="button" onClick={() => startEdit('note')}>
          Note
        </button>
        <button type="button" class="rl-danger" onClick={() => actions.remove(item)}>
          Delete
        </button>
      </div>
    </li>
  );
});
