/**
 * The content script's side of the options page's display settings: reads them once when the
 * pipeline starts and follows `storage.onChanged`, so hiding a kind of mark or switching the colour
 * scheme changes an open page at once, without a reload. Pure apart from the injected
 * storage backend (browser-display.ts binds the real one); loaded with the pipeline (candidate pages
 * only), never in the gate's entry chunk.
 */
import { createStorage, type StorageBackend } from '../../storage/item';
import {
  createSettingsItem,
  parseSettings,
  readSettings,
  showsActor,
  showsStance,
  type Settings,
} from '../../storage/settings';
import type { ActorKind, Stance } from '../../core/types';
import type { MarkSpec } from '../marks';
import type { Display, Painter } from './painter';

/** Pure: what a painter shows under these settings. */
export function displayOf(settings: Pick<Settings, 'marks' | 'scheme'>): Display {
  const { marks } = settings;
  return {
    scheme: settings.scheme,
    shows(mark: MarkSpec): boolean {
      if (mark.ref.type === 'actor') {
        return mark.category === undefined ? marks.actors : showsActor(marks, mark.category as ActorKind);
      }
      return mark.category === undefined ? marks.preconditions : showsStance(marks, mark.category as Stance);
    },
  };
}

/**
 * Applies the stored settings to `painter` now and on every change, until `signal` aborts. A read
 * that fails (the extension was reloaded under the page) leaves the marks as they are.
 */
export function watchDisplaySettings(
  painter: Pick<Painter, 'setDisplay'>,
  signal: AbortSignal,
  backend: StorageBackend,
): Promise<void> {
  const item = createSettingsItem(createStorage(backend));
  let changed = false;
  item.onChanged((next) => {
    changed = true;
    // Removed (erase all data) means the defaults again.
    if (!signal.aborted) painter.setDisplay(displayOf(next ?? parseSettings(undefined)));
  }, signal);
  return readSettings(item).then(
    (s) => {
      // A change heard while the first read was on its way is newer than what the read returned.
      if (!changed && !signal.aborted) painter.setDisplay(displayOf(s));
    },
    () => undefined,
  );
}
