// Fails when the JavaScript of the first screen grows past the budget (run inside `npm test`).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { appFirstScreen, initialJsGzip } from './initial-chunks';

/**
 * Initial JS budget, gzip bytes: the entry chunk, its imports and the first screen's route (the
 * assessments list). The floor (bare React 19 + React Router 7) measures 97 kB and the goal is 1.5× the
 * floor (145 kB); the first screen takes 119 kB since it reads the list without Dexie and translates
 * with its own small module. The budget leaves a little room and stops anything large (Dexie, Zod, a
 * second screen) from creeping back into the first load.
 */
export const initialJsBudget = 125_000;

const outDir = mkdtempSync(join(tmpdir(), 'mdr-budget-'));
const vite = resolve('node_modules/.bin/vite');
if (!existsSync(vite)) throw new Error('vite is not installed: run npm ci');
execFileSync(vite, ['build', '--outDir', outDir, '--logLevel', 'error'], { stdio: 'inherit' });
const { bytes, files } = initialJsGzip(outDir, appFirstScreen);
const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
if (bytes > initialJsBudget) {
  console.error(`bundle budget: initial JS is ${kb(bytes)} gzip, over the budget of ${kb(initialJsBudget)} (${files.join(', ')})`);
  process.exit(1);
}
console.log(`bundle budget: initial JS ${kb(bytes)} gzip ≤ ${kb(initialJsBudget)} (${files.length} chunks)`);
