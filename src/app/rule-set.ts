// The bundled rule set for the app shell; the loader lives in src/hooks so screens can share it.
export { onRuleSetLoaded, requireRuleSet, useRuleSet } from '../hooks/use-rule-set';
