// Reading assessments and answers, without Zod: what the first screen and the live queries need. The
// writes, which validate with the domain schemas, are in assessments-repo.ts.
import type { AssessmentRecord } from '../domain/assessment';
import { db, type AnswerRow, type AssessmentRow } from './database';
import { rememberAnswers, startRead } from './known-answers';

export function getAssessment(id: string): Promise<AssessmentRow | undefined> {
  return db.assessments.get(id);
}

export async function listAssessments(): Promise<AssessmentRow[]> {
  return db.assessments.orderBy('updatedAt').reverse().toArray();
}

export async function getAnswers(assessmentId: string): Promise<AnswerRow[]> {
  const mark = startRead();
  const rows = await db.answers.where('assessmentId').equals(assessmentId).toArray();
  rememberAnswers(assessmentId, rows, mark);
  return rows;
}

export async function exportAssessmentRecord(id: string): Promise<AssessmentRecord | undefined> {
  return db.transaction('r', db.assessments, db.answers, async () => {
    const row = await db.assessments.get(id);
    if (!row) return undefined;
    const answers = await db.answers.where('assessmentId').equals(id).toArray();
    // Drop storage-only fields; undefined values would not survive JSON anyway.
    const { lastExportedAt, resume, ...meta } = row;
    return {
      ...meta,
      ...(lastExportedAt ? { lastExportedAt } : {}),
      ...(resume ? { resume } : {}),
      answers: answers.map(({ assessmentId: _drop, ...a }) => a),
    };
  });
}
