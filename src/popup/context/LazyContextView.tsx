import type { TabResult } from '../../shared/tab-result';
import { lazyView } from '../lazy-view';
import type { ContextViewProps } from './ContextView';

/**
 * The Context view, loaded on first use: its history store, ledger and timeline code are not parsed
 * before "This article" is on screen. Opening the popup on the Context view (`?view=context`) starts
 * the import at once, in parallel with the tab lookup.
 */
export const { View: LazyContextView, preload: preloadContextView } = lazyView<ContextViewProps>(
  () => import('./ContextView').then((m) => m.ContextView),
  'history',
);

/**
 * Reads the Context view's data for `result` ahead of the view (context-api's `prefetchContext`),
 * loading its module first. Resolves once the read settled; never rejects.
 */
export function prefetchContextData(result: TabResult): Promise<void> {
  return import('./context-api').then(
    (m) => m.prefetchContext(result),
    () => undefined,
  );
}
