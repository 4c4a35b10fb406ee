// What this tab knows each saved answer to be, so a change to an answer can be written whole at once,
// without first reading it back (src/db/assessments-repo.ts saveAnswer).
//
// Knowledge comes from two places: reading an assessment's answers (every live query of the checklist,
// summary or coaching view does) and this tab's own answer writes, recorded as they are issued. Anything
// else that changes the answers table (an import, a delete, a rule-set update, another tab) forgets it
// all, and the next read of an assessment's answers fills it in again. A read that was under way while
// this tab wrote an answer, or while the table changed elsewhere, does not replace what the write left.
import Dexie from 'dexie';
import { announceChange } from './announce-change';
import type { AnswerRow } from './database';

/** By assessment, its answers by item id. */
const known = new Map<string, Map<string, AnswerRow>>();
/** Counts this tab's answer writes; a read notes it when it starts. */
let ownWrites = 0;
/** Each answer's latest write from this tab and the ownWrites count it had, by `assessmentId \0 itemId`. */
const written = new Map<string, { at: number; row: AnswerRow }>();
/** Counts the times everything was forgotten; a read that started before the latest one is discarded. */
let forgotten = 0;
/** True while this tab announces its own answer write, which must not make it forget. */
let announcingOwnWrite = false;

const keyOf = (assessmentId: string, itemId: string) => `${assessmentId}\u0000${itemId}`;

export interface ReadMark {
  ownWrites: number;
  forgotten: number;
}

/** Call before reading an assessment's answers; pass the mark to rememberAnswers with the result. */
export const startRead = (): ReadMark => ({ ownWrites, forgotten });

/** All the answers of an assessment as just read (rows missing from `rows` do not exist). */
export function rememberAnswers(assessmentId: string, rows: readonly AnswerRow[], mark: ReadMark): void {
  if (mark.forgotten !== forgotten) return;
  const next = new Map(rows.map((row) => [row.itemId, row]));
  // Answers this tab wrote after the read began are newer than what the read found.
  if (ownWrites !== mark.ownWrites) {
    for (const { at, row } of written.values()) if (at > mark.ownWrites && row.assessmentId === assessmentId) next.set(row.itemId, row);
  }
  known.set(assessmentId, next);
}

/**
 * The answer as this tab last saw or wrote it: a row, null when it is known not to exist yet, or
 * undefined when this tab does not know (it then has to be read).
 */
export function knownAnswer(assessmentId: string, itemId: string): AnswerRow | null | undefined {
  const answers = known.get(assessmentId);
  if (!answers) return undefined;
  return answers.get(itemId) ?? null;
}

/** Record an answer write this tab has just issued. */
export function rememberOwnWrite(row: AnswerRow): void {
  ownWrites += 1;
  written.set(keyOf(row.assessmentId, row.itemId), { at: ownWrites, row });
  known.get(row.assessmentId)?.set(row.itemId, row);
}

/** Forget everything; reads under way when this is called are discarded. */
export function forgetAnswers(): void {
  forgotten += 1;
  known.clear();
  written.clear();
}

/** Tell live queries (here and in other tabs) about this tab's own answer write, without forgetting. */
export function announceOwnAnswerWrite(): void {
  announcingOwnWrite = true;
  try {
    announceChange(['answers', 'assessments']);
  } finally {
    announcingOwnWrite = false;
  }
}

// Every change to the answers table that is not this tab's own answer write: Dexie reports its own
// writes in this tab and, through its broadcast, writes in other tabs of this origin.
Dexie.on('storagemutated', (parts: Record<string, unknown>) => {
  if (announcingOwnWrite) return;
  if (Object.keys(parts).some((part) => part.includes('/answers/'))) forgetAnswers();
});
