// Live queries: screens read saved data through these hooks, so every open tab shows the same state.
// The first screen's hooks (the list, the settings, the backup reminder's list) are in live-lazy.ts,
// which does not load Dexie before that screen is shown.
import { useLiveQuery } from 'dexie-react-hooks';
import { getAnswers, getAssessment } from './assessments-read';
import { listSnapshots } from './snapshots-repo';

export { useAssessmentList, useQuietAssessmentList, useSettings } from './live-lazy';

/** undefined while loading, null when there is no such assessment. */
export const useAssessment = (id: string) => useLiveQuery(async () => (await getAssessment(id)) ?? null, [id]);

/**
 * An assessment and its answers read in one live query, so a saved answer (which also moves the
 * assessment's updatedAt) brings one new result and one render rather than two. undefined while
 * loading, null when there is no such assessment.
 */
export const useAssessmentWithAnswers = (id: string) =>
  useLiveQuery(async () => {
    const [assessment, answers] = await Promise.all([getAssessment(id), getAnswers(id)]);
    return assessment ? { assessment, answers } : null;
  }, [id]);

/** The snapshots of one assessment, newest first; undefined while loading. */
export const useSnapshots = (assessmentId: string) => useLiveQuery(() => listSnapshots(assessmentId), [assessmentId]);
