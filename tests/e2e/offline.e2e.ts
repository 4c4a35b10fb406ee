// After one visit the app works with no network at all: create an assessment, answer, summary, PDF.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openApp, type BrowserSession } from './browser';

let session: BrowserSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

function filesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesIn(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Wait until the service worker has installed (precached everything) and controls the page. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, { timeout: 60_000 });
}

/** No network: the browser is offline and any request that still reaches the network fails. */
async function cutNetwork(context: BrowserContext): Promise<string[]> {
  const reachedNetwork: string[] = [];
  await context.setOffline(true);
  await context.route('**/*', (route) => {
    reachedNetwork.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  return reachedNetwork;
}

/** The text of every page of a PDF, read with pdf.js. */
async function pdfText(data: Buffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const standardFontDataUrl = join(process.cwd(), 'node_modules/pdfjs-dist/standard_fonts/');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(data), useSystemFonts: false, standardFontDataUrl }).promise;
  let text = '';
  for (let n = 1; n <= doc.numPages; n += 1) {
    const content = await (await doc.getPage(n)).getTextContent();
    text += content.items.map((i) => ('str' in i ? i.str : '')).join(' ') + '\n';
  }
  return text.replace(/\s+/g, ' ');
}

describe('offline', () => {
  it('precaches every file the app can load (shell, route chunks, rule set, PDF code and font, icons)', async () => {
    session = await openApp(inject('baseUrl'));
    const { page } = session;
    await waitForServiceWorker(page);
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
      return urls;
    });
    const dist = join(process.cwd(), 'dist');
    // sw.js and workbox itself are the service worker, not precached content; .vite/ holds the build's
    // own manifest (for the bundle budget), which the app never loads; jsPDF's HTML renderer and
    // sanitizer are never loaded by the report (the offline export below proves it works without them).
    const neverLoaded = /^\/assets\/(html2canvas|purify\.es)-[\w-]+\.js$/;
    const built = filesIn(dist)
      .map((f) => `/${relative(dist, f)}`)
      .filter((p) => !/^\/(sw\.js|workbox-[\w-]+\.js)(\.map)?$/.test(p) && !p.endsWith('.map') && !p.startsWith('/.vite/') && !neverLoaded.test(p));
    expect(built.filter((p) => !cached.includes(p))).toEqual([]);
    // The PDF exporter is loaded lazily; it must be among them.
    expect(cached.some((p) => /\/assets\/download-report-[\w-]+\.js$/.test(p))).toBe(true);

    const manifest = JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8')) as { icons: { sizes: string; purpose?: string }[]; display: string };
    expect(manifest.display).toBe('standalone');
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
  });

  it('works through a whole first session with no network: new assessment, answers, summary, PDF', async () => {
    session = await openApp(inject('baseUrl'));
    const { page, context } = session;
    await page.getByRole('heading', { name: 'Assessments', level: 1 }).waitFor();
    await waitForServiceWorker(page);

    const reachedNetwork = await cutNetwork(context);
    await page.reload();
    await page.getByRole('heading', { name: 'Assessments', level: 1 }).waitFor();

    // Create an assessment.
    await page.getByRole('button', { name: 'Start an assessment' }).click();
    await page.getByLabel('Company name').fill('Offline Medical GmbH');
    await page.getByRole('button', { name: /Continue to the profile/ }).click();
    await page.getByRole('heading', { name: 'Company and device profile' }).waitFor();

    // Answer the first two items of the checklist.
    await page.getByRole('link', { name: '2. Checklist' }).click();
    const items = page.locator('.checklist-item');
    await items.first().waitFor();
    await items.first().getByRole('radio', { name: 'Not met', exact: true }).click();
    await expect.poll(() => items.first().getByRole('radio', { name: 'Not met', exact: true }).getAttribute('aria-checked')).toBe('true');
    await items.nth(1).getByRole('radio', { name: 'Partly met', exact: true }).click();
    await expect.poll(() => items.nth(1).getByRole('radio', { name: 'Partly met', exact: true }).getAttribute('aria-checked')).toBe('true');

    // Still there after an offline reload (a deep link, served by the app shell).
    await page.reload();
    await items.first().waitFor();
    await expect.poll(() => items.first().getByRole('radio', { name: 'Not met', exact: true }).getAttribute('aria-checked')).toBe('true');

    // The summary shows the two gaps.
    await page.getByRole('link', { name: /Summary/ }).first().click();
    await page.getByRole('heading', { name: 'Gaps to close' }).waitFor();
    expect(await page.locator('.gap-row').count()).toBe(2);

    // The PDF: its code and font come from the precache.
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Export PDF report' }).click()]);
    const path = await download.path();
    const pdf = readFileSync(path);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(await pdfText(pdf)).toContain('Offline Medical GmbH');

    // Nothing needed the network; at most the browser's own check for a new service worker tried.
    expect(reachedNetwork.filter((url) => !new URL(url).pathname.endsWith('/sw.js'))).toEqual([]);
  });
});
