// Nothing leaves the device: through a whole session no request goes anywhere but the app's own origin,
// the Content-Security-Policy holds, and text from users and import files is shown as text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type BrowserSession } from './browser';

let session: BrowserSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const hostileFile = join(process.cwd(), 'tests/fixtures/hostile/html-in-text-fields.json');

/** Collects every CSP violation, script dialog and uncaught error of a page. */
async function watchPage(page: Page, problems: string[]): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  page.on('console', (m) => {
    if (m.text().startsWith('CSP violation') || /Content Security Policy|TrustedScript|TrustedHTML/.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`a script opened a dialog: ${d.message()}`);
    void d.dismiss();
  });
}

describe('privacy and security', () => {
  it('the built index.html has a strict CSP and no inline script', () => {
    const html = readFileSync(join(process.cwd(), 'dist/index.html'), 'utf8');
    const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1] ?? '';
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values.join(' ')]));
    expect(directives['default-src']).toBe("'self'");
    expect(directives['script-src']).toBe("'self'");
    expect(directives['connect-src']).toBe("'self'");
    expect(directives['style-src']).toBe("'self'");
    expect(directives['object-src']).toBe("'none'");
    expect(directives['require-trusted-types-for']).toBe("'script'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    // Every script is a file of the app's own.
    for (const tag of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? []) expect(tag).toMatch(/^<script[^>]*\ssrc="\/[^"]+"[^>]*><\/script>$/);
  });

  it('makes no request to any other origin through a whole session, and shows imported HTML as text', async () => {
    const baseUrl = inject('baseUrl');
    const origin = new URL(baseUrl).origin;
    const requests: string[] = [];
    const problems: string[] = [];
    session = await openApp(baseUrl, '/__blank__');
    const { page, context } = session;
    // Every request of every page and of the service worker.
    context.on('request', (r) => requests.push(r.url()));
    await watchPage(page, problems);
    await page.goto(baseUrl);
    await page.getByRole('heading', { name: 'Assessments', level: 1 }).waitFor();
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 60_000 });

    // A new assessment whose name would load a tracker if it were ever treated as HTML.
    await page.getByRole('button', { name: 'Start an assessment' }).click();
    await page.getByLabel('Company name').fill('<img src="https://tracker.invalid/new.gif"> Pixel AG');
    await page.getByRole('button', { name: /Continue to the profile/ }).click();
    await page.getByRole('heading', { name: 'Company and device profile' }).waitFor();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).first().textContent()).toBe('<img src="https://tracker.invalid/new.gif"> Pixel AG');

    await page.getByRole('link', { name: '2. Checklist' }).click();
    const item = page.locator('.checklist-item').first();
    await item.waitFor();
    await item.getByRole('radio', { name: 'Not met', exact: true }).click();
    await page.getByRole('link', { name: /Summary/ }).first().click();
    await page.getByRole('heading', { name: 'Gaps to close' }).waitFor();
    const [pdf] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Export PDF report' }).click()]);
    expect(await pdf.failure()).toBeNull();

    for (const [name, heading] of [
      ['Rules', 'MDR rules'],
      ['Settings', 'Settings'],
      ['Assessments', 'Assessments'],
    ] as const) {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
    }

    // Import a valid file full of HTML and script: it imports, and shows as plain text.
    await page.getByLabel('Import an assessment or backup file').setInputFiles(hostileFile);
    const imported = page.getByText('<b onmouseover=alert(1)>Evil</b> GmbH', { exact: false }).first();
    await imported.waitFor();
    await page.getByRole('link', { name: /<script>alert\("title"\)<\/script>/ }).first().click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).first().textContent()).toBe('<script>alert("title")</script>');
    await page.getByRole('link', { name: '2. Checklist' }).click();
    await page.locator('.checklist-item').first().waitFor();
    expect(await page.locator('script:not([src]), iframe, svg[onload], img[onerror]').count()).toBe(0);

    const [backup] = await Promise.all([
      page.waitForEvent('download'),
      (async () => {
        await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Assessments', exact: true }).click();
        await page.getByRole('button', { name: 'Back up everything' }).click();
      })(),
    ]);
    const saved = JSON.parse(readFileSync(await backup.path(), 'utf8')) as { assessments: { profile: { companyName: string } }[] };
    expect(saved.assessments.map((a) => a.profile.companyName)).toContain('<b onmouseover=alert(1)>Evil</b> GmbH');

    const elsewhere = requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin);
    expect(elsewhere).toEqual([]);
    expect(requests.length).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });
});
