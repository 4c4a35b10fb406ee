// `npm run report`: writes the PDF of an exported assessment; bad or hostile input gives one line and exit 1.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { flatText, readPdf } from './pdf-reader';

const run = promisify(execFile);

async function report(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli/report.ts', ...args], { encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

const lines = (s: string) => s.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('npm warn'));

describe('npm run report', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'mdr-report-'));

  it('writes the gap report of an exported assessment to the file given with -o', async () => {
    const out = join(dir, 'report.pdf');
    const r = await report('tests/fixtures/assessment-class-iia.json', '-o', out, '--as-of', '2026-11-23');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^report: wrote .*report\.pdf \(\d+ gaps, \d+ KB\)$/m);
    const pdf = await readPdf(new Uint8Array(readFileSync(out)));
    expect(flatText(pdf.pages)).toContain('Lumen Diagnostics S.à r.l.');
    expect(pdf.pages.length).toBeGreaterThan(5);
  });

  it('writes the report in the language of the assessment file', async () => {
    const exported = JSON.parse(readFileSync('tests/fixtures/assessment-class-iia.json', 'utf8')) as { assessment: { language: string } };
    for (const [language, heading, page] of [
      ['fr', 'Synthèse', /^Page 2 sur \d+$/],
      ['de', 'Zusammenfassung', /^Seite 2 von \d+$/],
    ] as const) {
      exported.assessment.language = language;
      const input = join(dir, `assessment-${language}.json`);
      writeFileSync(input, JSON.stringify(exported));
      const out = join(dir, `report-${language}.pdf`);
      const r = await report(input, '-o', out, '--as-of', '2026-11-23');
      expect(r.code, r.stderr).toBe(0);
      const pdf = await readPdf(new Uint8Array(readFileSync(out)));
      const text = flatText(pdf.pages);
      expect(text).toContain(heading);
      expect(text).not.toContain('Executive summary');
      expect(pdf.pages[1]!.pieces.some((x) => page.test(x.str))).toBe(true);
    }
  });

  it('names the file after the company and date when no -o is given', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'mdr-report-cwd-'));
    const fixture = join(process.cwd(), 'tests/fixtures/assessment-class-iia.json');
    try {
      // tsx is resolved from the project, since the command runs in an empty folder.
      await run(process.execPath, ['--import', import.meta.resolve('tsx'), join(process.cwd(), 'src/cli/report.ts'), fixture, '--as-of', '2026-11-23'], { cwd, encoding: 'utf8' });
    } catch (e) {
      throw new Error(`report failed: ${(e as { stderr: string }).stderr}`);
    }
    expect(readdirSync(cwd)).toEqual(['MDR-gap-report-Lumen-Diagnostics-S-a-r-l-2026-11-23.pdf']);
  });

  const refused: [string, string[], RegExp][] = [
    ['a file that is not there', [join(dir, 'missing.json')], /^report: cannot read .*missing\.json: ENOENT$/],
    ['a hostile file', ['tests/fixtures/hostile/answers-as-object.json'], /^report: .*answers-as-object\.json: The assessment file is invalid: assessment\.answers/],
    ['no input file', [], /^report: usage: npm run report -- <assessment\.json>/],
    ['an unknown option', ['tests/fixtures/assessment-class-iia.json', '--pages'], /^report: unknown option --pages/],
    ['-o without a file', ['tests/fixtures/assessment-class-iia.json', '-o'], /^report: -o needs a file name$/],
    ['an output folder that does not exist', ['tests/fixtures/assessment-class-iia.json', '-o', join(dir, 'no', 'such', 'x.pdf')], /^report: cannot write .*x\.pdf: ENOENT$/],
  ];
  for (const [what, args, message] of refused) {
    it(`refuses ${what} with one line and exit code 1`, async () => {
      const r = await report(...args);
      expect(r.code).toBe(1);
      const err = lines(r.stderr);
      expect(err).toHaveLength(1);
      expect(err[0]).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  }

  it('refuses text that is not JSON without a stack trace', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"format": "mdr-readiness/assessment", "version": 1, "assessment": {');
    const r = await report(bad, '-o', join(dir, 'bad.pdf'));
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/^report: .*bad\.json: The file is not valid JSON/)]);
    expect(existsSync(join(dir, 'bad.pdf'))).toBe(false);
  });
});
