// The rule set shipped with the app, loaded as its own chunk (it is larger than the rest of the first
// screen's code) and checked once; shared by the app shell and screens.
import type { RuleSet } from '../domain/rule-set';
import { checkRuleSet } from '../domain/rule-set-check';

export type LoadedRuleSet = { ok: true; ruleSet: RuleSet } | { ok: false; error: string };

let cached: LoadedRuleSet | undefined;

/** Load and check the bundled rule set; main.tsx awaits this before the first render. */
export async function loadBundledRuleSet(): Promise<LoadedRuleSet> {
  if (cached) return cached;
  let json: unknown;
  try {
    json = (await import('../../rules/mdr-2017-745.json')).default;
  } catch (e) {
    return (cached = { ok: false, error: `The rule set could not be loaded (${(e as Error).message}). Reload the page.` });
  }
  const { ruleSet, problems } = checkRuleSet(json);
  cached = ruleSet
    ? { ok: true, ruleSet }
    : { ok: false, error: `The rule set rules/mdr-2017-745.json is invalid: ${problems.slice(0, 3).map((p) => `${p.path}: ${p.message}`).join('; ')}` };
  return cached;
}

/** The loaded rule set; only valid after loadBundledRuleSet() has settled (main.tsx and tests/setup.ts await it). */
export function bundledRuleSet(): LoadedRuleSet {
  if (!cached) throw new Error('The rule set is used before it was loaded (loadBundledRuleSet).');
  return cached;
}

/** The rule set, for screens rendered below the app's rule-set guard (which shows the error otherwise). */
export function useRuleSet(): RuleSet {
  const loaded = bundledRuleSet();
  if (!loaded.ok) throw new Error(loaded.error);
  return loaded.ruleSet;
}
