// The built app opens in real Chromium and shows the home screen.
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openApp, type BrowserSession } from './browser';

let session: BrowserSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('smoke', () => {
  it('shows the assessments home screen', async () => {
    session = await openApp(inject('baseUrl'));
    const { page } = session;
    await expect(page.getByRole('heading', { level: 1 }).first().textContent()).resolves.toMatch(/assessments/i);
    await expect(page.title()).resolves.toBe('MDR Readiness');
  });
});
