// The rule set shipped with the app, loaded as its own chunk (it is larger than the rest of the first
// screen's code) and checked once; shared by the app shell and screens.
import { useEffect, useState } from 'react';
import type { RuleSet } from '../domain/rule-set';
import { getFixedT } from '../i18n/i18n';

export type LoadedRuleSet = { ok: true; ruleSet: RuleSet } | { ok: false; error: string };

let cached: LoadedRuleSet | undefined;
let loading: Promise<LoadedRuleSet> | undefined;

const whenLoaded: ((loaded: LoadedRuleSet) => void)[] = [];

/** Load and check the bundled rule set, once however many screens ask at the same time. */
export function loadBundledRuleSet(): Promise<LoadedRuleSet> {
  loading ??= load().then((loaded) => {
    cached = loaded;
    for (const run of whenLoaded.splice(0)) run(loaded);
    return loaded;
  });
  return loading;
}

/** Run `run` once the rule set has loaded, whichever screen asked for it, without starting the load. */
export function onRuleSetLoaded(run: (loaded: LoadedRuleSet) => void): void {
  if (cached) run(cached);
  else whenLoaded.push(run);
}

async function load(): Promise<LoadedRuleSet> {
  let json: unknown;
  let checkRuleSet: typeof import('../domain/rule-set-check').checkRuleSet;
  try {
    // The checker (and Zod under it) comes with the rule set, not with the first screen.
    const [file, checker] = await Promise.all([import('../../rules/mdr-2017-745.json'), import('../domain/rule-set-check')]);
    json = file.default;
    checkRuleSet = checker.checkRuleSet;
  } catch (e) {
    return { ok: false, error: getFixedT('common')('ruleSet.loadFailed', { reason: (e as Error).message }) };
  }
  const { ruleSet, problems } = checkRuleSet(json);
  return ruleSet
    ? { ok: true, ruleSet }
    : { ok: false, error: getFixedT('common')('ruleSet.invalid', { problems: `rules/mdr-2017-745.json: ${problems.slice(0, 3).map((p) => `${p.path}: ${p.message}`).join('; ')}` }) };
}

/** The loaded rule set; only valid after loadBundledRuleSet() has settled (the routes in app.tsx and tests/setup.ts await it). */
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

/** The rule set once it has loaded (undefined before, or when it failed), for a screen that shows without it. */
export function useLoadedRuleSet(): RuleSet | undefined {
  const [loaded, setLoaded] = useState(cached);
  useEffect(() => {
    if (!loaded) void loadBundledRuleSet().then(setLoaded);
  }, [loaded]);
  return loaded?.ok ? loaded.ruleSet : undefined;
}

/** The rule set for an action that needs it (create, import, sample); rejects with the reason it failed to load. */
export async function requireRuleSet(): Promise<RuleSet> {
  const loaded = await loadBundledRuleSet();
  if (!loaded.ok) throw new Error(loaded.error);
  return loaded.ruleSet;
}
