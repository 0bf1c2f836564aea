import { useEffect, useState } from 'preact/hooks';
import type { ReadingListViewProps } from './ReadingListView';

type View = (props: ReadingListViewProps) => preact.JSX.Element;

/**
 * The reading list for the popup's tab, loaded when the tab is first opened: the popup's first
 * paint ("This article") must not parse the list, its store and its search code.
 */
export function LazyReadingList(props: ReadingListViewProps) {
  const [View, setView] = useState<View | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    import('./ReadingListView')
      .then((m) => live && setView(() => m.ReadingListView))
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, []);
  if (error) return <p role="alert">The reading list could not load: {error}</p>;
  return View ? <View {...props} /> : <p class="muted">Loading the reading list…</p>;
}
