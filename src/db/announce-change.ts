// Telling Dexie's live queries (in this tab and, through Dexie's broadcast, in other tabs) about a
// change written on the native IndexedDB transaction rather than through Dexie.
import Dexie, { RangeSet } from 'dexie';
import { db } from './database';

/** Every key of a table: the range Dexie itself announces after creating a database. */
const everything = () => new RangeSet(-Infinity, [[[]]]);

/** Mark whole tables (their rows and every index) as changed; each live query reading them runs again. */
export function announceChange(tableNames: readonly string[]): void {
  const parts: Record<string, RangeSet> = {};
  for (const name of tableNames) {
    const table = db.table(name);
    parts[`idb://${db.name}/${name}/`] = everything();
    for (const index of table.schema.indexes) if (index.name) parts[`idb://${db.name}/${name}/${index.name}`] = everything();
  }
  Dexie.on('storagemutated').fire(parts);
}
