// Every reference shown to a firm binds that firm: the scope table, the proof over the whole profile space, and what each kind of firm sees.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { conditionHolds, type Condition } from '../../src/domain/condition';
import { evaluate } from '../../src/domain/evaluate';
import { deriveFacts } from '../../src/domain/facts';
import { makeProfile, type ProfileInput } from '../../src/domain/profile';
import { checkReferenceScopes, checkScopeTable, findProfile, scopeOf } from '../../src/domain/reference-scope';
import { refText, type RuleSet } from '../../src/domain/rule-set';
import { checkRuleSet } from '../../src/domain/rule-set-check';
import { defaultSettings } from '../../src/domain/settings';

const ruleSet = checkRuleSet(JSON.parse(readFileSync('rules/mdr-2017-745.json', 'utf8'))).ruleSet!;
const { scopes } = checkScopeTable(JSON.parse(readFileSync('rules/reference-scopes.json', 'utf8')));
const scopeTable = scopes!;

const clone = (rs: RuleSet): RuleSet => structuredClone(rs);
const item = (rs: RuleSet, id: string) => rs.areas.flatMap((a) => a.items).find((i) => i.id === id)!;

describe('the reference-scope table', () => {
  it('is valid and covers every reference the rule set cites', () => {
    expect(scopes).not.toBeNull();
    const refs = [...ruleSet.areas.flatMap((a) => a.items.flatMap((i) => i.refs)), ...ruleSet.deadlines.flatMap((d) => d.refs)].map(refText);
    for (const r of refs) expect(scopeOf(r, scopeTable), r).toBeDefined();
  });

  it('takes the most specific entry, and never mistakes Art. 10a for Art. 10 or Annex II for Annex I', () => {
    expect(scopeOf('MDR Art. 27(8)', scopeTable)?.ref).toBe('MDR Art. 27(8)');
    expect(scopeOf('MDR Art. 27(4)', scopeTable)?.ref).toBe('MDR Art. 27');
    expect(scopeOf('MDR Art. 10a', scopeTable)?.ref).toBe('MDR Art. 10a');
    expect(scopeOf('MDR Annex II §4', scopeTable)?.ref).toBe('MDR Annex II');
    expect(scopeOf('MDR Annex IX Ch. I §3.4', scopeTable)?.ref).toBe('MDR Annex IX');
    expect(scopeOf('MDCG 2019-11 rev.1', scopeTable)?.ref).toBe('MDCG 2019-11');
    expect(scopeOf('MDR Art. 130', scopeTable)).toBeUndefined();
  });
});

describe('the proof over the whole profile space', () => {
  it('passes on the shipped rule set', () => {
    expect(checkReferenceScopes(ruleSet, scopeTable)).toEqual([]);
  });

  it('fails on an importer duty (MDR Art. 13) put on an item every manufacturer sees, naming item, reference and a profile', () => {
    const rs = clone(ruleSet);
    item(rs, 'qms.capa').refs.push('MDR Art. 13(7)');
    const problems = checkReferenceScopes(rs, scopeTable);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/^item qms\.capa: reference "MDR Art\. 13\(7\)" is shown outside its scope \(MDR Art\. 13: /);
    expect(problems[0]!.message).toMatch(/roles=\[manufacturer\]/);
  });

  it('fails on Annex IX cited to a plain class I manufacturer, and passes once the reference carries "when a notified body is involved"', () => {
    const rs = clone(ruleSet);
    const capa = item(rs, 'qms.capa');
    capa.refs.push('MDR Annex IX Ch. I §2.2');
    expect(checkReferenceScopes(rs, scopeTable).map((p) => p.message).join('\n')).toMatch(/"MDR Annex IX Ch\. I §2\.2" is shown outside its scope .*roles=\[manufacturer\]/);
    capa.refs[capa.refs.length - 1] = { ref: 'MDR Annex IX Ch. I §2.2', when: { fact: 'needsNotifiedBody', is: true } };
    expect(checkReferenceScopes(rs, scopeTable)).toEqual([]);
  });

  it('fails on a reference no scope entry covers', () => {
    const rs = clone(ruleSet);
    item(rs, 'qms.capa').refs.push('ISO 9001:2015');
    expect(checkReferenceScopes(rs, scopeTable)[0]!.message).toMatch(/"ISO 9001:2015" has no entry in rules\/reference-scopes\.json/);
  });

  it('sees through the class sub-types: a plain class I with "sterile" is class Is (Art. 52(7))', () => {
    // A sterile class I device needs a notified body for its sterility: the search must know it.
    const witness = findProfile([{ fact: 'needsNotifiedBody', is: true }, { not: { fact: 'deviceClasses', in: ['Is', 'Im', 'Ir', 'IIa', 'IIb', 'III'] } }], undefined);
    expect(witness).toBeNull();
  });

  it('finds only real profiles: every witness satisfies the conditions when evaluated the way the app does', () => {
    // Each scope entry against each item condition: wherever the search claims a witness, the real facts agree.
    let witnesses = 0;
    const conditions = ruleSet.areas.flatMap((a) => a.items.map((i) => i.appliesWhen)).slice(0, 60);
    for (const s of scopeTable.filter((x) => x.appliesTo).slice(0, 40)) {
      for (const c of conditions) {
        const w = findProfile([c], s.appliesTo);
        if (!w) continue;
        witnesses += 1;
        const facts = deriveFacts(w);
        expect(conditionHolds(c, facts)).toBe(true);
        expect(conditionHolds(s.appliesTo, facts)).toBe(false);
      }
    }
    expect(witnesses).toBeGreaterThan(100);
  });

  it('agrees with sampling: no random profile sees a reference outside its scope', () => {
    // Independent of the search: 3,000 random profiles evaluated as the app evaluates them.
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
    const some = <T,>(xs: readonly T[]) => {
      const out = xs.filter(() => rnd() < 0.3);
      return out.length > 0 ? out : [pick(xs)];
    };
    for (let n = 0; n < 3000; n += 1) {
      const bool = () => rnd() < 0.3;
      const profile = makeProfile({
        companyName: 'Random',
        roles: some(['manufacturer', 'authorisedRepresentative', 'importer', 'distributor', 'procedurePackProducer'] as const),
        deviceClasses: some(['I', 'Is', 'Im', 'Ir', 'IIa', 'IIb', 'III'] as const),
        establishment: pick(['eu', 'nonEu'] as const),
        transition: pick(['new', 'legacy'] as const),
        legacyBasis: pick(['mddCertificate', 'classIUpclassified'] as const),
        bodyContact: pick(['none', 'surface', 'externallyCommunicating', 'implant'] as const),
        companySize: pick(['micro', 'small', 'medium', 'large'] as const),
        ...Object.fromEntries(
          ['implantable', 'active', 'software', 'sterile', 'measuring', 'reusableSurgical', 'medicinalSubstance', 'animalOrHumanTissue', 'nanomaterial', 'layUsers', 'customMade', 'annexXVI', 'wetImplant', 'drugDeviceCombination', 'deliversMedicinalProduct', 'aiSystem'].map((k) => [k, bool()]),
        ),
      });
      const e = evaluate(ruleSet, { profile, answers: {} }, defaultSettings, '2026-12-07');
      const shown = [...e.items.flatMap((i) => i.refs.map((r) => [i.item.id, r] as const)), ...e.deadlines.flatMap((d) => d.refs.map((r) => [d.deadline.id, r] as const))];
      for (const [owner, r] of shown) {
        const scope = scopeOf(r, scopeTable)!.appliesTo as Condition | undefined;
        if (!conditionHolds(scope, e.facts)) throw new Error(`${owner} shows ${r} to ${JSON.stringify(profile)}`);
      }
    }
  });
});

/**
 * What each kind of firm sees, written from the regulation's text. `refs` must be cited somewhere in
 * the firm's checklist; `notRefs` must not be cited anywhere in it.
 */
interface FirmCase {
  name: string;
  profile: ProfileInput;
  refs: string[];
  notRefs: string[];
  /** The articles that justify the expectations. */
  why: string;
}

const base = { companyName: 'Firm', country: 'LU', markets: ['LU'], companySize: 'micro' } satisfies ProfileInput;
const mfr = { ...base, roles: ['manufacturer'] } satisfies ProfileInput;

const firms: FirmCase[] = [
  {
    name: 'plain class I manufacturer established in the EU',
    profile: { ...mfr, deviceClasses: ['I'] },
    refs: ['MDR Art. 10(9)', 'MDR Art. 52(7)', 'MDR Art. 85', 'MDR Art. 19'],
    notRefs: ['MDR Annex IX Ch. I §3.4', 'MDR Annex IX Ch. I §2.4', 'MDR Art. 11(3)', 'MDR Art. 11(5)', 'MDR Art. 13(8)', 'MDR Art. 14(5)', 'MDR Art. 13(10)', 'MDR Art. 14(6)', 'MDR Art. 86(1)', 'MDR Art. 54', 'MDCG 2020-3 rev.1'],
    why: 'Art. 52(7) class I self-declared without a notified body; Art. 11 binds non-EU manufacturers; Art. 13/14 importers and distributors; Art. 85 PMS report for class I, Art. 86 PSUR for IIa and above',
  },
  {
    name: 'class Is manufacturer (sterile)',
    profile: { ...mfr, deviceClasses: ['Is'] },
    refs: ['MDR Art. 52(7)', 'MDR Annex I §11', 'MDR Annex IX Ch. I §3.4', 'MDR Art. 85'],
    notRefs: ['MDR Art. 86(1)', 'MDR Annex IX Ch. II §4', 'MDR Art. 52(6)'],
    why: 'Art. 52(7)(a): notified body for the sterility aspects only; Annex IX Ch. II §4 technical documentation assessment is for classes IIa and above (Art. 52(4), 52(6))',
  },
  {
    name: 'class I with "sterile" ticked is treated as class Is',
    profile: { ...mfr, deviceClasses: ['I'], sterile: true },
    refs: ['MDR Art. 52(7)', 'MDR Annex IX Ch. I §3.4'],
    notRefs: ['MDR Art. 86(1)'],
    why: 'Art. 52(7)(a): a class I device placed on the market in sterile condition goes through a notified body for sterility',
  },
  {
    name: 'class Im manufacturer (measuring function)',
    profile: { ...mfr, deviceClasses: ['Im'] },
    refs: ['MDR Annex I §15', 'MDR Art. 52(7)'],
    notRefs: ['MDR Art. 86(1)', 'MDR Annex X'],
    why: 'Art. 52(7)(b) and Annex I §15 for devices with a measuring function',
  },
  {
    name: 'class Ir manufacturer (reusable surgical instrument)',
    profile: { ...mfr, deviceClasses: ['Ir'] },
    refs: ['MDR Annex VI Part C §4.10', 'MDR Art. 52(7)'],
    notRefs: ['MDR Art. 86(1)', 'MDR Art. 18(1)'],
    why: 'Art. 52(7)(c) reusable surgical instruments; Annex VI Part C §4.10 UDI on the reusable device itself; Art. 18 only for implants',
  },
  {
    name: 'class IIa active device, EU manufacturer',
    profile: { ...mfr, deviceClasses: ['IIa'], active: true },
    refs: ['MDR Art. 52(6)', 'MDR Art. 86(1)', 'MDR Annex IX Ch. II §4', 'IEC 60601-1'],
    notRefs: ['MDR Art. 52(4)', 'MDR Art. 54', 'MDR Art. 32', 'MDR Art. 85'],
    why: 'Art. 52(6) class IIa route; Art. 86 PSUR for IIa; Art. 32 SSCP only implantable and class III; Art. 54 only class III implantable and class IIb active medicine-delivering devices',
  },
  {
    name: 'class IIa software, no body contact',
    profile: { ...mfr, deviceClasses: ['IIa'], software: true, bodyContact: 'none' },
    refs: ['MDR Annex VIII Rule 11', 'IEC 62304:2006+A1:2015', 'MDCG 2019-11 rev.1'],
    notRefs: ['ISO 10993-1:2018', 'MDR Annex I §10.4.1', 'Regulation (EU) 2024/1689 Art. 6'],
    why: 'Annex VIII Rule 11 for software; Annex I §10.4 and ISO 10993-1 only for devices in contact with the body; the AI Act only for AI systems (Regulation (EU) 2024/1689 Art. 3(1), 6(1))',
  },
  {
    name: 'class IIb active device that is not a medicine pump',
    profile: { ...mfr, deviceClasses: ['IIb'], active: true },
    refs: ['MDR Art. 52(4)', 'MDR Annex IX Ch. II §4'],
    notRefs: ['MDR Art. 54', 'MDR Annex IX Ch. II §5.1', 'MDR Art. 32'],
    why: 'Art. 54(1)(b): the consultation applies to class IIb active devices intended to administer or remove a medicinal product, not to every active IIb device',
  },
  {
    name: 'class IIb insulin pump (active, administers a medicinal product)',
    profile: { ...mfr, deviceClasses: ['IIb'], active: true, deliversMedicinalProduct: true },
    refs: ['MDR Art. 54', 'MDR Annex IX Ch. II §5.1'],
    notRefs: ['MDR Art. 32'],
    why: 'Art. 54(1)(b) and Annex IX Ch. II §5.1 for class IIb active devices administering a medicinal product (Annex VIII Rule 12)',
  },
  {
    name: 'class IIb implant',
    profile: { ...mfr, deviceClasses: ['IIb'], implantable: true, bodyContact: 'implant' },
    refs: ['MDR Art. 18(1)', 'MDR Art. 32', 'MDR Art. 61(4)', 'ISO 10993-1:2018'],
    notRefs: ['MDR Art. 54', 'MDR Art. 18(3)', 'MDR Art. 52(3)'],
    why: 'Art. 18(1) implant card, Art. 32 SSCP and Art. 61(4) clinical investigation for implantable devices; Art. 54 only for class III implantables; Art. 18(3) only for the listed implants',
  },
  {
    name: 'class III implant',
    profile: { ...mfr, deviceClasses: ['III'], implantable: true, bodyContact: 'implant' },
    refs: ['MDR Art. 52(3)', 'MDR Art. 54', 'MDR Art. 32', 'MDR Art. 18(1)', 'MDR Annex IX Ch. II §5.1'],
    notRefs: ['MDR Art. 85', 'MDR Art. 52(7)'],
    why: 'Art. 52(3) class III route, Art. 54(1)(a) consultation for class III implantable devices, Art. 32 SSCP, Art. 18 implant card',
  },
  {
    name: 'manufacturer established outside the EU',
    profile: { ...mfr, deviceClasses: ['IIa'], establishment: 'nonEu' },
    refs: ['MDR Art. 11(3)', 'MDR Art. 11(5)', 'MDCG 2022-16'],
    notRefs: ['MDR Art. 13(2)', 'MDR Art. 14(2)', 'MDR Art. 15(6)'],
    why: 'Art. 11(1): a manufacturer not established in a Member State designates an authorised representative; Art. 11(5) joint liability',
  },
  {
    name: 'importer only',
    profile: { ...base, roles: ['importer'], deviceClasses: ['IIa'] },
    refs: ['MDR Art. 13(2)', 'MDR Art. 13(10)', 'MDR Art. 13(8)', 'MDCG 2021-27 rev.1'],
    notRefs: ['MDR Art. 14(2)', 'MDR Art. 14(6)', 'MDR Art. 10(9)', 'MDR Art. 10(14)', 'MDR Art. 11(3)', 'MDR Annex IX Ch. I §3.4'],
    why: 'Art. 13 binds importers; Art. 14 distributors; Art. 10 manufacturers',
  },
  {
    name: 'distributor only',
    profile: { ...base, roles: ['distributor'], deviceClasses: ['IIa'] },
    refs: ['MDR Art. 14(2)', 'MDR Art. 14(6)', 'MDR Art. 30(2)'],
    notRefs: ['MDR Art. 13(2)', 'MDR Art. 13(10)', 'MDR Art. 10(14)', 'MDR Art. 31', 'Decision (EU) 2025/2371'],
    why: 'Art. 14 binds distributors; Art. 31 registration is for manufacturers, authorised representatives and importers',
  },
  {
    name: 'authorised representative only',
    profile: { ...base, roles: ['authorisedRepresentative'], deviceClasses: ['IIa'] },
    refs: ['MDR Art. 11(3)', 'MDR Art. 15(6)', 'MDR Art. 31'],
    notRefs: ['MDR Art. 13(2)', 'MDR Art. 14(2)', 'MDR Art. 10(9)', 'MDR Art. 15(2)'],
    why: 'Art. 11(3) tasks of the authorised representative, Art. 15(6) its own PRRC, Art. 31 registration',
  },
  {
    name: 'procedure-pack producer only',
    profile: { ...base, roles: ['procedurePackProducer'], deviceClasses: ['I'] },
    refs: ['MDR Art. 22(1)'],
    notRefs: ['MDR Art. 10(9)', 'MDR Art. 13(2)', 'MDR Art. 14(2)', 'MDR Art. 31'],
    why: 'Art. 22 systems and procedure packs; the producer is not a manufacturer (Art. 10) unless Art. 22(4) applies',
  },
  {
    name: 'custom-made class IIa manufacturer',
    profile: { ...mfr, deviceClasses: ['IIa'], customMade: true },
    refs: ['MDR Art. 52(8)', 'MDR Annex XIII'],
    notRefs: ['MDR Art. 20', 'MDR Annex II', 'MDR Art. 29', 'MDR Annex IX Ch. I §3.4', 'MDR Art. 19'],
    why: 'Art. 52(8) and Annex XIII for custom-made devices; Art. 20 CE marking, Art. 19 declaration, Annex II and Art. 29 registration are for devices other than custom-made',
  },
  {
    name: 'legacy class IIb device with a directive certificate',
    profile: {
      ...mfr,
      deviceClasses: ['IIb'],
      transition: 'legacy',
      legacyBasis: 'mddCertificate',
      legacyQmsBy2024: true,
      legacyNbApplicationBy2024: true,
      legacyNbAgreementBy2024: true,
    },
    refs: ['MDR Art. 120(3a)(b)', 'MDR Art. 120(2)', 'MDCG 2020-3 rev.1'],
    notRefs: ['MDR Art. 120(3a)(a)', 'MDR Art. 120(3b)'],
    why: 'Art. 120(3a)(b) as amended by Regulation (EU) 2023/607: class IIb non-implantable legacy devices until 31 December 2028',
  },
  {
    name: 'legacy class I device up-classified to IIa by the MDR',
    profile: { ...mfr, deviceClasses: ['IIa'], transition: 'legacy', legacyBasis: 'classIUpclassified', legacyQmsBy2024: true, legacyNbApplicationBy2024: true, legacyNbAgreementBy2024: true },
    refs: ['MDR Art. 120(3b)'],
    notRefs: ['MDR Art. 120(2)', 'MDR Art. 120(3a)(a)', 'MDR Art. 120(3a)(b)'],
    why: 'Art. 120(3b): a class I declaration drawn up before 26 May 2021 for a device the MDR up-classifies; there is no directive certificate (Art. 120(2))',
  },
  {
    name: 'legacy class I device that stays class I',
    profile: { ...mfr, deviceClasses: ['I'], transition: 'legacy' },
    refs: ['MDR Art. 52(7)'],
    notRefs: ['MDR Art. 120(3a)(b)', 'MDR Art. 120(3b)', 'MDR Art. 120(2)', 'Regulation (EU) 2023/607'],
    why: 'Art. 120(3a)-(3c) extend only devices that need a notified body under the MDR; a class I self-declared device has no transition',
  },
  {
    name: 'device with an ancillary medicinal substance',
    profile: { ...mfr, deviceClasses: ['III'], medicinalSubstance: true },
    refs: ['MDR Art. 52(9)', 'MDR Annex I §12', 'MDR Annex IX Ch. II §5.2'],
    notRefs: ['MDR Art. 52(10)', 'MDR Annex I §13', 'MDR Annex IX Ch. II §5.3'],
    why: 'Art. 52(9) and Annex IX §5.2 for devices with a medicinal substance; Art. 52(10), Annex I §13 and Annex IX §5.3 for tissues or cells',
  },
  {
    name: 'device made with animal tissue',
    profile: { ...mfr, deviceClasses: ['III'], animalOrHumanTissue: true },
    refs: ['MDR Art. 52(10)', 'MDR Annex I §13'],
    notRefs: ['MDR Art. 52(9)', 'MDR Annex I §12', 'MDR Annex IX Ch. II §5.2'],
    why: 'Art. 52(10) and Annex I §13 for devices utilising tissues or cells',
  },
];

describe.each(firms)('a $name', (c) => {
  const e = evaluate(ruleSet, { profile: makeProfile(c.profile), answers: {} }, defaultSettings, '2026-12-07');
  const shown = new Set([...e.items.flatMap((i) => i.refs), ...e.deadlines.flatMap((d) => d.refs)]);
  it(`sees the references that bind it and none that do not (${c.why})`, () => {
    for (const r of c.refs) expect(shown.has(r), `should cite ${r}`).toBe(true);
    for (const r of c.notRefs) expect(shown.has(r), `should not cite ${r}`).toBe(false);
  });
});

it('covers every role, every class and sub-class, and each new profile field', () => {
  const profiles = firms.map((f) => makeProfile(f.profile));
  for (const role of ['manufacturer', 'authorisedRepresentative', 'importer', 'distributor', 'procedurePackProducer'] as const) {
    expect(profiles.some((p) => p.roles.includes(role)), role).toBe(true);
  }
  for (const cls of ['I', 'Is', 'Im', 'Ir', 'IIa', 'IIb', 'III'] as const) expect(profiles.some((p) => p.deviceClasses.includes(cls)), cls).toBe(true);
  expect(firms.length).toBeGreaterThanOrEqual(20);
});

describe('the new profile fields end to end', () => {
  it('opens an assessment file made before the fields existed, with their defaults (body contact "surface", nothing else ticked)', async () => {
    const { parseImportFile } = await import('../../src/domain/import-file');
    const text = readFileSync('tests/fixtures/sample-class-iia.json', 'utf8');
    expect(text).not.toContain('bodyContact');
    const result = parseImportFile(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.assessments[0]!.profile).toMatchObject({
      annexXVI: false,
      wetImplant: false,
      bodyContact: 'surface',
      legacyBasis: 'mddCertificate',
      drugDeviceCombination: false,
      deliversMedicinalProduct: false,
      aiSystem: false,
    });
  });

  it('treats a saved profile without the new fields as having their defaults, so no obligation is switched off', () => {
    const full = makeProfile({ ...mfr, deviceClasses: ['IIa'] });
    const { bodyContact: _b, annexXVI: _a, ...old } = full;
    const e = evaluate(ruleSet, { profile: old as typeof full, answers: {} }, defaultSettings, '2026-12-07');
    expect(e.items.map((i) => i.item.id)).toContain('gspr.biocompatibility');
  });

  it('names the new device kinds in the report profile, in the report language', async () => {
    const { buildReportModel } = await import('../../src/domain/report-model');
    const profile = makeProfile({ ...mfr, deviceClasses: ['IIa'], software: true, aiSystem: true, bodyContact: 'none', transition: 'legacy', legacyBasis: 'classIUpclassified' });
    const e = evaluate(ruleSet, { profile, answers: {} }, defaultSettings, '2026-12-07');
    const inWords = (language: 'en' | 'fr' | 'de') =>
      buildReportModel(e, { companyName: 'Firm', deviceName: '', deviceClasses: ['IIa'], assessor: '', language, generatedAt: '2026-12-07T10:00:00Z' }).assumptions.profile[0]!.value;
    expect(inWords('en')).toMatch(/software that is an AI system.*no body contact.*a class I declaration under the directive/);
    expect(inWords('fr')).toMatch(/système d’IA.*n’ont aucun contact avec le corps/);
    expect(inWords('de')).toMatch(/KI-System.*ohne Körperkontakt/);
  });
});
