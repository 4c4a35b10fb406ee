// The MDR Annex VIII classification helper: its data file's schema, which questions to ask, and the class the answers lead to.
import { z } from 'zod';
import { conditionHolds, conditionSchema, type Condition } from './condition';
import { factCatalog } from './facts';
import type { DeviceClass } from './profile';
import { isValidRef } from './rule-set';
import { formatPath, zodProblems, type RuleProblem } from './rule-set-check';
import { missingLanguages, type LocalizedText } from './text';
import { localizedTextSchema as textSchema } from './text-schema';

export const classificationFormat = 'mdr-readiness/classification';
export const riskClasses = ['I', 'IIa', 'IIb', 'III'] as const;
export type RiskClass = (typeof riskClasses)[number];
export const classRank: Readonly<Record<RiskClass, number>> = { I: 0, IIa: 1, IIb: 2, III: 3 };

/** The class I sub-categories of MDR Art. 52(7): sterile, measuring function, reusable surgical instrument. */
export const classIFlags = ['sterile', 'measuring', 'reusable'] as const;
export type ClassIFlag = (typeof classIFlags)[number];
const flagSuffix: Readonly<Record<ClassIFlag, DeviceClass>> = { sterile: 'Is', measuring: 'Im', reusable: 'Ir' };

/**
 * A pseudo-fact that askWhen conditions may test: the class the answers so far lead to. It lets a question that only
 * matters for class I (the measuring function) be skipped for higher classes.
 */
export const provisionalClassFact = 'provisionalClass';

const idSchema = z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'Use a camelCase id such as "duration"');
const ruleIdSchema = z.string().regex(/^R\d+$/, 'Use a rule id such as "R8"');

const optionSchema = z.strictObject({
  value: idSchema,
  label: textSchema,
  help: textSchema.optional(),
  /** Ticking this option clears the others (for "None of these" in a multiple choice). */
  exclusive: z.boolean().optional(),
  /** Offer the option only when this holds over earlier answers. */
  showWhen: conditionSchema.optional(),
});

const questionBase = {
  id: idSchema,
  /** Short heading of the step the question belongs to, shown above it (e.g. "Contact with the body"). */
  group: textSchema,
  text: textSchema,
  help: textSchema,
  /** Ask only when this holds over earlier answers; absent = always. */
  askWhen: conditionSchema.optional(),
  /** Ids of definitions the screen offers next to the question. */
  terms: z.array(idSchema).optional(),
};

export const questionSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...questionBase, type: z.literal('yesNo') }),
  z.strictObject({ ...questionBase, type: z.literal('single'), options: z.array(optionSchema).min(2) }),
  z.strictObject({ ...questionBase, type: z.literal('multi'), options: z.array(optionSchema).min(2) }),
]);

const outcomeSchema = z.strictObject({
  /** Absent = the rule's default class when no earlier outcome matched. */
  when: conditionSchema.optional(),
  class: z.enum(riskClasses),
  /** Plain-language reason shown to the user. */
  reason: textSchema,
});

const ruleSchema = z.strictObject({
  id: ruleIdSchema,
  number: z.number().int().min(1).max(22),
  title: textSchema,
  ref: z.string().min(1),
  /** The devices the rule is about. */
  appliesWhen: conditionSchema,
  /** Tried in order, strictest first (Annex VIII §3.5); the first that holds gives the rule's class. None = the rule does not fire. */
  outcomes: z.array(outcomeSchema).min(1),
  /** A catch-all rule: it fires only if none of these rules fired ("unless another rule applies"). */
  unlessFired: z.array(ruleIdSchema).optional(),
});

/**
 * An outcome of an implementing rule that gives a class itself (Annex VIII §3.3: software driving a device takes its
 * class): either a fixed class, or the highest class that the listed rules give (the rules about the driven device).
 */
const implementingOutcomeSchema = z.strictObject({
  when: conditionSchema.optional(),
  class: z.enum(riskClasses).optional(),
  classOfRules: z.array(ruleIdSchema).min(1).optional(),
  reason: textSchema,
});

const implementingRuleSchema = z.strictObject({
  id: idSchema,
  title: textSchema,
  text: textSchema,
  ref: z.string().min(1),
  /** When it gives a class itself: the products it is about, and its outcomes tried in order (strictest first). */
  appliesWhen: conditionSchema.optional(),
  outcomes: z.array(implementingOutcomeSchema).min(1).optional(),
});

/** Whom some questions are about while a condition holds, when it is not the product itself (the device software drives). */
const subjectSchema = z.strictObject({ id: idSchema, when: conditionSchema, questions: z.array(idSchema).min(1), text: textSchema });

const termSchema = z.strictObject({ id: idSchema, term: textSchema, text: textSchema, ref: z.string().min(1) });
const classMeaningSchema = z.strictObject({ text: textSchema, ref: z.string().min(1) });

export const classificationDataSchema = z.strictObject({
  format: z.literal(classificationFormat),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'Use a version such as 1.0.0'),
  id: idSchema,
  title: textSchema,
  /** The regulation's legal name, never translated. */
  regulation: z.string().min(1),
  /** Statements about scope and limits, shown with every result. */
  notes: z.array(textSchema),
  /** What each class means for the conformity assessment, in one plain sentence. */
  classMeanings: z.strictObject({
    I: classMeaningSchema,
    IIa: classMeaningSchema,
    IIb: classMeaningSchema,
    III: classMeaningSchema,
  }),
  /** Annex VIII Chapter I: definitions used by the questions. */
  definitions: z.array(termSchema).min(1),
  /** Annex VIII Chapter II: how the rules are applied. */
  implementingRules: z.array(implementingRuleSchema).min(1),
  questions: z.array(questionSchema).min(1),
  subjects: z.array(subjectSchema).default([]),
  /** Answers that end the helper without a class (not a medical device, or out of scope). */
  exits: z.array(
    z.strictObject({ id: idSchema, when: conditionSchema, title: textSchema, explanation: textSchema, refs: z.array(z.string().min(1)).min(1) }),
  ),
  /** Annex VIII Chapter III: the classification rules. */
  rules: z.array(ruleSchema).min(1),
  flags: z.array(z.strictObject({ id: z.enum(classIFlags), label: textSchema, when: conditionSchema, ref: z.string().min(1) })),
  /** Yes/no profile facts the answers establish (only ever set to true when the profile is updated). */
  profileFacts: z.array(z.strictObject({ fact: z.string().min(1), label: textSchema, when: conditionSchema })),
  /** Announced changes that are not law yet; shown when a result rests on an affected rule or flag. */
  pendingChanges: z.array(
    z.strictObject({
      id: idSchema,
      status: z.literal('proposal'),
      date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      title: textSchema,
      summary: textSchema,
      affectsRules: z.array(ruleIdSchema),
      affectsFlags: z.array(z.enum(classIFlags)).default([]),
    }),
  ),
});

export type ClassificationData = z.infer<typeof classificationDataSchema>;
export type ClassificationQuestion = z.infer<typeof questionSchema>;
export type ClassificationOption = z.infer<typeof optionSchema>;
export type ClassificationRule = z.infer<typeof ruleSchema>;
export type ClassificationTerm = z.infer<typeof termSchema>;
export type PendingChange = ClassificationData['pendingChanges'][number];
export type ClassificationExit = ClassificationData['exits'][number];

/** One answer: yes/no, one option's value, or the values of the ticked options. */
export type AnswerValue = boolean | string | string[];
export type ClassificationAnswers = Readonly<Record<string, AnswerValue>>;

/** A question as the screen shows it: only the options offered for the answers so far, and whom it is about when not the product. */
export type VisibleQuestion = ClassificationQuestion & { visibleOptions: ClassificationOption[]; subject?: LocalizedText | undefined };

/** A rule that applies to the answers. Texts are in every language of the file: the screen picks one with textIn(). */
export interface FiredRule {
  id: string;
  /** One of the 22 rules of Annex VIII Chapter III, or a Chapter II implementing rule that gives a class itself (§3.3). */
  kind: 'rule' | 'implementing';
  /** The rule's number in Annex VIII (8 for Rule 8; 0 for an implementing rule); the screen words it ("Rule 8", "Règle 8", "Regel 8"). */
  number: number;
  /** The implementing rule's section ("3.3"); empty for a rule. */
  section: string;
  title: LocalizedText;
  /** "MDR Annex VIII Rule 8" (a legal reference, never translated). */
  ref: string;
  class: RiskClass;
  reason: LocalizedText;
}

export interface ClassificationResult {
  /** The highest class among the fired rules; null when no rule fired yet or the product is out of scope. */
  class: RiskClass | null;
  flags: Record<ClassIFlag, boolean>;
  /** Every rule that fired, strictest first. */
  firedRules: FiredRule[];
  /** Every question that needs an answer has one (or an exit was reached). */
  complete: boolean;
  /** No unanswered question could still raise the class: only then may the screen show a class before the end. */
  settled: boolean;
  /** Set when the answers take the product out of this helper (not a medical device, IVD). */
  exit: ClassificationExit | null;
  /** The classes to record in a profile: class I with its Is/Im/Ir sub-categories, or the class itself. */
  profileClasses: DeviceClass[];
  /** Profile facts established as true by the answers (e.g. implantable). */
  profileFacts: { fact: string; label: LocalizedText }[];
  /** Proposals that would change this result's rules or flags. */
  pendingChanges: PendingChange[];
}

type Facts = Record<string, AnswerValue | undefined>;

function holds(condition: Condition | undefined, facts: Facts): boolean {
  return conditionHolds(condition, facts);
}

function isValidAnswer(question: ClassificationQuestion, options: readonly ClassificationOption[], value: AnswerValue | undefined): boolean {
  if (value === undefined) return false;
  if (question.type === 'yesNo') return typeof value === 'boolean';
  if (question.type === 'single') return typeof value === 'string' && options.some((o) => o.value === value);
  return Array.isArray(value) && value.length > 0 && value.every((v) => options.some((o) => o.value === v));
}

function usesProvisionalClass(condition: Condition | undefined): boolean {
  if (!condition) return false;
  if ('all' in condition) return condition.all.some(usesProvisionalClass);
  if ('any' in condition) return condition.any.some(usesProvisionalClass);
  if ('not' in condition) return usesProvisionalClass(condition.not);
  return condition.fact === provisionalClassFact;
}

/** The fired rules for answers that are already known to be applicable. */
function fireRules(data: ClassificationData, facts: Facts): FiredRule[] {
  const byId = new Map(data.rules.map((r) => [r.id, r]));
  const memo = new Map<string, FiredRule | null>();
  const evaluate = (id: string, depth = 0): FiredRule | null => {
    if (memo.has(id)) return memo.get(id)!;
    const rule = byId.get(id);
    // checkClassification rejects unknown ids and cycles; the depth guard only protects against unchecked data.
    if (!rule || depth > data.rules.length) return null;
    let fired: FiredRule | null = null;
    if (holds(rule.appliesWhen, facts) && !(rule.unlessFired ?? []).some((other) => evaluate(other, depth + 1))) {
      const outcome = rule.outcomes.find((o) => holds(o.when, facts));
      if (outcome) fired = { id: rule.id, kind: 'rule', number: rule.number, section: '', title: rule.title, ref: rule.ref, class: outcome.class, reason: outcome.reason };
    }
    memo.set(id, fired);
    return fired;
  };
  const fired = data.rules.map((r) => evaluate(r.id)).filter((r): r is FiredRule => r !== null);
  const byRule = new Map(fired.map((r) => [r.id, r.class]));
  for (const rule of data.implementingRules) {
    if (!rule.outcomes || !holds(rule.appliesWhen, facts)) continue;
    const outcome = rule.outcomes.find((o) => holds(o.when, facts));
    const cls = outcome && (outcome.class ?? highestOf((outcome.classOfRules ?? []).map((id) => byRule.get(id))));
    if (outcome && cls) {
      fired.push({ id: rule.id, kind: 'implementing', number: 0, section: sectionOf(rule.ref), title: rule.title, ref: rule.ref, class: cls, reason: outcome.reason });
    }
  }
  // Strictest first; ties put the implementing rule after the rules, which keep their order so the list reads like Annex VIII.
  return fired.sort((a, b) => classRank[b.class] - classRank[a.class]);
}

function highestOf(classes: readonly (RiskClass | undefined)[]): RiskClass | undefined {
  return classes.reduce<RiskClass | undefined>((top, c) => (c && (!top || classRank[c] > classRank[top]) ? c : top), undefined);
}

/** "MDR Annex VIII Ch. II §3.3" → "3.3". */
function sectionOf(ref: string): string {
  return /§([\d.]+)/.exec(ref)?.[1] ?? ref;
}

/** A condition over answers some of which are still open: true, false, or not known yet (Kleene's three-valued logic). */
type Maybe = boolean | 'unknown';

/** Open questions, with the option values they may still be answered with (undefined: any answer, or yes/no). */
type Open = ReadonlyMap<string, ReadonlySet<string> | undefined>;

function maybeHolds(condition: Condition | undefined, facts: Facts, open: Open): Maybe {
  if (!condition) return true;
  if ('all' in condition) {
    const parts = condition.all.map((c) => maybeHolds(c, facts, open));
    return parts.includes(false) ? false : parts.includes('unknown') ? 'unknown' : true;
  }
  if ('any' in condition) {
    const parts = condition.any.map((c) => maybeHolds(c, facts, open));
    return parts.includes(true) ? true : parts.includes('unknown') ? 'unknown' : false;
  }
  if ('not' in condition) {
    const inner = maybeHolds(condition.not, facts, open);
    return inner === 'unknown' ? 'unknown' : !inner;
  }
  if (!open.has(condition.fact)) return holds(condition, facts);
  // An open question cannot be answered with an option it will not offer (software is never asked about a medicine in it).
  const offered = open.get(condition.fact);
  if (offered && 'equals' in condition) return offered.has(String(condition.equals)) ? 'unknown' : false;
  if (offered && 'in' in condition) return condition.in.some((v) => offered.has(String(v))) ? 'unknown' : false;
  return 'unknown';
}

/**
 * The highest class the answers could still reach: a rule outcome counts while it may still hold, up to the first
 * outcome that certainly holds (outcomes are tried strictest first). Catch-all rules only ever give class I.
 */
function highestReachable(data: ClassificationData, facts: Facts, open: Open): RiskClass | undefined {
  const reach = (outcomes: readonly { when?: Condition | undefined; class?: RiskClass | undefined; classOfRules?: string[] | undefined }[], of: (ids: string[]) => RiskClass | undefined) => {
    const possible: (RiskClass | undefined)[] = [];
    for (const o of outcomes) {
      const h = maybeHolds(o.when, facts, open);
      if (h === false) continue;
      possible.push(o.class ?? of(o.classOfRules ?? []));
      if (h === true) break;
    }
    return highestOf(possible);
  };
  const byRule = new Map<string, RiskClass | undefined>();
  for (const rule of data.rules) byRule.set(rule.id, maybeHolds(rule.appliesWhen, facts, open) === false ? undefined : reach(rule.outcomes, () => undefined));
  const ofRules = (ids: string[]) => highestOf(ids.map((id) => byRule.get(id)));
  const implementing = data.implementingRules.map((r) => (r.outcomes && maybeHolds(r.appliesWhen, facts, open) !== false ? reach(r.outcomes, ofRules) : undefined));
  return highestOf([...byRule.values(), ...implementing]);
}

function highestClass(fired: readonly FiredRule[]): RiskClass | null {
  return fired.reduce<RiskClass | null>((top, r) => (top === null || classRank[r.class] > classRank[top] ? r.class : top), null);
}

interface Walk {
  /** Applicable questions in order, with the options offered. */
  questions: VisibleQuestion[];
  /** Answers to applicable questions only, limited to offered options. */
  facts: Facts;
  /** Questions without a (valid) answer that may still be asked, whatever the open answers turn out to be. */
  open: Open;
  exit: ClassificationExit | null;
}

/**
 * Walk the questions in order: a question counts only if its askWhen holds over the answers kept so far, so an
 * answer to a question that no longer applies (after an earlier answer changed) is ignored, not deleted.
 */
function walk(data: ClassificationData, answers: ClassificationAnswers): Walk {
  const facts: Facts = {};
  const questions: VisibleQuestion[] = [];
  // The class so far is not known while questions are open, so a question asked "while the class is I" may come.
  const open = new Map<string, ReadonlySet<string> | undefined>([[provisionalClassFact, undefined]]);
  const stillOpen = (q: ClassificationQuestion) =>
    open.set(q.id, 'options' in q ? new Set(q.options.filter((o) => maybeHolds(o.showWhen, facts, open) !== false).map((o) => o.value)) : undefined);
  let exit: ClassificationExit | null = null;
  for (const q of data.questions) {
    exit = data.exits.find((e) => holds(e.when, facts)) ?? null;
    if (exit) break;
    const withClass = (): Facts => ({ ...facts, [provisionalClassFact]: highestClass(fireRules(data, facts)) ?? undefined });
    const view = usesProvisionalClass(q.askWhen) || ('options' in q && q.options.some((o) => usesProvisionalClass(o.showWhen))) ? withClass() : facts;
    if (!holds(q.askWhen, view)) {
      if (maybeHolds(q.askWhen, facts, open) !== false) stillOpen(q);
      continue;
    }
    const visibleOptions = 'options' in q ? q.options.filter((o) => holds(o.showWhen, view)) : [];
    const subject = data.subjects.find((s) => s.questions.includes(q.id) && holds(s.when, facts))?.text;
    questions.push({ ...q, visibleOptions, subject });
    let value = answers[q.id];
    if (q.type === 'multi' && Array.isArray(value)) value = value.filter((v) => visibleOptions.some((o) => o.value === v));
    if (isValidAnswer(q, visibleOptions, value)) facts[q.id] = value;
    else stillOpen(q);
  }
  exit ??= data.exits.find((e) => holds(e.when, facts)) ?? null;
  return { questions, facts, open, exit };
}

/** Every question that applies to the answers so far, in order, with the options it offers. */
export function applicableQuestions(data: ClassificationData, answers: ClassificationAnswers): VisibleQuestion[] {
  return walk(data, answers).questions;
}

/** The applicable questions still without an answer, in order: the first is the one to ask now. */
export function nextQuestions(data: ClassificationData, answers: ClassificationAnswers): VisibleQuestion[] {
  const { questions, facts } = walk(data, answers);
  return questions.filter((q) => facts[q.id] === undefined);
}

/** The answers that count: those to applicable questions, limited to the options offered. */
export function effectiveAnswers(data: ClassificationData, answers: ClassificationAnswers): Record<string, AnswerValue> {
  const { facts } = walk(data, answers);
  return Object.fromEntries(Object.entries(facts).filter((e): e is [string, AnswerValue] => e[1] !== undefined));
}

export function classify(data: ClassificationData, answers: ClassificationAnswers): ClassificationResult {
  const { questions, facts, open, exit } = walk(data, answers);
  const flags = Object.fromEntries(classIFlags.map((f) => [f, data.flags.some((d) => d.id === f && holds(d.when, facts))])) as Record<ClassIFlag, boolean>;
  if (exit) {
    return { class: null, flags, firedRules: [], complete: true, settled: true, exit, profileClasses: [], profileFacts: [], pendingChanges: [] };
  }
  const firedRules = fireRules(data, facts);
  const cls = highestClass(firedRules);
  const complete = cls !== null && questions.every((q) => facts[q.id] !== undefined);
  const reachable = highestReachable(data, facts, open);
  const settled = cls !== null && (complete || reachable === undefined || classRank[reachable] <= classRank[cls]);
  const setFlags = classIFlags.filter((f) => flags[f]);
  const profileClasses: DeviceClass[] = cls === null ? [] : cls === 'I' && setFlags.length > 0 ? setFlags.map((f) => flagSuffix[f]) : [cls];
  const firedIds = new Set(firedRules.map((r) => r.id));
  return {
    class: cls,
    flags,
    firedRules,
    complete,
    settled,
    exit: null,
    profileClasses,
    profileFacts: data.profileFacts.filter((p) => holds(p.when, facts)).map(({ fact, label }) => ({ fact, label })),
    pendingChanges: data.pendingChanges.filter(
      (c) => c.affectsRules.some((r) => firedIds.has(r)) || c.affectsFlags.some((f) => flags[f]),
    ),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Checks beyond the schema, for `npm run rules:check` and for the screen that loads the bundled file.

type Path = (string | number)[];

interface FactInfo {
  type: 'yesNo' | 'single' | 'multi' | 'class';
  values: string[];
}

/** Problems with a condition over the answers: unknown or later questions, wrong operators, unknown values. */
function answerConditionProblems(condition: Condition, known: ReadonlyMap<string, FactInfo>, path: Path, where: string): { path: Path; message: string }[] {
  if ('all' in condition) return condition.all.flatMap((c, i) => answerConditionProblems(c, known, [...path, 'all', i], where));
  if ('any' in condition) return condition.any.flatMap((c, i) => answerConditionProblems(c, known, [...path, 'any', i], where));
  if ('not' in condition) return answerConditionProblems(condition.not, known, [...path, 'not'], where);
  const info = known.get(condition.fact);
  if (!info) return [{ path: [...path, 'fact'], message: `"${condition.fact}" is not a question asked ${where}` }];
  const problems: { path: Path; message: string }[] = [];
  const checkValue = (v: unknown, at: Path) => {
    if (typeof v !== 'string' || !info.values.includes(v)) {
      problems.push({ path: at, message: `value ${JSON.stringify(v)} is not an option of "${condition.fact}" (options: ${info.values.join(', ')})` });
    }
  };
  if ('is' in condition) {
    if (info.type !== 'yesNo') problems.push({ path: [...path, 'is'], message: `"is" needs a yes/no question, but "${condition.fact}" is ${info.type}` });
  } else if ('equals' in condition) {
    if (info.type === 'yesNo') problems.push({ path: [...path, 'equals'], message: `"${condition.fact}" is a yes/no question; use "is"` });
    else if (info.type === 'multi') problems.push({ path: [...path, 'equals'], message: `"${condition.fact}" allows several answers; use "in"` });
    else checkValue(condition.equals, [...path, 'equals']);
  } else if (info.type === 'yesNo') {
    problems.push({ path: [...path, 'in'], message: `"${condition.fact}" is a yes/no question; use "is"` });
  } else {
    condition.in.forEach((v, i) => checkValue(v, [...path, 'in', i]));
  }
  return problems;
}

/** Every user-facing text of a classification file with its JSON path (legal references and ids are not texts). */
export function classificationTexts(data: ClassificationData): { path: Path; text: LocalizedText }[] {
  const out: { path: Path; text: LocalizedText }[] = [];
  const put = (text: LocalizedText | undefined, ...path: Path) => {
    if (text !== undefined) out.push({ path, text });
  };
  put(data.title, 'title');
  data.notes.forEach((n, i) => put(n, 'notes', i));
  riskClasses.forEach((c) => put(data.classMeanings[c].text, 'classMeanings', c, 'text'));
  data.definitions.forEach((d, i) => {
    put(d.term, 'definitions', i, 'term');
    put(d.text, 'definitions', i, 'text');
  });
  data.implementingRules.forEach((r, i) => {
    put(r.title, 'implementingRules', i, 'title');
    put(r.text, 'implementingRules', i, 'text');
    r.outcomes?.forEach((o, oi) => put(o.reason, 'implementingRules', i, 'outcomes', oi, 'reason'));
  });
  data.questions.forEach((q, qi) => {
    put(q.group, 'questions', qi, 'group');
    put(q.text, 'questions', qi, 'text');
    put(q.help, 'questions', qi, 'help');
    if ('options' in q) {
      q.options.forEach((o, oi) => {
        put(o.label, 'questions', qi, 'options', oi, 'label');
        put(o.help, 'questions', qi, 'options', oi, 'help');
      });
    }
  });
  data.subjects.forEach((s, i) => put(s.text, 'subjects', i, 'text'));
  data.exits.forEach((e, i) => {
    put(e.title, 'exits', i, 'title');
    put(e.explanation, 'exits', i, 'explanation');
  });
  data.rules.forEach((r, i) => {
    put(r.title, 'rules', i, 'title');
    r.outcomes.forEach((o, oi) => put(o.reason, 'rules', i, 'outcomes', oi, 'reason'));
  });
  data.flags.forEach((f, i) => put(f.label, 'flags', i, 'label'));
  data.profileFacts.forEach((p, i) => put(p.label, 'profileFacts', i, 'label'));
  data.pendingChanges.forEach((c, i) => {
    put(c.title, 'pendingChanges', i, 'title');
    put(c.summary, 'pendingChanges', i, 'summary');
  });
  return out;
}

/**
 * Parse and check a classification file; returns the data only when there is no problem. With `requireLanguages`,
 * every text must exist in English, French and German (rules:check asks for it; the screen falls back to English).
 */
export function checkClassification(json: unknown, options: { requireLanguages?: boolean } = {}): { data: ClassificationData | null; problems: RuleProblem[] } {
  const parsed = classificationDataSchema.safeParse(json);
  if (!parsed.success) return { data: null, problems: zodProblems(parsed.error) };
  const data = parsed.data;
  const problems: RuleProblem[] = [];
  const add = (path: Path, message: string) => problems.push({ path: formatPath(path), message });
  if (options.requireLanguages) {
    for (const { path, text } of classificationTexts(data)) {
      const missing = missingLanguages(text);
      if (missing.length > 0) add(path, `text is missing in ${missing.join(', ')} (give {"en", "fr", "de"})`);
    }
  }
  const addAll = (list: { path: Path; message: string }[]) => list.forEach((p) => add(p.path, p.message));
  const checkRef = (ref: string, path: Path) => {
    if (!isValidRef(ref)) add(path, `reference "${ref}" is not in a documented format (e.g. "MDR Annex VIII Rule 8", "MDR Annex VIII §3.5", "MDR Art. 52(7)")`);
  };

  riskClasses.forEach((c) => checkRef(data.classMeanings[c].ref, ['classMeanings', c, 'ref']));
  const termIds = new Set<string>();
  data.definitions.forEach((d, i) => {
    if (termIds.has(d.id)) add(['definitions', i, 'id'], `duplicate definition id "${d.id}"`);
    termIds.add(d.id);
    checkRef(d.ref, ['definitions', i, 'ref']);
  });
  data.implementingRules.forEach((r, i) => checkRef(r.ref, ['implementingRules', i, 'ref']));

  const classInfo: FactInfo = { type: 'class', values: [...riskClasses] };
  const earlier = new Map<string, FactInfo>([[provisionalClassFact, classInfo]]);
  data.questions.forEach((q, qi) => {
    const at: Path = ['questions', qi];
    if (earlier.has(q.id)) add([...at, 'id'], `duplicate question id "${q.id}"`);
    if (q.askWhen) addAll(answerConditionProblems(q.askWhen, earlier, [...at, 'askWhen'], 'before this question'));
    q.terms?.forEach((t, ti) => {
      if (!termIds.has(t)) add([...at, 'terms', ti], `term "${t}" is not among the definitions`);
    });
    if ('options' in q) {
      const seen = new Set<string>();
      q.options.forEach((o, oi) => {
        if (seen.has(o.value)) add([...at, 'options', oi, 'value'], `duplicate option "${o.value}"`);
        seen.add(o.value);
        if (o.showWhen) addAll(answerConditionProblems(o.showWhen, earlier, [...at, 'options', oi, 'showWhen'], 'before this question'));
        if (o.exclusive && q.type !== 'multi') add([...at, 'options', oi, 'exclusive'], '"exclusive" only makes sense in a multiple-choice question');
      });
    }
    earlier.set(q.id, { type: q.type, values: 'options' in q ? q.options.map((o) => o.value) : [] });
  });
  const answersOnly = new Map([...earlier].filter(([k]) => k !== provisionalClassFact));

  data.exits.forEach((e, i) => {
    addAll(answerConditionProblems(e.when, answersOnly, ['exits', i, 'when'], 'in this file'));
    e.refs.forEach((r, ri) => checkRef(r, ['exits', i, 'refs', ri]));
  });

  const ruleIds = new Map<string, number>();
  data.rules.forEach((r, i) => {
    if (ruleIds.has(r.id)) add(['rules', i, 'id'], `duplicate rule id "${r.id}"`);
    ruleIds.set(r.id, i);
    if (r.id !== `R${r.number}`) add(['rules', i, 'id'], `rule id "${r.id}" does not match its number ${r.number}`);
    if (r.ref !== `MDR Annex VIII Rule ${r.number}`) add(['rules', i, 'ref'], `reference should be "MDR Annex VIII Rule ${r.number}", got "${r.ref}"`);
    addAll(answerConditionProblems(r.appliesWhen, answersOnly, ['rules', i, 'appliesWhen'], 'in this file'));
    r.outcomes.forEach((o, oi) => {
      if (o.when) addAll(answerConditionProblems(o.when, answersOnly, ['rules', i, 'outcomes', oi, 'when'], 'in this file'));
      if (!o.when && oi !== r.outcomes.length - 1) add(['rules', i, 'outcomes', oi, 'when'], 'only the last outcome may omit "when" (outcomes after it could never apply)');
    });
  });
  data.implementingRules.forEach((r, i) => {
    const at: Path = ['implementingRules', i];
    if ((r.appliesWhen === undefined) !== (r.outcomes === undefined)) add(at, 'give both "appliesWhen" and "outcomes", or neither');
    if (r.appliesWhen) addAll(answerConditionProblems(r.appliesWhen, answersOnly, [...at, 'appliesWhen'], 'in this file'));
    r.outcomes?.forEach((o, oi) => {
      const oat: Path = [...at, 'outcomes', oi];
      if ((o.class === undefined) === (o.classOfRules === undefined)) add(oat, 'give either "class" or "classOfRules"');
      o.classOfRules?.forEach((u, ui) => {
        if (!ruleIds.has(u)) add([...oat, 'classOfRules', ui], `unknown rule "${u}"`);
      });
      if (o.when) addAll(answerConditionProblems(o.when, answersOnly, [...oat, 'when'], 'in this file'));
      if (!o.when && oi !== (r.outcomes?.length ?? 0) - 1) add([...oat, 'when'], 'only the last outcome may omit "when" (outcomes after it could never apply)');
    });
  });
  data.subjects.forEach((s, i) => {
    addAll(answerConditionProblems(s.when, answersOnly, ['subjects', i, 'when'], 'in this file'));
    s.questions.forEach((q, qi) => {
      if (!answersOnly.has(q)) add(['subjects', i, 'questions', qi], `"${q}" is not a question of this file`);
    });
  });
  data.rules.forEach((r, i) => {
    r.unlessFired?.forEach((u, ui) => {
      if (!ruleIds.has(u)) add(['rules', i, 'unlessFired', ui], `unknown rule "${u}"`);
      if (u === r.id) add(['rules', i, 'unlessFired', ui], 'a rule cannot wait for itself');
    });
  });
  // A catch-all chain must not loop, or "unless another rule fired" has no answer.
  const visiting = new Set<string>();
  const done = new Set<string>();
  const cycleFrom = (id: string): boolean => {
    if (done.has(id)) return false;
    if (visiting.has(id)) return true;
    visiting.add(id);
    const looped = (data.rules[ruleIds.get(id) ?? -1]?.unlessFired ?? []).some((u) => ruleIds.has(u) && cycleFrom(u));
    visiting.delete(id);
    done.add(id);
    return looped;
  };
  data.rules.forEach((r, i) => {
    if (cycleFrom(r.id)) add(['rules', i, 'unlessFired'], `"unlessFired" of ${r.id} forms a loop`);
  });

  data.flags.forEach((f, i) => {
    addAll(answerConditionProblems(f.when, answersOnly, ['flags', i, 'when'], 'in this file'));
    checkRef(f.ref, ['flags', i, 'ref']);
  });
  data.profileFacts.forEach((p, i) => {
    if (factCatalog[p.fact]?.kind !== 'boolean') add(['profileFacts', i, 'fact'], `"${p.fact}" is not a yes/no fact of the profile`);
    addAll(answerConditionProblems(p.when, answersOnly, ['profileFacts', i, 'when'], 'in this file'));
  });
  data.pendingChanges.forEach((c, i) => {
    c.affectsRules.forEach((r, ri) => {
      if (!ruleIds.has(r)) add(['pendingChanges', i, 'affectsRules', ri], `unknown rule "${r}"`);
    });
  });
  for (let n = 1; n <= 22; n += 1) {
    if (!ruleIds.has(`R${n}`)) add(['rules'], `Rule ${n} of Annex VIII is missing`);
  }
  return { data: problems.length === 0 ? data : null, problems };
}
