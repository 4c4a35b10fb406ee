// The IndexedDB database (Dexie): assessments, their answers, and settings.
//
// What is stored: one row per assessment (metadata + profile), one row per answered item keyed by
// [assessmentId+itemId], and one settings row. Every write goes through the *-repo.ts modules, which
// keep an assessment's updatedAt in step with its answers inside one transaction.
// Schema versions are append-only: add a new db.version(n) with an upgrade; never edit an old one.
import Dexie, { type EntityTable } from 'dexie';
import type { Answer } from '../domain/answer';
import type { AssessmentMeta } from '../domain/assessment';
import type { Profile } from '../domain/profile';
import type { Settings } from '../domain/settings';

export type AssessmentRow = AssessmentMeta & { profile: Profile };
export type AnswerRow = Answer & { assessmentId: string };
export type SettingsRow = Settings & { key: 'settings' };

export class ReadinessDatabase extends Dexie {
  assessments!: EntityTable<AssessmentRow, 'id'>;
  answers!: Dexie.Table<AnswerRow, [string, string]>;
  settings!: EntityTable<SettingsRow, 'key'>;

  constructor(name = 'mdr-readiness') {
    super(name);
    this.version(1).stores({
      assessments: 'id, updatedAt',
      answers: '[assessmentId+itemId], assessmentId',
      settings: 'key',
    });
  }
}

export const db = new ReadinessDatabase();
