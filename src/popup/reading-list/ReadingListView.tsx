/**
 * The Reading list view, shared by the popup's tab (compact) and the library page (full): search,
 * filters (thread, actor, tag, unread), sort, the list with its row actions, delete with undo,
 * export, and import (in the library page: a file picker would close the popup).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { memo } from 'preact/compat';
import {
  SORT_KEYS,
  SORT_LABELS,
  type Facet,
  type Facets,
  type ListFilter,
  type SortKey,
} from '../../reading-list/filter';
import type { ReadingItem } from '../../reading-list/model';
import {
  buildExport,
  deleteItem,
  download,
  EXPORT_LABELS,
  importFile,
  openLibrary,
  restoreItem,
  updateItem,
  eraseAll,
  type ExportKind,
} from './api';
import { ItemRow, type RowActions } from './ItemRow';
import { pageSize, rowsOnScreen } from './first-page';
import { LIST_TIMING, useReadingList } from './use-reading-list';
import './reading-list.css';

export interface ReadingListViewProps {
  variant: 'popup' | 'page';
}

type Notice = { text: string; alert: boolean; undo?: ReadingItem };

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function ReadingListView({ variant }: ReadingListViewProps) {
  const page = variant === 'page';
  const step = pageSize(variant);
  // Read once: a resized window must not start the list's reads again.
  const [firstRows] = useState(rowsOnScreen);
  const model = useReadingList(firstRows, step);
  const [shown, setShown] = useState(step);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [exportKind, setExportKind] = useState<ExportKind>('json');
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => setShown(step), [model.query, model.filter, model.sort, step]);

  // The list's first paint holds only the rows that fit on screen; the rest of the page joins in the
  // next frame, so opening a large list does not wait for rows nobody sees yet.
  const [firstScreen, setFirstScreen] = useState(true);
  useEffect(() => {
    if (model.phase !== 'ready' || !firstScreen) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setFirstScreen(false), 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [model.phase, firstScreen]);
  const rows = firstScreen ? Math.min(shown, firstRows) : shown;

  const fail = useCallback((e: unknown) => setNotice({ text: errorText(e), alert: true }), []);

  const { patchLocal } = model;
  const actions: RowActions = useMemo(
    () => ({
      setRead: (item, read) =>
        void updateItem(item.url, { read })
          .then((i) => i && patchLocal(i))
          .catch(fail),
      setTags: (item, tags) =>
        void updateItem(item.url, { tags: tags.map((t) => t.trim()).filter(Boolean) })
          .then((i) => i && patchLocal(i))
          .catch(fail),
      setNote: (item, note) =>
        void updateItem(item.url, { note })
          .then((i) => i && patchLocal(i))
          .catch(fail),
      remove: (item) =>
        void deleteItem(item.url)
          .then((r) =>
            setNotice(r.ok ? { text: `Deleted “${item.title}”.`, alert: false, undo: item } : null),
          )
          .catch(fail),
    }),
    [patchLocal, fail],
  );

  const undo = (item: ReadingItem) =>
    void restoreItem(item.url)
      .then((r) =>
        setNotice({
          text: r.ok ? `Restored “${item.title}”.` : 'It can no longer be restored.',
          alert: !r.ok,
        }),
      )
      .catch(fail);

  const runExport = () => {
    setBusy(true);
    buildExport(exportKind)
      .then((f) => {
        download(f.name, f.type, f.content);
        setNotice({ text: `Exported ${model.total} articles as ${f.name}.`, alert: false });
      })
      .catch(fail)
      .finally(() => setBusy(false));
  };

  const runImport = (file: File) => {
    setBusy(true);
    setNotice({ text: `Importing ${file.name}…`, alert: false });
    importFile(file)
      .then((r) => {
        if (!r.ok) setNotice({ text: r.error, alert: true });
        else if (r.done)
          setNotice({
            text: `Imported ${r.added} new and merged ${r.merged + r.duplicates} existing articles.`,
            alert: false,
          });
      })
      .catch(fail)
      .finally(() => {
        setBusy(false);
        if (fileInput.current) fileInput.current.value = '';
      });
  };

  const runErase = () => {
    if (!confirm(`Erase all ${model.total} saved articles? Export them first if you may want them back.`))
      return;
    eraseAll()
      .then((r) => setNotice({ text: `Erased ${r.erased} articles.`, alert: false }))
      .catch(fail);
  };

  const unread = model.facets.unread;
  const f = model.filter;
  const narrowed =
    model.query.trim() !== '' || f.thread !== null || f.actor !== null || f.tag !== null || f.unreadOnly;

  if (model.phase === 'loading') return <p class="muted">Loading the reading list…</p>;
  if (model.phase === 'error')
    return (
      <p role="alert" class="error">
        {model.error}
      </p>
    );

  return (
    <section class={`rl rl-${variant}`} aria-label="Reading list">
      <div class="rl-head">
        <p class="rl-count" data-testid="reading-count">
          {model.total === 1 ? '1 saved article' : `${model.total} saved articles`}
          {model.complete && ` · ${unread} unread`}
        </p>
        {!page && (
          <button type="button" class="rl-link" onClick={() => void openLibrary().catch(fail)}>
            Open full list
          </button>
        )}
      </div>
      <div class="rl-search">
        <input
          type="search"
          data-testid="reading-search"
          aria-label="Search the reading list"
          placeholder="Search titles, text, actors, tags"
          value={model.query}
          onInput={(e) => model.setQuery(e.currentTarget.value)}
        />
      </div>
      <FilterBar
        facets={model.facets}
        filter={model.filter}
        sort={model.sort}
        onFilter={model.setFilter}
        onSort={model.setSort}
      />
      {notice && (
        <p
          role={notice.alert ? 'alert' : 'status'}
          class={notice.alert ? 'error' : 'notice'}
          data-testid="reading-notice"
        >
          {notice.text}{' '}
          {notice.undo && (
            <button type="button" data-testid="undo" onClick={() => undo(notice.undo!)}>
              Undo
            </button>
          )}
        </p>
      )}
      {model.total === 0 ? (
        <p class="muted rl-empty" {...{ elementtiming: LIST_TIMING }}>
          Nothing saved yet. Save an article with the Save button, the page's context menu (“Save to Parley
          reading list”) or Alt+Shift+S.
        </p>
      ) : (
        <>
          <p class="muted rl-shown" data-testid="reading-shown" aria-live="polite">
            {narrowed ? `${model.visible.length} shown` : ''}
          </p>
          <ul class="rl-list" data-testid="reading-list">
            {model.visible.slice(0, rows).map((item, i) => (
              <ItemRow
                key={item.url}
                item={item}
                actions={actions}
                timing={i === 0 ? LIST_TIMING : undefined}
              />
            ))}
          </ul>
          {model.visible.length > shown && (
            <button type="button" class="rl-more" onClick={() => setShown(shown + step * 2)}>
              Show more ({model.visible.length - shown} left)
            </button>
          )}
        </>
      )}
      <div class="rl-io">
        <label>
          Export as{' '}
          <select
            data-testid="export-kind"
            value={exportKind}
            onChange={(e) => setExportKind(e.currentTarget.value as ExportKind)}
          >
            {(Object.keys(EXPORT_LABELS) as ExportKind[]).map((k) => (
              <option key={k} value={k}>
                {EXPORT_LABELS[k]}
              </option>
            ))}
          </select>
        </label>{' '}
        <button type="button" data-testid="export" disabled={busy || model.total === 0} onClick={runExport}>
          Export
        </button>{' '}
        {page ? (
          <>
            <label class="rl-file">
              Import Parley JSON{' '}
              <input
                ref={fileInput}
                type="file"
                accept="application/json,.json"
                data-testid="import-file"
                disabled={busy}
                onChange={(e) => {
                  const f = e.currentTarget.files?.[0];
                  if (f) runImport(f);
                }}
              />
            </label>{' '}
            <button
              type="button"
              class="rl-danger"
              data-testid="erase"
              disabled={busy || model.total === 0}
              onClick={runErase}
            >
              Erase all
            </button>
          </>
        ) : (
          <button type="button" onClick={() => void openLibrary({ import: '1' }).catch(fail)}>
            Import…
          </button>
        )}
      </div>
    </section>
  );
}

/** One facet filter (thread, actor or tag): "All" plus each value with its count. */
function FacetSelect({
  label,
  name,
  options,
  value,
  onChange,
}: {
  label: string;
  name: 'thread' | 'actor' | 'tag';
  options: Facet[];
  value: string | null | undefined;
  onChange: (value: string | null) => void;
}) {
  return (
    <label>
      {label}{' '}
      <select
        data-testid={`filter-${name}`}
        value={value ?? ''}
        onChange={(e) => onChange(e.currentTarget.value || null)}
      >
        <option value="">All</option>
        {options.map((f) => (
          <option key={f.value} value={f.value}>
            {f.label} ({f.count})
          </option>
        ))}
      </select>
    </label>
  );
}

/** The filter and sort controls; memoized, so typing a search does not rebuild their option lists. */
const FilterBar = memo(function FilterBar({
  facets,
  filter,
  sort,
  onFilter,
  onSort,
}: {
  facets: Facets;
  filter: ListFilter;
  sort: SortKey;
  onFilter: (f: ListFilter) => void;
  onSort: (s: SortKey) => void;
}) {
  const set = (patch: Partial<ListFilter>) => onFilter({ ...filter, ...patch });
  return (
    <div class="rl-filters">
      <FacetSelect
        label="Thread"
        name="thread"
        options={facets.threads}
        value={filter.thread}
        onChange={(v) => set({ thread: v })}
      />
      <FacetSelect
        label="Actor"
        name="actor"
        options={facets.actors.slice(0, 200)}
        value={filter.actor}
        onChange={(v) => set({ actor: v })}
      />
      <FacetSelect
        label="Tag"
        name="tag"
        options={facets.tags}
        value={filter.tag}
        onChange={(v) => set({ tag: v })}
      />
      <label class="rl-check">
        <input
          type="checkbox"
          data-testid="filter-unread"
          checked={filter.unreadOnly}
          onChange={(e) => set({ unreadOnly: e.currentTarget.checked })}
        />{' '}
        Unread only
      </label>
      <label>
        Sort{' '}
        <select data-testid="sort" value={sort} onChange={(e) => onSort(e.currentTarget.value as SortKey)}>
          {SORT_KEYS.map((k) => (
            <option key={k} value={k}>
              {SORT_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
});
