// First run and trust, in real Chromium: the data notice shows once, the sample opens on its summary and
// exports a PDF, the save indicator reports a refused write, and the backup reminder follows the clock.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type BrowserSession } from './browser';

let session: BrowserSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const day = 86_400_000;

/** Screenshots for a person to look at, only when FIRST_RUN_SHOTS names a folder. */
async function shot(page: Page, name: string) {
  const dir = process.env.FIRST_RUN_SHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`) });
}

const dataNotice = (page: Page) => page.getByRole('region', { name: 'Your work stays on this device' });
const reminder = (page: Page) => page.getByRole('region', { name: 'Time for a backup' });
const indicator = (page: Page) => page.locator('header .save-indicator');

async function openSample(page: Page): Promise<string> {
  await page.getByRole('button', { name: /Open a sample assessment|See a sample/ }).first().click();
  await page.waitForURL(/\/a\/[^/]+\/summary$/);
  return new URL(page.url()).pathname.split('/')[2]!;
}

describe('first run', () => {
  it('says where the data lives on the first visit, and not again once dismissed', async () => {
    session = await openApp(inject('baseUrl'), '/');
    const { page } = session;
    await dataNotice(page).waitFor();
    expect(await dataNotice(page).textContent()).toMatch(/nothing is sent anywhere/);
    await page.getByRole('button', { name: 'Start an assessment' }).waitFor();
    await shot(page, 'first-visit');

    await dataNotice(page).getByRole('button', { name: 'Got it' }).click();
    await expect.poll(() => dataNotice(page).count()).toBe(0);
    await page.reload();
    await page.getByRole('button', { name: 'Start an assessment' }).waitFor();
    expect(await dataNotice(page).count()).toBe(0);
    // Another screen of the app, a fresh page load: still gone.
    await page.goto(inject('baseUrl') + '/rules');
    await page.getByRole('heading', { level: 1, name: 'MDR rules' }).waitFor();
    expect(await dataNotice(page).count()).toBe(0);
  });

  it('opens the sample on its summary with the cost estimate, exports its PDF, and deletes it like any assessment', async () => {
    session = await openApp(inject('baseUrl'), '/');
    const { page } = session;
    await openSample(page);
    await page.getByRole('heading', { name: 'Gaps to close' }).waitFor();
    expect(await page.locator('.assessment-kicker .badge').textContent()).toBe('Sample');
    await page.getByRole('region', { name: 'This is a sample assessment' }).waitFor();
    expect(await page.locator('.kpi-money').first().textContent()).toMatch(/€\s?[1-9][\d,]*/);
    expect(await page.locator('.gap-row').count()).toBeGreaterThan(10);
    await shot(page, 'sample-summary');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PDF report' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const pdf = readFileSync((await download.path())!);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);

    // Home: the sample is listed as one, the sample button is gone, and it deletes like any other.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Assessments' }).click();
    const row = page.getByRole('list', { name: 'Saved assessments' }).getByRole('listitem');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.first().textContent()).toMatch(/Sample.*Lumen Wound Imaging|Lumen Wound Imaging.*Sample/s);
    expect(await page.getByRole('button', { name: 'See a sample' }).count()).toBe(0);
    await page.getByRole('button', { name: /More actions for Lumen Wound Imaging/ }).click();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('button', { name: 'Open a sample assessment' }).waitFor();
  });

  it('shows the save indicator on every editing screen, reports a refused write, and saves on Retry', async () => {
    session = await openApp(inject('baseUrl'), '/');
    const { page, context } = session;
    // Writes fail while the page's session storage says so: set from the test, surviving reloads.
    await context.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if (sessionStorage.getItem('e2e-fail-writes') === 'quota') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    await page.reload();
    const id = await openSample(page);
    await expect.poll(() => indicator(page).textContent()).toMatch(/Saved on this device/);

    for (const [path, ready] of [
      [`/a/${id}/profile`, 'Company and device profile'],
      [`/a/${id}/summary`, 'Gaps to close'],
      ['/settings', 'Settings'],
    ] as const) {
      await page.goto(inject('baseUrl') + path);
      await page.getByRole('heading', { name: ready }).first().waitFor();
      expect(await indicator(page).isVisible()).toBe(true);
    }

    await page.goto(inject('baseUrl') + `/a/${id}/profile`);
    await page.getByRole('link', { name: '2. Checklist' }).click();
    const item = page.locator('.checklist-item').first();
    await item.waitFor();
    expect(await indicator(page).isVisible()).toBe(true);
    const checked = await item.getByRole('radio', { checked: true }).textContent();
    const target = checked?.includes('Not met') ? 'Met' : 'Not met';

    await page.evaluate(() => sessionStorage.setItem('e2e-fail-writes', 'quota'));
    await item.getByRole('radio', { name: target, exact: true }).click();
    await expect.poll(() => indicator(page).textContent(), { timeout: 10_000 }).toMatch(/Not saved: the browser storage for this site is full/);
    await shot(page, 'save-error');

    await page.evaluate(() => sessionStorage.removeItem('e2e-fail-writes'));
    await indicator(page).getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => indicator(page).textContent(), { timeout: 10_000 }).toMatch(/Saved on this device/);
    const itemId = (await item.getAttribute('id'))!;
    await page.reload();
    await page.locator(`[id="${itemId}"]`).waitFor();
    await expect.poll(() => page.locator(`[id="${itemId}"]`).getByRole('radio', { name: target, exact: true }).getAttribute('aria-checked')).toBe('true');
  });

  it('links a checklist term to its entry in the full glossary', async () => {
    session = await openApp(inject('baseUrl'), '/');
    const { page } = session;
    const id = await openSample(page);
    await page.getByRole('link', { name: '2. Checklist' }).click();
    const term = page.locator('.checklist-item .glossary-term').first();
    await term.waitFor();
    const termText = (await term.textContent())!.replace('?', '').trim();
    await term.click();
    await page.locator('.glossary-definition').getByRole('link', { name: /Open in the glossary/ }).first().click();
    await page.waitForURL(/\/rules#term-/);
    const key = decodeURIComponent(new URL(page.url()).hash.slice('#term-'.length));
    // The term is brought into view and focused, so keyboard and screen-reader users land on it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`term-${key}`);
    const entry = page.locator(`[id="term-${key}"]`);
    expect(await entry.locator('dt').textContent()).toBe(termText);
    const box = (await entry.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(900);
    await page.goBack();
    await page.waitForURL(new RegExp(`/a/${id}/area/`));
  });

  it('reminds to back up once unbacked work is older than a week, and "Back up now" downloads the backup', async () => {
    session = await openApp(inject('baseUrl'), '/');
    const { page } = session;
    await dataNotice(page).getByRole('button', { name: 'Got it' }).click();
    await page.getByRole('button', { name: 'Start an assessment' }).click();
    await page.getByLabel('Company name').fill('Reminder Medical');
    await page.getByRole('button', { name: /Continue to the profile/ }).click();
    await page.waitForURL(/\/a\/[^/]+\/profile/);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Assessments' }).click();
    await page.getByRole('list', { name: 'Saved assessments' }).waitFor();
    expect(await reminder(page).count()).toBe(0);

    // Six days on: not yet. Eight days on: the reminder. (The page's clock is moved; nothing waits.)
    const later = Date.now() + 8 * day;
    await page.clock.setFixedTime(Date.now() + 6 * day);
    await page.reload();
    await page.getByRole('list', { name: 'Saved assessments' }).waitFor();
    expect(await reminder(page).count()).toBe(0);
    await page.clock.setFixedTime(later);
    await page.reload();
    await reminder(page).waitFor();
    expect(await reminder(page).textContent()).toMatch(/One assessment has changes that are in no backup file yet\. You have not made a backup so far\./);
    await shot(page, 'backup-reminder');

    const [download] = await Promise.all([page.waitForEvent('download'), reminder(page).getByRole('button', { name: 'Back up now' }).click()]);
    expect(download.suggestedFilename()).toBe(`mdr-readiness-backup-${new Date(later).toISOString().slice(0, 10)}.json`);
    const backup = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { format: string; assessments: { profile: { companyName: string } }[] };
    expect(backup.format).toMatch(/backup/);
    expect(backup.assessments.map((a) => a.profile.companyName)).toEqual(['Reminder Medical']);
    await page.getByText(/Backed up one assessment to mdr-readiness-backup-/).waitFor();
    await expect.poll(() => reminder(page).count()).toBe(0);
    await page.reload();
    await page.getByRole('list', { name: 'Saved assessments' }).waitFor();
    expect(await reminder(page).count()).toBe(0);
  });
});
