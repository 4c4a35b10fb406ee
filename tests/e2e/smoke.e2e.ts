// The built app opens in real Chromium and shows the home screen, with the saved assessments listed
// from the first screen's own code (no lazily loaded chunk, such as Dexie's, needed).
import { resolve } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openApp, type BrowserSession } from './browser';

let session: BrowserSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('smoke', () => {
  it('shows the assessments home screen', async () => {
    session = await openApp(inject('baseUrl'));
    const { page } = session;
    await expect(page.getByRole('heading', { level: 1 }).first().textContent()).resolves.toMatch(/assessments/i);
    await expect(page.title()).resolves.toBe('MDR Readiness');
  });

  it('lists saved assessments while every lazily loaded chunk (Dexie among them) is held back', async () => {
    // No service worker: it would serve the held-back chunks from its cache, out of the test's sight.
    session = await openApp(inject('baseUrl'), '/', undefined, { serviceWorkers: 'block' });
    const { page } = session;
    await page.getByLabel('Import an assessment or backup file').setInputFiles(resolve('tests/fixtures/sample-class-iia.json'));
    const list = page.getByRole('list', { name: 'Saved assessments' });
    await list.getByRole('listitem').first().waitFor();
    const name = (await list.getByRole('listitem').first().getByRole('link').first().textContent()) ?? '';
    expect(name).not.toBe('');

    // The first screen's scripts are those index.html names; hold back every other one.
    const html = await (await page.request.get(inject('baseUrl') + '/')).text();
    const initial = new Set([...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]));
    const held: string[] = [];
    await page.route('**/assets/*.js', (route) => {
      const path = new URL(route.request().url()).pathname;
      if (initial.has(path)) return route.continue();
      held.push(path);
      // Never answered while the test looks.
    });
    await page.reload();
    await expect(list.getByRole('listitem').first().getByRole('link').first().textContent()).resolves.toBe(name);
    // Dexie was among them.
    const bodies = await Promise.all(held.map(async (path) => (await page.request.get(inject('baseUrl') + path)).text()));
    expect(bodies.some((body) => body.includes('storagemutated'))).toBe(true);
  });
});
