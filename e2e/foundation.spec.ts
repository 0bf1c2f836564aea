import { test, expect } from './harness';

test('extension loads: service worker up and id found', async ({ serviceWorker, extensionId }) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  expect(serviceWorker.url()).toBe(`chrome-extension://${extensionId}/service-worker-loader.js`);
});

test('routed fixture served and tab id found, network blocked', async ({ page, serveFixture, tabIdOf }) => {
  const url = await serveFixture(
    'https://www.reuters.com/world/x-2026-01-01/',
    '<html><body><h1>Hi</h1></body></html>',
  );
  await page.goto(url);
  await expect(page.locator('h1')).toHaveText('Hi');
  const id = await tabIdOf(page);
  expect(id).toBeGreaterThan(0);
  const res = await page.goto('https://example.org/').catch((e: Error) => e);
  expect(res).toBeInstanceOf(Error);
});
