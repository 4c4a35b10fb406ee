// Accessibility in real Chromium: axe-core (WCAG 2.1 A/AA and best practice) on every screen and state,
// in the light and the dark colour scheme and at 320 px, with no horizontal scrolling of the page at 320 px;
// keyboard use of the dialog, the row menu and the checklist's answer buttons.
// Screenshots of every audited state go to the folder named by A11Y_SHOTS, for a person to look at.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe';
import { openApp, type BrowserSession } from './browser';

let session: BrowserSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

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

/** Runs axe on the page as it is now, and at narrow widths checks that the page does not scroll sideways. */
async function audit(page: Page, run: Run, screen: string) {
  await settle(page);
  const label = `${screen} [${run.scheme}, ${run.width}px]`;
  run.audited.push(label);
  run.problems.push(...(await axeViolations(page)).map((line) => `${label} ${line}`));
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
    await page.evaluate(() => window.scrollTo(0, 0));
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
  // The service worker has cached the app: the "ready to work offline" toast shows for a few seconds.
  await page.locator('.update-toast').waitFor();
  await audit(page, run, 'first visit, empty list, offline-ready toast');

  await page.getByRole('button', { name: 'Start an assessment' }).click();
  await page.getByRole('dialog').waitFor();
  await audit(page, run, 'new assessment dialog');
  await page.getByRole('button', { name: /Continue to the profile/ }).click();
  await page.getByRole('dialog').locator('.error').first().waitFor();
  await audit(page, run, 'new assessment dialog, name missing');
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

  // Deleting shows the Undo toast.
  await mainNav(page).getByRole('link', { name: 'Assessments' }).click();
  await page.getByRole('button', { name: /More actions for Lumen/ }).first().click();
  await page.locator('.row-menu-panel').getByRole('button', { name: 'Delete', exact: true }).click();
  await page.getByRole('button', { name: 'Undo' }).waitFor();
  await audit(page, run, 'assessments list, undo toast');

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

interface FocusStop {
  what: string;
  /** The focus ring: outline or box-shadow drawn, its width and its contrast with what surrounds it. */
  ring: { style: string; width: number; contrast: number } | null;
}

/**
 * Presses Tab from the top of the page until focus comes round again (or `max` stops), and describes the
 * focus indicator of every control reached. Inputs hidden inside a styled label are judged by the label.
 */
async function tabThrough(page: Page, max = 80): Promise<FocusStop[]> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const stops: FocusStop[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const focused = document.activeElement as HTMLElement | null;
      if (!focused || focused === document.body) return null;
      const hidden = (el: Element) => Number(getComputedStyle(el).opacity) === 0;
      const shown = hidden(focused) ? (focused.closest('label') ?? focused) : focused;
      const style = getComputedStyle(shown);
      const path = (el: Element | null): string => {
        const parts: string[] = [];
        for (let e = el; e && e !== document.body; e = e.parentElement) parts.unshift(e.tagName + (e.id ? `#${e.id}` : '') + ([...e.classList].length ? `.${[...e.classList].join('.')}` : ''));
        return parts.slice(-3).join(' > ');
      };
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
      const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
        const f = (v: number) => {
          const s = v / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      // What the ring is drawn on: the element itself for an inset ring, else the nearest opaque backdrop.
      const inset = parseFloat(style.outlineOffset) < 0;
      let back = 'rgb(255, 255, 255)';
      for (let e: Element | null = inset ? shown : shown.parentElement; e; e = e.parentElement) {
        const bg = getComputedStyle(e).backgroundColor;
        const parts = rgb(bg);
        if (parts.length >= 3 && (parts.length < 4 || parts[3] === 1)) {
          back = bg;
          break;
        }
        if (e === document.documentElement) back = getComputedStyle(document.documentElement).backgroundColor;
      }
      const ratio = (a: string, b: string) => {
        const [x, y] = [luminance(rgb(a)), luminance(rgb(b))];
        return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
      };
      let ring: { style: string; width: number; contrast: number } | null = null;
      if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) {
        ring = { style: 'outline', width: parseFloat(style.outlineWidth), contrast: ratio(style.outlineColor, back) };
      } else if (style.boxShadow !== 'none') {
        ring = { style: 'box-shadow', width: 0, contrast: ratio(style.boxShadow.replace(/\)\s.*$/, ')'), back) };
      }
      const name = (focused.getAttribute('aria-label') ?? focused.textContent ?? '').trim().slice(0, 40);
      return { what: `${path(focused)} “${name}”`, ring };
    });
    if (!stop || seen.has(stop.what)) break;
    seen.add(stop.what);
    stops.push(stop);
  }
  return stops;
}

function badRings(stops: FocusStop[]): string[] {
  return stops.filter((s) => !s.ring || s.ring.style !== 'outline' || s.ring.width < 2 || s.ring.contrast < 3).map((s) => `${s.what}: ${JSON.stringify(s.ring)}`);
}

describe('a write that fails', () => {
  it('reports it in the header without accessibility problems, light and dark', async () => {
    const page = await start('light', 1280);
    // Writes fail while the page's session storage says so (as in the first-run tests).
    await session!.context.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if (sessionStorage.getItem('e2e-fail-writes') === 'quota') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    await page.reload();
    await page.getByRole('button', { name: /Open a sample assessment/ }).click();
    await page.waitForURL(/\/summary$/);
    await tab(page, /Checklist/).click();
    const item = page.locator('.checklist-item').first();
    await item.waitFor();
    const target = (await item.getByRole('radio', { checked: true }).textContent())?.includes('Not met') ? 'Met' : 'Not met';
    await page.evaluate(() => sessionStorage.setItem('e2e-fail-writes', 'quota'));
    await item.getByRole('radio', { name: target, exact: true }).click();
    await page.locator('header .save-error').waitFor({ timeout: 15_000 });
    const problems: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const run: Run = { scheme, width: 1280, problems, audited: [] };
      await audit(page, run, 'checklist, write refused');
    }
    expect(problems.length, problems.join('\n')).toBe(0);
  });
});

describe('colour scheme and motion', () => {
  it('uses the dark token set when the system asks for dark, and stops transitions and smooth scrolling for reduced motion', async () => {
    const page = await start('light', 1280);
    const button = page.getByRole('button', { name: 'Start an assessment' });
    await button.waitFor();
    const look = () =>
      page.evaluate(() => {
        const html = getComputedStyle(document.documentElement);
        const btn = getComputedStyle(document.querySelector('.btn')!);
        return { background: html.backgroundColor, scheme: html.colorScheme, scroll: html.scrollBehavior, transition: btn.transitionDuration };
      });
    const light = await look();
    expect(light.scheme).toBe('light');
    expect(light.transition).not.toMatch(/^0s|^1e-05s/);

    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await expect.poll(async () => (await look()).background).not.toBe(light.background);
    const dark = await look();
    expect(dark.scheme).toBe('dark');
    // A dark page: every channel of the background is low.
    expect(Math.max(...(dark.background.match(/\d+/g) ?? []).slice(0, 3).map(Number))).toBeLessThan(40);
    expect(dark.scroll).toBe('auto');
    for (const d of dark.transition.split(',')) expect(parseFloat(d)).toBeLessThanOrEqual(0.00001);
  });
});

describe('keyboard', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`shows a focus ring of at least 2 px at 3:1 on every control reached with Tab (${scheme})`, async () => {
      const page = await start(scheme, 1280);
      const problems: string[] = [];
      const check = async (screen: string) => {
        const stops = await tabThrough(page);
        expect(stops.length, screen).toBeGreaterThan(3);
        problems.push(...badRings(stops).map((p) => `${screen}: ${p}`));
      };
      await page.getByRole('button', { name: 'Start an assessment' }).waitFor();
      await check('first visit');
      await page.getByRole('button', { name: /Open a sample assessment/ }).click();
      await page.waitForURL(/\/summary$/);
      await page.locator('.gap-row').first().waitFor();
      await check('summary');
      await tab(page, /Checklist/).click();
      await page.locator('.checklist-item').first().waitFor();
      await check('checklist');
      await tab(page, /Profile/).click();
      await page.getByLabel('Company name').waitFor();
      await check('profile');
      await tab(page, /Progress/).click();
      await page.getByRole('button', { name: 'Take a snapshot' }).waitFor();
      await check('progress');
      await mainNav(page).getByRole('link', { name: 'Assessments' }).click();
      await page.getByRole('list', { name: 'Saved assessments' }).waitFor();
      await check('assessments list');
      await mainNav(page).getByRole('link', { name: 'Settings' }).click();
      await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
      await check('settings');
      await mainNav(page).getByRole('link', { name: /class/i }).click();
      await page.getByRole('heading', { level: 1, name: 'Find your device class' }).waitFor();
      await check('classify');
      expect(problems.length, `controls without a visible focus ring:\n${problems.join('\n')}`).toBe(0);
    });
  }

  it('keeps Tab inside the new-assessment dialog, closes it with Escape and returns focus to the button that opened it', async () => {
    const page = await start('light', 1280);
    const opener = page.getByRole('button', { name: 'Start an assessment' });
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const focusedIn = () => page.evaluate(() => Boolean(document.activeElement?.closest('[role="dialog"]')));
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('new-companyName');
    // Round and round in both directions: focus never leaves the dialog.
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      expect(await focusedIn()).toBe(true);
    }
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Shift+Tab');
      expect(await focusedIn()).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await opener.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('opens the row menu with the keyboard, moves into it, and closes it with Escape or when focus leaves it', async () => {
    const page = await start('light', 1280);
    await page.getByRole('button', { name: /Open a sample assessment/ }).click();
    await page.waitForURL(/\/summary$/);
    await mainNav(page).getByRole('link', { name: 'Assessments' }).click();
    const more = page.getByRole('button', { name: /More actions for/ });
    await more.focus();
    await page.keyboard.press('Enter');
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    const panel = page.locator('.row-menu-panel');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.row-menu-panel') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    expect(await more.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await more.getAttribute('aria-expanded')).toBe('false');

    // Space opens it too; tabbing past its last action closes it instead of leaving it open behind.
    await page.keyboard.press('Space');
    await panel.waitFor();
    const actions = await panel.getByRole('button').count();
    for (let i = 0; i < actions; i++) await page.keyboard.press('Tab');
    await expect.poll(() => panel.count()).toBe(0);
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.closest('.row-menu') === null)).toBe(true);
  });

  it('answers a checklist item with the keyboard: one tab stop on the chosen answer, arrows to move, Space to choose', async () => {
    const page = await start('light', 1280);
    await page.getByRole('button', { name: 'Start an assessment' }).click();
    await page.getByLabel('Company name').fill('Keyboard Medical');
    await page.getByRole('button', { name: /Continue to the profile/ }).click();
    await page.waitForURL(/\/profile$/);
    await tab(page, /Checklist/).click();
    const item = page.locator('.checklist-item').first();
    await item.waitFor();
    const group = item.getByRole('radiogroup');
    const radios = group.getByRole('radio');
    expect(await radios.count()).toBe(4);
    // Unanswered: only the first answer is in the tab order.
    expect(await radios.evaluateAll((els) => els.map((el) => el.getAttribute('tabindex')))).toEqual(['0', '-1', '-1', '-1']);
    await radios.first().focus();
    await page.keyboard.press('ArrowRight');
    expect(await radios.nth(1).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    // Round to the first again, then back to the last.
    expect(await radios.first().evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowLeft');
    expect(await radios.nth(3).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Space');
    await expect.poll(() => radios.nth(2).getAttribute('aria-checked'), { timeout: 15_000 }).toBe('true');
    // Now the chosen answer is the group's one tab stop; focus goes on to the next item, with a ring.
    await expect.poll(() => radios.evaluateAll((els) => els.map((el) => el.getAttribute('tabindex')))).toEqual(['-1', '-1', '0', '-1']);
    const second = page.locator('.checklist-item').nth(1);
    const secondId = (await second.getAttribute('id'))!;
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(secondId);
    const ring = await second.evaluate((el) => {
      const s = getComputedStyle(el);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    expect(ring.style).not.toBe('none');
    expect(ring.width).toBeGreaterThanOrEqual(2);
    // Key 1 answers the item that has focus.
    await page.keyboard.press('1');
    await expect.poll(() => second.getByRole('radio').first().getAttribute('aria-checked'), { timeout: 15_000 }).toBe('true');
  });
});
