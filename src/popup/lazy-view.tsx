/**
 * A view whose code loads on first use (a dynamic import, its own chunk): the popup's first view
 * must not wait for the parsing of views the reader has not opened.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * Wraps `load` (a dynamic import of the view) in a component that shows `waiting` until the code is
 * there. The import starts once per page: a later mount, or `preload()`, reuses it.
 */
export function lazyView<P extends object>(
  load: () => Promise<ComponentType<P>>,
  what: string,
): { View: (props: P) => preact.JSX.Element; preload: () => Promise<ComponentType<P>> } {
  let loading: Promise<ComponentType<P>> | null = null;
  let loaded: ComponentType<P> | null = null;
  const preload = () => {
    loading ??= load().then((c) => (loaded = c));
    // A failed import is retried on the next mount (a reload of the extension, a flaky disk).
    loading.catch(() => (loading = null));
    return loading;
  };
  function View(props: P) {
    const [Component, setComponent] = useState<ComponentType<P> | null>(() => loaded);
    const [error, setError] = useState<string | null>(null);
    useEffect(() => {
      if (Component) return;
      let live = true;
      preload()
        .then((c) => live && setComponent(() => c))
        .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
      return () => {
        live = false;
      };
    }, [Component]);
    if (error)
      return (
        <p role="alert" class="error">
          The {what} could not load: {error}
        </p>
      );
    return Component ? <Component {...props} /> : <p class="muted">Loading the {what}…</p>;
  }
  return { View, preload };
}
