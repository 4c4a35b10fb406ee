// Finding and loading the rule-set files under rules/ from Node.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkClassification, type ClassificationData } from '../domain/classification';
import { checkRuleSet, type RuleProblem } from '../domain/rule-set-check';
import { checkScopeTable, type ReferenceScope } from '../domain/reference-scope';
import type { RuleSet } from '../domain/rule-set';

export const rulesDir = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../rules');
/** The table of whom each legal reference binds (not a rule set). */
export const referenceScopesFile = 'reference-scopes.json';

/** The reference-scope table from rules/, checked, or its problems. */
export function loadReferenceScopes(dir: string = rulesDir): { scopes: ReferenceScope[] | null; problems: RuleProblem[] } {
  const read = readJson(join(dir, referenceScopesFile));
  return 'problem' in read ? { scopes: null, problems: [read.problem] } : checkScopeTable(read.json);
}

/** Rule-set files: every JSON file in rules/ except the generated schema and helper files. */
export function ruleSetFiles(dir: string = rulesDir): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'schema.json' && f !== referenceScopesFile && !f.startsWith('classification-'))
    .sort()
    .map((f) => join(dir, f));
}

/** Classification-helper files: rules/classification-*.json (checked with their own schema). */
export function classificationFiles(dir: string = rulesDir): string[] {
  return readdirSync(dir)
    .filter((f) => isClassificationFile(f))
    .sort()
    .map((f) => join(dir, f));
}

export function isClassificationFile(file: string): boolean {
  return /(^|[\\/])classification-[^\\/]*\.json$/.test(file);
}

function readJson(file: string): { json: unknown } | { problem: RuleProblem } {
  try {
    return { json: JSON.parse(readFileSync(file, 'utf8')) };
  } catch (e) {
    return { problem: { path: '(file)', message: `not valid JSON: ${(e as Error).message}` } };
  }
}

export function loadClassificationFile(file: string, options: { requireLanguages?: boolean } = {}): { data: ClassificationData | null; problems: RuleProblem[] } {
  const read = readJson(file);
  return 'problem' in read ? { data: null, problems: [read.problem] } : checkClassification(read.json, options);
}

export function loadRuleSetFile(file: string, options: { requireLanguages?: boolean; requireReview?: boolean } = {}): { ruleSet: RuleSet | null; problems: RuleProblem[] } {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    return { ruleSet: null, problems: [{ path: '(file)', message: `not valid JSON: ${(e as Error).message}` }] };
  }
  return checkRuleSet(json, options);
}

/** The rule set with the given id (and version, when given) from rules/. */
export function findRuleSet(id: string, version?: string, dir: string = rulesDir): { ruleSet: RuleSet } | { error: string } {
  const found: string[] = [];
  for (const file of ruleSetFiles(dir)) {
    const { ruleSet } = loadRuleSetFile(file);
    if (!ruleSet) continue;
    found.push(`${ruleSet.id}@${ruleSet.version}`);
    if (ruleSet.id === id) return { ruleSet };
  }
  return { error: `rule set "${id}${version ? `@${version}` : ''}" is not in rules/ (found: ${found.join(', ') || 'none'})` };
}
