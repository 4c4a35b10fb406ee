// Classification examples from the MDCG guidance: each device, answered as a user would, gets the class the guidance gives it.
//
// Every row names the document and the place the example comes from, and its expected class is the class that text
// states, not what the helper returns. Sources read for these rows:
// - MDCG 2019-11 rev.1 (June 2025), Guidance on qualification and classification of software: section 4.1 (implementing
//   rule 3.3), section 4.2.1 (Rule 11), section 4.2.4 (Rule 15) and Annex IV (classification examples).
// - MDCG 2021-24 (October 2021), Guidance on classification of medical devices: section 4.2, the example tables of the
//   individual rules (Rules 1 to 3, 9, 10, 11, 12 and 13), and the notes to Rule 11.
import { describe, expect, it } from 'vitest';
import type { RiskClass } from '../../src/domain/classification';
import { answerStepByStep, drivingSoftware, hardware, software, type Answers } from './classification-answers';

interface GuidanceRow {
  device: string;
  /** Document and place: "MDCG 2019-11 rev.1 Annex IV", "MDCG 2021-24 §4.2 Rule 12". */
  source: string;
  answers: Answers;
  /** The class the guidance states for the example. */
  expected: RiskClass;
  /** The rule or implementing rule the guidance names, as its reference ("MDR Annex VIII Rule 11"). */
  by: string;
}

const rule = (n: number) => `MDR Annex VIII Rule ${n}`;
const drivenDevice = 'MDR Annex VIII Ch. II §3.3';
const sw1911 = 'MDCG 2019-11 rev.1';
const cl2124 = 'MDCG 2021-24 §4.2';
const decision = (significance: string, situation: string): Answers => ({ softwareFunctions: ['decisions'], softwareSignificance: significance, softwareSituation: situation });

const rows: GuidanceRow[] = [
  // MDCG 2019-11 rev.1, Annex IV: software examples (the IMDRF category given there is noted where it decides the class).
  { device: 'image analysis software diagnosing acute stroke to decide treatment (IMDRF IV.i)', source: `${sw1911} Annex IV, 1st example`, answers: software(decision('treatOrDiagnose', 'critical')), expected: 'III', by: rule(11) },
  {
    device: 'cognitive therapy software that adapts the depression treatment from its own diagnostic feedback',
    source: `${sw1911} Annex IV, 2nd example (first sentence)`,
    answers: software({ ...decision('treatOrDiagnose', 'serious'), softwareClosedLoop: true }),
    expected: 'III',
    by: rule(22),
  },
  { device: 'cognitive therapy software whose result a specialist uses to choose the therapy (IMDRF II.ii)', source: `${sw1911} Annex IV, 2nd example (second sentence)`, answers: software(decision('driveManagement', 'serious')), expected: 'IIa', by: rule(11) },
  { device: 'software for continuous surveillance of vital processes in intensive care', source: `${sw1911} Annex IV, 3rd example`, answers: software({ softwareFunctions: ['monitoring'], softwareMonitoring: 'vital' }), expected: 'IIb', by: rule(11) },
  { device: 'software monitoring physiological processes that are not vital', source: `${sw1911} Annex IV, 4th example`, answers: software({ softwareFunctions: ['monitoring'], softwareMonitoring: 'other' }), expected: 'IIa', by: rule(11) },
  { device: 'software taking readings of vital signs in routine check-ups or at home', source: `${sw1911} Annex IV, 4th example`, answers: software({ softwareFunctions: ['monitoring'], softwareMonitoring: 'other' }), expected: 'IIa', by: rule(11) },
  { device: 'app analysing the heartbeat, detecting abnormalities and informing a physician (IMDRF III.i)', source: `${sw1911} Annex IV, 5th example`, answers: software(decision('driveManagement', 'critical')), expected: 'IIb', by: rule(11) },
  { device: 'software scoring depression from the symptoms entered (IMDRF III.ii)', source: `${sw1911} Annex IV, 6th example`, answers: software(decision('treatOrDiagnose', 'serious')), expected: 'IIb', by: rule(11) },
  {
    device: 'software of a home ventilator alerting to disconnection or a volume off the programme',
    source: `${sw1911} Annex IV, 7th example (class IIb per Rule 9; the software influences the ventilator, see MDCG 2021-24 Rule 9 note 1: all lung ventilators IIb)`,
    answers: drivingSoftware({ drivenDeviceClass: 'unknown', invasiveness: 'none', active: true, activeFunctions: ['therapeutic'], therapeuticEnergy: 'hazardous' }),
    expected: 'IIb',
    by: rule(9),
  },
  { device: 'electronic thermometer whose software gives a direct diagnosis', source: `${sw1911} Annex IV, 8th example`, answers: hardware({ invasiveness: 'none', active: true, activeFunctions: ['diagnostic'], diagnosticKind: ['vitalProcesses'] }), expected: 'IIa', by: rule(10) },
  { device: 'electronic stethoscope whose software gives a direct diagnosis', source: `${sw1911} Annex IV, 8th example`, answers: hardware({ invasiveness: 'none', active: true, activeFunctions: ['diagnostic'], diagnosticKind: ['vitalProcesses'] }), expected: 'IIa', by: rule(10) },
  {
    device: 'software listing and ranking all chemotherapy options for BRCA-positive patients (IMDRF II.i: informs, critical)',
    source: `${sw1911} Annex IV, 9th example; also ${cl2124} Rule 11 examples`,
    answers: software(decision('informManagement', 'critical')),
    expected: 'IIa',
    by: rule(11),
  },
  { device: 'fertility app computing the fertile days from basal body temperature to support conception', source: `${sw1911} Annex IV, 10th example (Rule 11c); also ${cl2124} Rule 11 examples`, answers: software({}), expected: 'I', by: rule(11) },
  { device: 'app turning selected symbols into speech for people with a communication disorder', source: `${sw1911} Annex IV, 11th example (Rule 11c)`, answers: software({}), expected: 'I', by: rule(11) },
  // MDCG 2019-11 rev.1, body text.
  {
    device: 'melanoma image analysis software that runs a class IIa near-infrared laser scanner',
    source: `${sw1911} §4.1 (implementing rule 3.3 and 3.5: class III by Rule 11)`,
    answers: drivingSoftware({ drivenDeviceClass: 'classIIa', ...decision('treatOrDiagnose', 'critical') }),
    expected: 'III',
    by: rule(11),
  },
  { device: 'software detecting a risk of illness from physiological parameters (arterial stiffness)', source: `${sw1911} §4.2.1, sub-rule 11a`, answers: software(decision('driveManagement', 'serious')), expected: 'IIa', by: rule(11) },
  { device: 'software used for contraception', source: `${sw1911} §4.2.4`, answers: software({ special: ['contraception'] }), expected: 'IIb', by: rule(15) },
  // Software driving a hardware device takes its class (Annex VIII §3.3, restated in MDCG 2021-24 Rule 11 note 3 and
  // MDCG 2019-11 rev.1 §4.1 and §4.2.2); MDCG 2021-24 lists infusion pumps as class IIb under Rule 12.
  {
    device: 'app setting the doses an insulin pump delivers, the pump stated as class IIb',
    source: `${cl2124} Rule 11 note 3 and Rule 12 examples (infusion pumps IIb); ${sw1911} §4.2.2`,
    answers: drivingSoftware({ drivenDeviceClass: 'classIIb' }),
    expected: 'IIb',
    by: drivenDevice,
  },
  {
    device: 'app setting the doses an insulin pump delivers, the pump described instead of its class',
    source: `${cl2124} Rule 11 note 3 and Rule 12 examples (infusion pumps IIb)`,
    answers: drivingSoftware({ drivenDeviceClass: 'unknown', invasiveness: 'none', active: true, activeFunctions: ['administers'], administersHow: 'hazardous' }),
    expected: 'IIb',
    by: drivenDevice,
  },
  // MDCG 2021-24 §4.2, the example tables of the rules.
  { device: 'stethoscope', source: `${cl2124} Rule 1 examples`, answers: hardware({ invasiveness: 'none', active: false }), expected: 'I', by: rule(1) },
  { device: 'wheelchair', source: `${cl2124} Rule 1 examples`, answers: hardware({ invasiveness: 'none', active: false }), expected: 'I', by: rule(1) },
  { device: 'cup for giving medicines', source: `${cl2124} Rule 2 examples`, answers: hardware({ invasiveness: 'none', active: false, nonInvasiveUse: ['channelsStores'] }), expected: 'I', by: rule(2) },
  { device: 'container for transporting organs for transplantation', source: `${cl2124} Rule 2 examples`, answers: hardware({ invasiveness: 'none', active: false, nonInvasiveUse: ['channelsStores'], storageDetail: ['bloodOrgans'] }), expected: 'IIa', by: rule(2) },
  { device: 'blood bag', source: `${cl2124} Rule 2 examples`, answers: hardware({ invasiveness: 'none', active: false, nonInvasiveUse: ['channelsStores'], storageDetail: ['bloodBag'], sterile: true }), expected: 'IIb', by: rule(2) },
  { device: 'oxygenator (adds oxygen, removes carbon dioxide)', source: `${cl2124} Rule 3 examples`, answers: hardware({ invasiveness: 'none', active: false, nonInvasiveUse: ['modifiesComposition'], compositionDetail: 'physicalOnly', sterile: true }), expected: 'IIa', by: rule(3) },
  { device: 'gradient medium for sperm separation', source: `${cl2124} Rule 3 examples`, answers: hardware({ invasiveness: 'none', active: false, nonInvasiveUse: ['modifiesComposition'], compositionDetail: 'other' }), expected: 'IIb', by: rule(3) },
  { device: 'solution for storing organs for transplantation', source: `${cl2124} Rule 3 examples`, answers: hardware({ invasiveness: 'none', active: false, nonInvasiveUse: ['modifiesComposition'], compositionDetail: 'inVitroSubstance' }), expected: 'III', by: rule(3) },
  { device: 'surgical laser', source: `${cl2124} Rule 9 examples`, answers: hardware({ invasiveness: 'none', active: true, activeFunctions: ['therapeutic'], therapeuticEnergy: 'hazardous' }), expected: 'IIb', by: rule(9) },
  { device: 'lithotriptor', source: `${cl2124} Rule 9 examples`, answers: hardware({ invasiveness: 'none', active: true, activeFunctions: ['therapeutic'], therapeuticEnergy: 'hazardous' }), expected: 'IIb', by: rule(9) },
  { device: 'programmer for an implantable pulse generator', source: `${cl2124} Rule 9 examples`, answers: hardware({ invasiveness: 'none', active: true, activeFunctions: ['controls'], controlledDevice: 'activeImplant' }), expected: 'III', by: rule(9) },
  { device: 'remote monitoring device for active implantable devices', source: `${cl2124} Rule 9 examples`, answers: hardware({ invasiveness: 'none', active: true, activeFunctions: ['controls'], controlledDevice: 'activeImplant' }), expected: 'III', by: rule(9) },
  { device: 'magnetic resonance equipment', source: `${cl2124} Rule 10 examples`, answers: hardware({ invasiveness: 'none', active: true, activeFunctions: ['diagnostic'], diagnosticKind: ['energyAbsorbed'] }), expected: 'IIa', by: rule(10) },
  { device: 'diagnostic ultrasound', source: `${cl2124} Rule 10 examples`, answers: hardware({ invasiveness: 'none', active: true, activeFunctions: ['diagnostic'], diagnosticKind: ['energyAbsorbed'] }), expected: 'IIa', by: rule(10) },
  { device: 'examination lamp', source: `${cl2124} Rule 10 examples`, answers: hardware({ invasiveness: 'none', active: true, activeFunctions: ['diagnostic'], diagnosticKind: ['lightOnly'] }), expected: 'I', by: rule(10) },
  { device: 'electrocardiograph', source: `${cl2124} Rule 10 examples`, answers: hardware({ invasiveness: 'none', active: true, activeFunctions: ['diagnostic'], diagnosticKind: ['vitalProcesses'] }), expected: 'IIa', by: rule(10) },
  { device: 'intensive-care patient monitor with alarms', source: `${cl2124} Rule 10 examples`, answers: hardware({ invasiveness: 'none', active: true, activeFunctions: ['diagnostic'], diagnosticKind: ['vitalProcesses', 'immediateDanger'] }), expected: 'IIb', by: rule(10) },
  { device: 'apnoea monitor, also in home care', source: `${cl2124} Rule 10 examples`, answers: hardware({ invasiveness: 'none', active: true, activeFunctions: ['diagnostic'], diagnosticKind: ['immediateDanger'] }), expected: 'IIb', by: rule(10) },
  { device: 'diagnostic X-ray machine', source: `${cl2124} Rule 10 examples`, answers: hardware({ invasiveness: 'none', active: true, activeFunctions: ['diagnostic'], ionising: true, diagnosticKind: ['energyAbsorbed'] }), expected: 'IIb', by: rule(10) },
  { device: 'computed tomography device', source: `${cl2124} Rule 10 examples`, answers: hardware({ invasiveness: 'none', active: true, activeFunctions: ['diagnostic'], ionising: true, diagnosticKind: ['energyAbsorbed'] }), expected: 'IIb', by: rule(10) },
  { device: 'suction pump', source: `${cl2124} Rule 12 examples`, answers: hardware({ invasiveness: 'none', active: true, activeFunctions: ['administers'], administersHow: 'normal' }), expected: 'IIa', by: rule(12) },
  { device: 'feeding pump', source: `${cl2124} Rule 12 examples`, answers: hardware({ invasiveness: 'none', active: true, activeFunctions: ['administers'], administersHow: 'normal' }), expected: 'IIa', by: rule(12) },
  { device: 'infusion pump', source: `${cl2124} Rule 12 examples`, answers: hardware({ invasiveness: 'none', active: true, activeFunctions: ['administers'], administersHow: 'hazardous' }), expected: 'IIb', by: rule(12) },
  { device: 'dialysis equipment', source: `${cl2124} Rule 12 examples`, answers: hardware({ invasiveness: 'none', active: true, activeFunctions: ['administers'], administersHow: 'hazardous' }), expected: 'IIb', by: rule(12) },
  { device: 'electric wheelchair', source: `${cl2124} Rule 13 examples`, answers: hardware({ invasiveness: 'none', active: true }), expected: 'I', by: rule(13) },
  { device: 'electric hospital bed', source: `${cl2124} Rule 13 examples`, answers: hardware({ invasiveness: 'none', active: true }), expected: 'I', by: rule(13) },
  { device: 'dental curing light', source: `${cl2124} Rule 13 examples`, answers: hardware({ invasiveness: 'none', active: true }), expected: 'I', by: rule(13) },
];

describe('examples from the MDCG guidance', () => {
  it('has at least 30 examples, each naming MDCG 2019-11 rev.1 or MDCG 2021-24 and where in it', () => {
    expect(rows.length).toBeGreaterThanOrEqual(30);
    for (const row of rows) expect(row.source).toMatch(/^MDCG (2019-11 rev\.1 (Annex IV|§\d)|2021-24 §4\.2 Rule \d+)/);
    expect(rows.filter((r) => r.source.startsWith('MDCG 2019-11')).length).toBeGreaterThanOrEqual(10);
  });

  it.each(rows)('$device → class $expected ($source)', ({ answers, expected, by }) => {
    const { steps } = answerStepByStep(answers);
    const result = steps.at(-1)!;
    expect(result.complete).toBe(true);
    expect(result.class).toBe(expected);
    // The rule the guidance names is among those that fired, and gives that class.
    expect(result.firedRules.filter((r) => r.ref === by).map((r) => r.class)).toEqual([expected]);
  });

  it.each(rows)('never shows a class so far that a later answer raises: $device', ({ answers, expected }) => {
    const { steps } = answerStepByStep(answers);
    const shown = steps.filter((s) => s.settled && s.class !== null).map((s) => s.class);
    // Once shown, the class so far is the final class: no question after it could raise it.
    expect(shown.every((c) => c === expected)).toBe(true);
    // And it is shown at the latest at the end.
    expect(shown.at(-1)).toBe(expected);
  });
});
