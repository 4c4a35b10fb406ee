// The headless CLI: evaluates an exported assessment or a bare profile; bad input gives one line and exit 1.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

async function assess(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli/assess.ts', ...args], { encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

const stderrLines = (s: string) => s.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('npm warn'));

describe('npm run assess', () => {
  it('prints readiness per area, gaps and cost ranges for an exported assessment', async () => {
    const r = await assess('tests/fixtures/assessment-class-iia.json', '--as-of', '2026-11-23');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Lumen Diagnostics S\.à r\.l\./);
    expect(r.stdout).toMatch(/Overall readiness \d+%/);
    expect(r.stdout).toMatch(/Cost of known gaps \(EUR\): +one-off P10 [\d,]+ +P50 [\d,]+ +P90 [\d,]+/);
    expect(r.stdout).toMatch(/prrc\.designated/);
  });

  it('lists every applicable item with id, area, refs, status and cost as JSON', async () => {
    const r = await assess('tests/fixtures/assessment-class-iia.json', '--json', '--as-of', '2026-11-23');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.items.length).toBeGreaterThan(0);
    for (const item of out.items) {
      expect(item).toEqual(expect.objectContaining({ id: expect.any(String), area: expect.any(String), refs: expect.any(Array), status: expect.any(String) }));
      expect(item.cost.oneOff).toHaveLength(3);
    }
    const prrc = out.items.find((i: { id: string }) => i.id === 'prrc.designated');
    expect(prrc.status).toBe('not_met');
    expect(prrc.cost.oneOff[1]).toBeGreaterThan(0);
    expect(out.cost.gaps.oneOff.p50).toBeGreaterThan(0);
  });

  it('evaluates a bare profile with every item unanswered', async () => {
    const r = await assess('--profile', 'tests/fixtures/profile-distributor.json', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.items.every((i: { status: string }) => i.status === 'unanswered')).toBe(true);
    // A pure distributor has no manufacturer duties such as the PRRC.
    expect(out.items.map((i: { id: string }) => i.id)).not.toContain('prrc.designated');
  });

  it.each([
    ['truncated JSON', '{"format": "mdr-readiness/assessment", "version": 1, "assess', /not valid JSON/],
    ['a wrong format', '{"format": "something-else", "version": 1}', /Unknown file format "something-else"/],
    ['a newer version', '{"format": "mdr-readiness/assessment", "version": 9}', /newer version of MDR Readiness/],
    ['a wrong type', '{"format": "mdr-readiness/assessment", "version": 1, "exportedAt": 5}', /invalid: exportedAt/],
    ['an array', '[1,2,3]', /expected a JSON object/],
  ])('refuses %s with one line and exit code 1', async (_name, content, message) => {
    const file = join(mkdtempSync(join(tmpdir(), 'assess-')), 'input.json');
    writeFileSync(file, content);
    const r = await assess(file);
    expect(r.code).toBe(1);
    const lines = stderrLines(r.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a missing file with one line', async () => {
    const r = await assess('/nonexistent/file.json');
    expect(r.code).toBe(1);
    expect(stderrLines(r.stderr)).toEqual(['assess: cannot read /nonexistent/file.json: ENOENT']);
  });
});
