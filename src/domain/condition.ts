// Applicability conditions as data, and their evaluation against a profile's facts.
import { z } from 'zod';
import { factCatalog } from './facts';

type FactValue = string | number | boolean;

export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { fact: string; is: boolean }
  | { fact: string; equals: FactValue }
  | { fact: string; in: FactValue[] };

const factValue = z.union([z.string(), z.number(), z.boolean()]);

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
    z.strictObject({ not: conditionSchema }),
    z.strictObject({ fact: z.string(), is: z.boolean() }),
    z.strictObject({ fact: z.string(), equals: factValue }),
    z.strictObject({ fact: z.string(), in: z.array(factValue).min(1) }),
  ]),
);

/** True when the facts (a profile's, or the classification helper's answers) satisfy the condition; an absent condition always applies. */
export function conditionHolds(condition: Condition | undefined, facts: Readonly<Record<string, unknown>>): boolean {
  if (!condition) return true;
  if ('all' in condition) return condition.all.every((c) => conditionHolds(c, facts));
  if ('any' in condition) return condition.any.some((c) => conditionHolds(c, facts));
  if ('not' in condition) return !conditionHolds(condition.not, facts);
  const actual = facts[condition.fact];
  if ('is' in condition) return actual === condition.is;
  if ('equals' in condition) return actual === condition.equals;
  // `in`: a scalar fact must be one of the values; a list fact must share at least one value.
  if (Array.isArray(actual)) return actual.some((v) => condition.in.includes(v as FactValue));
  return condition.in.includes(actual as FactValue);
}

/** Problems with a condition's facts or values, each with the JSON path below the condition. */
export function conditionProblems(condition: Condition, path: (string | number)[]): { path: (string | number)[]; message: string }[] {
  if ('all' in condition) return condition.all.flatMap((c, i) => conditionProblems(c, [...path, 'all', i]));
  if ('any' in condition) return condition.any.flatMap((c, i) => conditionProblems(c, [...path, 'any', i]));
  if ('not' in condition) return conditionProblems(condition.not, [...path, 'not']);
  const kind = factCatalog[condition.fact];
  if (!kind) return [{ path: [...path, 'fact'], message: `unknown fact "${condition.fact}"; known facts: ${Object.keys(factCatalog).join(', ')}` }];
  const problems: { path: (string | number)[]; message: string }[] = [];
  const check = (value: FactValue, at: (string | number)[]) => {
    const ok =
      kind.kind === 'boolean'
        ? typeof value === 'boolean'
        : kind.kind === 'number'
          ? typeof value === 'number'
          : kind.kind === 'enum' || kind.kind === 'enumList'
            ? typeof value === 'string' && kind.values.includes(value)
            : typeof value === 'string';
    if (!ok) {
      const allowed = 'values' in kind ? `one of ${kind.values.join(', ')}` : `a ${kind.kind === 'boolean' ? 'boolean' : kind.kind === 'number' ? 'number' : 'string'}`;
      problems.push({ path: at, message: `value ${JSON.stringify(value)} is not allowed for fact "${condition.fact}" (expected ${allowed})` });
    }
  };
  if ('is' in condition) {
    if (kind.kind !== 'boolean') problems.push({ path: [...path, 'is'], message: `"is" needs a yes/no fact, but "${condition.fact}" is ${kind.kind}` });
  } else if ('equals' in condition) {
    if (kind.kind === 'enumList' || kind.kind === 'stringList') problems.push({ path: [...path, 'equals'], message: `"${condition.fact}" is a list; use "in"` });
    else check(condition.equals, [...path, 'equals']);
  } else {
    condition.in.forEach((v, i) => check(v, [...path, 'in', i]));
  }
  return problems;
}
