// Software in the classification helper: software driving a device takes its class (Annex VIII §3.3), Rule 11 reads as
// the MDCG 2019-11 rev.1 table, and the class so far stays hidden while a question ahead could still raise it.
import { describe, expect, it } from 'vitest';
import classificationJson from '../../rules/classification-annex-viii.json';
import { applicableQuestions, checkClassification, classify, nextQuestions, riskClasses, type RiskClass } from '../../src/domain/classification';
import { textIn } from '../../src/domain/text';
import { answerLikeAUser, answerStepByStep, data, drivingSoftware, hardware, software } from './classification-answers';

const drivenDeviceRef = 'MDR Annex VIII Ch. II §3.3';
const rank = (c: RiskClass | null) => (c === null ? -1 : riskClasses.indexOf(c));
/** An insulin pump as a user describes it: powered, gives a medicine in a way that could be hazardous. */
const insulinPump = { invasiveness: 'none', active: true, activeFunctions: ['administers'], administersHow: 'hazardous' };

describe('software that drives or influences a hardware device (MDR Annex VIII Ch. II §3.3)', () => {
  it('is asked before anything else about the software', () => {
    const sw = { purpose: 'medical', software: 'standalone' };
    expect(nextQuestions(data, sw)[0]?.id).toBe('drivesDevice');
    const asked = applicableQuestions(data, answerLikeAUser(software({}))).map((q) => q.id);
    expect(asked.slice(0, 4)).toEqual(['purpose', 'software', 'drivesDevice', 'softwareFunctions']);
  });

  it('classifies an app that drives an insulin pump as class IIb, never class I, when the user only says it drives a pump', () => {
    // A new user who says the app drives a device but does nothing else medical: the pump's class decides.
    const result = classify(data, answerLikeAUser(drivingSoftware({ drivenDeviceClass: 'unknown', ...insulinPump })));
    expect(result.class).toBe('IIb');
    expect(result.complete).toBe(true);
    const byRule = Object.fromEntries(result.firedRules.map((r) => [r.ref, r.class]));
    expect(byRule).toMatchObject({ 'MDR Annex VIII Rule 12': 'IIb', [drivenDeviceRef]: 'IIb' });
    // Rule 11 does not fire for software that only drives a device (so no "class I, all other software").
    expect(result.firedRules.map((r) => r.ref)).not.toContain('MDR Annex VIII Rule 11');
    expect(result.profileClasses).toEqual(['IIb']);
  });

  it.each(['I', 'IIa', 'IIb', 'III'] as const)('takes the class the user states for the driven device: class %s', (stated) => {
    const result = classify(data, answerLikeAUser(drivingSoftware({ drivenDeviceClass: `class${stated}` })));
    expect(result.complete).toBe(true);
    expect(result.class).toBe(stated);
    const implementing = result.firedRules.find((r) => r.kind === 'implementing')!;
    expect(implementing).toMatchObject({ ref: drivenDeviceRef, section: '3.3', class: stated });
    expect(textIn(implementing.reason, 'en')).toContain(`class ${stated} device`);
  });

  it('asks about the driven device only when its class is not known, saying that the answers are about that device', () => {
    const stated = applicableQuestions(data, answerLikeAUser(drivingSoftware({ drivenDeviceClass: 'classIIb' }))).map((q) => q.id);
    expect(stated).not.toContain('invasiveness');
    expect(stated).not.toContain('active');

    const described = applicableQuestions(data, answerLikeAUser(drivingSoftware({ drivenDeviceClass: 'unknown', ...insulinPump })));
    const about = (id: string) => described.find((q) => q.id === id)?.subject;
    expect(textIn(about('invasiveness')!, 'en')).toBe('Answer for the device your software drives, not for the software.');
    expect(textIn(about('administersHow')!, 'fr')).toMatch(/dispositif que votre logiciel commande/);
    expect(textIn(about('special')!, 'de')).toMatch(/für die Software und für das Produkt/);
    // The software's own questions are about the software again, and a product that is not software has no such note.
    expect(about('softwareFunctions')).toBeUndefined();
    expect(applicableQuestions(data, hardware({})).find((q) => q.id === 'invasiveness')?.subject).toBeUndefined();
    // Supplied sterile and measuring function are questions about a physical product, never about software.
    expect(described.map((q) => q.id)).not.toContain('sterile');
  });

  it('does not record the driven device as implantable or reusable in the profile of the software', () => {
    const implant = classify(data, answerLikeAUser(drivingSoftware({ drivenDeviceClass: 'unknown', invasiveness: 'implant', active: true, implantFeatures: ['activeImplant'], activeFunctions: ['therapeutic'], therapeuticEnergy: 'normal' })));
    expect(implant.class).toBe('III');
    expect(implant.profileFacts.map((f) => f.fact)).not.toContain('implantable');
    expect(implant.profileFacts.map((f) => f.fact)).toContain('software');
    const instrument = classify(data, answerLikeAUser(drivingSoftware({ drivenDeviceClass: 'unknown', invasiveness: 'surgical', duration: 'transient', active: false, reusableInstrument: true })));
    expect(instrument.flags.reusable).toBe(false);
    expect(instrument.profileClasses).not.toContain('Ir');
  });

  it('classifies software with a medical purpose of its own on that purpose, but never below the driven device', () => {
    // MDCG 2019-11 rev.1 §4.1: the own purpose counts, and the class is not lower than the hardware device's.
    const below = classify(data, answerLikeAUser(drivingSoftware({ drivenDeviceClass: 'classIII', softwareFunctions: ['decisions'], softwareSignificance: 'informManagement', softwareSituation: 'nonSerious' })));
    expect(below.class).toBe('III');
    expect(below.firedRules.map((r) => [r.ref, r.class])).toEqual([
      [drivenDeviceRef, 'III'],
      ['MDR Annex VIII Rule 11', 'IIa'],
    ]);
    const above = classify(data, answerLikeAUser(drivingSoftware({ drivenDeviceClass: 'classI', softwareFunctions: ['decisions'], softwareSignificance: 'treatOrDiagnose', softwareSituation: 'critical' })));
    expect(above.class).toBe('III');
    expect(above.firedRules[0]?.ref).toBe('MDR Annex VIII Rule 11');
  });
});

describe('Rule 11 read with the table of MDCG 2019-11 rev.1 (Annex III)', () => {
  // Rows: state of the healthcare situation; columns: significance of the information (treat or diagnose, drive, inform).
  const table: Record<string, Record<string, RiskClass>> = {
    critical: { treatOrDiagnose: 'III', driveManagement: 'IIb', informManagement: 'IIa' },
    serious: { treatOrDiagnose: 'IIb', driveManagement: 'IIa', informManagement: 'IIa' },
    nonSerious: { treatOrDiagnose: 'IIa', driveManagement: 'IIa', informManagement: 'IIa' },
  };
  const cells = Object.entries(table).flatMap(([situation, row]) => Object.entries(row).map(([significance, cls]) => ({ situation, significance, cls })));

  it.each(cells)('$significance in a $situation situation → class $cls', ({ situation, significance, cls }) => {
    const result = classify(data, answerLikeAUser(software({ softwareFunctions: ['decisions'], softwareSignificance: significance, softwareSituation: situation })));
    expect(result.class).toBe(cls);
    expect(result.firedRules.map((r) => [r.number, r.class])).toEqual([[11, cls]]);
  });

  it('words the exceptions of Rule 11 in the reasons: death or irreversible deterioration for III, serious deterioration or surgery for IIb', () => {
    const reason = (significance: string, situation: string) =>
      textIn(classify(data, answerLikeAUser(software({ softwareFunctions: ['decisions'], softwareSignificance: significance, softwareSituation: situation }))).firedRules[0]!.reason, 'en');
    expect(reason('treatOrDiagnose', 'critical')).toMatch(/death or an irreversible worsening/);
    expect(reason('treatOrDiagnose', 'serious')).toMatch(/serious worsening of health or surgery/);
    expect(reason('driveManagement', 'critical')).toMatch(/serious worsening of health or surgery/);
  });

  it('keeps the monitoring sub-rule and the class I catch-all', () => {
    const monitor = (what: string) => classify(data, answerLikeAUser(software({ softwareFunctions: ['monitoring'], softwareMonitoring: what }))).class;
    expect(monitor('vital')).toBe('IIb');
    expect(monitor('other')).toBe('IIa');
    expect(classify(data, answerLikeAUser(software({}))).class).toBe('I');
    // Monitoring and decisions together: the strictest sub-rule applies (Annex VIII §3.5).
    const both = classify(data, answerLikeAUser(software({ softwareFunctions: ['decisions', 'monitoring'], softwareSignificance: 'informManagement', softwareSituation: 'serious', softwareMonitoring: 'vital' })));
    expect(both.class).toBe('IIb');
  });

  it('offers definitions of the two table axes next to their questions', () => {
    const asked = applicableQuestions(data, software({ softwareFunctions: ['decisions'] }));
    expect(asked.find((q) => q.id === 'softwareSignificance')?.terms).toEqual(['significanceOfInformation']);
    expect(asked.find((q) => q.id === 'softwareSituation')?.terms).toEqual(['healthcareSituation']);
    expect(data.definitions.find((d) => d.id === 'healthcareSituation')?.ref).toBe('MDCG 2019-11 rev.1');
  });
});

describe('the class so far', () => {
  it('is not settled while a question ahead could still raise it', () => {
    // Significance given, the state of the situation not yet: it could still be critical (class III).
    const partial = classify(data, software({ softwareFunctions: ['decisions'], softwareSignificance: 'treatOrDiagnose' }));
    expect(partial.settled).toBe(false);
    // A hip implant before the implant questions is class IIb so far, but a joint replacement would make it III.
    const implant = classify(data, hardware({ invasiveness: 'implant', active: false }));
    expect(implant.class).toBe('IIb');
    expect(implant.settled).toBe(false);
    const joint = classify(data, hardware({ invasiveness: 'implant', active: false, implantFeatures: ['joint'] }));
    expect(joint).toMatchObject({ class: 'III', settled: true, complete: false });
  });

  it('stays hidden for software that drives a stated class IIa device until its own purpose is known', () => {
    const { steps } = answerStepByStep(drivingSoftware({ drivenDeviceClass: 'classIIa', softwareFunctions: ['decisions'], softwareSignificance: 'driveManagement', softwareSituation: 'critical' }));
    const shown = steps.map((s) => (s.settled ? s.class : null));
    const firstShown = shown.findIndex((c) => c !== null);
    // The class IIa of the device is known after four answers, but not shown: the software's own purpose could raise it.
    expect(steps[4]?.class).toBe('IIa');
    expect(shown[4]).toBeNull();
    expect(shown[firstShown]).toBe('IIb');
    expect(rank(shown.at(-1)!)).toBe(rank('IIb'));
  });

  it('is settled when the questions left can only offer answers that do not raise it', () => {
    // Only the special cases remain, and software is offered contraception alone (class IIb), not a medicine in it (III).
    const rest = classify(data, software({ softwareFunctions: ['decisions'], softwareSignificance: 'treatOrDiagnose', softwareSituation: 'serious', softwareClosedLoop: false }));
    expect(rest).toMatchObject({ class: 'IIb', settled: true, complete: false });
    // Before the closed-loop question, Rule 22 (class III) could still apply.
    const before = classify(data, software({ softwareFunctions: ['decisions'], softwareSignificance: 'treatOrDiagnose', softwareSituation: 'serious' }));
    expect(before).toMatchObject({ class: 'IIb', settled: false });
  });

  it('is settled once complete, and for an exit', () => {
    expect(classify(data, answerLikeAUser(hardware({ invasiveness: 'none', active: false }))).settled).toBe(true);
    expect(classify(data, { purpose: 'none' }).settled).toBe(true);
  });
});

describe('checks of the software parts of a classification file', () => {
  type Json = Record<string, unknown>;
  const clone = () => structuredClone(classificationJson) as unknown as Json;
  const messages = (d: unknown) => checkClassification(d).problems.map((p) => `${p.path}: ${p.message}`);
  const softwareRule = (d: Json) => (d.implementingRules as Json[]).find((r) => r.id === 'software')! as { outcomes: Json[] } & Json;
  const at = (d: Json) => `implementingRules[${(d.implementingRules as Json[]).findIndex((r) => r.id === 'software')}]`;

  it('rejects an implementing-rule outcome with both a class and rules to take it from, or an unknown rule', () => {
    const d = clone();
    softwareRule(d).outcomes[0]!.classOfRules = ['R12'];
    expect(messages(d)).toContain(`${at(d)}.outcomes[0]: give either "class" or "classOfRules"`);
    const e = clone();
    softwareRule(e).outcomes.at(-1)!.classOfRules = ['R23'];
    expect(messages(e)).toContain(`${at(e)}.outcomes[4].classOfRules[0]: unknown rule "R23"`);
  });

  it('rejects outcomes without a condition to apply them, and an unknown answer value', () => {
    const d = clone();
    delete softwareRule(d).appliesWhen;
    expect(messages(d)).toContain(`${at(d)}: give both "appliesWhen" and "outcomes", or neither`);
    const e = clone();
    softwareRule(e).outcomes[0]!.when = { fact: 'drivenDeviceClass', equals: 'IIb' };
    expect(messages(e).join('\n')).toMatch(/outcomes\[0\]\.when\.equals: value "IIb" is not an option of "drivenDeviceClass"/);
  });

  it('rejects a note on whom a question is about that names an unknown question', () => {
    const d = clone();
    ((d.subjects as Json[])[0]!.questions as string[]).push('pumpType');
    expect(messages(d).join('\n')).toMatch(/subjects\[0\]\.questions\[\d+\]: "pumpType" is not a question of this file/);
  });
});
