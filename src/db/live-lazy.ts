// Live queries that need nothing from Dexie to load: Dexie and the repositories they read through
// (src/db/live-queries.ts) are fetched when the first of these hooks mounts, so the first screen (the
// assessment list and the app's frame) shows without them. The list itself is read straight from
// IndexedDB meanwhile (src/db/read-direct.ts). Screens opened later have Dexie already.
import { useEffect, useState } from 'react';
import type { AssessmentRow } from './database';
import { onListChange } from './list-change';
import { readAssessmentsDirect } from './read-direct';

type Queries = typeof import('./live-queries');

let loaded: Queries | undefined;
let loading: Promise<Queries> | undefined;

/** Dexie and the read side of the repositories, loaded once. */
export function loadQueries(): Promise<Queries> {
  loading ??= import('./live-queries').then((queries) => (loaded = queries));
  return loading;
}

/**
 * The result of `query`, read again whenever what it read changes (in this tab or another), as Dexie's
 * useLiveQuery does; undefined until the first result. `deps` are the values `query` depends on. A
 * failed read is thrown during render, for the nearest error boundary, as useLiveQuery does.
 */
export function useLazyLiveQuery<T>(query: (queries: Queries) => Promise<T>, deps: readonly unknown[]): T | undefined {
  const [result, setResult] = useState<{ value: T } | { error: unknown }>();
  useEffect(() => {
    let active = true;
    let subscription: { unsubscribe: () => void } | undefined;
    const subscribe = (queries: Queries) => {
      if (!active) return;
      subscription = queries.liveQuery(() => query(queries)).subscribe({
        next: (value) => setResult({ value }),
        error: (error: unknown) => setResult({ error }),
      });
    };
    if (loaded) subscribe(loaded);
    else loadQueries().then(subscribe, (error: unknown) => active && setResult({ error }));
    return () => {
      active = false;
      subscription?.unsubscribe();
    };
    // The query is a new function on every render; what it depends on is in `deps`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  if (result && 'error' in result) throw result.error;
  return result?.value;
}

/** Every saved assessment, most recently changed first; undefined while loading. */
export function useAssessmentList(): AssessmentRow[] | undefined {
  const live = useLazyLiveQuery((queries) => queries.listAssessments(), []);
  // Until the live query has its first result, the list as read without Dexie.
  const [direct, setDirect] = useState<AssessmentRow[]>();
  useEffect(() => {
    if (loaded) return;
    let active = true;
    void readAssessmentsDirect().then((rows) => active && rows && setDirect(rows));
    return () => {
      active = false;
    };
  }, []);
  return live ?? direct;
}

/** The cost-model settings (the defaults when none are saved); undefined while loading. */
export const useSettings = () => useLazyLiveQuery((queries) => queries.loadSettings(), []);

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
    let stopWatching: (() => void) | undefined;
    const read = () => {
      clearTimeout(timer);
      timer = undefined;
      lastRead = Date.now();
      const current = (reads += 1);
      // A read that finishes after a newer one started is out of date.
      void loadQueries()
        .then((queries) => queries.listAssessments())
        .then((r) => mounted && current === reads && setRows(r), () => undefined);
    };
    const readLater = () => {
      timer ??= setTimeout(read, Math.max(0, lastRead + quietMs - Date.now()));
    };
    read();
    void loadQueries().then((queries) => {
      if (!mounted) return;
      stopWatching = queries.onStorageMutated((parts) => {
        if (Object.keys(parts).some((part) => part.includes('/assessments/'))) readLater();
      });
    });
    const stopListening = onListChange(read);
    return () => {
      mounted = false;
      clearTimeout(timer);
      stopWatching?.();
      stopListening();
    };
  }, [quietMs]);
  return rows;
}
