// The assessments home and profile in real Chromium: start from the empty state, a profile that
// survives a reload, a refused bad file, and an export imported back as a second assessment.
// Independent of the rule set's contents: it answers whichever item the checklist shows first.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type BrowserSession } from './browser';

let session: BrowserSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const rows = (page: Page) => page.getByRole('list', { name: 'Saved assessments' }).getByRole('listitem');

async function startFromEmptyState(page: Page, companyName: string): Promise<void> {
  await page.getByRole('button', { name: 'Start an assessment' }).click();
  await page.getByLabel('Company name').fill(companyName);
  await page.getByLabel('Main device or product line (optional)').fill('DermaScan wound camera');
  await page.getByRole('button', { name: /Continue to the profile/ }).click();
  await page.waitForURL(/\/a\/[^/]+\/profile$/);
  await page.getByRole('heading', { name: 'Company and device profile' }).waitFor();
}

/** The saved profile of the only assessment, read straight from IndexedDB. */
function savedProfile(page: Page): Promise<Record<string, unknown> | undefined> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown> | undefined>((resolve, reject) => {
        const open = indexedDB.open('mdr-readiness');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('assessments').objectStore('assessments').getAll();
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            db.close();
            resolve((request.result[0] as { profile?: Record<string, unknown> } | undefined)?.profile);
          };
        };
      }),
  );
}

async function waitForSaved(page: Page): Promise<void> {
  await page.getByText('✓ Saved on this device').waitFor({ timeout: 10_000 });
}

describe('assessments and profile in the browser', () => {
  it('starts an assessment from the empty state and keeps the profile across a reload', async () => {
    session = await openApp(inject('baseUrl'), '/');
    const { page } = session;
    await page.getByText('Your answers stay in this browser on this device').waitFor();
    await startFromEmptyState(page, 'Lumen Diagnostics');

    await page.getByLabel('Class IIa').check();
    await page.getByLabel('Software', { exact: true }).check();
    await page.getByLabel('Number of device families').fill('3');
    await page.getByLabel('Small', { exact: true }).check();
    await expect
      .poll(() => savedProfile(page), { timeout: 10_000 })
      .toMatchObject({ companyName: 'Lumen Diagnostics', deviceClasses: ['I', 'IIa'], software: true, deviceFamilies: 3, companySize: 'small' });
    await page.reload();
    await page.getByRole('heading', { name: 'Company and device profile' }).waitFor();
    await expect.poll(() => page.getByLabel('Class IIa').isChecked()).toBe(true);
    expect(await page.getByLabel('Software', { exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel('Small', { exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel('Number of device families').inputValue()).toBe('3');
    expect(await page.getByLabel('Company name').inputValue()).toBe('Lumen Diagnostics');

    await page.getByRole('link', { name: 'Assessments' }).click();
    await expect.poll(() => rows(page).count()).toBe(1);
    expect(await rows(page).first().textContent()).toMatch(/Lumen Diagnostics.*DermaScan wound camera.*Class I.*Class IIa/);
  });

  it('refuses a malformed file with a clear message and leaves the list as it was', async () => {
    session = await openApp(inject('baseUrl'), '/');
    const { page } = session;
    await startFromEmptyState(page, 'Orthalux');
    await page.getByRole('link', { name: 'Assessments' }).click();
    await expect.poll(() => rows(page).count()).toBe(1);

    await page.getByLabel('Import an assessment or backup file').setInputFiles({
      name: 'truncated.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"mdr-readiness/assessment","version":1,"assessment":{"id":"x"'),
    });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/Could not import “truncated\.json”.*not valid JSON.*Nothing was changed/);
    expect(await rows(page).count()).toBe(1);
    expect(await rows(page).first().textContent()).toMatch(/Orthalux/);
  });

  it('exports an assessment and imports the file back as a second one with the same answers', async () => {
    session = await openApp(inject('baseUrl'), '/');
    const { page } = session;
    await startFromEmptyState(page, 'Vitasense');
    await page.getByRole('button', { name: /Continue to the checklist/ }).click();
    await page.waitForURL(/\/area\//);
    const firstItem = page.locator('.checklist-item').first();
    await firstItem.getByRole('radio', { name: 'Met', exact: true }).click();
    await expect.poll(() => firstItem.getByRole('radio', { name: 'Met', exact: true }).getAttribute('aria-checked')).toBe('true');
    await waitForSaved(page);

    await page.getByRole('link', { name: 'Assessments' }).click();
    await expect.poll(() => rows(page).count()).toBe(1);
    const answeredText = /1 of \d+ answered/;
    await expect.poll(async () => (await rows(page).first().textContent()) ?? '').toMatch(answeredText);

    await page.getByRole('button', { name: 'More actions for Vitasense' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export file' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^vitasense-mdr-assessment-\d{4}-\d{2}-\d{2}\.json$/);
    const path = await download.path();
    const exported = JSON.parse(readFileSync(path, 'utf8'));
    expect(exported.format).toBe('mdr-readiness/assessment');
    expect(exported.assessment.answers).toHaveLength(1);
    expect(exported.assessment.answers[0].status).toBe('met');

    await page.getByLabel('Import an assessment or backup file').setInputFiles(path);
    await page.getByText(/Imported 1 assessment from .*already here, so a copy was added/).waitFor();
    await expect.poll(() => rows(page).count()).toBe(2);
    for (const i of [0, 1]) {
      const text = (await rows(page).nth(i).textContent()) ?? '';
      expect(text).toMatch(/Vitasense/);
      expect(text).toMatch(answeredText);
      expect(text).toMatch(/100% ready/);
    }
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});
