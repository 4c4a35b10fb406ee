// What evaluate() needs of a stored snapshot: its record read with today's schema (defaults for fields added since).
import { answersById, assessmentSchema, type AssessmentState } from './assessment';

/**
 * The profile and answers of a snapshot's record, or null when the record no longer reads as an
 * assessment (it was written by a newer version of the app, or damaged).
 */
export function snapshotState(record: unknown): AssessmentState | null {
  const parsed = assessmentSchema.safeParse(record);
  if (!parsed.success) return null;
  return { profile: parsed.data.profile, answers: answersById(parsed.data.answers) };
}
