// Cold load to the first screen in headless Chromium, the app against the floor, in the same run.
import type { Browser } from 'playwright-core';
import { median } from './stats';

/**
 * Milliseconds from navigation start until the first `<h1>` is painted, in a fresh context (no cache, no
 * service worker). The paint time is the browser's own (Element Timing, marked on the heading as it is
 * inserted), so work the page does after it is on screen, such as fetching the next screens' code in
 * the background, does not delay the figure as it would delay a test driver polling for the heading.
 */
async function coldLoad(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  // tsx names functions with a helper the page does not have.
  await context.addInitScript('window.__name = (f) => f');
  await context.addInitScript(() => {
    const w = window as unknown as { __painted?: Promise<number> };
    w.__painted = new Promise((resolve) => {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { identifier?: string; renderTime?: number })[])
          if (entry.identifier === 'first-screen') resolve(entry.renderTime || entry.startTime);
      }).observe({ type: 'element', buffered: true });
    });
    const mark = () => {
      const heading = document.querySelector('h1');
      if (!heading) return false;
      heading.setAttribute('elementtiming', 'first-screen');
      return true;
    };
    const watcher = new MutationObserver(() => mark() && watcher.disconnect());
    watcher.observe(document, { childList: true, subtree: true });
  });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForSelector('h1', { state: 'visible' });
  const ms = await page.evaluate(() =>
    Promise.race([
      (window as unknown as { __painted: Promise<number> }).__painted,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the heading was never reported painted')), 10_000)),
    ]),
  );
  await context.close();
  return ms;
}

export async function benchColdLoad(browser: Browser, appUrl: string, floorUrl: string, runs = 7): Promise<{ appMs: number; floorMs: number; ratio: number }> {
  const app: number[] = [];
  const floor: number[] = [];
  // Warm up the OS file cache and the browser process once, then alternate so noise hits both alike.
  await coldLoad(browser, floorUrl);
  await coldLoad(browser, appUrl);
  for (let i = 0; i < runs; i++) {
    floor.push(await coldLoad(browser, floorUrl));
    app.push(await coldLoad(browser, appUrl));
  }
  const appMs = median(app);
  const floorMs = median(floor);
  return { appMs, floorMs, ratio: appMs / floorMs };
}
