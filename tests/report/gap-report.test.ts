// The PDF gap report, generated in Node and read back with pdfjs: content, accents, page furniture and layout.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerInput } from '../../src/domain/answer';
import type { Evaluation } from '../../src/domain/evaluate';
import { evaluate } from '../../src/domain/evaluate';
import { buildReportModel, reportFormatters, type ReportMeta, type ReportModel } from '../../src/domain/report-model';
import { defaultSettings } from '../../src/domain/settings';
import { textIn } from '../../src/domain/text';
import { loadAssessmentFile } from '../../src/cli/load-assessment';
import { renderGapReport } from '../../src/report/render-gap-report';
import {
  accentedCompany,
  allGapAnswers,
  allMetAnswers,
  asOf,
  evaluateWith,
  germanNote,
  longNote,
  manufacturerProfile,
  metaFor,
  symbolNote,
  syntheticRuleSet,
} from '../fixtures/report-fixtures';
import { flatText, readPdf, type PdfPage, type ReadPdf } from './pdf-reader';

/** Generated reports and page images land here for a person to look at (test-results/ is git-ignored). */
const outDir = join(process.cwd(), 'test-results', 'report');

interface Made {
  model: ReportModel;
  bytes: Uint8Array;
  pdf: ReadPdf;
  evaluation: Evaluation;
}

async function make(name: string, evaluation: Evaluation, meta: ReportMeta): Promise<Made> {
  const model = buildReportModel(evaluation, meta);
  const bytes = renderGapReport(model);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, `${name}.pdf`), bytes);
  return { model, bytes, pdf: await readPdf(bytes, { fonts: true }), evaluation };
}

const MM = 72 / 25.4;

/** Page numbers, running header, margins and overlaps: what every report must get right. */
function checkPageFurniture({ model, pdf }: Made): void {
  const n = pdf.pages.length;
  expect(n).toBeGreaterThanOrEqual(6);
  expect(pdf.pages[0]!.text).not.toContain(model.words.report.page(1, n));
  pdf.pages.forEach((page, i) => {
    if (i === 0) return;
    const strs = page.pieces.map((p) => p.str);
    expect(strs, `page ${i + 1} number`).toContain(model.words.report.page(i + 1, n));
    expect(strs, `page ${i + 1} header`).toContain(model.header.right);
    expect(strs.some((s) => s === model.header.left || (s.endsWith('…') && model.header.left.startsWith(s.slice(0, -1)))), `page ${i + 1} company`).toBe(true);
  });
}

function checkInsideMargins(page: PdfPage, pageNo: number): void {
  for (const p of page.pieces) {
    const where = `page ${pageNo}: "${p.str.slice(0, 40)}"`;
    expect(p.x, where).toBeGreaterThanOrEqual(18 * MM - 0.5);
    expect(p.x + p.width, where).toBeLessThanOrEqual(page.width - 18 * MM + 0.5);
    expect(p.y, where).toBeGreaterThan(0);
    expect(p.y + p.height, where).toBeLessThanOrEqual(page.height);
  }
}

/** No two pieces of text share space: boxes from a little below the baseline to the cap height. */
function checkNoOverlap(page: PdfPage, pageNo: number): void {
  const boxes = page.pieces.map((p) => ({ s: p.str, x0: p.x, x1: p.x + p.width, y0: p.y - 0.2 * p.height, y1: p.y + 0.75 * p.height }));
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const dx = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const dy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      if (dx > 0.5 && dy > 0.5) expect.fail(`page ${pageNo}: "${a.s.slice(0, 40)}" overlaps "${b.s.slice(0, 40)}"`);
    }
  }
}

function checkLayout(made: Made): void {
  checkPageFurniture(made);
  made.pdf.pages.forEach((page, i) => {
    checkInsideMargins(page, i + 1);
    checkNoOverlap(page, i + 1);
  });
  // Every piece of text is drawn with the embedded DejaVu Sans, never a standard font that lacks €.
  expect(made.pdf.fontNames.size).toBeGreaterThan(0);
  expect([...made.pdf.fontNames].every((f) => /DejaVuSans/.test(f)), [...made.pdf.fontNames].join(', ')).toBe(true);
}

const isFurniture = (m: ReportModel) => (s: string) =>
  s === m.header.left || s === m.header.right || s === m.footerNote || /^(Page|Seite) \d+ (of|sur|von) \d+$/.test(s);

describe('a report with 160 gaps', { timeout: 120_000 }, () => {
  let made: Made;
  const rs = syntheticRuleSet(160, 16);
  beforeAll(async () => {
    const answers = allGapAnswers(rs);
    made = await make('all-gaps-160', evaluateWith(rs, manufacturerProfile, answers), metaFor(manufacturerProfile));
  }, 120_000);

  it('prints every gap with its references in the gaps section', () => {
    expect(made.evaluation.gaps).toHaveLength(160);
    const text = flatText(made.pdf.pages.slice(1), isFurniture(made.model));
    const start = text.indexOf('Gaps by priority (160)');
    const end = text.indexOf('Every open gap, by the due date');
    expect(start).toBeGreaterThan(0);
    expect(end).toBeGreaterThan(start);
    const section = text.slice(start, end);
    for (const g of made.evaluation.gaps) {
      for (const ref of g.evaluated.refs) {
        expect(section, `${g.evaluated.item.id} ${ref}`).toMatch(new RegExp(`${ref.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\d(])`));
      }
      expect(section).toContain(g.evaluated.item.id);
    }
  });

  it('prints the cost figures of the summary, the breakdown and each gap', () => {
    const f = reportFormatters('EUR', 'en');
    const text = flatText(made.pdf.pages, isFurniture(made.model));
    const c = made.evaluation.cost.gaps;
    for (const v of [c.oneOff.p10, c.oneOff.p50, c.oneOff.p90, c.yearly.p10, c.yearly.p50, c.yearly.p90]) expect(text).toContain(f.money(v));
    expect(c.oneOff.p50).toBeGreaterThan(100_000);
    for (const d of made.evaluation.cost.topDrivers) expect(text).toContain(f.money(d.oneOffLikely));
    for (const g of made.evaluation.gaps) expect(text).toContain(`${f.money(g.evaluated.cost.oneOff[1])} one-off`);
  });

  it('has numbered pages with the running header, text inside the margins and nothing overlapping', () => {
    expect(made.pdf.pages.length).toBeGreaterThan(30);
    expect(made.pdf.pages.length).toBeLessThan(150);
    checkLayout(made);
  });

  it('stays a file that can be mailed', () => {
    expect(made.bytes.length).toBeLessThan(1_000_000);
  });
});

describe('edge cases', { timeout: 60_000 }, () => {
  const rs = syntheticRuleSet(20, 4);

  it('reports an empty assessment without inventing gaps', async () => {
    const made = await make('empty', evaluateWith(rs, manufacturerProfile, []), metaFor(manufacturerProfile));
    const text = flatText(made.pdf.pages, isFurniture(made.model));
    expect(text).toContain('None of the 20 requirements that apply has been answered yet');
    expect(text).toContain('No gaps are known yet because no requirement has been answered.');
    expect(text).toContain('Gaps by priority (0)');
    expect(text).toContain('not answered');
    checkLayout(made);
  });

  it('reports an assessment where everything is met', async () => {
    const made = await make('all-met', evaluateWith(rs, manufacturerProfile, allMetAnswers(rs)), metaFor(manufacturerProfile));
    const text = flatText(made.pdf.pages, isFurniture(made.model));
    expect(text).toContain('No gaps: every answered requirement is met or does not apply.');
    expect(text).toContain('100%');
    expect(text).toContain('SOP for area1.item-1, rev. B');
    checkLayout(made);
  });

  it('prints notes of several thousand characters in full, across pages', async () => {
    const notes = [longNote(6000, 'First long note'), longNote(3500, 'Second long note'), longNote(1900, 'Evidence list')];
    const answers: AnswerInput[] = [
      { itemId: 'area1.item-1', status: 'not_met', note: notes[0] },
      { itemId: 'area1.item-2', status: 'partial', note: notes[1], evidence: notes[2] },
      { itemId: 'area2.item-6', status: 'met', note: notes[1] },
    ];
    const made = await make('long-notes', evaluateWith(rs, manufacturerProfile, answers), metaFor(manufacturerProfile));
    // A cell split across pages continues under the table's repeated head row.
    const tableHead = new Set(['Requirement', 'Answer', 'Note and evidence']);
    const text = flatText(made.pdf.pages, (s) => isFurniture(made.model)(s) || tableHead.has(s));
    for (const note of notes) expect(text).toContain(note);
    // The 6,000-character note appears twice (gap card and appendix) and ends each time.
    expect(text.split('First long note').length - 1).toBe(2);
    expect(text.match(/END-OF-NOTE/g)!.length).toBe(6);
    checkLayout(made);
  });

  it('reads accented French and German text, typographic quotes and € back exactly', async () => {
    const profile = { ...manufacturerProfile, companyName: accentedCompany, deviceName: 'Stéthoscope « Œil » für Prüfärzte' };
    const answers: AnswerInput[] = [
      { itemId: 'area1.item-1', status: 'not_met', note: germanNote, owner: 'Jürgen Müller-Łukasiewicz' },
      { itemId: 'area1.item-2', status: 'partial', note: symbolNote, evidence: 'Procès-verbal n° 12 — coût 1 250 €' },
    ];
    const made = await make('accents', evaluateWith(rs, profile, answers), metaFor(profile, { assessor: 'Anaïs Lefèvre' }));
    const pieces = made.pdf.pages.flatMap((p) => p.pieces.map((x) => x.str));
    const text = flatText(made.pdf.pages, isFurniture(made.model));
    // The running header prints the company name on one line: it must come back character for character.
    expect(pieces).toContain(accentedCompany);
    for (const s of [accentedCompany, germanNote, symbolNote, 'Jürgen Müller-Łukasiewicz', 'Anaïs Lefèvre', 'Stéthoscope « Œil » für Prüfärzte', 'Procès-verbal n° 12 — coût 1 250 €']) {
      expect(text).toContain(s);
    }
    expect(text).toMatch(/€\d/);
    checkLayout(made);
  });

  it('prints characters outside the embedded font as a readable stand-in, not as blanks', async () => {
    const answers: AnswerInput[] = [{ itemId: 'area1.item-1', status: 'not_met', note: 'Meeting 東京 ✅ then ẞ-check and ǅ' }];
    const made = await make('uncovered', evaluateWith(rs, manufacturerProfile, answers), metaFor(manufacturerProfile));
    const text = flatText(made.pdf.pages, isFurniture(made.model));
    expect(text).toContain('Meeting ?? ? then ?-check and Dž');
  });

  it('shortens a very long company name in the running header instead of running into the date', async () => {
    const profile = { ...manufacturerProfile, companyName: 'Internationale Gesellschaft für medizinische Präzisionsinstrumente und Diagnostiksysteme mbH & Co. KG' };
    const made = await make('long-company', evaluateWith(rs, profile, allGapAnswers(rs).slice(0, 3)), metaFor(profile));
    checkLayout(made);
  });
});

describe('a realistic class IIa report from the real rule set', { timeout: 60_000 }, () => {
  it('names the company, every gap with its references, and the nearest deadline', async () => {
    const loaded = loadAssessmentFile('tests/fixtures/assessment-class-iia.json');
    if (!loaded.ok) throw new Error(loaded.error);
    const evaluation = evaluate(loaded.ruleSet, loaded.state, defaultSettings, asOf);
    const p = loaded.state.profile;
    const made = await make('class-iia', evaluation, {
      companyName: p.companyName,
      deviceName: p.deviceName,
      deviceClasses: p.deviceClasses,
      assessor: loaded.assessor,
      language: loaded.language,
      generatedAt: `${asOf}T10:00:00.000Z`,
    });
    const text = flatText(made.pdf.pages, isFurniture(made.model));
    expect(text).toContain('Lumen Diagnostics S.à r.l.');
    // The rule set's version and the date it was last reviewed against the law are printed.
    expect(text).toContain(`version ${evaluation.ruleSet.version}, content current to`);
    expect(text).toContain('reviewed against the law on 7 Dec 2026');
    expect(evaluation.gaps.length).toBeGreaterThan(0);
    for (const g of evaluation.gaps) for (const ref of g.evaluated.refs) expect(text).toContain(ref);
    const next = evaluation.deadlines.find((d) => !d.passed);
    if (next) expect(text).toContain(`Nearest upcoming deadline: ${reportFormatters('EUR', 'en').date(next.deadline.date)}`);
    checkLayout(made);
  });
});

describe('a report in the assessment’s language (French, German)', { timeout: 180_000 }, () => {
  const loaded = loadAssessmentFile('tests/fixtures/assessment-class-iia.json');
  if (!loaded.ok) throw new Error(loaded.error);
  const rs = loaded.ruleSet;
  // Every answer given, in all four states, so the report has gaps, met and not-applicable items.
  const answers: AnswerInput[] = allGapAnswers(rs).map((a, i) =>
    i % 5 === 4 ? { ...a, status: 'met', evidence: 'Procédure PR-12, révision C' } : i % 7 === 6 ? { ...a, status: 'not_applicable', naReason: 'Kein steriles Produkt' } : a,
  );
  const p = loaded.state.profile;
  const evaluation = evaluateWith(rs, p, answers);
  const meta = (language: 'fr' | 'de'): ReportMeta => ({
    companyName: 'Société Générale d’Équipements Médicaux',
    deviceName: p.deviceName,
    deviceClasses: ['IIa', 'IIb'],
    assessor: 'Anaïs Lefèvre',
    language,
    generatedAt: `${asOf}T10:00:00.000Z`,
  });
  const made: Partial<Record<'fr' | 'de', Made>> = {};
  beforeAll(async () => {
    made.fr = await make('class-iia-fr', evaluation, meta('fr'));
    made.de = await make('class-iia-de', evaluation, meta('de'));
  }, 180_000);

  const textOf = (m: Made) => flatText(m.pdf.pages, isFurniture(m.model));
  const oneLine = (s: string) => s.replace(/\s+/g, ' ');
  // English labels the report printed before it spoke the assessment's language: none may be left.
  const englishLabels = [
    'Executive summary',
    'Readiness by area',
    'Gaps by priority',
    'Action plan',
    'Cost breakdown',
    'Assumptions and disclaimer',
    'Appendix: all applicable requirements',
    'Contents',
    'HIGH PRIORITY',
    'RECOMMENDED ACTION',
    'HOW THE COST WAS ESTIMATED',
    'Owner:',
    'Due:',
    'Estimated cost',
    'Legal deadline',
    'Gap to close',
    'Not met',
    'Partly met',
    'Kind of cost',
    'Planning estimates, not legal advice',
    'Page 2 of',
    'Report date',
    'Assessed by',
    'person-days',
    'device families',
  ];

  it('prints every heading, label and status word in French, figures the French way', () => {
    const m = made.fr!;
    const text = textOf(m);
    for (const s of [
      'Rapport d’écarts MDR',
      'Sommaire',
      'Évalué par',
      'Date du rapport',
      'Synthèse',
      `Écarts par priorité (${evaluation.gaps.length})`,
      'Plan d’action',
      'Ventilation des coûts',
      'Hypothèses et avertissement',
      'Annexe : toutes les exigences applicables',
      'Écart à combler',
      'Responsable',
      'Échéance légale',
      'NON SATISFAIT · CRITIQUE · PRIORITÉ HAUTE',
      'PARTIELLEMENT SATISFAIT',
      'ACTION RECOMMANDÉE',
      'Partiellement satisfait',
      'Sans objet',
      'Pourquoi sans objet : Kein steriles Produkt',
      'Preuves : Procédure PR-12, révision C',
      'Écarts ouverts par priorité et gravité',
      'Classe IIa, Classe IIb',
    ]) {
      expect(text, s).toContain(s);
    }
    for (const s of englishLabels) expect(text, s).not.toContain(s);
    expect(m.pdf.pages[1]!.pieces.map((x) => x.str)).toContain(`Page 2 sur ${m.pdf.pages.length}`);

    // Money: "809 414 €" (Intl's narrow no-break spaces, read back as spaces), never "€809,414".
    const f = reportFormatters('EUR', 'fr');
    const c = evaluation.cost.gaps;
    for (const v of [c.oneOff.p10, c.oneOff.p50, c.oneOff.p90]) expect(text).toContain(oneLine(f.money(v)));
    expect(oneLine(f.money(c.oneOff.p50))).toMatch(/^\d{1,3}( \d{3})+ €$/);
    expect(text).not.toMatch(/€\d/);
    expect(text).toContain(`${oneLine(f.money(evaluation.gaps[0]!.evaluated.cost.oneOff[1]))} en une fois`);
    expect(text).toContain(f.date(asOf));
    expect(f.date(asOf)).toBe('23 nov. 2026');
    // How each cost was made, in French too.
    expect(text).toMatch(/Effort interne : [\d ]+ € probable = \d+\/\d+\/\d+ jours-personne × 600 EUR\/jour/);
    checkLayout(m);
  });

  it('prints every heading, label and status word in German', () => {
    const m = made.de!;
    const text = textOf(m);
    for (const s of [
      'MDR-Lückenanalyse',
      'Inhalt',
      'Zusammenfassung',
      `Lücken nach Priorität (${evaluation.gaps.length})`,
      'Maßnahmenplan',
      'Kostenaufschlüsselung',
      'Annahmen und Haftungsausschluss',
      'Anhang: alle anwendbaren Anforderungen',
      'Zu schließende Lücke',
      'Zuständig',
      'Priorität',
      'Gesetzliche Frist',
      'NICHT ERFÜLLT · KRITISCH · HOHE PRIORITÄT',
      'EMPFOHLENE MASSNAHME',
      'Teilweise erfüllt',
      'Nicht zutreffend',
      'Offene Lücken nach Priorität und Schweregrad',
      'Klasse IIa, Klasse IIb',
    ]) {
      expect(text, s).toContain(s);
    }
    for (const s of englishLabels) expect(text, s).not.toContain(s);
    expect(m.pdf.pages[1]!.pieces.map((x) => x.str)).toContain(`Seite 2 von ${m.pdf.pages.length}`);
    const f = reportFormatters('EUR', 'de');
    expect(text).toContain(oneLine(f.money(evaluation.cost.gaps.oneOff.p50)));
    expect(oneLine(f.money(evaluation.cost.gaps.oneOff.p50))).toMatch(/^\d{1,3}(\.\d{3})+ €$/);
    expect(text).toContain('23. Nov. 2026');
    expect(text).toMatch(/Interner Aufwand: [\d.]+ € wahrscheinlich = \d+\/\d+\/\d+ Personentage × 600 EUR\/Tag/);
    checkLayout(m);
  });

  it('keeps accents as real characters and legal references as written', () => {
    for (const lang of ['fr', 'de'] as const) {
      const m = made[lang]!;
      const text = textOf(m);
      // Accented letters come back as themselves, not as stand-ins, boxes or decomposed pairs.
      for (const ch of lang === 'fr' ? ['é', 'è', 'à', 'É', '’'] : ['ü', 'ß', 'ä', 'ö', 'Ü']) expect(text, `${lang} ${ch}`).toContain(ch);
      expect(text).not.toMatch(/[\u0300-\u036f\ufffd]/);
      expect(text).toContain('Société Générale d’Équipements Médicaux');
      expect(text).toContain('Anaïs Lefèvre');
      for (const g of evaluation.gaps) {
        // The rule set's own text in the report language, every character intact.
        expect(text).toContain(oneLine(textIn(g.evaluated.item.question, lang)));
        for (const ref of g.evaluated.refs) expect(text, `${lang} ${g.evaluated.item.id} ${ref}`).toContain(ref);
        expect(text).toContain(g.evaluated.item.id);
      }
    }
  });

  it.skipIf(!existsSync('/usr/bin/pdftoppm'))('renders the French cover and a gap page to PNG for a person to check the longer labels', () => {
    const m = made.fr!;
    const gapPage = m.pdf.pages.findIndex((pg, i) => i > 0 && pg.text.includes('NON SATISFAIT · CRITIQUE'));
    expect(gapPage).toBeGreaterThan(0);
    const pdf = join(outDir, 'class-iia-fr.pdf');
    for (const page of [1, gapPage + 1]) {
      const prefix = join(outDir, `class-iia-fr-p${page}`);
      execFileSync('/usr/bin/pdftoppm', ['-r', '60', '-png', '-singlefile', '-f', String(page), '-l', String(page), pdf, prefix], { stdio: 'pipe' });
      expect(statSync(`${prefix}.png`).size).toBeGreaterThan(5_000);
    }
  });
});

describe('page images', () => {
  const pdftoppm = '/usr/bin/pdftoppm';
  it.skipIf(!existsSync(pdftoppm))('renders the first pages with poppler (pdftoppm -r 60 -png)', () => {
    const pdf = join(outDir, 'all-gaps-160.pdf');
    expect(existsSync(pdf)).toBe(true);
    const prefix = join(outDir, 'all-gaps-160-page');
    execFileSync(pdftoppm, ['-r', '60', '-png', '-f', '1', '-l', '4', pdf, prefix], { stdio: 'pipe' });
    const pngs = readdirSync(outDir).filter((f) => f.startsWith('all-gaps-160-page') && f.endsWith('.png'));
    expect(pngs.length).toBeGreaterThanOrEqual(4);
    for (const f of pngs) expect(statSync(join(outDir, f)).size).toBeGreaterThan(5_000);
  });
});
