// Test setup: IndexedDB for Dexie in Node (must load before any Dexie database is created).
import 'fake-indexeddb/auto';
