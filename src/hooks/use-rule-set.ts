// The rule set bundled with the app, checked once when first used; shared by the app shell and screens.
import ruleSetJson from '../../rules/mdr-2017-745.json';
import type { RuleSet } from '../domain/rule-set';
import { checkRuleSet } from '../domain/rule-set-check';

export type LoadedRuleSet = { ok: true; ruleSet: RuleSet } | { ok: false; error: string };

let cached: LoadedRuleSet | undefined;

export function bundledRuleSet(): LoadedRuleSet {
  if (cached) return cached;
  const { ruleSet, problems } = checkRuleSet(ruleSetJson);
  cached = ruleSet
    ? { ok: true, ruleSet }
    : { ok: false, error: `The rule set rules/mdr-2017-745.json is invalid: ${problems.slice(0, 3).map((p) => `${p.path}: ${p.message}`).join('; ')}` };
  return cached;
}

/** The rule set, for screens rendered below the app's rule-set guard (which shows the error otherwise). */
export function useRuleSet(): RuleSet {
  const loaded = bundledRuleSet();
  if (!loaded.ok) throw new Error(loaded.error);
  return loaded.ruleSet;
}
