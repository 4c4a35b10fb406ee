// The classification helper in real Chromium: a hip implant comes out as class III by Rule 8, and the class goes into an assessment.
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type BrowserSession } from './browser';

let session: BrowserSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** Pick an option of the question on screen (by the start of its label) and continue. */
async function answer(page: Page, question: RegExp, option: RegExp, kind: 'radio' | 'checkbox' = 'radio') {
  await page.getByRole('heading', { level: 2, name: question }).waitFor();
  await page.getByRole(kind, { name: option }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
}

/** The profile stored in IndexedDB for an assessment, read the way the app stores it. */
async function storedProfile(page: Page, id: string): Promise<{ deviceClasses: string[]; implantable: boolean; sterile: boolean; companyName: string }> {
  return page.evaluate(
    (assessmentId) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('mdr-readiness');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('assessments').objectStore('assessments').get(assessmentId);
          get.onsuccess = () => {
            resolve(get.result.profile);
            open.result.close();
          };
          get.onerror = () => reject(get.error);
        };
      }),
    id,
  );
}

describe('classification helper', () => {
  it('classifies a hip implant as class III by Rule 8 and starts an assessment with it', async () => {
    session = await openApp(inject('baseUrl'), '/');
    const { page } = session;
    await page.getByRole('link', { name: 'Find my class' }).click();
    await page.getByRole('heading', { level: 1, name: 'Find your device class' }).waitFor();
    await page.screenshot({ path: '/tmp/classify-start.png', fullPage: true });

    await answer(page, /What is the product for/, /^A medical purpose/);
    await answer(page, /software on its own/, /^No, it is a physical product/);
    await answer(page, /contact with the body/, /^It is placed in the body and stays there/);
    await answer(page, /need a power source/, /^No$/);
    await page.screenshot({ path: '/tmp/classify-question.png', fullPage: true });
    await answer(page, /Does any of these apply\?/, /^Replaces all or part of a joint/, 'checkbox');
    await answer(page, /Does any of these apply to the product/, /^None of these/, 'checkbox');
    await answer(page, /supply it sterile/, /^Yes$/);

    const result = page.getByRole('heading', { level: 2, name: 'Class III', exact: true });
    await result.waitFor();
    // Focus moves to the result so keyboard and screen-reader users land on it.
    await expect(result.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    const rules = page.locator('.fired-rules');
    await expect(rules.textContent()).resolves.toMatch(/Rule 8.*Implants and long-term surgically invasive devices.*Class III.*joint replacement.*MDR Annex VIII Rule 8/);
    // Questions that do not matter for an implant were never asked.
    const asked = await page.locator('.answer-list-question').allTextContents();
    expect(asked).toHaveLength(7);
    expect(asked.join(' ')).not.toMatch(/How long|Where is it used|measuring function|What does the powered device do/);
    await page.screenshot({ path: '/tmp/classify-result.png', fullPage: true });

    await page.getByLabel('Company name').fill('Hip Works SARL');
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    await page.waitForURL(/\/a\/[^/]+\/profile$/);
    const id = page.url().match(/\/a\/([^/]+)\/profile$/)![1]!;
    const profile = await storedProfile(page, id);
    expect(profile).toMatchObject({ companyName: 'Hip Works SARL', deviceClasses: ['III'], implantable: true, sterile: true });
  });

  it('updates the class of an existing assessment and goes back to its profile', async () => {
    session = await openApp(inject('baseUrl'), '/classify', { width: 390, height: 844 });
    const { page } = session;
    // Make an assessment first, through the helper itself (a condom: class IIb by Rule 15).
    await answer(page, /What is the product for/, /^A medical purpose/);
    await answer(page, /software on its own/, /^No, it is a physical product/);
    await answer(page, /contact with the body/, /^It enters through a natural opening/);
    await answer(page, /How long/, /^Less than 60 minutes/);
    await answer(page, /need a power source/, /^No$/);
    await answer(page, /Does it do any of these/, /^None of these/, 'checkbox');
    await answer(page, /connected to a powered device/, /^No$/);
    await answer(page, /Does any of these apply to the product/, /^It is for contraception/, 'checkbox');
    await answer(page, /supply it sterile/, /^No$/);
    await page.getByRole('heading', { level: 2, name: 'Class IIb', exact: true }).waitFor();
    await expect(page.locator('.fired-rules').textContent()).resolves.toMatch(/Rule 15.*Class IIb/);
    await page.getByLabel('Company name').fill('Barrier Ltd');
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    await page.waitForURL(/\/a\/[^/]+\/profile$/);
    const id = page.url().match(/\/a\/([^/]+)\/profile$/)![1]!;

    // Now classify a different product for that assessment, from its profile: a tongue depressor (class I by Rule 5).
    await page.getByRole('link', { name: 'Not sure? Find your class' }).click();
    await page.waitForURL(new RegExp(`/classify\\?assessment=${id}$`));
    await page.getByText('For the assessment').waitFor();
    await answer(page, /What is the product for/, /^A medical purpose/);
    await answer(page, /software on its own/, /^No, it is a physical product/);
    await answer(page, /contact with the body/, /^It enters through a natural opening/);
    await answer(page, /How long/, /^From 60 minutes/);
    // Change of mind: go back and correct the duration.
    await page.getByRole('heading', { level: 2, name: /need a power source/ }).waitFor();
    await page.getByRole('button', { name: 'Back' }).click();
    await answer(page, /How long/, /^Less than 60 minutes/);
    await answer(page, /need a power source/, /^No$/);
    await answer(page, /Does it do any of these/, /^None of these/, 'checkbox');
    await answer(page, /connected to a powered device/, /^No$/);
    await answer(page, /Does any of these apply to the product/, /^None of these/, 'checkbox');
    await answer(page, /supply it sterile/, /^No$/);
    await answer(page, /measuring function/, /^No$/);
    await page.getByRole('heading', { level: 2, name: 'Class I', exact: true }).waitFor();
    await expect(page.locator('.fired-rules').textContent()).resolves.toMatch(/Rule 5.*Class I/);
    await expect(page.getByText(/The profile of Barrier Ltd lists: IIb/).count()).resolves.toBe(1);
    await page.screenshot({ path: '/tmp/classify-mobile-result.png', fullPage: true });

    await page.getByRole('button', { name: 'Use I in this assessment' }).click();
    await page.waitForURL(new RegExp(`/a/${id}/profile$`));
    await expect(storedProfile(page, id)).resolves.toMatchObject({ deviceClasses: ['I'] });
    await page.getByRole('link', { name: 'Not sure? Find your class' }).waitFor();
    await page.screenshot({ path: '/tmp/classify-profile-after.png', fullPage: false });
  });
});
