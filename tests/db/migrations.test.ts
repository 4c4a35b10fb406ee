// Every released database schema opens with the current code and keeps every answer.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ReadinessDatabase } from '../../src/db/database';
import { answerSchema } from '../../src/domain/answer';
import { assessmentSchema } from '../../src/domain/assessment';

interface DbFixture {
  schemaVersion: number;
  stores: Record<string, string>;
  tables: Record<string, Record<string, unknown>[]>;
}

const fixtureDir = join(import.meta.dirname, '../fixtures/db');
const fixtures = readdirSync(fixtureDir)
  .filter((f) => /^v\d+\.json$/.test(f))
  .map((f) => ({ file: f, data: JSON.parse(readFileSync(join(fixtureDir, f), 'utf8')) as DbFixture }));

const opened: Dexie[] = [];
afterEach(async () => {
  for (const d of opened.splice(0)) {
    d.close();
    await Dexie.delete(d.name);
  }
});

/** Write a fixture with the schema of its own version, as the released app would have. */
async function seed(name: string, fixture: DbFixture): Promise<void> {
  const old = new Dexie(name);
  // Every released version up to the fixture's own: Dexie needs the whole chain to open it as-is.
  old.version(fixture.schemaVersion).stores(fixture.stores);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
  });
  expect(old.verno).toBe(fixture.schemaVersion);
  old.close();
}

const key = (r: Record<string, unknown>) => `${String(r.assessmentId)}|${String(r.itemId)}`;

describe('database migrations', () => {
  it('keeps a fixture for every schema version up to the current one but the newest', () => {
    const current = new ReadinessDatabase('verno-probe');
    const versions = fixtures.map((f) => f.data.schemaVersion).sort();
    expect(versions[0]).toBe(1);
    // The current version's rows come from the current code; every older released version has a file.
    expect(Math.max(...versions)).toBeLessThan(current.verno);
    for (let v = 1; v < current.verno; v += 1) expect(versions).toContain(v);
  });

  for (const { file, data } of fixtures) {
    describe(file, () => {
      it('opens with the current code and keeps every answer, every field of it', async () => {
        const name = `migrate-${file}`;
        await seed(name, data);
        const db = new ReadinessDatabase(name);
        opened.push(db);
        await db.open();
        expect(db.verno).toBeGreaterThan(data.schemaVersion);

        const answers = await db.answers.toArray();
        const before = data.tables.answers ?? [];
        expect(answers).toHaveLength(before.length);
        const byKey = new Map(answers.map((a) => [key(a as unknown as Record<string, unknown>), a]));
        for (const row of before) expect(byKey.get(key(row))).toMatchObject(row);
        // Readers parse answers strictly (export, backup): every migrated answer still passes.
        for (const { assessmentId: _a, ...a } of answers) expect(answerSchema.safeParse(a).success).toBe(true);
      });

      it('keeps every assessment, its profile and the settings', async () => {
        const name = `migrate-meta-${file}`;
        await seed(name, data);
        const db = new ReadinessDatabase(name);
        opened.push(db);
        const assessments = await db.assessments.toArray();
        expect(assessments).toHaveLength(data.tables.assessments!.length);
        for (const row of data.tables.assessments!) expect(await db.assessments.get(String(row.id))).toEqual(row);
        for (const a of assessments) {
          const answers = (await db.answers.where('assessmentId').equals(a.id).toArray()).map(({ assessmentId: _x, ...rest }) => rest);
          expect(assessmentSchema.safeParse({ ...a, answers }).success).toBe(true);
        }
        expect(await db.settings.toArray()).toEqual(data.tables.settings);
        // Tables keep the fixture's rows; a table added after the fixture's version exists and starts empty.
        expect(await db.ruleSetSnapshots.toArray()).toEqual(data.tables.ruleSetSnapshots ?? []);
        expect(await db.snapshots.count()).toBe(0);
      });
    });
  }

  it('version 2 fills the defaults of fields an older answer row lacks and changes nothing else', async () => {
    const name = 'migrate-sparse';
    const sparse = { assessmentId: 'a1', itemId: 'prrc.designated', status: 'partial', note: 'Typed long ago', updatedAt: '2026-01-01T00:00:00.000Z' };
    await seed(name, { schemaVersion: 1, stores: fixtures[0]!.data.stores, tables: { answers: [sparse] } });
    const db = new ReadinessDatabase(name);
    opened.push(db);
    const row = await db.answers.get(['a1', 'prrc.designated']);
    expect(row).toMatchObject(sparse);
    expect(row).toMatchObject({ inPlan: false, sourcing: 'inHouse', evidence: '', owner: '', dueDate: '', naReason: '', adviserNote: '' });
  });
});
