// The real MDR rule set: which areas and references apply to typical firms, and whether its costs are sane.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerSchema } from '../../src/domain/answer';
import { answersById } from '../../src/domain/assessment';
import { evaluate, type Evaluation } from '../../src/domain/evaluate';
import { makeProfile, type ProfileInput } from '../../src/domain/profile';
import { checkRuleSet } from '../../src/domain/rule-set-check';
import { defaultSettings } from '../../src/domain/settings';

const { ruleSet, problems } = checkRuleSet(JSON.parse(readFileSync('rules/mdr-2017-745.json', 'utf8')));
const asOf = '2026-11-23';

function open(profile: ProfileInput): Evaluation {
  return evaluate(ruleSet!, { profile: makeProfile(profile), answers: {} }, defaultSettings, asOf);
}

/** Every applicable item answered "not met": the cost of starting from nothing. */
function allGaps(profile: ProfileInput): Evaluation {
  const ids = open(profile).items.map((i) => i.item.id);
  return evaluate(ruleSet!, { profile: makeProfile(profile), answers: answersById(ids.map((itemId) => answerSchema.parse({ itemId, status: 'not_met' }))) }, defaultSettings, asOf);
}

const areasOf = (e: Evaluation) => e.areas.filter((a) => a.counts.applicable > 0).map((a) => a.area.id);
const refsOf = (e: Evaluation) => new Set(e.items.flatMap((i) => i.refs));
const idsOf = (e: Evaluation) => e.items.map((i) => i.item.id);

const base = { companyName: 'Test firm', country: 'LU', markets: ['LU'] } satisfies ProfileInput;

interface Case {
  name: string;
  profile: ProfileInput;
  areas: string[];
  notAreas: string[];
  refs: string[];
  notRefs: string[];
}

const cases: Case[] = [
  {
    name: 'class I non-sterile software start-up',
    profile: { ...base, deviceClasses: ['I'], software: true, companySize: 'micro' },
    areas: ['strategy', 'qms', 'risk', 'techdoc', 'software', 'clinical', 'pms', 'vigilance', 'udi-eudamed', 'prrc'],
    notAreas: ['notified-body', 'transition'],
    refs: ['IEC 62304:2006+A1:2015', 'MDR Art. 85', 'MDR Art. 15(2)', 'MDR Art. 10(16)'],
    notRefs: ['MDR Art. 32', 'MDR Art. 18(1)', 'MDR Art. 13(2)', 'MDR Art. 14(2)', 'MDR Art. 86(1)'],
  },
  {
    name: 'class Is (sterile) manufacturer',
    profile: { ...base, deviceClasses: ['Is'], sterile: true },
    areas: ['notified-body', 'gspr', 'techdoc', 'pms'],
    notAreas: ['transition'],
    refs: ['MDR Art. 85'],
    notRefs: ['MDR Art. 32', 'MDR Art. 86(1)', 'IEC 62304:2006+A1:2015'],
  },
  {
    name: 'class IIa active device',
    profile: { ...base, deviceClasses: ['IIa'], active: true, companySize: 'small' },
    areas: ['notified-body', 'classification', 'clinical', 'pms', 'udi-eudamed'],
    notAreas: ['transition'],
    refs: ['MDR Art. 86(1)', 'MDR Art. 61(1)'],
    notRefs: ['MDR Art. 32', 'MDR Art. 18(1)', 'MDR Art. 85', 'MDR Art. 13(2)'],
  },
  {
    name: 'class IIb implantable',
    profile: { ...base, deviceClasses: ['IIb'], implantable: true, sterile: true },
    areas: ['notified-body', 'clinical', 'labelling', 'pms'],
    notAreas: ['transition'],
    refs: ['MDR Art. 32', 'MDR Art. 18(1)', 'MDR Art. 86(1)'],
    notRefs: ['MDR Art. 85'],
  },
  {
    name: 'class III',
    profile: { ...base, deviceClasses: ['III'], implantable: true, sterile: true, medicinalSubstance: true },
    areas: ['notified-body', 'clinical', 'pms', 'gspr'],
    notAreas: ['transition'],
    refs: ['MDR Art. 32', 'MDR Art. 54', 'MDR Art. 18(1)'],
    notRefs: ['MDR Art. 85', 'MDR Art. 14(2)'],
  },
  {
    name: 'distributor only',
    profile: { ...base, roles: ['distributor'], deviceClasses: ['IIa'] },
    areas: ['operators', 'vigilance'],
    notAreas: ['qms', 'techdoc', 'clinical', 'notified-body', 'prrc', 'risk', 'transition'],
    refs: ['MDR Art. 14(2)'],
    notRefs: ['MDR Art. 15(1)', 'MDR Art. 13(2)', 'MDR Art. 32', 'MDR Art. 86(1)', 'MDR Art. 10(9)'],
  },
  {
    name: 'importer',
    profile: { ...base, roles: ['importer'], deviceClasses: ['IIb'] },
    areas: ['operators', 'udi-eudamed', 'vigilance'],
    notAreas: ['qms', 'techdoc', 'clinical', 'notified-body', 'prrc', 'transition'],
    refs: ['MDR Art. 13(2)', 'MDR Art. 30(3)'],
    notRefs: ['MDR Art. 15(1)', 'MDR Art. 14(2)', 'MDR Art. 32'],
  },
  {
    name: 'legacy device under transition',
    profile: { ...base, deviceClasses: ['IIb'], transition: 'legacy', legacyQmsBy2024: true, legacyNbApplicationBy2024: true, legacyNbAgreementBy2024: true },
    areas: ['transition', 'notified-body', 'pms', 'vigilance'],
    notAreas: [],
    refs: ['Regulation (EU) 2023/607', 'MDR Art. 86(1)'],
    notRefs: ['MDR Art. 32', 'MDR Art. 85'],
  },
];

describe('the MDR rule set', () => {
  it('passes rules:check with at least 120 items in about 15 areas', () => {
    expect(problems).toEqual([]);
    const items = ruleSet!.areas.flatMap((a) => a.items);
    expect(items.length).toBeGreaterThanOrEqual(120);
    expect(ruleSet!.areas.length).toBeGreaterThanOrEqual(14);
  });

  it('gives a typical class IIa manufacturer items in every manufacturer area', () => {
    const e = open({ ...base, deviceClasses: ['IIa'], active: true, software: true });
    const empty = e.areas.filter((a) => a.counts.applicable === 0).map((a) => a.area.id);
    expect(empty).toEqual(['transition']);
  });

  it('states the date its content is current to, and cites a legal basis for every item', () => {
    expect(ruleSet!.effectiveDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const item of ruleSet!.areas.flatMap((a) => a.items)) expect(item.refs.length).toBeGreaterThan(0);
  });

  it('flags the duties the December 2025 simplification proposal would change', () => {
    const flagged = ruleSet!.areas.flatMap((a) => a.items).filter((i) => i.underRevision).map((i) => i.id);
    expect(flagged.some((id) => id.startsWith('prrc.'))).toBe(true);
    expect(flagged.some((id) => id.startsWith('pms.psur'))).toBe(true);
  });

  describe.each(cases)('for a $name', (c) => {
    const e = open(c.profile);
    it('shows the areas that apply and hides those that do not', () => {
      const areas = areasOf(e);
      for (const a of c.areas) expect(areas, `area ${a}`).toContain(a);
      for (const a of c.notAreas) expect(areas, `area ${a}`).not.toContain(a);
    });
    it('cites the references that apply and none that do not', () => {
      const refs = refsOf(e);
      for (const r of c.refs) expect(refs.has(r), `ref ${r}`).toBe(true);
      for (const r of c.notRefs) expect(refs.has(r), `ref ${r}`).toBe(false);
    });
  });

  it('asks a plain class I firm no notified-body question', () => {
    const e = open({ ...base, deviceClasses: ['I'] });
    expect(idsOf(e).filter((id) => id.startsWith('nb.'))).toEqual([]);
  });

  it('tells a legacy-device firm which transition date applies', () => {
    const met = { legacyQmsBy2024: true, legacyNbApplicationBy2024: true, legacyNbAgreementBy2024: true };
    const highRisk = open({ ...base, deviceClasses: ['III'], transition: 'legacy', ...met });
    const other = open({ ...base, deviceClasses: ['IIa'], transition: 'legacy', ...met });
    expect(highRisk.deadlines.map((d) => d.deadline.id)).toContain('transition-high-risk');
    expect(other.deadlines.map((d) => d.deadline.id)).toContain('transition-other');
    expect(other.deadlines.map((d) => d.deadline.id)).not.toContain('transition-high-risk');
    expect(highRisk.deadlines.find((d) => d.deadline.id === 'transition-high-risk')!.deadline.date).toBe('2027-12-31');
    expect(other.deadlines.find((d) => d.deadline.id === 'transition-other')!.deadline.date).toBe('2028-12-31');
  });

  it('asks EUDAMED registration as a current duty, its date passed', () => {
    const e = open({ ...base, deviceClasses: ['IIa'] });
    const eudamed = e.deadlines.find((d) => d.deadline.id === 'eudamed-registration')!;
    expect(eudamed.deadline.date).toBe('2026-05-28');
    expect(eudamed.passed).toBe(true);
  });
});

describe('cost sanity of the all-gaps estimate', () => {
  // Bands from the reference cost table (shared/reference/mdr-domain.md §3.4), summing the driver rows
  // that apply to each kind of firm at the default day rate of 600 EUR: a manufacturer starting from
  // nothing needs a QMS (≥ 60 days + 15k), technical documentation (≥ 20 days + 10k) and a clinical
  // evaluation (≥ 10 days + 8k) at the least, i.e. above ~90k; the sum of the rows' highs, with
  // class III notified-body costs and a clinical investigation, stays below ~3.5M.
  const manufacturerBand = { min: 90_000, max: 3_500_000 };
  // A distributor's or importer's duties are checks, records and procedures: tens of days at most.
  const traderBand = { min: 2_000, max: 150_000 };

  it.each(cases)('is within the reference band for a $name', (c) => {
    const e = allGaps(c.profile);
    const band = c.profile.roles?.includes('manufacturer') === false ? traderBand : manufacturerBand;
    const { p10, p50, p90 } = e.cost.gaps.oneOff;
    expect(p10).toBeGreaterThanOrEqual(band.min);
    expect(p90).toBeLessThanOrEqual(band.max);
    expect(p10).toBeLessThanOrEqual(p50);
    expect(p50).toBeLessThanOrEqual(p90);
    // Recurring costs exist for every firm that must keep duties going.
    expect(e.cost.gaps.yearly.p50).toBeGreaterThan(0);
  });

  it('costs a class III firm more than a class I firm', () => {
    const classI = allGaps({ ...base, deviceClasses: ['I'] }).cost.gaps;
    const classIII = allGaps({ ...base, deviceClasses: ['III'], implantable: true }).cost.gaps;
    expect(classIII.oneOff.p50).toBeGreaterThan(classI.oneOff.p50 * 1.3);
    expect(classIII.yearly.p50).toBeGreaterThan(classI.yearly.p50);
  });
});

describe('transition timeline for legacy devices (Regulation (EU) 2023/607)', () => {
  const allMet = { legacyQmsBy2024: true, legacyNbApplicationBy2024: true, legacyNbAgreementBy2024: true, legacyNoSignificantChange: true };
  const transitionIds = (p: Partial<ProfileInput>) =>
    open({ ...base, transition: 'legacy', ...p })
      .deadlines.map((d) => d.deadline.id)
      .filter((id) => id.startsWith('transition-') && !id.startsWith('transition-conditions'));

  const classPaths: [string, Partial<ProfileInput>, string[]][] = [
    ['class III', { deviceClasses: ['III'] }, ['transition-high-risk']],
    ['class IIb implantable', { deviceClasses: ['IIb'], implantable: true }, ['transition-high-risk']],
    ['class IIb', { deviceClasses: ['IIb'] }, ['transition-other']],
    ['class IIa', { deviceClasses: ['IIa'] }, ['transition-other']],
    ['class Is', { deviceClasses: ['Is'], sterile: true }, ['transition-other']],
    ['class Im', { deviceClasses: ['Im'], measuring: true }, ['transition-other']],
    // Reusable surgical instruments were self-declared class I under Directive 93/42/EEC: no certificate, so
    // their transition rests on Art. 120(3b), not on a certificate under Art. 120(3a).
    ['class Ir (an MDD class I declaration, up-classified)', { deviceClasses: ['Ir'], reusableSurgical: true, legacyBasis: 'classIUpclassified' }, ['transition-other']],
    ['class IIa (an MDD class I declaration, up-classified)', { deviceClasses: ['IIa'], legacyBasis: 'classIUpclassified' }, ['transition-other']],
    ['class III with an MDD class I declaration (Art. 120(3b) ends in 2028)', { deviceClasses: ['III'], legacyBasis: 'classIUpclassified' }, ['transition-other']],
  ];
  it.each(classPaths)('gives a %s device whose conditions are met its end date', (_n, p, expected) => {
    expect(transitionIds({ ...allMet, ...p })).toEqual(expected);
  });

  it.each([
    ['no MDR quality system by 26 May 2024', { legacyQmsBy2024: false }, 'transition-lapsed-may-2024'],
    ['no notified-body application by 26 May 2024', { legacyNbApplicationBy2024: false }, 'transition-lapsed-may-2024'],
    ['no written agreement by 26 September 2024', { legacyNbAgreementBy2024: false }, 'transition-lapsed-sept-2024'],
    ['a significant change', { legacyNoSignificantChange: false }, 'transition-lapsed-change'],
  ] as const)('tells a firm with %s that the extension was lost, and gives no end date', (_n, failed, expected) => {
    for (const classes of [['III'], ['IIa']] as const) {
      const ids = transitionIds({ ...allMet, ...(failed as Partial<ProfileInput>), deviceClasses: [...classes] });
      expect(ids).toContain(expected);
      expect(ids).not.toContain('transition-high-risk');
      expect(ids).not.toContain('transition-other');
    }
  });
});
