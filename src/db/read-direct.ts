// The assessment list read straight from IndexedDB, without Dexie, so the first screen can show it while
// Dexie (about 28 kB gzip) is still loading. Only a database already at the schema this code knows is
// read; anything else (no database yet, an older schema waiting for its upgrade, a newer one) is left to
// Dexie, whose live query follows moments later and takes over in any case (src/db/live-lazy.ts).
import type { AssessmentRow } from './database';

export const databaseName = 'mdr-readiness';
/** The last `db.version(n)` declared in src/db/database.ts (a test keeps the two in step). */
export const schemaVersion = 3;
// Dexie stores version n as IndexedDB version n × 10.
const storedVersion = schemaVersion * 10;

/**
 * Every saved assessment, most recently changed first (as listAssessments orders them); [] when this
 * browser has no database yet; undefined when the database cannot be read this way.
 */
export function readAssessmentsDirect(name = databaseName): Promise<AssessmentRow[] | undefined> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      // No version: open whatever is there without upgrading it.
      request = indexedDB.open(name);
    } catch {
      return resolve(undefined);
    }
    let fresh = false;
    request.onupgradeneeded = () => {
      // No database yet. Creating one here would leave an empty version 1 for Dexie to upgrade from;
      // cancelling leaves none, and there is nothing to list.
      fresh = true;
      request.transaction?.abort();
    };
    request.onerror = (event) => {
      event.preventDefault();
      resolve(fresh ? [] : undefined);
    };
    request.onsuccess = () => {
      const database = request.result;
      const done = (rows: AssessmentRow[] | undefined) => {
        database.close();
        resolve(rows);
      };
      if (database.version !== storedVersion || !database.objectStoreNames.contains('assessments')) return done(undefined);
      try {
        const read = database.transaction('assessments', 'readonly').objectStore('assessments').index('updatedAt').getAll();
        read.onsuccess = () => done((read.result as AssessmentRow[]).reverse());
        read.onerror = (event) => {
          event.preventDefault();
          done(undefined);
        };
      } catch {
        done(undefined);
      }
    };
  });
}
