// The adviser's workflow in real Chromium: take a snapshot, change answers (in the coaching view, with
// the adviser's note hidden until shown), see what changed since, and export the action plan as CSV.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type BrowserSession } from './browser';

let session: BrowserSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const weight: Record<string, number> = { critical: 3, major: 2, minor: 1 };

function item(page: Page, itemId: string) {
  return page.locator(`[id="item-${itemId}"]`);
}

async function answer(page: Page, itemId: string, label: 'Met' | 'Not met') {
  const radio = item(page, itemId).getByRole('radio', { name: label, exact: true });
  await radio.click();
  await expect.poll(() => radio.getAttribute('aria-checked'), { timeout: 15_000 }).toBe('true');
}

/** Type into a text field of an item and leave it, which saves at once. */
async function typeInto(page: Page, itemId: string, label: string, text: string) {
  const field = item(page, itemId).getByLabel(label, { exact: true });
  await field.fill(text);
  await field.blur();
}

describe('adviser workflow in the browser', () => {
  it('compares with a snapshot after answers change, and exports a safe action-plan CSV', async () => {
    session = await openApp(inject('baseUrl'), '/');
    const { page } = session;
    await page.getByRole('button', { name: /Start an assessment|New assessment/ }).first().click();
    await page.getByLabel('Company name').fill('Adviser Test GmbH');
    await page.getByRole('button', { name: /Continue to the profile/ }).click();
    await page.waitForURL(/\/a\/[^/]+\/profile/);
    const id = page.url().match(/\/a\/([^/]+)\//)![1]!;
    await page.getByRole('link', { name: '2. Checklist' }).click();
    await page.locator('.checklist-item').first().waitFor();
    const areaId = page.url().match(/\/area\/([^/?]+)/)![1]!;
    const [first, second] = await page.locator('.checklist-item').evaluateAll((els) => els.slice(0, 2).map((el) => el.id.replace(/^item-/, '')));
    expect(second).toBeTruthy();
    const severities = await Promise.all(
      [first!, second!].map(async (i) => (await item(page, i).locator('.severity').innerText()).replace(/^Severity:\s*/i, '').trim().toLowerCase()),
    );

    // Session 1: both items are gaps; the firm's note on the second starts with "=" (a spreadsheet formula).
    await answer(page, first!, 'Not met');
    await answer(page, second!, 'Not met');
    await typeInto(page, second!, 'Note', '=1+1');
    await item(page, second!).getByRole('button', { name: /Adviser note/ }).click();
    await typeInto(page, second!, 'Adviser note', 'Budget is tight: suggest the cluster grant.');
    await expect.poll(() => page.getByText(/Saved on this device|All changes are saved/).count(), { timeout: 15_000 }).toBeGreaterThan(0);

    await page.getByRole('link', { name: '4. Progress' }).click();
    await page.getByRole('heading', { name: 'No snapshot yet' }).waitFor();
    const name = page.getByLabel('Name of the snapshot');
    expect(await name.inputValue()).toMatch(/^Session \d{1,2} \w{3} \d{4}$/);
    await page.getByRole('button', { name: 'Take a snapshot' }).click();
    await page.getByRole('heading', { name: /^Since “Session / }).waitFor();
    expect(await page.getByTestId('gaps-closed').innerText()).toBe('0');

    // Session 2, in the coaching view: the first gap is closed on the shared screen.
    await page.goto(`${inject('baseUrl')}/a/${id}/coach/${areaId}`);
    const coachFirst = page.locator(`[id="coach-item-${first}"]`);
    await coachFirst.waitFor();
    // The adviser's note stays off the shared screen until asked for.
    expect(await page.getByText('Budget is tight: suggest the cluster grant.').count()).toBe(0);
    await page.getByRole('button', { name: 'Adviser notes (1)' }).click();
    await page.getByText('Budget is tight: suggest the cluster grant.').waitFor();
    const met = coachFirst.getByRole('radio', { name: 'Met', exact: true });
    await met.click();
    await expect.poll(() => met.getAttribute('aria-checked'), { timeout: 15_000 }).toBe('true');

    await page.getByRole('link', { name: '4. Progress' }).click();
    await page.getByRole('heading', { name: /^Since “Session / }).waitFor();
    await expect.poll(() => page.getByTestId('gaps-closed').innerText(), { timeout: 15_000 }).toBe('1');
    expect(await page.getByTestId('gaps-opened').innerText()).toBe('0');
    // Readiness then: both not met, 0%. Now: the first item's weight over both weights.
    const now = Math.round((100 * weight[severities[0]!]!) / (weight[severities[0]!]! + weight[severities[1]!]!));
    const readiness = (await page.getByTestId('readiness-then-now').innerText()).replace(/\s+/g, ' ');
    expect(readiness).toMatch(new RegExp(`^0% → (to )?${now}%$`));
    expect(await page.getByTestId('changes-closed').locator('li').count()).toBe(1);

    // The action plan: one gap left, UTF-8 with BOM, the hostile note kept as text.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export action plan (CSV)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^adviser-test-gmbh-mdr-action-plan-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes.toString('utf8').slice(1), { relax_column_count: false }) as string[][];
    const head = rows[0]!;
    expect(rows).toHaveLength(2);
    const row = Object.fromEntries(head.map((h, i) => [h, rows[1]![i]]));
    expect(row['Item id']).toBe(second);
    expect(row['Status']).toBe('Not met');
    expect(row['Note']).toBe("'=1+1");
    // The adviser's note is not part of the firm's action plan.
    expect(bytes.toString('utf8')).not.toContain('cluster grant');
    await page.getByText('Action plan downloaded: 1 gap with owner, due date and cost.').waitFor();
  });
});
