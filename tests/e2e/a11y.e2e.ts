// Accessibility in real Chromium: axe-core (WCAG 2.1 A/AA and best practice) on every screen and state,
// in the light and the dark colour scheme and at 320 px, with no horizontal scrolling of the page at 320 px;
// keyboard use of the dialog, the row menu and the checklist's answer buttons.
// Screenshots of every audited state go to the folder named by A11Y_SHOTS, for a person to look at.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openApp, type BrowserSession } from './browser';

let session: BrowserSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const sampleFixture = 'tests/fixtures/sample-class-iia.json';

type Scheme = 'light' | 'dark';
interface Run {
  scheme: Scheme;
  width: number;
  /** What axe and the width check found, one line per problem. */
  problems: string[];
  audited: string[];
}

/** Waits until transitions and animations are over and fonts are in, so colours are measured at rest. */
async function settle(page: Page) {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page
    .waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity), undefined, {
      timeout: 3000,
    })
    .catch(() => undefined);
}

/** One line per rule and kind of failure, with how many elements and the first few of them. */
function describeViolations(results: AxeResults): string[] {
  return results.violations.flatMap((v) => {
    const bySummary = new Map<string, string[]>();
    for (const n of v.nodes) {
      const summary = (n.failureSummary ?? '').replace(/\s+/g, ' ').trim();
      bySummary.set(summary, [...(bySummary.get(summary) ?? []), n.target.join(' ')]);
    }
    return [...bySummary].map(
      ([summary, targets]) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} | ${targets.length}× ${targets.slice(0, 3).join(' ; ')} | ${summary}`,
    );
  });
}

/** Runs axe on the page as it is now, and at narrow widths checks that the page does not scroll sideways. */
async function audit(page: Page, run: Run, screen: string) {
  await settle(page);
  const label = `${screen} [${run.scheme}, ${run.width}px]`;
  run.audited.push(label);
  if (!(await page.evaluate(() => 'axe' in window))) {
    // The app's Content-Security-Policy (script-src 'self', Trusted Types) refuses an injected <script>
    // element; evaluating the source through the DevTools protocol is not subject to it.
    await page.evaluate(axeSource);
  }
  const results = await page.evaluate(
    (values) =>
      (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
        runOnly: { type: 'tag', values },
        resultTypes: ['violations'],
      }),
    axeTags,
  );
  run.problems.push(...describeViolations(results).map((line) => `${label} ${line}`));
  if (run.width <= 400) {
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
    if (widths.scroll > widths.inner) {
      const wide = await page.evaluate(() => {
        const limit = window.innerWidth;
        return [...document.querySelectorAll<HTMLElement>('body *')]
          .filter((el) => el.getBoundingClientRect().right > limit + 0.5 && el.getClientRects().length > 0)
          .slice(0, 5)
          .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} (right ${Math.round(el.getBoundingClientRect().right)})`);
      });
      run.problems.push(`${label} page scrolls sideways: scrollWidth ${widths.scroll} > innerWidth ${widths.inner}; widest: ${wide.join(', ')}`);
    }
  }
  const dir = process.env.A11Y_SHOTS;
  if (dir) {
    mkdirSync(dir, { recursive: true });
    const name = `${run.scheme}-${run.width}-${screen.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`;
    // The whole page, up to a height an image viewer still opens.
    const height = Math.min(await page.evaluate(() => document.documentElement.scrollHeight), 8000);
    await page.screenshot({ path: join(dir, name), fullPage: true, clip: { x: 0, y: 0, width: run.width, height } });
  }
}

/** Opens the app on a fresh profile in the given colour scheme and width. */
async function start(scheme: Scheme, width: number): Promise<Page> {
  session = await openApp(inject('baseUrl'), '/', { width, height: width < 600 ? 720 : 900 });
  const { page } = session;
  await page.emulateMedia({ colorScheme: scheme });
  return page;
}

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const tab = (page: Page, name: RegExp) => page.getByRole('navigation', { name: 'Assessment' }).getByRole('link', { name });

/** Every screen, and the states of them that show more: dialogs, menus, notices, expanded help. */
async function walkEveryScreen(page: Page, run: Run) {
  // First visit: the empty list with the notice on where the data lives.
  await page.getByRole('button', { name: 'Start an assessment' }).waitFor();
  await page.getByRole('region', { name: 'Your work stays on this device' }).waitFor();
  await audit(page, run, 'first visit, empty list');

  await page.getByRole('button', { name: 'Start an assessment' }).click();
  await page.getByRole('dialog').waitFor();
  await audit(page, run, 'new assessment dialog');
  await page.getByLabel('Company name').fill('Accessible Devices GmbH');
  await page.getByRole('button', { name: /Continue to the profile/ }).click();
  await page.waitForURL(/\/a\/[^/]+\/profile$/);
  await page.getByLabel('Company name').waitFor();
  await audit(page, run, 'profile of a new assessment');
  await page.getByRole('region', { name: 'Your work stays on this device' }).getByRole('button').first().click();

  // The sample assessment opens on its summary.
  await mainNav(page).getByRole('link', { name: 'Assessments' }).click();
  await page.getByRole('button', { name: /Open a sample assessment|See a sample/ }).click();
  await page.waitForURL(/\/a\/[^/]+\/summary$/);
  const id = new URL(page.url()).pathname.split('/')[2]!;
  await page.locator('.gap-row').first().waitFor();
  await audit(page, run, 'summary');

  await tab(page, /Profile/).click();
  await page.waitForURL(/\/profile$/);
  await page.locator('main form, main fieldset').first().waitFor();
  await audit(page, run, 'profile');

  await tab(page, /Checklist/).click();
  const item = page.locator('.checklist-item').first();
  await item.waitFor();
  await item.locator('.item-guidance summary').click();
  const details = item.getByRole('button', { name: /Add a note/ });
  if (await details.count()) await details.click();
  const term = page.locator('.checklist-item .glossary-term').first();
  if (await term.count()) await term.click();
  const help = page.locator('main details.help-panel > summary').first();
  if (await help.count()) await help.click();
  await audit(page, run, 'checklist, item expanded and help open');

  await tab(page, /Progress/).click();
  await page.getByRole('button', { name: 'Take a snapshot' }).waitFor();
  await audit(page, run, 'progress, no snapshot');
  await page.getByRole('button', { name: 'Take a snapshot' }).click();
  await page.getByRole('heading', { name: /^Since “/ }).waitFor();

  // The coaching view: change an answer, show the adviser's notes.
  await page.getByRole('link', { name: /coaching view/i }).click();
  const coachItem = page.locator('.coach-item').first();
  await coachItem.waitFor();
  const choice = (await coachItem.getByRole('radio', { checked: false }).first().textContent())!.replace(/^\W+/, '').trim();
  const radio = coachItem.getByRole('radio', { name: choice, exact: true });
  await radio.click();
  await expect.poll(() => radio.getAttribute('aria-checked'), { timeout: 15_000 }).toBe('true');
  const notes = page.getByRole('button', { name: /Adviser notes/ });
  if (await notes.count()) await notes.first().click();
  await audit(page, run, 'coach view');

  await page.goto(`${inject('baseUrl')}/a/${id}/progress`);
  await page.getByRole('heading', { name: /^Since “/ }).waitFor();
  await expect.poll(() => page.locator('.progress-main li').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  await audit(page, run, 'progress, comparison with a snapshot');

  // The list with an assessment, and its row menu open.
  await mainNav(page).getByRole('link', { name: 'Assessments' }).click();
  await page.getByRole('list', { name: 'Saved assessments' }).waitFor();
  await audit(page, run, 'assessments list');
  await page.getByRole('button', { name: /More actions for/ }).first().click();
  await page.locator('.row-menu-panel').waitFor();
  await audit(page, run, 'assessments list, row menu open');
  await page.keyboard.press('Escape');

  // An assessment answered against an older rule set: the notice that the checklist changed.
  await page.getByLabel('Import an assessment or backup file').setInputFiles(sampleFixture);
  await expect.poll(() => page.getByRole('list', { name: 'Saved assessments' }).getByRole('listitem').count(), { timeout: 15_000 }).toBe(3);
  await audit(page, run, 'assessments list, after an import');
  await page.goto(`${inject('baseUrl')}/a/sample-class-iia/profile`);
  await page.locator('.rule-set-notice').waitFor();
  await audit(page, run, 'profile with the rule-set notice');

  // Eight days later, unbacked work brings the backup reminder.
  await page.clock.setFixedTime(Date.now() + 8 * 86_400_000);
  await page.goto(inject('baseUrl') + '/');
  await page.getByRole('region', { name: 'Time for a backup' }).waitFor();
  await audit(page, run, 'assessments list, backup reminder');

  await mainNav(page).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  await audit(page, run, 'settings');

  await mainNav(page).getByRole('link', { name: /rules/i }).click();
  await page.getByRole('heading', { level: 1, name: 'MDR rules' }).waitFor();
  await audit(page, run, 'rules browser');

  await mainNav(page).getByRole('link', { name: /class/i }).click();
  await page.getByRole('heading', { level: 1, name: 'Find your device class' }).waitFor();
  await audit(page, run, 'classify, first question');
  for (const [question, option, kind] of [
    [/What is the product for/, /^A medical purpose/, 'radio'],
    [/software on its own/, /^No, it is a physical product/, 'radio'],
    [/contact with the body/, /^It is placed in the body and stays there/, 'radio'],
    [/need a power source/, /^No$/, 'radio'],
    [/Does any of these apply\?/, /^Replaces all or part of a joint/, 'checkbox'],
    [/Does any of these apply to the product/, /^None of these/, 'checkbox'],
    [/supply it sterile/, /^Yes$/, 'radio'],
  ] as const) {
    await page.getByRole('heading', { level: 2, name: question }).waitFor();
    await page.getByRole(kind, { name: option }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await page.getByRole('heading', { level: 2, name: 'Class III', exact: true }).waitFor();
  await audit(page, run, 'classify, result');

}

function report(run: Run) {
  expect(run.audited.length).toBeGreaterThan(15);
  expect(run.problems.length, `${run.problems.length} accessibility problems:\n${run.problems.join('\n')}\n`).toBe(0);
}

describe('accessibility of every screen (axe-core, WCAG 2.1 AA)', () => {
  for (const [scheme, width] of [
    ['light', 1280],
    ['dark', 1280],
    ['light', 320],
    ['dark', 320],
  ] as const) {
    it(`has no violations in the ${scheme} colour scheme at ${width} px`, async () => {
      const page = await start(scheme, width);
      const run: Run = { scheme, width, problems: [], audited: [] };
      try {
        await walkEveryScreen(page, run);
      } catch (error) {
        throw new Error(`${String(error)}\nFound before that:\n${run.problems.join('\n')}`, { cause: error });
      }
      report(run);
    });
  }
});
