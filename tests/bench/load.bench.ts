// Cold load to the first screen in headless Chromium, the app against the floor, in the same run.
import type { Browser } from 'playwright-core';
import { median } from './stats';

/** Milliseconds from navigation start until `selector` is visible, in a fresh context (no cache, no service worker). */
async function coldLoad(browser: Browser, url: string, selector: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const t = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForSelector(selector, { state: 'visible' });
  const ms = Date.now() - t;
  await context.close();
  return ms;
}

export async function benchColdLoad(browser: Browser, appUrl: string, floorUrl: string, runs = 7): Promise<{ appMs: number; floorMs: number; ratio: number }> {
  const app: number[] = [];
  const floor: number[] = [];
  // Warm up the OS file cache and the browser process once, then alternate so noise hits both alike.
  await coldLoad(browser, floorUrl, 'h1');
  await coldLoad(browser, appUrl, 'h1');
  for (let i = 0; i < runs; i++) {
    floor.push(await coldLoad(browser, floorUrl, 'h1'));
    app.push(await coldLoad(browser, appUrl, 'h1'));
  }
  const appMs = median(app);
  const floorMs = median(floor);
  return { appMs, floorMs, ratio: appMs / floorMs };
}
