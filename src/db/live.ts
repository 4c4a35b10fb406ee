// Live queries: screens read saved data through these hooks, so every open tab shows the same state.
import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { AssessmentRow } from './database';
import { onListChange } from './list-change';
import { getAnswers, getAssessment, listAssessments } from './assessments-read';
import { loadSettings } from './settings-repo';
import { listSnapshots } from './snapshots-repo';

/** undefined while loading. */
export const useAssessmentList = () => useLiveQuery(listAssessments, []);

/**
 * The assessment list for the backup reminder, which every screen shows: read when mounted, at once
 * after a change to the list itself (an assessment created, deleted, imported or exported), and
 * otherwise at most every `quietMs` while assessments change. A live query would read the whole list
 * after every answer, which for an adviser with a thousand clients is most of the work an answer costs.
 */
export function useQuietAssessmentList(quietMs = 10_000): AssessmentRow[] | undefined {
  const [rows, setRows] = useState<AssessmentRow[]>();
  useEffect(() => {
    let mounted = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastRead = -Infinity;
    let reads = 0;
    const read = () => {
      clearTimeout(timer);
      timer = undefined;
      lastRead = Date.now();
      const current = (reads += 1);
      // A read that finishes after a newer one started is out of date.
      listAssessments().then((r) => mounted && current === reads && setRows(r), () => undefined);
    };
    const readLater = () => {
      timer ??= setTimeout(read, Math.max(0, lastRead + quietMs - Date.now()));
    };
    const onMutated = (parts: Record<string, unknown>) => {
      if (Object.keys(parts).some((part) => part.includes('/assessments/'))) readLater();
    };
    read();
    Dexie.on('storagemutated', onMutated);
    const stopListening = onListChange(read);
    return () => {
      mounted = false;
      clearTimeout(timer);
      Dexie.on('storagemutated').unsubscribe(onMutated);
      stopListening();
    };
  }, [quietMs]);
  return rows;
}

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
