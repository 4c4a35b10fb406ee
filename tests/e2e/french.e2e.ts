// The whole flow in French in real Chromium: a browser whose language is French gets the French interface
// on the first visit, creates an assessment (checklist in French), fills the profile, answers with the
// mouse and the keyboard, reads the summary in French formatting, exports a French PDF, switches the
// header to German and back, and opens "Find my class". Every screen is checked for raw catalog keys and
// for English interface sentences left behind.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from './axe';
import { launchBrowser } from './browser';
import { flatText, readPdf } from '../report/pdf-reader';

type Catalog = { [key: string]: string | Catalog };
const localesDir = join(process.cwd(), 'src/i18n/locales');

function loadCatalogs(language: 'en' | 'fr' | 'de'): Record<string, Catalog> {
  const dir = join(localesDir, language);
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => [f.slice(0, -'.json'.length), JSON.parse(readFileSync(join(dir, f), 'utf8')) as Catalog]),
  );
}

const catalogs = { en: loadCatalogs('en'), fr: loadCatalogs('fr'), de: loadCatalogs('de') };

function lookup(language: 'en' | 'fr' | 'de', ns: string, key: string): string | undefined {
  let node: string | Catalog | undefined = catalogs[language][ns];
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/** Replace {{name}} and {{name, number}} placeholders. */
function fill(text: string, values: Record<string, string | number> = {}): string {
  return text.replace(/\{\{\s*(\w+)(?:\s*,\s*\w+)?\s*\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * A string of a French (or German) catalog, placeholders filled. It must differ from the English one, so
 * a catalog that still holds English cannot pass for French here.
 */
function tr(language: 'fr' | 'de', ns: string, key: string, values?: Record<string, string | number>): string {
  const text = lookup(language, ns, key);
  const english = lookup('en', ns, key);
  if (text === undefined) throw new Error(`${language}/${ns}.json has no key ${key}`);
  if (text === english) throw new Error(`${language}/${ns}.json ${key} is the same as the English text: “${text}”`);
  return fill(text, values);
}
const fr = (ns: string, key: string, values?: Record<string, string | number>) => tr('fr', ns, key, values);
const de = (ns: string, key: string, values?: Record<string, string | number>) => tr('de', ns, key, values);

function flatten(catalog: Catalog, prefix = ''): [string, string][] {
  return Object.entries(catalog).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v] as [string, string]] : flatten(v, `${prefix}${k}.`)));
}

// Every key of the English catalogs, as the interface would print it when a translation is missing: with and
// without its plural suffix, with and without the namespace.
const catalogKeys = new Set<string>();
for (const [ns, catalog] of Object.entries(catalogs.en)) {
  for (const [key] of flatten(catalog)) {
    for (const k of [key, key.replace(/_(zero|one|two|few|many|other)$/, '')]) {
      catalogKeys.add(k);
      catalogKeys.add(`${ns}:${k}`);
    }
  }
}

// English interface sentences: long enough not to occur by chance inside French text, and not the same in
// French (product names, "P50").
const englishSentences = [
  ...new Set(
    Object.entries(catalogs.en).flatMap(([ns, catalog]) =>
      flatten(catalog)
        .filter(([key, text]) => text.length >= 14 && !/[{<]/.test(text) && lookup('fr', ns, key) !== text)
        .map(([, text]) => text),
    ),
  ),
];

/** Text of the header and the main landmark as a person sees it, white space collapsed. */
async function visibleText(page: Page): Promise<string> {
  const parts = await page.locator('header.app-header, main').allInnerTexts();
  return parts.join('\n').replace(/[ \t\u00a0\u202f]+/g, ' ');
}

/** No raw catalog key and no English interface sentence on the screen. */
async function expectNoKeysNorEnglish(page: Page, screen: string): Promise<void> {
  const text = await visibleText(page);
  const keyLike = text.match(/[A-Za-z]+(?::[A-Za-z]+)?(?:\.[A-Za-z_]+)+/g) ?? [];
  expect(
    keyLike.filter((k) => catalogKeys.has(k)),
    `${screen}: raw catalog keys`,
  ).toEqual([]);
  expect(
    englishSentences.filter((s) => text.includes(s)),
    `${screen}: English text`,
  ).toEqual([]);
  // The same screens pass axe in this language too (names, labels and contrast of the longer words).
  expect(await axeViolations(page), `${screen}: accessibility problems`).toEqual([]);
}

type RuleText = { en: string; fr: string; de: string };
interface RuleItem {
  id: string;
  question: RuleText;
  refs: string[];
}
const ruleSet = JSON.parse(readFileSync('rules/mdr-2017-745.json', 'utf8')) as { areas: { id: string; title: RuleText; items: RuleItem[] }[] };
const ruleItems = new Map(ruleSet.areas.flatMap((a) => a.items.map((i) => [i.id, i] as const)));
const classification = JSON.parse(readFileSync('rules/classification-annex-viii.json', 'utf8')) as { questions: { text: RuleText; group: RuleText }[] };

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

let browser: Browser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

describe('the whole flow in French', () => {
  it('runs from the first visit to the PDF in French, switches to German and back, and finds a class in French', async () => {
    const baseUrl = inject('baseUrl');
    browser = await launchBrowser();
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(baseUrl + '/');
    expect((await page.evaluate(() => navigator.languages))[0]).toMatch(/^fr\b/);

    // 1. First visit: the assessments screen in French, nothing remembered yet.
    await page.getByRole('heading', { level: 1, name: fr('assessments', 'page.title'), exact: true }).waitFor();
    expect(fr('assessments', 'page.title')).toBe('Évaluations');
    await page.getByRole('heading', { level: 2, name: fr('assessments', 'empty.title'), exact: true }).waitFor();
    await page.getByText(fr('assessments', 'empty.privacy'), { exact: true }).waitFor();
    const dataNotice = page.getByRole('region', { name: fr('firstrun', 'dataNotice.title') });
    await dataNotice.waitFor();
    expect(oneLine((await dataNotice.textContent()) ?? '')).toContain(oneLine(fr('firstrun', 'dataNotice.body')));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await page.evaluate(() => localStorage.getItem('mdr-readiness.language'))).toBeNull();
    await expectNoKeysNorEnglish(page, 'assessments (empty)');

    // 2. The new-assessment dialog: French labels, its checklist language French by default.
    await page.getByRole('button', { name: fr('assessments', 'empty.start'), exact: true }).first().click();
    const dialog = page.getByRole('dialog', { name: fr('assessments', 'dialog.title') });
    await dialog.waitFor();
    const dialogLanguage = dialog.getByLabel(fr('assessments', 'dialog.language'));
    expect(await dialogLanguage.inputValue()).toBe('fr');
    expect(await dialogLanguage.locator('option:checked').textContent()).toBe('Français');
    // An empty company name is refused in French.
    await dialog.getByRole('button', { name: fr('assessments', 'dialog.continue') }).click();
    await dialog.getByText(fr('assessments', 'dialog.companyRequired')).waitFor();
    await expectNoKeysNorEnglish(page, 'new-assessment dialog');
    const company = 'Société Lumière Médicale';
    await dialog.getByLabel(fr('assessments', 'dialog.company'), { exact: true }).fill(company);
    await dialog.getByLabel(fr('assessments', 'dialog.device')).fill('Caméra de plaies à ultrasons');
    await dialog.getByRole('button', { name: fr('assessments', 'dialog.continue') }).click();
    await page.waitForURL(/\/a\/[^/]+\/profile$/);
    await page.getByRole('heading', { name: fr('profile', 'page.title') }).waitFor();

    // The profile, in French labels.
    await page.getByLabel(fr('profile', 'options.classes.IIa.label'), { exact: true }).check();
    await page.getByLabel(fr('profile', 'options.characteristics.software.label'), { exact: true }).check();
    await page.getByLabel(fr('profile', 'devices.families'), { exact: true }).fill('3');
    await page.getByLabel(fr('profile', 'options.sizes.small.label'), { exact: true }).check();
    // Emptying the required company name gives a French message, then fixing it clears it.
    const companyField = page.getByLabel(fr('profile', 'company.name'), { exact: true });
    const companyError = page.locator('#profile-companyName-error');
    expect(await companyField.inputValue()).toBe(company);
    await companyField.fill('');
    await expect.poll(() => companyError.textContent()).toBe(`⚠ ${fr('profile', 'errors.companyName')}`);
    expect(await companyField.getAttribute('aria-invalid')).toBe('true');
    await expectNoKeysNorEnglish(page, 'profile with an error');
    await companyField.fill(company);
    await expect.poll(() => companyError.textContent()).toBe('');
    await companyField.blur();
    const saveIndicator = page.locator('header .save-indicator');
    const savedWords = [`✓ ${fr('common', 'save.saved')}`, fr('common', 'save.idle')];
    await expect.poll(async () => savedWords.includes(oneLine((await saveIndicator.innerText()) ?? '')), { timeout: 15_000 }).toBe(true);
    await expectNoKeysNorEnglish(page, 'profile');

    // 3. The checklist: French rule-set text, answers with the mouse and the keyboard.
    await page.getByRole('button', { name: fr('profile', 'page.continue') }).click();
    await page.waitForURL(/\/area\/[^/?]+/);
    await page.locator('.checklist-item').first().waitFor();
    const areaId = decodeURIComponent(page.url().match(/\/area\/([^/?]+)/)![1]!);
    const area = ruleSet.areas.find((a) => a.id === areaId)!;
    expect(oneLine(await page.locator('.area-title').innerText())).toBe(oneLine(area.title.fr));
    const ids = await page.locator('.checklist-item').evaluateAll((els) => els.map((el) => el.id.replace(/^item-/, '')));
    expect(ids.length).toBeGreaterThanOrEqual(3);
    for (const itemId of ids) {
      const question = oneLine(await page.locator(`[id="q-${itemId}"]`).innerText());
      expect(question, itemId).toBe(oneLine(ruleItems.get(itemId)!.question.fr));
    }
    // One question quoted from the rule set, as a reader of the French checklist sees it.
    expect(ids[0]).toBe('strategy.intended-purpose');
    await page
      .getByRole('heading', {
        name: "La destination de chaque dispositif est documentée par écrit et concorde avec l'étiquette, la notice d'utilisation, le site internet et les supports commerciaux.",
      })
      .waitFor();

    const item = (itemId: string) => page.locator(`[id="item-${itemId}"]`);
    const radio = (itemId: string, status: 'met' | 'partial' | 'not_met') => item(itemId).getByRole('radio', { name: fr('common', `status.${status}`), exact: true });
    const announcement = page.locator('main [role="status"].visually-hidden');
    const gapQuestion = (itemId: string) => page.locator(`[id="gap-q-${itemId}"]`);
    const [first, second, third] = ids as [string, string, string];

    // Mouse: the first item is not met.
    await radio(first, 'not_met').click();
    await expect.poll(() => radio(first, 'not_met').getAttribute('aria-checked')).toBe('true');
    await expect.poll(() => announcement.textContent()).toBe(fr('checklist', 'announce.next', { status: fr('common', 'status.not_met') }));
    // Keyboard: answering moved focus to the second item; "1" answers it as met, then "2" the third as partly met.
    await expect.poll(() => page.url()).toContain(`item=${encodeURIComponent(second)}`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`item-${second}`);
    await page.keyboard.press('1');
    await expect.poll(() => radio(second, 'met').getAttribute('aria-checked')).toBe('true');
    await expect.poll(() => announcement.textContent()).toBe(fr('checklist', 'announce.next', { status: fr('common', 'status.met') }));
    await expect.poll(() => page.url()).toContain(`item=${encodeURIComponent(third)}`);
    await page.keyboard.press('2');
    await expect.poll(() => radio(third, 'partial').getAttribute('aria-checked')).toBe('true');
    await expect.poll(() => announcement.textContent()).toBe(fr('checklist', 'announce.next', { status: fr('common', 'status.partial') }));
    // The answer badge of an item, in French (with its words for screen readers).
    expect(oneLine(await item(first).locator('.badge').innerText())).toBe(oneLine(fr('checklist', 'item.answer') + fr('common', 'status.not_met')));
    await expect.poll(async () => savedWords.includes(oneLine((await saveIndicator.innerText()) ?? '')), { timeout: 15_000 }).toBe(true);
    await expectNoKeysNorEnglish(page, 'checklist');

    await page.reload();
    await page.locator('.checklist-item').first().waitFor();
    await expect.poll(() => radio(first, 'not_met').getAttribute('aria-checked')).toBe('true');
    expect(await radio(second, 'met').getAttribute('aria-checked')).toBe('true');
    expect(await radio(third, 'partial').getAttribute('aria-checked')).toBe('true');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');

    // 4. The summary: French headings, French number formatting.
    await page.getByRole('link', { name: fr('common', 'assessment.tabSummary') }).click();
    await page.getByRole('heading', { level: 2, name: fr('summary', 'page.title'), exact: true }).waitFor();
    await page.getByRole('heading', { name: fr('summary', 'gaps.title') }).waitFor();
    await page.getByRole('heading', { name: fr('summary', 'cost.title') }).waitFor();
    await page.getByText(fr('summary', 'overview.readiness'), { exact: true }).waitFor();
    // Readiness: "50 %", a no-break space before the sign (Chromium's ICU puts U+00A0 there), never "50%".
    expect(await page.locator('.kpi-readiness .kpi-big').innerText()).toMatch(/^\d{1,3}[\u00a0\u202f]%$/);
    // Money: "12 345 €": narrow no-break spaces between thousands, a no-break space, then the euro sign.
    const money = await page.locator('.kpi-money').innerText();
    expect(money).toMatch(/^[1-9]\d{0,2}(\u202f\d{3})+\u00a0€$/);
    expect(money).not.toMatch(/,|€\d/);
    // Two gaps, each with its question in the assessment's language (French).
    expect(await page.locator('.gap-row').count()).toBe(2);
    await gapQuestion(first).getByRole('link', { name: oneLine(ruleItems.get(first)!.question.fr) }).waitFor();
    await expectNoKeysNorEnglish(page, 'summary');

    // 5. The PDF report, read back: French headings and status words, accents as characters, references as written.
    const exportButton = page.getByRole('button', { name: fr('summary', 'export.button') });
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 45_000 }), exportButton.click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const bytes = readFileSync((await download.path())!);
    const pdf = await readPdf(new Uint8Array(bytes));
    const text = flatText(pdf.pages);
    for (const s of [
      'Rapport d’écarts MDR',
      'Synthèse',
      'Écarts par priorité (2)',
      'Plan d’action',
      'Hypothèses et avertissement',
      'Annexe : toutes les exigences applicables',
      'Écart à combler',
      'NON SATISFAIT',
      'PARTIELLEMENT SATISFAIT',
      'Satisfait',
      company,
      'Caméra de plaies à ultrasons',
      oneLine(ruleItems.get(first)!.question.fr),
    ]) {
      expect(text, s).toContain(s);
    }
    for (const ch of ['é', 'è', 'à', 'É', '’']) expect(text, ch).toContain(ch);
    // No decomposed accents, no replacement characters.
    expect(text).not.toMatch(/[\u0300-\u036f\ufffd]/);
    for (const s of ['Executive summary', 'Gaps by priority', 'Action plan', 'Not met', 'Partly met', 'Estimated cost']) expect(text, s).not.toContain(s);
    // Legal references stay as written in the regulation's English citation form.
    // (References with a condition of their own are printed only for the profiles they hold for.)
    const unconditional = (id: string) => ruleItems.get(id)!.refs.filter((r): r is string => typeof r === 'string');
    for (const ref of [...unconditional(first), ...unconditional(third), 'MDR Art. 15(1)']) expect(text, ref).toContain(ref);
    expect(text).toContain('MDR Art. 15');
    // Money in the report the French way too.
    expect(text).toMatch(/\d{1,3}( \d{3})+ €/);
    expect(text).not.toMatch(/€\d/);
    await expect.poll(() => exportButton.isEnabled()).toBe(true);

    // 6. The header's language switch: German at once, remembered across a reload, then back to French.
    // Its name is the hidden label plus the chosen language ("Langue Français"), so not matched exactly.
    const languageSwitch = (label: string) => page.locator('header').getByRole('combobox', { name: label });
    await languageSwitch(fr('common', 'language.label')).selectOption('de');
    await page.getByRole('heading', { level: 2, name: de('summary', 'page.title'), exact: true }).waitFor();
    await page.getByRole('navigation', { name: de('common', 'nav.main') }).getByRole('link', { name: de('common', 'nav.assessments'), exact: true }).waitFor();
    await page.getByRole('link', { name: de('common', 'assessment.tabSummary') }).waitFor();
    await page.getByRole('heading', { name: de('summary', 'gaps.title') }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(await page.evaluate(() => localStorage.getItem('mdr-readiness.language'))).toBe('de');
    // The chrome is German; the rule-set text stays in the assessment's language (French).
    await gapQuestion(first).getByRole('link', { name: oneLine(ruleItems.get(first)!.question.fr) }).waitFor();
    expect(await page.getByRole('heading', { name: fr('summary', 'gaps.title') }).count()).toBe(0);
    // German money: "12.345 €".
    expect(await page.locator('.kpi-money').innerText()).toMatch(/^[1-9]\d{0,2}(\.\d{3})+\u00a0€$/);

    await page.reload();
    await page.getByRole('heading', { level: 2, name: de('summary', 'page.title'), exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(await languageSwitch(de('common', 'language.label')).inputValue()).toBe('de');

    await languageSwitch(de('common', 'language.label')).selectOption('fr');
    await page.getByRole('heading', { level: 2, name: fr('summary', 'page.title'), exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await page.evaluate(() => localStorage.getItem('mdr-readiness.language'))).toBe('fr');
    await expectNoKeysNorEnglish(page, 'summary after switching back');

    // 7. "Find my class" in French: its first question from the classification rules, in French.
    await page.getByRole('navigation', { name: fr('common', 'nav.main') }).getByRole('link', { name: fr('common', 'nav.classify'), exact: true }).click();
    await page.getByRole('heading', { name: fr('classify', 'page.title') }).waitFor();
    const firstQuestion = classification.questions[0]!.text;
    expect(firstQuestion.fr).not.toBe(firstQuestion.en);
    await page.getByRole('heading', { level: 2, name: firstQuestion.fr, exact: true }).waitFor();
    // Its group heading, also from the classification rules, and the French answer words.
    await page.getByText(classification.questions[0]!.group.fr, { exact: true }).first().waitFor();
    await page.getByRole('heading', { name: fr('classify', 'soFar.title'), exact: true }).waitFor();
    expect(await page.getByRole('heading', { name: firstQuestion.en }).count()).toBe(0);
    await expectNoKeysNorEnglish(page, 'find my class');

    // And the list of assessments, now with one row, in French.
    await page.getByRole('navigation', { name: fr('common', 'nav.main') }).getByRole('link', { name: fr('common', 'nav.assessments'), exact: true }).click();
    const rows = page.getByRole('list', { name: fr('assessments', 'page.listLabel') }).getByRole('listitem');
    await expect.poll(() => rows.count()).toBe(1);
    // Rows skip rendering until the browser has found them on screen (content-visibility: auto); until
    // that first frame their text reads as empty.
    await expect.poll(async () => oneLine(await rows.first().innerText())).toContain(company);
    await expectNoKeysNorEnglish(page, 'assessments (one row)');

    // The other screens in French, then the whole header's reach in German, each checked the same way.
    const nav = (lang: 'fr' | 'de') => page.getByRole('navigation', { name: tr(lang, 'common', 'nav.main') });
    for (const lang of ['fr', 'de'] as const) {
      if (lang === 'de') {
        await page.locator('header').getByRole('combobox', { name: fr('common', 'language.label') }).selectOption('de');
        await nav('de').waitFor();
      }
      await nav(lang).getByRole('link', { name: tr(lang, 'common', 'nav.settings'), exact: true }).click();
      await page.getByRole('heading', { level: 1, name: tr(lang, 'settings', 'title') }).waitFor();
      await expectNoKeysNorEnglish(page, `settings (${lang})`);
      await nav(lang).getByRole('link', { name: tr(lang, 'common', 'nav.rules'), exact: true }).click();
      await page.getByRole('heading', { level: 1, name: tr(lang, 'rules', 'title') }).waitFor();
      await expectNoKeysNorEnglish(page, `rules (${lang})`);
      await nav(lang).getByRole('link', { name: tr(lang, 'common', 'nav.assessments'), exact: true }).click();
      await page.getByRole('list', { name: tr(lang, 'assessments', 'page.listLabel') }).getByRole('link').first().click();
      await page.waitForURL(/\/a\/[^/]+\//);
      for (const tabKey of ['assessment.tabProfile', 'assessment.tabChecklist', 'assessment.tabSummary'] as const) {
        await page.getByRole('navigation', { name: tr(lang, 'common', 'assessment.tabsLabel') }).getByRole('link', { name: tr(lang, 'common', tabKey) }).click();
        await page.locator('main h2, main h1').first().waitFor();
        await expectNoKeysNorEnglish(page, `${tabKey} (${lang})`);
      }
    }
  });
});
