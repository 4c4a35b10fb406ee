// The bundled rule set for the app shell; the loader lives in src/hooks so screens can share it.
export { bundledRuleSet, loadBundledRuleSet, onRuleSetLoaded, useRuleSet, type LoadedRuleSet } from '../hooks/use-rule-set';
