// The rule-set schema: areas of checklist items with legal references, applicability, cost and deadlines.
import { z } from 'zod';
import { conditionHolds, conditionSchema } from './condition';
import { localizedTextSchema } from './text-schema';

/**
 * The documented reference formats. Each ref must match one of them, so references print the same way
 * everywhere and can be searched for.
 */
export const refFormats: { name: string; example: string; pattern: RegExp }[] = [
  { name: 'MDR article', example: 'MDR Art. 10(9)', pattern: /^MDR Art\. \d+[a-z]?(\([0-9a-z]+\))*(-\d+[a-z]?)?$/ },
  {
    name: 'MDR annex',
    example: 'MDR Annex I §23.4',
    pattern: /^MDR Annex [IVX]+( Ch\. [IVX]+)?( Part [A-C])?( Rule \d+| §\d+(\.\d+)*(\([a-z0-9]+\))*(-\d+(\.\d+)*)?)?$/,
  },
  { name: 'MDCG guidance', example: 'MDCG 2019-11', pattern: /^MDCG \d{4}-\d+( rev\.\d+)?$/ },
  {
    name: 'standard',
    example: 'ISO 14971:2019',
    pattern: /^(EN )?(ISO|IEC|ISO\/IEC|ISO\/TR|ISO\/TS|IEC\/TR|IEC\/TS|EN ISO|EN IEC) \d+(-\d+)*(:\d{4}(\+A\d+:\d{4})?)?$/,
  },
  {
    name: 'other EU act',
    example: 'Regulation (EU) 2023/607',
    pattern: /^(Regulation|Implementing Regulation|Directive|Decision|Implementing Decision|Recommendation) (\(EU\) \d{4}\/\d+|\d{4}\/\d+\/E[CU])( Art\. \d+[a-z]?(\([0-9a-z]+\))*)?$/,
  },
];

export function isValidRef(ref: string): boolean {
  return refFormats.some((f) => f.pattern.test(ref));
}

/**
 * One legal reference of an item: a string that holds wherever the item applies, or a reference with
 * its own condition, shown only to the profiles it holds for (an item for every manufacturer cites
 * Annex IX only when the firm goes through Annex IX).
 */
export const itemRefSchema = z.union([z.string(), z.strictObject({ ref: z.string(), when: conditionSchema })]);
export type ItemRef = z.infer<typeof itemRefSchema>;

export function refText(ref: ItemRef): string {
  return typeof ref === 'string' ? ref : ref.ref;
}

/** The references of an item that hold for these facts, in the rule set's order. */
export function refsThatHold(refs: readonly ItemRef[], facts: Readonly<Record<string, unknown>>): string[] {
  return refs.filter((r) => typeof r === 'string' || conditionHolds(r.when, facts)).map(refText);
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date as YYYY-MM-DD');
/** [low, likely, high]; rules:check enforces the order. */
const range = z.tuple([z.number().min(0), z.number().min(0), z.number().min(0)]);

export const costKinds = ['internal', 'notifiedBody', 'testing', 'clinical', 'consulting', 'translation', 'other'] as const;
export const externalCostKinds = ['notifiedBody', 'testing', 'clinical', 'consulting', 'translation', 'other'] as const;
export type CostKind = (typeof costKinds)[number];

export const externalCostSchema = z.strictObject({
  kind: z.enum(externalCostKinds),
  /** Euros: [low, likely, high]. */
  eur: range,
  /** Short reason for the figure, shown when a figure is explained. */
  basis: z.string().optional(),
});

const costPartSchema = z.strictObject({
  /** Internal person-days: [low, likely, high]. */
  internalDays: range.optional(),
  external: z.array(externalCostSchema).default([]),
});

export const costScales = ['company', 'deviceFamily', 'technicalFile'] as const;

export const itemCostSchema = z.strictObject({
  scale: z.enum(costScales),
  oneOff: costPartSchema.default({ external: [] }),
  yearly: costPartSchema.optional(),
  /** Which entry of rules/SOURCES.md the figures come from. */
  source: z.string().optional(),
});

export const severities = ['critical', 'major', 'minor'] as const;

export const itemSchema = z.strictObject({
  /** Stable id, never reused for a different question. */
  id: z.string().regex(/^[a-z0-9]+(\.[a-z0-9-]+)+$/, 'Use a dotted lower-case id such as prrc.designated'),
  question: localizedTextSchema,
  guidance: localizedTextSchema,
  refs: z.array(itemRefSchema).min(1, 'Every item needs at least one legal reference'),
  severity: z.enum(severities),
  appliesWhen: conditionSchema.optional(),
  cost: itemCostSchema,
  /** Id of a deadline in the rule set's deadlines list that this item must meet. */
  deadline: z.string().optional(),
  /** Set when a pending change of the law may change this duty; a proposal never changes the duty itself. */
  underRevision: localizedTextSchema.optional(),
  /** The date the pending change's status was last checked (rules:check asks for it with underRevision). */
  underRevisionAsOf: isoDate.optional(),
  /** Glossary terms this item uses (keys of the rule set's glossary). */
  terms: z.array(z.string()).optional(),
});

export const areaSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'Use a lower-case id such as prrc'),
  title: localizedTextSchema,
  summary: localizedTextSchema,
  items: z.array(itemSchema),
});

export const deadlineSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  date: isoDate,
  title: localizedTextSchema,
  refs: z.array(itemRefSchema).min(1),
  appliesWhen: conditionSchema.optional(),
  /** The date this deadline was last checked against its sources (rules:check asks for it in shipped rule sets). */
  asOf: isoDate.optional(),
});

export const glossaryEntrySchema = z.strictObject({
  term: localizedTextSchema,
  definition: localizedTextSchema,
});

export const ruleSetSchema = z.strictObject({
  $schema: z.string().optional(),
  id: z.string().regex(/^[a-z0-9-]+$/),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'Use a semantic version such as 1.0.0'),
  title: localizedTextSchema,
  /** The date the content is current to. */
  effectiveDate: isoDate,
  /** The date the content was last reviewed against the law and guidance (rules:check asks for it in shipped rule sets). */
  reviewedOn: isoDate.optional(),
  sources: z.array(z.string()).min(1),
  areas: z.array(areaSchema).min(1),
  deadlines: z.array(deadlineSchema).default([]),
  glossary: z.record(z.string(), glossaryEntrySchema).default({}),
});

export type RuleSet = z.infer<typeof ruleSetSchema>;
export type RuleSetInput = z.input<typeof ruleSetSchema>;
export type Area = z.infer<typeof areaSchema>;
export type Item = z.infer<typeof itemSchema>;
export type ItemInput = z.input<typeof itemSchema>;
export type ItemCost = z.infer<typeof itemCostSchema>;
export type Severity = (typeof severities)[number];
export type Deadline = z.infer<typeof deadlineSchema>;
