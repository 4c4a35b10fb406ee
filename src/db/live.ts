// Live queries: screens read saved data through these hooks, so every open tab shows the same state.
import { useLiveQuery } from 'dexie-react-hooks';
import { getAnswers, getAssessment, listAssessments } from './assessments-repo';
import { loadSettings } from './settings-repo';
import { listSnapshots } from './snapshots-repo';

/** undefined while loading. */
export const useAssessmentList = () => useLiveQuery(listAssessments, []);

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

export const useSettings = () => useLiveQuery(loadSettings, []);


/** The snapshots of one assessment, newest first; undefined while loading. */
export const useSnapshots = (assessmentId: string) => useLiveQuery(() => listSnapshots(assessmentId), [assessmentId]);
