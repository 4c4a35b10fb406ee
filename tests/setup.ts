// Test setup: IndexedDB for Dexie in Node (must load before any Dexie database is created).
import 'fake-indexeddb/auto';
// Interface translations: every English catalog loaded before component tests render.
import { loadAllCatalogs } from '../src/i18n/i18n';
await loadAllCatalogs();
// Screens read the bundled rule set synchronously once it is loaded, as main.tsx arranges in the app.
import { loadBundledRuleSet } from '../src/hooks/use-rule-set';
await loadBundledRuleSet();
