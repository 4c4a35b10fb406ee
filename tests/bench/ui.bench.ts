// Benchmarks of the running app in headless Chromium: autosave, typing latency, a long list, storage.
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { listPageSize } from '../../src/features/assessments/list-page-size';
import { median, percentile } from './stats';

async function importFile(page: Page, baseUrl: string, file: string): Promise<void> {
  await page.goto(baseUrl + '/');
  await page.getByRole('heading', { level: 1, name: /assessments/i }).waitFor();
  await page.getByLabel('Import an assessment or backup file').setInputFiles(file);
}

/**
 * A dedicated worker that reports when a value is in IndexedDB: it polls with reads of its own, off the
 * page's main thread, so the time a write takes to be stored is not mixed up with the page's rendering
 * (which would delay a reader on the main thread). It posts the moment it saw the value, on the
 * epoch-based clock that the page's performance.timeOrigin + performance.now() also uses. The bench
 * writes it into both served builds (the CSP allows same-origin workers only).
 */
export const pollerFile = 'bench-idb-poller.js';
export const pollerSource = `
const open = (name) => new Promise((ok, fail) => { const r = indexedDB.open(name); r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });
const dbs = new Map();
onmessage = async (e) => {
  const { db, store, key, field, wanted } = e.data;
  if (!dbs.has(db)) dbs.set(db, await open(db));
  const idb = dbs.get(db);
  const t = performance.now();
  for (;;) {
    const row = await new Promise((ok) => { const r = idb.transaction(store).objectStore(store).get(key); r.onsuccess = () => ok(r.result); });
    if (row && row[field] === wanted) break;
    if (performance.now() - t > 5000) { postMessage(-1); return; }
  }
  postMessage(performance.timeOrigin + performance.now());
};
`;

/**
 * Milliseconds from a status click until the answer is stored in IndexedDB (seen by the worker above).
 * `paced` clicks go as fast as a person could: each as soon as the previous answer is stored and the
 * page has finished reacting to it (it is idle); for them it also reports click → the frame that shows
 * the answer. Then `rapid` clicks
 * back to back, each as soon as the previous answer is stored, while the screen is still updating for it
 * (no person clicks that fast).
 */
export async function benchAutosave(
  browser: Browser,
  baseUrl: string,
  sampleFile: string,
  paced = 500,
  rapid = 200,
): Promise<{ paced: number; medianMs: number; p95Ms: number; shownMedianMs: number; shownP95Ms: number; rapid: number; rapidMedianMs: number; rapidP95Ms: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await importFile(page, baseUrl, sampleFile);
  await page.getByRole('link', { name: /^Open / }).first().click();
  await page.waitForURL(/\/a\/[^/]+\//);
  const id = page.url().match(/\/a\/([^/]+)\//)![1]!;
  await page.goto(`${baseUrl}/a/${id}/area/qms`);
  await page.getByRole('radiogroup').first().waitFor();
  // tsx keeps function names with a __name() helper that the page does not have.
  await page.evaluate('window.__name = (f) => f');
  const times = await page.evaluate(
    async ({ id, paced, rapid, pollerFile }) => {
      const worker = new Worker(`/${pollerFile}`);
      const stored = (itemId: string, wanted: string) =>
        new Promise<number>((ok, fail) => {
          worker.onmessage = (e: MessageEvent<number>) => (e.data < 0 ? fail(new Error(`answer to ${itemId} not stored within 5 s`)) : ok(e.data));
          worker.postMessage({ db: 'mdr-readiness', store: 'answers', key: [id, itemId], field: 'status', wanted });
        });
      const clock = () => performance.timeOrigin + performance.now();
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const groups = [...document.querySelectorAll('[role="radiogroup"]')];
      const out = { paced: [] as number[], shown: [] as number[], rapid: [] as number[] };
      for (let i = 0; i < paced + rapid; i++) {
        const group = groups[i % groups.length]!;
        const item = group.closest('[data-item-id]') as HTMLElement | null;
        const itemId = item?.dataset.itemId;
        if (!itemId) throw new Error('checklist items carry data-item-id');
        const radios = [...group.querySelectorAll<HTMLElement>('[role="radio"]')];
        // Cycle met → partly → not met, never the not-applicable button (it asks for a reason).
        const choice = (Math.floor(i / groups.length) + i) % 3;
        const wanted = ['met', 'partial', 'not_met'][choice]!;
        const seen = stored(itemId, wanted);
        const t0 = clock();
        radios[choice]!.click();
        if (i >= paced) {
          out.rapid.push((await seen) - t0);
          continue;
        }
        // Shown: the first frame the browser is about to paint with the clicked button checked.
        do {
          await frame();
          if (clock() - t0 > 5000) throw new Error(`answer to ${itemId} not shown within 5 s`);
        } while (radios[choice]!.getAttribute('aria-checked') !== 'true');
        out.shown.push(clock() - t0);
        out.paced.push((await seen) - t0);
        // As a person's next click comes: after the page has finished reacting to this one (the saved
        // answer re-rendered, focus moved on and scrolled to the next item), then once it is idle.
        await new Promise((resolve) => setTimeout(resolve, 300));
        await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 }));
      }
      worker.terminate();
      return out;
    },
    { id, paced, rapid, pollerFile },
  );
  await context.close();
  return {
    paced,
    medianMs: median(times.paced),
    p95Ms: percentile(times.paced, 0.95),
    shownMedianMs: median(times.shown),
    shownP95Ms: percentile(times.shown, 0.95),
    rapid,
    rapidMedianMs: median(times.rapid),
    rapidP95Ms: percentile(times.rapid, 0.95),
  };
}

/**
 * The floor for autosave: on the floor app's page, a native IndexedDB put with an explicit commit, seen
 * by the same worker: what this browser and machine take to store a value.
 */
export async function benchAutosaveFloor(browser: Browser, floorUrl: string, writes = 200): Promise<{ medianMs: number; p95Ms: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(floorUrl);
  // tsx keeps function names with a __name() helper that the page does not have.
  await page.evaluate('window.__name = (f) => f');
  const times = await page.evaluate(
    async ({ writes, pollerFile }) => {
      const idb = await new Promise<IDBDatabase>((ok, fail) => {
        const r = indexedDB.open('floor-bench', 1);
        r.onupgradeneeded = () => r.result.createObjectStore('answers', { keyPath: 'id' });
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
      const worker = new Worker(`/${pollerFile}`);
      const stored = (n: number) =>
        new Promise<number>((ok, fail) => {
          worker.onmessage = (e: MessageEvent<number>) => (e.data < 0 ? fail(new Error('value not stored within 5 s')) : ok(e.data));
          worker.postMessage({ db: 'floor-bench', store: 'answers', key: 'item', field: 'n', wanted: n });
        });
      const out: number[] = [];
      for (let n = 0; n < writes; n++) {
        const seen = stored(n);
        const t0 = performance.timeOrigin + performance.now();
        const tx = idb.transaction('answers', 'readwrite');
        tx.objectStore('answers').put({ id: 'item', n, status: 'met' });
        tx.commit();
        out.push((await seen) - t0);
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      worker.terminate();
      idb.close();
      return out;
    },
    { writes, pollerFile },
  );
  await context.close();
  return { medianMs: median(times), p95Ms: percentile(times, 0.95) };
}

/** A fast typist: ten keys a second, about 120 words a minute. */
export const typistIntervalMs = 100;

export interface TypingResult {
  /** Median over the runs of each run's p95 and median. */
  p95Ms: number;
  medianMs: number;
  runs: number;
}

/**
 * Key press → handled, per key, in the focused text field of `page` (see the comment inside). Keys come
 * every `intervalMs` (0: each as soon as the last was delivered), with a pause after every 25.
 */
async function typeAndMeasure(page: Page, keys: number, intervalMs: number): Promise<{ p95Ms: number; medianMs: number }> {
  await page.evaluate(() => {
    const w = window as unknown as { __lat: number[] };
    w.__lat = [];
    let start = 0;
    // From the key press (its hardware timestamp, so time spent waiting behind other work counts) until
    // the task that handles it, React's re-render included, has finished and the page could paint. The
    // wait for the display's next refresh is left out: it is the screen's, not the app's, and would put
    // even an app that does nothing at up to 16.7 ms.
    document.addEventListener('keydown', (e) => (start = e.timeStamp), true);
    document.addEventListener('input', () => {
      const from = start;
      setTimeout(() => w.__lat.push(performance.now() - from), 0);
    });
  });
  const text = 'Risk file updated after the design review; residual risks accepted by management. ';
  let due = Date.now();
  for (let i = 0; i < keys; i++) {
    if (intervalMs > 0) {
      due += intervalMs;
      const wait = due - Date.now();
      if (wait > 0) await page.waitForTimeout(wait);
    }
    await page.keyboard.type(text[i % text.length]!);
    // A pause now and then, as people make: in the app the note is saved (after 400 ms) and the
    // checklist re-renders from the live query while the next keys arrive.
    if (i % 25 === 24) {
      await page.waitForTimeout(450);
      due = Date.now();
    }
  }
  await page.waitForTimeout(300);
  const lat = await page.evaluate(() => (window as unknown as { __lat: number[] }).__lat);
  return { p95Ms: percentile(lat, 0.95), medianMs: median(lat) };
}

/** `runs` runs of `keys` keys, each in a fresh context that `open` prepares with the text field focused. */
async function typingRuns(browser: Browser, open: (page: Page) => Promise<void>, keys: number, intervalMs: number, runs: number): Promise<TypingResult> {
  const results: { p95Ms: number; medianMs: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await open(page);
    results.push(await typeAndMeasure(page, keys, intervalMs));
    await context.close();
  }
  return { p95Ms: median(results.map((r) => r.p95Ms)), medianMs: median(results.map((r) => r.medianMs)), runs };
}

/** Per keystroke in a note: from the key event until its handling (React's update included) has finished. */
export function benchTyping(browser: Browser, baseUrl: string, sampleFile: string, intervalMs = typistIntervalMs, runs = 3, keys = 200): Promise<TypingResult> {
  return typingRuns(
    browser,
    async (page) => {
      await importFile(page, baseUrl, sampleFile);
      await page.getByRole('link', { name: /^Open / }).first().click();
      await page.waitForURL(/\/a\/[^/]+\//);
      const id = page.url().match(/\/a\/([^/]+)\//)![1]!;
      await page.goto(`${baseUrl}/a/${id}/area/risk`);
      const note = page.locator('textarea').first();
      await note.waitFor();
      await note.click();
    },
    keys,
    intervalMs,
    runs,
  );
}

/** The same keys in a bare <textarea> on the floor app's page: what this browser and machine take for a key. */
export function benchTypingFloor(browser: Browser, floorUrl: string, intervalMs = typistIntervalMs, runs = 3, keys = 200): Promise<TypingResult> {
  return typingRuns(
    browser,
    async (page) => {
      await page.goto(floorUrl);
      await page.evaluate(() => {
        const area = document.createElement('textarea');
        area.rows = 3;
        document.body.append(area);
        area.focus();
      });
    },
    keys,
    intervalMs,
    runs,
  );
}

/** A backup file with `n` small assessments (ten answers each). */
export function writeManyAssessments(sample: { assessment: Record<string, unknown> & { answers: unknown[] } }, n: number): string {
  const assessments = Array.from({ length: n }, (_, i) => ({
    ...sample.assessment,
    id: `bench-${i}`,
    title: `Client ${String(i + 1).padStart(4, '0')}`,
    isSample: false,
    answers: sample.assessment.answers.slice(0, 10),
  }));
  const file = join(mkdtempSync(join(tmpdir(), 'mdr-bench-')), 'backup.json');
  writeFileSync(file, JSON.stringify({ format: 'mdr-readiness/backup', version: 1, exportedAt: new Date().toISOString(), assessments }));
  return file;
}

/** Time to show the home list with 1,000 saved assessments, and IndexedDB bytes per assessment. */
export async function benchList(browser: Browser, baseUrl: string, backupFile: string, n: number): Promise<{ listMs: number; bytesPerAssessment: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(baseUrl + '/');
  await page.getByRole('heading', { level: 1, name: /assessments/i }).waitFor();
  const before = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  await page.getByLabel('Import an assessment or backup file').setInputFiles(backupFile);
  await page.getByText(`Showing ${Math.min(n, listPageSize)} of ${n.toLocaleString('en')}`).waitFor({ timeout: 180_000 });
  const after = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  // From a click on "Assessments" in the header (coming from Settings) until the list's rows are on
  // screen: the rows of the first page (listPageSize), with the count of all of them above.
  const expected = Math.min(n, listPageSize);
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    await page.goto(`${baseUrl}/settings`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.evaluate('window.__name = (f) => f');
    runs.push(
      await page.evaluate(async (expected) => {
        const link = document.querySelector<HTMLAnchorElement>('header nav a[href="/"]');
        if (!link) throw new Error('no link to the assessments list in the header');
        const t0 = performance.now();
        link.click();
        for (;;) {
          await new Promise((resolve) => requestAnimationFrame(resolve));
          if (document.querySelectorAll('.assessment-row').length >= expected) return performance.now() - t0;
          if (performance.now() - t0 > 60_000) throw new Error('the list did not show');
        }
      }, expected),
    );
  }
  await context.close();
  return { listMs: median(runs), bytesPerAssessment: Math.round((after - before) / n) };
}
