// `npm run bench`: builds the app and a bare floor app, measures every figure, prints one table, writes
// tests/bench/results.json and refreshes the README's benchmark table.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../e2e/browser';
import { serveDist } from '../e2e/server';
import { benchEvaluate } from './evaluate.bench';
import { appFirstScreen, initialJsGzip } from './initial-chunks';
import { benchColdLoad } from './load.bench';
import { benchPdf } from './pdf.bench';
import { listPageSize } from '../../src/features/assessments/list-page-size';
import { benchAutosave, benchAutosaveFloor, benchList, pollerFile, pollerSource, benchTyping, benchTypingFloor, typistIntervalMs, writeManyAssessments } from './ui.bench';

interface Row {
  figure: string;
  goal: string;
  measured: string;
  met: boolean | null;
}

const rows: Row[] = [];
const log = (s: string) => process.stderr.write(`${s}\n`);
const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
const ms = (n: number) => `${n < 10 ? n.toFixed(2) : Math.round(n)} ms`;

const vite = resolve('node_modules/.bin/vite');
const tmp = mkdtempSync(join(tmpdir(), 'mdr-bench-'));
const appDist = join(tmp, 'app');
const floorDist = join(tmp, 'floor');
log('building the app and the floor…');
execFileSync(vite, ['build', '--outDir', appDist, '--logLevel', 'error'], { stdio: 'inherit' });
execFileSync(vite, ['build', '--config', 'tests/bench/floor/vite.config.ts', '--outDir', floorDist, '--logLevel', 'error'], { stdio: 'inherit' });

const app = initialJsGzip(appDist, appFirstScreen);
const floor = initialJsGzip(floorDist);
rows.push({ figure: 'initial JS, gzip', goal: '≤ 1.5× floor', measured: `${kb(app.bytes)} (floor ${kb(floor.bytes)}, ${(app.bytes / floor.bytes).toFixed(2)}×)`, met: app.bytes <= 1.5 * floor.bytes });

const manifest = JSON.parse(readFileSync(join(appDist, '.vite', 'manifest.json'), 'utf8')) as Record<string, { file: string; imports?: string[] }>;
const reportKey = Object.keys(manifest).find((k) => k.endsWith('src/report/download-report.ts'));
if (reportKey) {
  const initial = new Set(app.files);
  const seen = new Set<string>();
  const visit = (k: string) => {
    if (seen.has(k)) return;
    seen.add(k);
    for (const i of manifest[k]?.imports ?? []) visit(i);
  };
  visit(reportKey);
  const files = [...seen].map((k) => manifest[k]!.file).filter((f) => f.endsWith('.js') && !initial.has(f));
  const bytes = files.reduce((s, f) => s + gzipSync(readFileSync(join(appDist, f)), { level: 9 }).length, 0);
  rows.push({ figure: 'PDF chunk, gzip', goal: 'reported; not in the initial load', measured: `${kb(bytes)} (${files.length} chunks)`, met: !app.files.some((f) => files.includes(f)) });
}

log('evaluate()…');
const ev = benchEvaluate();
rows.push({ figure: 'evaluate(), full rule set, all answered, Node', goal: '≤ 5 ms', measured: `${ms(ev.medianMs)} median, ${ms(ev.p95Ms)} p95 (${ev.items} items)`, met: ev.medianMs <= 5 });

log('PDF in Node…');
const pdf = await benchPdf();
rows.push({ figure: 'PDF build, 160-gap fixture, Node', goal: '≤ 1 s', measured: `${ms(pdf.medianMs)} median of ${pdf.runs} (${pdf.pages} pages)`, met: pdf.medianMs <= 1000 });

// The worker that sees values land in IndexedDB (tests/bench/ui.bench.ts), served by both builds.
for (const dist of [appDist, floorDist]) writeFileSync(join(dist, pollerFile), pollerSource);
const appServer = await serveDist(appDist);
const floorServer = await serveDist(floorDist);
const browser = await launchBrowser();
try {
  log('cold load…');
  const load = await benchColdLoad(browser, appServer.url, floorServer.url);
  rows.push({ figure: 'cold load to first screen, Chromium', goal: '≤ 1.3× floor', measured: `${ms(load.appMs)} (floor ${ms(load.floorMs)}, ${load.ratio.toFixed(2)}×), median of 7`, met: load.ratio <= 1.3 });

  const sampleFile = resolve('tests/fixtures/sample-class-iia.json');
  log('autosave…');
  const save = await benchAutosave(browser, appServer.url, sampleFile);
  const saveFloor = await benchAutosaveFloor(browser, floorServer.url);
  rows.push({
    figure: 'autosave: status click → in IndexedDB, Chromium',
    goal: 'median ≤ 5 ms, p95 ≤ 10 ms',
    measured:
      `${ms(save.medianMs)} median, ${ms(save.p95Ms)} p95 (${save.paced} clicks, each once the page is idle after the last; click → answer on screen ${ms(save.shownMedianMs)} median); ` +
      `${ms(save.rapidMedianMs)} median, ${ms(save.rapidP95Ms)} p95 for ${save.rapid} clicks back to back; a bare IndexedDB write: ${ms(saveFloor.medianMs)} median, ${ms(saveFloor.p95Ms)} p95`,
    met: save.medianMs <= 5 && save.p95Ms <= 10,
  });

  log('typing…');
  // Goal: keys at a fast typist's pace; keys sent back to back (faster than anyone types) are reported.
  const typing = await benchTyping(browser, appServer.url, sampleFile);
  const typingFloor = await benchTypingFloor(browser, floorServer.url);
  const typingRapid = await benchTyping(browser, appServer.url, sampleFile, 0, 1);
  const typingRapidFloor = await benchTypingFloor(browser, floorServer.url, 0, 1);
  rows.push({
    figure: 'typing latency in a note, Chromium',
    goal: 'p95 ≤ 16 ms',
    measured:
      `${ms(typing.p95Ms)} p95, ${ms(typing.medianMs)} median (medians of ${typing.runs} runs of 200 keys, ${1000 / typistIntervalMs} a second, saves in between); ` +
      `a bare textarea: ${ms(typingFloor.p95Ms)} p95, ${ms(typingFloor.medianMs)} median; ` +
      `keys back to back: ${ms(typingRapid.p95Ms)} p95 (bare textarea ${ms(typingRapidFloor.p95Ms)})`,
    met: typing.p95Ms <= 16,
  });

  log('PDF in Chromium…');
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(appServer.url + '/');
  await page.getByLabel('Import an assessment or backup file').setInputFiles(sampleFile);
  await page.getByRole('link', { name: /^Open / }).first().click();
  await page.waitForURL(/\/a\/[^/]+\//);
  const id = page.url().match(/\/a\/([^/]+)\//)![1]!;
  await page.goto(`${appServer.url}/a/${id}/summary`);
  const exportTimes: number[] = [];
  for (let i = 0; i < 3; i++) {
    const button = page.getByRole('button', { name: /export pdf/i });
    await button.waitFor();
    const t = Date.now();
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    await download.path();
    exportTimes.push(Date.now() - t);
  }
  await context.close();
  exportTimes.sort((a, b) => a - b);
  rows.push({ figure: 'PDF export, sample class IIa (48 gaps), Chromium click → file', goal: '≤ 1 s', measured: `${ms(exportTimes[1]!)} median of 3 (first, with chunk load: ${ms(Math.max(...exportTimes))})`, met: exportTimes[1]! <= 1000 });

  log('1,000 assessments…');
  const n = 1000;
  const backup = writeManyAssessments(JSON.parse(readFileSync(sampleFile, 'utf8')), n);
  const list = await benchList(browser, appServer.url, backup, n);
  rows.push({ figure: `list of ${n.toLocaleString('en')} saved assessments, Chromium: header link → first ${listPageSize} rows shown`, goal: '≤ 200 ms', measured: `${ms(list.listMs)} median of 5`, met: list.listMs <= 200 });
  rows.push({ figure: 'storage per assessment (10 answers) in IndexedDB', goal: 'reported', measured: `${kb(list.bytesPerAssessment)}`, met: null });
} finally {
  await browser.close();
  await appServer.close();
  await floorServer.close();
}

const table = [
  '| figure | goal | measured | met |',
  '|---|---|---|---|',
  ...rows.map((r) => `| ${r.figure} | ${r.goal} | ${r.measured} | ${r.met === null ? '—' : r.met ? 'yes' : '**no**'} |`),
].join('\n');
console.log(table);
writeFileSync('tests/bench/results.json', `${JSON.stringify({ at: new Date().toISOString(), rows }, null, 2)}\n`);
const readme = readFileSync('README.md', 'utf8');
const start = '<!-- bench:start -->';
const end = '<!-- bench:end -->';
if (readme.includes(start) && readme.includes(end)) {
  const stamp = `Measured ${new Date().toISOString().slice(0, 10)} on a 2-core machine (\`npm run bench\`).`;
  writeFileSync('README.md', readme.replace(new RegExp(`${start}[\\s\\S]*${end}`), `${start}\n${stamp}\n\n${table}\n${end}`));
  log('README benchmark table updated');
}
