// The checklist in real Chromium, on an assessment started from the home page: answers survive reloads
// and closed tabs, show up in other tabs, and feed the summary's cost figures. Independent of the rule
// set's contents: it answers whatever items are listed.
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type BrowserSession } from './browser';

let session: BrowserSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** Start an assessment the way a user does: home page, "Start an assessment", company name, then the Checklist tab. */
async function openNewChecklist(baseUrl: string): Promise<Page> {
  session = await openApp(baseUrl, '/');
  const { page } = session;
  await page.getByRole('button', { name: /Start an assessment|New assessment/ }).first().click();
  await page.getByLabel('Company name').fill('E2E Medical');
  await page.getByRole('button', { name: /Continue to the profile/ }).click();
  await page.waitForURL(/\/a\/[^/]+\/profile/);
  await page.getByRole('link', { name: '2. Checklist' }).click();
  await page.locator('.checklist-item').first().waitFor();
  return page;
}

/** Item ids of the area on screen, in order. */
async function itemIds(page: Page): Promise<string[]> {
  return page.locator('.checklist-item').evaluateAll((els) => els.map((el) => el.id.replace(/^item-/, '')));
}

function statusButton(page: Page, itemId: string, label: 'Met' | 'Partly met' | 'Not met' | 'Not applicable') {
  return page.locator(`[id="item-${itemId}"]`).getByRole('radio', { name: label, exact: true });
}

async function expectChecked(page: Page, itemId: string, label: 'Met' | 'Partly met' | 'Not met') {
  await expect.poll(() => statusButton(page, itemId, label).getAttribute('aria-checked'), { timeout: 10_000 }).toBe('true');
}

describe('checklist in the browser', () => {
  it('keeps answers in two areas across a reload, and the summary prices the gaps', async () => {
    const page = await openNewChecklist(inject('baseUrl'));
    const areaLinks = page.getByRole('navigation', { name: 'Checklist areas' }).getByRole('link');
    expect(await areaLinks.count()).toBeGreaterThanOrEqual(2);

    const first = await itemIds(page);
    await statusButton(page, first[0]!, 'Not met').click();
    // Answering moves on to the next item, once the answer is stored.
    await expect.poll(() => page.url()).toContain(`item=${encodeURIComponent(first[1] ?? first[0]!)}`);
    if (first[1]) await page.keyboard.press('1');

    await areaLinks.nth(1).click();
    await page.waitForURL(/\/area\/[^/?]+/);
    await expect.poll(async () => (await itemIds(page))[0]).not.toBe(first[0]);
    const second = await itemIds(page);
    await statusButton(page, second[0]!, 'Partly met').click();
    await expectChecked(page, second[0]!, 'Partly met');

    await page.reload();
    await page.locator('.checklist-item').first().waitFor();
    await expectChecked(page, second[0]!, 'Partly met');
    await areaLinks.first().click();
    await expectChecked(page, first[0]!, 'Not met');
    if (first[1]) await expectChecked(page, first[1], 'Met');

    await page.getByRole('link', { name: /Summary/ }).first().click();
    await page.getByRole('heading', { name: 'Gaps to close' }).waitFor();
    const figure = await page.locator('.kpi-money').textContent();
    expect(figure).toMatch(/€\s?[1-9][\d,]*/);
    expect(await page.locator('.gap-row').count()).toBe(2);

    // The PDF exporter loads on demand and hands over a PDF file.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PDF report' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    await expect.poll(() => page.getByRole('button', { name: 'Export PDF report' }).isEnabled()).toBe(true);
  });

  it('keeps a note typed just before the tab is closed', async () => {
    const page = await openNewChecklist(inject('baseUrl'));
    const context = session!.context;
    const url = page.url();
    const [itemId] = await itemIds(page);
    // A second tab keeps the browser (and its profile) open while the first one closes.
    const keeper = await context.newPage();
    await keeper.goto(inject('baseUrl') + '/');
    const item = page.locator(`[id="item-${itemId}"]`);
    await item.getByRole('button', { name: /add a note/i }).click();
    await item.getByLabel('Note').click();
    await page.keyboard.type('Typed right before closing');
    await page.close();

    const reopened = await context.newPage();
    await reopened.goto(url);
    const note = reopened.locator(`[id="item-${itemId}"]`).getByLabel('Note');
    await expect.poll(() => note.inputValue(), { timeout: 10_000 }).toBe('Typed right before closing');
  });

  it('shows an answer given in one tab in another tab of the same browser', async () => {
    const page = await openNewChecklist(inject('baseUrl'));
    const other = await session!.context.newPage();
    await other.goto(page.url());
    await other.locator('.checklist-item').first().waitFor();
    const [itemId] = await itemIds(page);
    await statusButton(page, itemId!, 'Met').click();
    await expectChecked(other, itemId!, 'Met');

    await other.locator(`[id="item-${itemId}"]`).getByRole('button', { name: /add a note/i }).click();
    await other.locator(`[id="item-${itemId}"]`).getByLabel('Owner').fill('Quality lead');
    await other.locator(`[id="item-${itemId}"]`).getByLabel('Owner').blur();
    const owner = page.locator(`[id="item-${itemId}"]`).getByLabel('Owner');
    await expect.poll(() => owner.inputValue().catch(() => ''), { timeout: 10_000 }).toBe('Quality lead');
  });
});
