// What the live-query hooks of src/db/live-lazy.ts read, loaded after the first screen is on screen:
// Dexie and the read side of the repositories. Nothing imports this module statically from the first
// screen (the budget check in `npm test` would grow by Dexie's 28 kB if something did).
import Dexie, { liveQuery } from 'dexie';

export { liveQuery };
export { listAssessments } from './assessments-read';
export { answersByAssessment } from './answers-by-assessment';
export { loadSettings } from './settings-repo';

/** Calls `listener` with the changed parts (table/index paths) after each committed write, in this tab or another. */
export function onStorageMutated(listener: (parts: Record<string, unknown>) => void): () => void {
  Dexie.on('storagemutated', listener);
  return () => Dexie.on('storagemutated').unsubscribe(listener);
}
