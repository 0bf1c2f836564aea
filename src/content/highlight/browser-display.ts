/** The display settings hookup bound to the real `browser.storage` (display.ts is the testable part). */
import { browserBackend } from '../../storage/index';
import { watchDisplaySettings } from './display';
import type { Painter } from './painter';

export function watchBrowserDisplaySettings(painter: Painter, signal: AbortSignal): Promise<void> {
  return watchDisplaySettings(painter, signal, browserBackend);
}
