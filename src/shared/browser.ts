/**
 * The one import of webextension-polyfill. Chrome 148+ and Firefox expose `browser` natively; when
 * the polyfill can go, it goes here in one commit.
 */
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Tabs } from 'webextension-polyfill';
