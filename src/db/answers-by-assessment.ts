// Answers of several assessments at once, grouped by assessment: what the list screen needs for its progress bars.
import { db, type AnswerRow } from './database';

export async function answersByAssessment(ids: readonly string[]): Promise<Map<string, AnswerRow[]>> {
  const out = new Map<string, AnswerRow[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return out;
  const rows = ids.length === 1 ? await db.answers.where('assessmentId').equals(ids[0]!).toArray() : await db.answers.where('assessmentId').anyOf([...ids]).toArray();
  for (const row of rows) out.get(row.assessmentId)?.push(row);
  return out;
}
