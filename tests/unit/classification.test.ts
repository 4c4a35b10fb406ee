// The Annex VIII classification helper: textbook devices get their class and rule, only needed questions are asked, bad files are rejected.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import classificationJson from '../../rules/classification-annex-viii.json';
import { applicableQuestions, checkClassification, classify, nextQuestions, type RiskClass } from '../../src/domain/classification';
import { languages, textIn } from '../../src/domain/text';
import { answerLikeAUser, checked, data, hardware, software, type Answers } from './classification-answers';

interface Row {
  device: string;
  source: string;
  answers: Answers;
  expected: RiskClass;
  rule: number;
  /** Classes for the profile when they differ from [expected] (Is/Im/Ir). */
  profileClasses?: string[];
}

const own = 'textbook example, own reasoning';

const rows: Row[] = [
  // Non-invasive (Rules 1-4)
  { device: 'clinical thermometer, non-electronic, under the arm', source: `${own} (class I with measuring function)`, answers: hardware({ invasiveness: 'none', active: false, measuring: true }), expected: 'I', rule: 1, profileClasses: ['Im'] },
  { device: 'dressing for deep wounds healing by secondary intent', source: `${own} (Rule 4, second indent)`, answers: hardware({ invasiveness: 'none', active: false, nonInvasiveUse: ['injuredSkin'], woundUse: 'deepWound', sterile: true }), expected: 'IIb', rule: 4 },
  { device: 'absorbent pad for a wound (barrier only)', source: own, answers: hardware({ invasiveness: 'none', active: false, nonInvasiveUse: ['injuredSkin'], woundUse: 'barrier' }), expected: 'I', rule: 4 },
  // Invasive (Rules 5-8)
  { device: 'tongue depressor', source: `${own} (transient use through the mouth)`, answers: hardware({ invasiveness: 'orifice', duration: 'transient', active: false }), expected: 'I', rule: 5 },
  { device: 'urinary catheter for short-term use', source: own, answers: hardware({ invasiveness: 'orifice', duration: 'short', orificeSite: 'other', active: false, sterile: true }), expected: 'IIa', rule: 5 },
  { device: 'sterile surgical glove', source: `${own} (transient surgically invasive)`, answers: hardware({ invasiveness: 'surgical', duration: 'transient', active: false, sterile: true }), expected: 'IIa', rule: 6 },
  { device: 'hypodermic needle, single use', source: own, answers: hardware({ invasiveness: 'surgical', duration: 'transient', active: false, sterile: true }), expected: 'IIa', rule: 6 },
  { device: 'reusable surgical scalpel', source: `${own} (Rule 6 exception, class Ir)`, answers: hardware({ invasiveness: 'surgical', duration: 'transient', active: false, reusableInstrument: true }), expected: 'I', rule: 6, profileClasses: ['Ir'] },
  { device: 'cardiac catheter used to diagnose a heart defect', source: own, answers: hardware({ invasiveness: 'surgical', duration: 'transient', active: false, transientSurgical: ['heartDefect'], sterile: true }), expected: 'III', rule: 6 },
  { device: 'total hip joint replacement', source: own, answers: hardware({ invasiveness: 'implant', active: false, implantFeatures: ['joint'], sterile: true }), expected: 'III', rule: 8 },
  { device: 'mechanical heart valve', source: own, answers: hardware({ invasiveness: 'implant', active: false, implantFeatures: ['heartCnsContact'], sterile: true }), expected: 'III', rule: 8 },
  { device: 'coronary stent', source: own, answers: hardware({ invasiveness: 'implant', active: false, implantFeatures: ['heartCnsContact'], sterile: true }), expected: 'III', rule: 8 },
  { device: 'breast implant', source: own, answers: hardware({ invasiveness: 'implant', active: false, implantFeatures: ['breastMesh'], sterile: true }), expected: 'III', rule: 8 },
  { device: 'absorbable suture', source: own, answers: hardware({ invasiveness: 'implant', active: false, implantFeatures: ['biological'], sterile: true }), expected: 'III', rule: 8 },
  { device: 'non-absorbable suture', source: own, answers: hardware({ invasiveness: 'implant', active: false, sterile: true }), expected: 'IIb', rule: 8 },
  { device: 'bone plate for fracture fixation', source: own, answers: hardware({ invasiveness: 'implant', active: false, sterile: true }), expected: 'IIb', rule: 8 },
  { device: 'dental filling', source: `${own} (Rule 8: placed in the teeth)`, answers: hardware({ invasiveness: 'implant', active: false, implantFeatures: ['teeth'] }), expected: 'IIa', rule: 8 },
  {
    device: 'pacemaker (active implantable)',
    source: own,
    answers: hardware({ invasiveness: 'implant', active: true, implantFeatures: ['activeImplant', 'heartCnsContact'], activeFunctions: ['therapeutic'], therapeuticEnergy: 'normal', sterile: true }),
    expected: 'III',
    rule: 8,
  },
  // Active (Rules 9-13, 22)
  {
    device: 'behind-the-ear hearing aid',
    source: `${own} (active therapeutic device giving sound energy; the ear piece sits in the ear canal)`,
    answers: hardware({ invasiveness: 'orifice', duration: 'short', orificeSite: 'earCanal', active: true, activeFunctions: ['therapeutic'], therapeuticEnergy: 'normal' }),
    expected: 'IIa',
    rule: 9,
  },
  { device: 'surgical laser', source: own, answers: hardware({ invasiveness: 'none', active: true, activeFunctions: ['therapeutic'], therapeuticEnergy: 'hazardous' }), expected: 'IIb', rule: 9 },
  { device: 'pacemaker programmer', source: own, answers: hardware({ invasiveness: 'none', active: true, activeFunctions: ['controls'], controlledDevice: 'activeImplant' }), expected: 'III', rule: 9 },
  { device: 'X-ray imaging system', source: own, answers: hardware({ invasiveness: 'none', active: true, activeFunctions: ['diagnostic'], ionising: true, diagnosticKind: ['energyAbsorbed'] }), expected: 'IIb', rule: 10 },
  { device: 'diagnostic ultrasound scanner', source: own, answers: hardware({ invasiveness: 'none', active: true, activeFunctions: ['diagnostic'], diagnosticKind: ['energyAbsorbed'] }), expected: 'IIa', rule: 10 },
  { device: 'intensive-care patient monitor with alarms', source: own, answers: hardware({ invasiveness: 'none', active: true, activeFunctions: ['diagnostic'], diagnosticKind: ['vitalProcesses', 'immediateDanger'] }), expected: 'IIb', rule: 10 },
  { device: 'examination lamp', source: `${own} (Rule 10 visible-light exception)`, answers: hardware({ invasiveness: 'none', active: true, activeFunctions: ['diagnostic'], diagnosticKind: ['lightOnly'] }), expected: 'I', rule: 10 },
  { device: 'infusion pump', source: own, answers: hardware({ invasiveness: 'none', active: true, activeFunctions: ['administers'], administersHow: 'hazardous' }), expected: 'IIb', rule: 12 },
  { device: 'electrically powered hospital bed', source: own, answers: hardware({ invasiveness: 'none', active: true }), expected: 'I', rule: 13 },
  {
    device: 'automated external defibrillator',
    source: `${own} (named in Rule 22)`,
    answers: hardware({ invasiveness: 'none', active: true, activeFunctions: ['therapeutic', 'diagnostic'], therapeuticEnergy: 'hazardous', diagnosticKind: ['immediateDanger'], closedLoop: true }),
    expected: 'III',
    rule: 22,
  },
  // Software (Rule 11)
  { device: 'app logging glucose-meter readings and showing trends', source: own, answers: software({ softwareFunctions: ['monitoring'], softwareMonitoring: 'other' }), expected: 'IIa', rule: 11 },
  // Software examples from MDCG 2019-11 rev.1 and MDCG 2021-24 are in classification-guidance.test.ts.
  // Special rules (14-21)
  { device: 'bone cement with an antibiotic', source: own, answers: hardware({ invasiveness: 'implant', active: false, special: ['medicinalSubstance'], sterile: true }), expected: 'III', rule: 14 },
  { device: 'condom', source: `${own} (Rule 15, not Rule 5)`, answers: hardware({ invasiveness: 'orifice', duration: 'transient', active: false, special: ['contraception'] }), expected: 'IIb', rule: 15 },
  { device: 'copper intrauterine device', source: own, answers: hardware({ invasiveness: 'orifice', duration: 'long', orificeSite: 'other', active: false, special: ['contraception'], sterile: true }), expected: 'III', rule: 15 },
  { device: 'contact lens care solution', source: own, answers: hardware({ invasiveness: 'none', active: false, special: ['disinfects'], disinfectsWhat: 'contactLenses' }), expected: 'IIb', rule: 16 },
  { device: 'washer-disinfector for endoscopes', source: own, answers: hardware({ invasiveness: 'none', active: true, special: ['disinfects'], disinfectsWhat: 'invasiveEndpoint' }), expected: 'IIb', rule: 16 },
  { device: 'steam steriliser for medical devices', source: own, answers: hardware({ invasiveness: 'none', active: true, special: ['disinfects'], disinfectsWhat: 'devices' }), expected: 'IIa', rule: 16 },
  { device: 'X-ray film', source: own, answers: hardware({ invasiveness: 'none', active: false, special: ['xrayRecording'] }), expected: 'IIa', rule: 17 },
  { device: 'wound dressing with bovine collagen', source: own, answers: hardware({ invasiveness: 'none', active: false, nonInvasiveUse: ['injuredSkin'], woundUse: 'microEnvironment', special: ['tissues'], sterile: true }), expected: 'III', rule: 18 },
  { device: 'inhaler spacer', source: own, answers: hardware({ invasiveness: 'orifice', duration: 'transient', active: false, special: ['inhalation'], inhalationImpact: 'other' }), expected: 'IIa', rule: 20 },
  { device: 'saline nasal spray acting in the nose', source: own, answers: hardware({ invasiveness: 'orifice', duration: 'transient', active: false, special: ['substanceBased'], substanceAction: 'local' }), expected: 'IIa', rule: 21 },
  { device: 'simethicone for bloating (acts in the gut, not absorbed)', source: own, answers: hardware({ invasiveness: 'orifice', duration: 'transient', active: false, special: ['substanceBased'], substanceAction: 'other' }), expected: 'IIb', rule: 21 },
];

describe('the bundled classification file', () => {
  it('passes its own checks', () => {
    expect(checked.problems).toEqual([]);
    expect(data.rules.map((r) => r.number)).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
  });
});

/** Keys whose string values are ids, codes, dates or legal references: never translated. */
const untranslatedKeys = new Set(['format', 'version', 'id', 'regulation', 'ref', 'refs', 'value', 'type', 'fact', 'class', 'status', 'date', 'terms', 'affectsRules', 'affectsFlags', 'unlessFired']);
const conditionKeys = new Set(['askWhen', 'showWhen', 'when', 'appliesWhen']);

/** Every string in the raw file that a user reads, with its path; each must be an {en, fr, de} text. */
function userTexts(value: unknown, path: string): { path: string; value: unknown }[] {
  if (typeof value === 'string') return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => userTexts(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    if ('en' in value) return [{ path, value }];
    // Lists of question or rule ids (a subject's questions, an outcome's rules) are ids, not texts.
    const ids = (k: string, v: unknown) => ['questions', 'classOfRules'].includes(k) && Array.isArray(v) && v.every((x) => typeof x === 'string');
    return Object.entries(value).flatMap(([k, v]) => (untranslatedKeys.has(k) || conditionKeys.has(k) || ids(k, v) ? [] : userTexts(v, path ? `${path}.${k}` : k)));
  }
  return [];
}

describe('languages of the bundled file', () => {
  const texts = userTexts(classificationJson, '');

  it('gives every text in English, French and German', () => {
    expect(texts.length).toBeGreaterThan(400);
    const incomplete = texts.filter(({ value }) => {
      if (typeof value !== 'object' || value === null) return true;
      const t = value as Record<string, unknown>;
      return languages.some((l) => typeof t[l] !== 'string' || (t[l] as string).trim() === '') || Object.keys(t).length !== languages.length;
    });
    expect(incomplete.map((t) => t.path)).toEqual([]);
  });

  it('translates rather than copies the English (short words and names aside)', () => {
    const copied = texts.filter(({ value }) => {
      const t = value as Record<string, string>;
      return t.en!.length > 12 && (t.fr === t.en || t.de === t.en);
    });
    expect(copied.map((t) => t.path)).toEqual([]);
  });

  it('keeps the legal references of the English text in the translations', () => {
    const refs = /MDR Art\. [\d()a-z]+|MDCG \d{4}-\d+|\(Annex [IVX]+(?: §[\d.]+)?\)/g;
    const lost = texts.flatMap(({ path, value }) => {
      const t = value as Record<string, string>;
      const wanted = t.en!.match(refs) ?? [];
      return (['fr', 'de'] as const).flatMap((l) => wanted.filter((r) => !t[l]!.includes(r)).map((r) => `${path}.${l}: ${r}`));
    });
    expect(lost).toEqual([]);
  });

  it('is reported by the check when a text lacks a language, with its JSON path', () => {
    const d = structuredClone(classificationJson) as unknown as { questions: { text: Record<string, string> }[]; rules: { outcomes: { reason: unknown }[] }[] };
    delete d.questions[2]!.text.de;
    d.rules[7]!.outcomes[0]!.reason = 'An active implantable device or its accessory.';
    const problems = checkClassification(d, { requireLanguages: true }).problems.map((p) => `${p.path}: ${p.message}`);
    expect(problems).toEqual([
      'questions[2].text: text is missing in de (give {"en", "fr", "de"})',
      'rules[7].outcomes[0].reason: text is missing in fr, de (give {"en", "fr", "de"})',
    ]);
    // The screen still accepts it and falls back to English.
    expect(checkClassification(d).problems).toEqual([]);
  });

  it('shows a question and a rule in the language asked for', () => {
    const result = classify(data, answerLikeAUser(hardware({ invasiveness: 'implant', active: false, implantFeatures: ['joint'], sterile: true })));
    const rule8 = result.firedRules.find((r) => r.number === 8)!;
    expect(textIn(rule8.title, 'fr')).toMatch(/dispositifs invasifs de type chirurgical/i);
    expect(textIn(rule8.reason, 'de')).toMatch(/Gelenkersatz/);
    expect(textIn(nextQuestions(data, {})[0]!.text, 'de')).toBe('Wofür ist das Produkt bestimmt?');
  });
});

describe('textbook devices', () => {
  it('has at least 25 textbook devices besides the guidance examples', () => expect(rows.length).toBeGreaterThanOrEqual(25));

  it.each(rows)('$device → class $expected by Rule $rule ($source)', ({ answers, expected, rule, profileClasses }) => {
    const result = classify(data, answerLikeAUser(answers));
    expect(result.complete).toBe(true);
    expect(result.class).toBe(expected);
    expect(result.firedRules.map((r) => r.number)).toContain(rule);
    expect(result.firedRules.find((r) => r.number === rule)?.ref).toBe(`MDR Annex VIII Rule ${rule}`);
    expect(result.profileClasses).toEqual(profileClasses ?? [expected]);
  });
});

describe('scope', () => {
  it('treats a fitness-tracking app as not a medical device and asks nothing more', () => {
    const answers = { purpose: 'none' };
    expect(nextQuestions(data, answers)).toEqual([]);
    const result = classify(data, answers);
    expect(result).toMatchObject({ class: null, complete: true, firedRules: [], profileClasses: [] });
    expect(result.exit?.id).toBe('notDevice');
    for (const language of languages) expect(textIn(result.exit!.explanation, language)).toMatch(/XVI/);
  });

  it('sends a blood-glucose test strip to the IVDR', () => {
    expect(classify(data, { purpose: 'ivd' }).exit?.id).toBe('ivd');
  });
});

describe('asking only what is needed', () => {
  it('starts with the purpose, then the kind of product', () => {
    expect(nextQuestions(data, {})[0]?.id).toBe('purpose');
    expect(nextQuestions(data, { purpose: 'medical' })[0]?.id).toBe('software');
  });

  it('asks a hip implant nothing about duration, openings, power or software', () => {
    const asked = applicableQuestions(data, answerLikeAUser(hardware({ invasiveness: 'implant', active: false, implantFeatures: ['joint'], sterile: true }))).map((q) => q.id);
    expect(asked).toEqual(['purpose', 'software', 'invasiveness', 'active', 'implantFeatures', 'special', 'sterile']);
  });

  it('asks about a measuring function only while the class is I', () => {
    const classI = answerLikeAUser(hardware({ invasiveness: 'none', active: false }));
    expect(applicableQuestions(data, classI).map((q) => q.id)).toContain('measuring');
    const classIIa = answerLikeAUser(hardware({ invasiveness: 'surgical', duration: 'transient', active: false }));
    expect(applicableQuestions(data, classIIa).map((q) => q.id)).not.toContain('measuring');
  });

  it('offers software only the special cases that can apply to software', () => {
    const special = nextQuestions(data, software({ softwareFunctions: ['none'] }))[0]!;
    expect(special.id).toBe('special');
    expect(special.visibleOptions.map((o) => o.value)).toEqual(['contraception', 'none']);
  });

  it('ignores answers to questions that no longer apply after an earlier answer changes', () => {
    const implant = answerLikeAUser(hardware({ invasiveness: 'implant', active: false, implantFeatures: ['joint'] }));
    const changed = { ...implant, invasiveness: 'none' };
    const result = classify(data, changed);
    expect(result.firedRules.map((r) => r.number)).not.toContain(8);
    expect(nextQuestions(data, changed)[0]?.id).toBe('nonInvasiveUse');
    expect(result.complete).toBe(false);
  });

  it('reports an incomplete result until every needed question is answered', () => {
    const partial = classify(data, hardware({ invasiveness: 'implant', active: false }));
    expect(partial.complete).toBe(false);
    expect(partial.class).toBe('IIb');
  });
});

describe('combining rules', () => {
  it('takes the strictest class and reports every rule that fired, strictest first', () => {
    const result = classify(data, answerLikeAUser(hardware({ invasiveness: 'orifice', duration: 'long', orificeSite: 'other', active: false, special: ['contraception'] })));
    expect(result.class).toBe('III');
    expect(result.firedRules.map((r) => [r.number, r.class])).toEqual([
      [15, 'III'],
      [5, 'IIb'],
    ]);
  });

  it('applies the strictest sub-rule within a rule', () => {
    const result = classify(data, answerLikeAUser(hardware({ invasiveness: 'implant', active: false, implantFeatures: ['teeth', 'biological'] })));
    expect(result.firedRules.find((r) => r.number === 8)?.class).toBe('III');
  });

  it('uses Rule 1 only when no other rule applies', () => {
    const result = classify(data, answerLikeAUser(hardware({ invasiveness: 'none', active: false, special: ['disinfects'], disinfectsWhat: 'contactLenses' })));
    expect(result.firedRules.map((r) => r.number)).toEqual([16]);
  });

  it('does not apply Rule 16 to physical cleaning only', () => {
    const result = classify(data, answerLikeAUser(hardware({ invasiveness: 'none', active: false, special: ['disinfects'], disinfectsWhat: 'physicalOnly' })));
    expect(result.firedRules.map((r) => [r.number, r.class])).toEqual([[1, 'I']]);
  });

  it('records several class I sub-categories for a sterile measuring device', () => {
    const result = classify(data, answerLikeAUser(hardware({ invasiveness: 'none', active: false, sterile: true, measuring: true })));
    expect(result.flags).toEqual({ sterile: true, measuring: true, reusable: false });
    expect(result.profileClasses).toEqual(['Is', 'Im']);
  });

  it('keeps the sterile flag but records the class itself above class I', () => {
    const result = classify(data, answerLikeAUser(hardware({ invasiveness: 'implant', active: false, implantFeatures: ['joint'], sterile: true })));
    expect(result.flags.sterile).toBe(true);
    expect(result.profileClasses).toEqual(['III']);
    expect(result.profileFacts.map((f) => f.fact)).toEqual(['implantable', 'sterile']);
  });
});

describe('pending changes', () => {
  it('flags the December 2025 proposal for software and reusable instruments only', () => {
    const app = classify(data, answerLikeAUser(software({ softwareFunctions: ['decisions'], softwareSignificance: 'informManagement', softwareSituation: 'nonSerious' })));
    expect(app.pendingChanges.map((c) => c.status)).toEqual(['proposal']);
    const scalpel = classify(data, answerLikeAUser(hardware({ invasiveness: 'surgical', duration: 'transient', active: false, reusableInstrument: true })));
    expect(scalpel.pendingChanges).toHaveLength(1);
    const hip = classify(data, answerLikeAUser(hardware({ invasiveness: 'implant', active: false, implantFeatures: ['joint'] })));
    expect(hip.pendingChanges).toEqual([]);
  });
});

describe('checks of a classification file', () => {
  type Json = Record<string, unknown>;
  const clone = () => structuredClone(classificationJson) as unknown as Json;
  const questions = (d: Json) => d.questions as Json[];
  const rules = (d: Json) => d.rules as Json[];
  const messages = (d: unknown) => checkClassification(d).problems.map((p) => `${p.path}: ${p.message}`);

  it('rejects a condition on a question asked later', () => {
    const d = clone();
    questions(d)[1]!.askWhen = { fact: 'duration', equals: 'short' };
    expect(messages(d)).toContain('questions[1].askWhen.fact: "duration" is not a question asked before this question');
  });

  it('rejects an option value that does not exist', () => {
    const d = clone();
    rules(d)[7]!.appliesWhen = { fact: 'invasiveness', equals: 'implanted' };
    expect(messages(d).join('\n')).toMatch(/rules\[7\]\.appliesWhen\.equals: value "implanted" is not an option of "invasiveness"/);
  });

  it('rejects "is" on a choice question and "equals" on a multiple choice', () => {
    const d = clone();
    rules(d)[0]!.appliesWhen = { all: [{ fact: 'invasiveness', is: true }, { fact: 'special', equals: 'none' }] };
    const m = messages(d).join('\n');
    expect(m).toMatch(/rules\[0\]\.appliesWhen\.all\[0\]\.is: "is" needs a yes\/no question/);
    expect(m).toMatch(/rules\[0\]\.appliesWhen\.all\[1\]\.equals: "special" allows several answers; use "in"/);
  });

  it('rejects a missing rule, a wrong class and a loop of catch-all rules', () => {
    const d = clone();
    (rules(d)[20]!.outcomes as Json[])[0]!.class = 'IV';
    expect(messages(d).join('\n')).toMatch(/rules\[20\]\.outcomes\[0\]\.class/);
    const e = clone();
    e.rules = rules(e).filter((r) => r.id !== 'R17');
    expect(messages(e)).toContain('rules: Rule 17 of Annex VIII is missing');
    const f = clone();
    rules(f)[12]!.unlessFired = ['R1'];
    expect(messages(f).join('\n')).toMatch(/rules\[0\]\.unlessFired: "unlessFired" of R1 forms a loop/);
  });

  it('rejects a profile fact that is not a yes/no fact of the profile', () => {
    const d = clone();
    (d.profileFacts as Json[])[0]!.fact = 'companySize';
    expect(messages(d)).toContain('profileFacts[0].fact: "companySize" is not a yes/no fact of the profile');
  });

  it('is checked by npm run rules:check, naming file, path and fault (a missing language too)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'classification-'));
    const bad = join(dir, 'classification-bad.json');
    const d = clone();
    rules(d)[10]!.ref = 'Annex VIII Rule 11';
    delete (questions(d)[0]!.help as Record<string, string>).fr;
    writeFileSync(bad, JSON.stringify(d));
    let out = '';
    let status = 0;
    try {
      execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/rules-check.ts', bad], { encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      const err = e as { status: number; stderr: string; stdout: string };
      status = err.status;
      out = err.stdout + err.stderr;
    }
    expect(status).toBe(1);
    expect(out).toMatch(/classification-bad\.json: rules\[10\]\.ref: reference should be "MDR Annex VIII Rule 11", got "Annex VIII Rule 11"/);
    expect(out).toMatch(/classification-bad\.json: questions\[0\]\.help: text is missing in fr \(give \{"en", "fr", "de"\}\)/);
  });
});
