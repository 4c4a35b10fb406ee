// Nothing typed or clicked is lost: 100 cycles of answer-then-reload and close-mid-typing; a tab closed
// mid-typing (a note, a profile field, a day rate) while another tab reads; and two tabs editing the
// same answers at once end up with the same, complete state.
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { openApp, type BrowserSession } from './browser';

let session: BrowserSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const statuses = [
  { label: 'Met', value: 'met' },
  { label: 'Partly met', value: 'partial' },
  { label: 'Not met', value: 'not_met' },
] as const;

interface StoredAnswer {
  itemId: string;
  status: string | null;
  note: string;
  owner: string;
}

/** The answers of one assessment, read straight from IndexedDB: what a reload would show. */
async function storedAnswers(page: Page, assessmentId: string): Promise<Map<string, StoredAnswer>> {
  const rows = await page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((ok, bad) => {
      const open = indexedDB.open('mdr-readiness');
      open.onsuccess = () => ok(open.result);
      open.onerror = () => bad(open.error);
    });
    const all = await new Promise<StoredAnswer[]>((ok, bad) => {
      const request = db.transaction('answers').objectStore('answers').index('assessmentId').getAll(id);
      request.onsuccess = () => ok(request.result as StoredAnswer[]);
      request.onerror = () => bad(request.error);
    });
    db.close();
    return all;
  }, assessmentId);
  return new Map(rows.map((r) => [r.itemId, r]));
}

/** Start an assessment through the UI and open its checklist; returns its id and the first area's URL. */
async function newAssessmentChecklist(page: Page, company: string): Promise<{ id: string; url: string }> {
  await page.getByRole('heading', { name: 'Assessments', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Start an assessment' }).click();
  await page.getByLabel('Company name').fill(company);
  await page.getByRole('button', { name: /Continue to the profile/ }).click();
  await page.getByRole('heading', { name: 'Company and device profile' }).waitFor();
  const id = page.url().match(/\/a\/([^/]+)\//)![1]!;
  await page.getByRole('link', { name: '2. Checklist' }).click();
  await page.locator('.checklist-item').first().waitFor();
  const url = page.url().replace(/\?.*$/, '');
  return { id, url };
}

async function itemIdsOnScreen(page: Page): Promise<string[]> {
  return page.locator('.checklist-item').evaluateAll((els) => els.map((el) => el.id.replace(/^item-/, '')));
}

const itemOn = (page: Page, itemId: string) => page.locator(`[id="item-${itemId}"]`);

/** Show an item's note, evidence, owner and due-date fields (they open by themselves once answered). */
async function openFields(item: Locator): Promise<void> {
  const note = item.getByLabel('Note', { exact: true });
  const opener = item.getByRole('button', { name: /add a note/i });
  for (let attempt = 0; attempt < 10; attempt += 1) {
    if (await note.isVisible()) return;
    // The button may disappear while we click it (the fields open when an answer arrives): try again.
    await opener.click({ timeout: 2000 }).catch(() => undefined);
    await note.waitFor({ timeout: 1000 }).catch(() => undefined);
  }
  throw new Error('the note field did not open');
}

async function noteField(page: Page, itemId: string): Promise<Locator> {
  await openFields(itemOn(page, itemId));
  return itemOn(page, itemId).getByLabel('Note', { exact: true });
}

/**
 * Keep a read of `table` going in `page` (another tab's live queries read, briefly, all the time; a
 * write issued meanwhile waits behind it). Returns the release.
 */
async function holdRead(page: Page, table: string): Promise<() => Promise<void>> {
  await page.evaluate('window.__name = (f) => f');
  await page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((ok, bad) => {
      const open = indexedDB.open('mdr-readiness');
      open.onsuccess = () => ok(open.result);
      open.onerror = () => bad(open.error);
    });
    const store = db.transaction(name).objectStore(name);
    const state = window as unknown as { holdRead: boolean };
    state.holdRead = true;
    const spin = () => {
      if (state.holdRead) store.count().onsuccess = spin;
      else db.close();
    };
    spin();
  }, table);
  return async () => {
    await page.evaluate(() => ((window as unknown as { holdRead: boolean }).holdRead = false));
  };
}

/**
 * In a second tab on the same screen, hold a read of `table`; type `text` into `field` of the session's
 * page and close that page at once. The second tab then shows the text without a reload, and after one.
 */
async function expectTypedAsTabClosesKept(session: BrowserSession, field: (page: Page) => Locator, table: string, text: string): Promise<void> {
  const typing = session.page;
  await field(typing).waitFor();
  const other = await session.context.newPage();
  await other.goto(typing.url());
  await field(other).waitFor();
  const release = await holdRead(other, table);
  await field(typing).click();
  await field(typing).press('ControlOrMeta+a');
  await typing.keyboard.type(text);
  await typing.close();
  await release();
  await expect.poll(() => field(other).inputValue(), { timeout: 5000 }).toBe(text);
  await other.reload();
  await expect.poll(() => field(other).inputValue()).toBe(text);
}

async function openChecklist(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('.checklist-item').first().waitFor();
  return page;
}

describe('durability', () => {
  it('loses nothing over 100 cycles of answer-then-reload and close-mid-typing', async () => {
    const started = Date.now();
    session = await openApp(inject('baseUrl'));
    const { context } = session;
    let page = session.page;
    const { id, url } = await newAssessmentChecklist(page, 'Durability Test Ltd');
    const items = (await itemIdsOnScreen(page)).slice(0, 6);
    expect(items.length).toBeGreaterThanOrEqual(3);
    // A second tab keeps the browser open while the first one is closed and reopened.
    const keeper = await context.newPage();
    await keeper.goto(inject('baseUrl') + '/settings');

    const expected = new Map<string, { status?: string; note?: string }>();
    const losses: string[] = [];
    for (let cycle = 0; cycle < 100; cycle += 1) {
      // Each item gets an answer, then a note, then the next answer…
      const itemId = items[Math.floor(cycle / 2) % items.length]!;
      const want = expected.get(itemId) ?? {};
      if (cycle % 2 === 0) {
        // Click an answer, and reload at once: no waiting for "Saved".
        const status = statuses[Math.floor(cycle / 2) % statuses.length]!;
        await itemOn(page, itemId).getByRole('radio', { name: status.label, exact: true }).click();
        want.status = status.value;
        await page.reload();
      } else {
        // Type a note and close the tab mid-typing (before the field's save delay runs out).
        const note = await noteField(page, itemId);
        await note.click();
        await note.press('ControlOrMeta+a');
        await page.keyboard.type(`Cycle ${cycle}`);
        want.note = `Cycle ${cycle}`;
        await page.close();
        page = await openChecklist(context, url);
      }
      expected.set(itemId, want);
      await itemOn(page, itemId).waitFor();
      // What was entered is stored (read from the other tab)…
      const stored = (await storedAnswers(keeper, id)).get(itemId);
      if (want.status && stored?.status !== want.status) losses.push(`cycle ${cycle}: ${itemId} stored status ${stored?.status} instead of ${want.status}`);
      if (want.note && stored?.note !== want.note) losses.push(`cycle ${cycle}: ${itemId} stored note "${stored?.note}" instead of "${want.note}"`);
      // …and, checked every tenth cycle (it takes time), shown by the reopened page.
      if (cycle % 10 === 9) {
        if (want.status) {
          const label = statuses.find((s) => s.value === want.status)!.label;
          const checked = await itemOn(page, itemId).getByRole('radio', { name: label, exact: true }).getAttribute('aria-checked');
          if (checked !== 'true') losses.push(`cycle ${cycle}: ${itemId} does not show status ${want.status}`);
        }
        const shown = await (await noteField(page, itemId)).inputValue();
        if (shown !== (want.note ?? '')) losses.push(`cycle ${cycle}: ${itemId} shows note "${shown}" instead of "${want.note}"`);
      }
      if (process.env.DURABILITY_TRACE) console.log(`cycle ${cycle} at ${Date.now() - started} ms`);
    }
    expect(losses).toEqual([]);

    const stored = await storedAnswers(page, id);
    for (const [itemId, want] of expected) expect(stored.get(itemId), itemId).toMatchObject(want);
    console.log(`durability: 100 cycles in ${Math.round((Date.now() - started) / 1000)} s`);
  }, 300_000);

  it('keeps a note typed as its tab closes while another tab is reading the answers, and shows it there', async () => {
    session = await openApp(inject('baseUrl'));
    const { context } = session;
    const typing = session.page;
    const { id, url } = await newAssessmentChecklist(typing, 'Busy Reader AB');
    const [itemId] = await itemIdsOnScreen(typing);
    const other = await openChecklist(context, url);
    await openFields(itemOn(other, itemId!));
    const release = await holdRead(other, 'answers');
    const note = await noteField(typing, itemId!);
    await note.click();
    await typing.keyboard.type('Typed as the tab closed');
    await typing.close();
    await release();

    // The other tab shows it without a reload, and it is stored.
    await expect.poll(async () => (await noteField(other, itemId!)).inputValue(), { timeout: 5000 }).toBe('Typed as the tab closed');
    expect((await storedAnswers(other, id)).get(itemId!)).toMatchObject({ note: 'Typed as the tab closed' });
  });

  it('keeps a profile field typed as its tab closes while another tab is reading the assessments, and shows it there', async () => {
    session = await openApp(inject('baseUrl'));
    await newAssessmentChecklist(session.page, 'Busy Profile SARL');
    await session.page.getByRole('link', { name: '1. Profile' }).click();
    await expectTypedAsTabClosesKept(session, (page) => page.getByLabel('Main device or product line', { exact: false }), 'assessments', 'Infusion pump P-300');
  });

  it('keeps a day rate typed as its tab closes while another tab is reading the settings', async () => {
    session = await openApp(inject('baseUrl'), '/settings');
    await expectTypedAsTabClosesKept(session, (page) => page.getByLabel(/^Internal day rate/), 'settings', '735');
  });

  it('two tabs editing the same answers at once converge on one complete state', async () => {
    session = await openApp(inject('baseUrl'));
    const { context } = session;
    const a = session.page;
    const { id, url } = await newAssessmentChecklist(a, 'Two Tabs GmbH');
    const b = await openChecklist(context, url);
    const [first, second] = await itemIdsOnScreen(a);

    // Each tab changes different fields of the same two answers, interleaved.
    await itemOn(a, first!).getByRole('radio', { name: 'Partly met', exact: true }).click();
    const ownerB = itemOn(b, first!);
    await openFields(ownerB);
    await ownerB.getByLabel('Owner').fill('Quality lead');
    await ownerB.getByLabel('Owner').blur();
    await itemOn(b, second!).getByRole('radio', { name: 'Not met', exact: true }).click();
    const noteA = await noteField(a, second!);
    await noteA.fill('Supplier audit booked');
    await noteA.blur();

    const expectedState = {
      [first!]: { status: 'partial', owner: 'Quality lead' },
      [second!]: { status: 'not_met', note: 'Supplier audit booked' },
    };
    await expect
      .poll(async () => {
        const stored = await storedAnswers(a, id);
        return { [first!]: stored.get(first!), [second!]: stored.get(second!) };
      })
      .toMatchObject(expectedState);

    // Both tabs show it, without a reload.
    for (const page of [a, b]) {
      await expect.poll(() => itemOn(page, first!).getByRole('radio', { name: 'Partly met', exact: true }).getAttribute('aria-checked')).toBe('true');
      await expect.poll(() => itemOn(page, second!).getByRole('radio', { name: 'Not met', exact: true }).getAttribute('aria-checked')).toBe('true');
      await expect.poll(async () => (await noteField(page, second!)).inputValue()).toBe('Supplier audit booked');
      await expect.poll(async () => itemOn(page, first!).getByLabel('Owner').inputValue().catch(() => '')).toBe('Quality lead');
    }
  });
});
