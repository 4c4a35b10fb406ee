// The first screen's list read without Dexie: the same rows in the same order as Dexie's, nothing
// created when there is no database, and nothing read from a schema this code does not know.
import Dexie from 'dexie';
import { afterEach, expect, it } from 'vitest';
import { ReadinessDatabase } from '../../src/db/database';
import { readAssessmentsDirect, schemaVersion } from '../../src/db/read-direct';

const names: string[] = [];
const fresh = () => {
  const name = `direct-${names.length}-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  return name;
};
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

const row = (id: string, updatedAt: string) => ({
  id,
  title: id,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt,
  assessor: '',
  language: 'en',
  isSample: false,
  ruleSet: { id: 'mdr-2017-745', version: '1.1.0' },
  profile: { companyName: id },
});

it('reads what Dexie lists, in the same order (most recently changed first, ties as Dexie breaks them)', async () => {
  const name = fresh();
  const db = new ReadinessDatabase(name);
  expect(db.verno).toBe(schemaVersion);
  await db.assessments.bulkAdd(
    [row('b', '2026-03-01T00:00:00.000Z'), row('a', '2026-05-01T00:00:00.000Z'), row('c', '2026-03-01T00:00:00.000Z'), row('d', '2026-04-01T00:00:00.000Z')] as never,
  );
  const viaDexie = await db.assessments.orderBy('updatedAt').reverse().toArray();
  const direct = await readAssessmentsDirect(name);
  expect(direct?.map((r) => r.id)).toEqual(['a', 'd', 'c', 'b']);
  expect(direct).toEqual(viaDexie);
  // The direct connection is closed: Dexie can still change the schema (a version change would wait for it).
  db.close();
  const next = new Dexie(name);
  next.version(schemaVersion + 1).stores({ extra: 'id' });
  await next.open();
  next.close();
});

it('creates nothing when this browser has no database yet, and Dexie then creates it as usual', async () => {
  const name = fresh();
  expect(await readAssessmentsDirect(name)).toEqual([]);
  expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
  const db = new ReadinessDatabase(name);
  await db.assessments.add(row('x', '2026-01-02T00:00:00.000Z') as never);
  expect(await readAssessmentsDirect(name)).toHaveLength(1);
  db.close();
});

it('leaves a database of an older schema to Dexie, which upgrades it first', async () => {
  const name = fresh();
  const old = new Dexie(name);
  old.version(1).stores({ assessments: 'id, updatedAt', answers: '[assessmentId+itemId], assessmentId', settings: 'key' });
  await old.table('assessments').add(row('old', '2025-01-01T00:00:00.000Z'));
  old.close();
  expect(await readAssessmentsDirect(name)).toBeUndefined();
  const db = new ReadinessDatabase(name);
  expect((await db.assessments.toArray()).map((r) => r.id)).toEqual(['old']);
  db.close();
  expect((await readAssessmentsDirect(name))?.map((r) => r.id)).toEqual(['old']);
});
