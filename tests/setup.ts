// Test setup: IndexedDB for Dexie in Node (must load before any Dexie database is created).
import 'fake-indexeddb/auto';
// Interface translations, initialised synchronously in English for component tests.
import '../src/i18n/i18n';
