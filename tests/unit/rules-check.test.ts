// rules:check rejects each kind of bad rule file with a message naming the file, the JSON path and the fault.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/domain/rule-set-check';
import { isValidRef } from '../../src/domain/rule-set';
import { smallRuleSetInput } from './small-rule-set';

type Json = Record<string, unknown>;
const clone = (): Json => structuredClone(smallRuleSetInput) as Json;
const items = (rs: Json, area = 0) => ((rs.areas as Json[])[area]!.items as Json[]);

function messages(rs: unknown): string[] {
  return checkRuleSet(rs).problems.map((p) => `${p.path}: ${p.message}`);
}

describe('rule-set checks', () => {
  it('accepts a valid rule set', () => {
    expect(messages(clone())).toEqual([]);
  });

  it('reports schema errors with their path', () => {
    const rs = clone();
    items(rs)[0]!.severity = 'urgent';
    expect(messages(rs).join('\n')).toMatch(/areas\[0\]\.items\[0\]\.severity/);
  });

  it('reports duplicate item ids', () => {
    const rs = clone();
    items(rs, 1)[0]!.id = 'org.prrc';
    expect(messages(rs)).toContain('areas[1].items[0].id: duplicate item id "org.prrc" (first used at areas[0].items[0])');
  });

  it('reports unknown condition facts and values', () => {
    const rs = clone();
    items(rs)[0]!.appliesWhen = { all: [{ fact: 'isSterile', is: true }, { fact: 'deviceClasses', in: ['IV'] }] };
    const m = messages(rs).join('\n');
    expect(m).toMatch(/areas\[0\]\.items\[0\]\.appliesWhen\.all\[0\]\.fact: unknown fact "isSterile"/);
    expect(m).toMatch(/appliesWhen\.all\[1\]\.in\[0\]: value "IV" is not allowed for fact "deviceClasses"/);
  });

  it('reports "is" used on a fact that is not yes/no', () => {
    const rs = clone();
    items(rs)[0]!.appliesWhen = { fact: 'companySize', is: true };
    expect(messages(rs).join('\n')).toMatch(/"is" needs a yes\/no fact/);
  });

  it('reports empty areas', () => {
    const rs = clone();
    (rs.areas as Json[])[1]!.items = [];
    expect(messages(rs)).toContain('areas[1].items: area "docs" has no items');
  });

  it('reports cost ranges out of order', () => {
    const rs = clone();
    items(rs)[0]!.cost = { scale: 'company', oneOff: { internalDays: [5, 2, 10] } };
    expect(messages(rs)).toContain('areas[0].items[0].cost.oneOff.internalDays: cost must be ordered low ≤ likely ≤ high, got [5, 2, 10]');
  });

  it('reports references that are not in a documented format', () => {
    const rs = clone();
    items(rs)[0]!.refs = ['Article 15 MDR'];
    expect(messages(rs).join('\n')).toMatch(/areas\[0\]\.items\[0\]\.refs\[0\]: reference "Article 15 MDR" is not in a documented format/);
  });

  it('reports texts missing a language when all three are required', () => {
    const rs = clone();
    items(rs)[0]!.question = { en: 'A PRRC is named.', fr: 'Une PRRC est désignée.' };
    const problems = checkRuleSet(rs, { requireLanguages: true }).problems.map((p) => `${p.path}: ${p.message}`);
    expect(problems).toContain('areas[0].items[0].question: text is missing in de (give {"en", "fr", "de"})');
    expect(problems).toContain('areas[0].items[0].guidance: text is missing in fr, de (give {"en", "fr", "de"})');
    expect(messages(rs)).toEqual([]);
  });

  it('reports an item pointing at an unknown deadline', () => {
    const rs = clone();
    items(rs, 1)[0]!.deadline = 'never';
    expect(messages(rs)).toContain('areas[1].items[0].deadline: unknown deadline "never"');
  });
});

describe('reference formats', () => {
  it.each([
    'MDR Art. 10(9)',
    'MDR Art. 120(3c)(b)',
    'MDR Art. 10a',
    'MDR Annex I §23.4',
    'MDR Annex II §6.1(b)',
    'MDR Annex VIII Rule 11',
    'MDR Annex IX Ch. I §3.3',
    'MDR Annex XIV Part B',
    'MDCG 2019-11',
    'MDCG 2020-3 rev.1',
    'ISO 14971:2019',
    'EN ISO 13485:2016',
    'IEC 62304:2006+A1:2015',
    'Regulation (EU) 2023/607',
    'Recommendation 2003/361/EC',
  ])('accepts %s', (ref) => expect(isValidRef(ref)).toBe(true));

  it.each(['Art. 15', 'MDR article 15', 'MDR Annex 1', 'ISO14971', 'MDCG 19-11', ''])('rejects %j', (ref) => expect(isValidRef(ref)).toBe(false));
});

/**
 * The small rule set as rules:check requires a shipped one: every text in English, French and German,
 * a review date, and references that hold for every profile that sees them (custom-made devices have
 * no Annex II file and are not registered under Art. 31 or summarised under Art. 32).
 */
function trilingual(): Json {
  const t = (x: unknown) => ({ en: String(x), fr: `${String(x)} (fr)`, de: `${String(x)} (de)` });
  const rs = clone();
  rs.title = t(rs.title);
  rs.reviewedOn = '2026-12-07';
  const notCustomMade = { not: { fact: 'customMade', is: true } };
  for (const d of rs.deadlines as Json[]) {
    d.title = t(d.title);
    d.asOf = '2026-12-07';
  }
  (rs.deadlines as Json[])[0]!.refs = [{ ref: 'MDR Art. 31', when: notCustomMade }];
  (rs.deadlines as Json[])[1]!.refs = [{ ref: 'Regulation (EU) 2023/607', when: { all: [{ fact: 'isManufacturer', is: true }, { fact: 'needsNotifiedBody', is: true }] } }];
  items(rs, 1)[0]!.refs = [{ ref: 'MDR Annex II §1.1', when: notCustomMade }];
  items(rs, 1)[1]!.refs = [{ ref: 'MDR Art. 32', when: { all: [{ fact: 'isManufacturer', is: true }, notCustomMade] } }];
  for (const a of rs.areas as Json[]) {
    a.title = t(a.title);
    a.summary = t(a.summary);
    for (const i of a.items as Json[]) {
      i.question = t(i.question);
      i.guidance = t(i.guidance);
    }
  }
  return rs;
}

describe('npm run rules:check', () => {
  it('names the file, the path and the problem, and exits with 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rules-'));
    const good = join(dir, 'good.json');
    const bad = join(dir, 'bad.json');
    const broken = join(dir, 'broken.json');
    writeFileSync(good, JSON.stringify(trilingual()));
    const rs = trilingual();
    items(rs)[0]!.refs = ['Art 15'];
    items(rs, 1)[0]!.question = 'English only';
    writeFileSync(bad, JSON.stringify(rs));
    writeFileSync(broken, '{"id": "x", ');
    // An importer's duty cited on an item every manufacturer sees.
    const scope = join(dir, 'scope.json');
    const outOfScope = trilingual();
    (items(outOfScope)[0]!.refs as unknown[]).push('MDR Art. 13(2)');
    writeFileSync(scope, JSON.stringify(outOfScope));
    let out = '';
    let status = 0;
    try {
      execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/rules-check.ts', good, bad, broken, scope], { encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      const err = e as { status: number; stderr: string; stdout: string };
      status = err.status;
      out = err.stdout + err.stderr;
    }
    expect(status).toBe(1);
    expect(out).toMatch(/ok {2}.*good\.json: test-rules@1\.0\.0, 2 areas, 4 items, every reference within its scope/);
    expect(out).toMatch(/scope\.json: areas\[0\]\.items\[0\]\.refs\[1\]: item org\.prrc: reference "MDR Art\. 13\(2\)" is shown outside its scope \(MDR Art\. 13: general obligations of importers\), for example to a profile with roles=\[manufacturer\]/);
    expect(out).toMatch(/bad\.json: areas\[0\]\.items\[0\]\.refs\[0\]: reference "Art 15"/);
    expect(out).toMatch(/bad\.json: areas\[1\]\.items\[0\]\.question: text is missing in fr, de/);
    expect(out).toMatch(/broken\.json: \(file\): not valid JSON/);
    expect(out).not.toMatch(/at .*\.ts:\d+/);
  });
});
