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
