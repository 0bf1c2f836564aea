/**
 * The popup's view switcher: "This article" and "Context", as an ARIA tablist (arrow keys move
 * between tabs, Home/End jump), so keyboard and screen-reader users meet a familiar control.
 */
import type { ComponentChildren } from 'preact';

export type PopupView = 'article' | 'context' | 'reading';

/** The popup's views, in tab order. Another view joins by adding an entry (and its panel in App). */
export const POPUP_VIEWS: Array<{ id: PopupView; label: string }> = [
  { id: 'article', label: 'This article' },
  { id: 'context', label: 'Context' },
];

/** `?view=<id>` opens that view (links, tests, the bench); anything else the first one. */
export function viewFromSearch(search: string, views = POPUP_VIEWS): PopupView {
  const wanted = new URLSearchParams(search).get('view');
  return views.find((v) => v.id === wanted)?.id ?? views[0]?.id ?? 'article';
}

export function ViewTabs({
  view,
  onChange,
  children,
  views: VIEWS = POPUP_VIEWS,
}: {
  view: PopupView;
  onChange: (view: PopupView) => void;
  children: ComponentChildren;
  views?: Array<{ id: PopupView; label: string }>;
}) {
  const onKeyDown = (e: KeyboardEvent) => {
    const i = VIEWS.findIndex((v) => v.id === view);
    const next =
      e.key === 'ArrowRight'
        ? VIEWS[(i + 1) % VIEWS.length]
        : e.key === 'ArrowLeft'
          ? VIEWS[(i + VIEWS.length - 1) % VIEWS.length]
          : e.key === 'Home'
            ? VIEWS[0]
            : e.key === 'End'
              ? VIEWS[VIEWS.length - 1]
              : undefined;
    if (!next) return;
    e.preventDefault();
    onChange(next.id);
    (e.currentTarget as HTMLElement).querySelector<HTMLElement>(`#view-tab-${next.id}`)?.focus();
  };
  return (
    <>
      <div role="tablist" aria-label="Views" class="view-tabs" onKeyDown={onKeyDown}>
        {VIEWS.map((v) => (
          <button
            key={v.id}
            type="button"
            role="tab"
            id={`view-tab-${v.id}`}
            aria-selected={v.id === view}
            aria-controls={`view-panel-${v.id}`}
            tabIndex={v.id === view ? 0 : -1}
            onClick={() => onChange(v.id)}
          >
            {v.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`view-panel-${view}`} aria-labelledby={`view-tab-${view}`}>
        {children}
      </div>
    </>
  );
}
