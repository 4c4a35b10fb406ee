// axe-core in the page (WCAG 2.1 A/AA and best practice), shared by the accessibility and language tests.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

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

/** What axe finds on the page as it is now, one line per problem (none: an empty list). */
export async function axeViolations(page: Page): Promise<string[]> {
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
  return describeViolations(results);
}
