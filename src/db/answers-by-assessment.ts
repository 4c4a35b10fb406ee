// Answers of many assessments at once, grouped by assessment: what the list screen needs for its progress bars.
import { db, type AnswerRow } from './database';

/** Above this many assessments one scan of the answers table beats one indexed query per assessment. */
const scanThreshold = 25;

export async function answersByAssessment(ids: readonly string[]): Promise<Map<string, AnswerRow[]>> {
  const out = new Map<string, AnswerRow[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return out;
  if (ids.length > scanThreshold) {
    for (const row of await db.answers.toArray()) out.get(row.assessmentId)?.push(row);
    return out;
  }
  const lists = await Promise.all(ids.map((id) => db.answers.where('assessmentId').equals(id).toArray()));
  ids.forEach((id, i) => out.set(id, lists[i]!));
  return out;
}
