// The save indicator's state, fed by the results of real writes (never by a timer).
import { create } from 'zustand';
import type { WriteResult } from '../db/write-result';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: number } | { kind: 'error'; error: string };

export interface FailedWrite {
  write: () => Promise<WriteResult>;
  error: string;
}

interface SaveStatusStore {
  pending: number;
  state: SaveState;
  /** Failed writes by key, so they can be repeated; a later successful write of the same key replaces one. */
  retries: Map<string, FailedWrite>;
}

export const useSaveStatus = create<SaveStatusStore>(() => ({ pending: 0, state: { kind: 'idle' }, retries: new Map() }));

/** While any write has failed and not been retried, the indicator keeps saying so. */
function lastFailure(retries: Map<string, FailedWrite>): SaveState | undefined {
  const last = [...retries.values()].at(-1);
  return last ? { kind: 'error', error: last.error } : undefined;
}

/**
 * Run a write and reflect it in the save indicator. A failed write is kept under `key` and retried
 * with the next successful one or by retryFailedWrites(), so the user's input is not lost.
 */
export async function trackWrite(key: string, write: () => Promise<WriteResult>): Promise<WriteResult> {
  useSaveStatus.setState((s) => ({ pending: s.pending + 1, state: lastFailure(s.retries) ?? { kind: 'saving' } }));
  const result = await write();
  useSaveStatus.setState((s) => {
    const retries = new Map(s.retries);
    retries.delete(key);
    // Re-inserted at the end, so the indicator shows the newest failure.
    if (!result.ok) retries.set(key, { write, error: result.error });
    const pending = s.pending - 1;
    const state: SaveState = lastFailure(retries) ?? (pending > 0 ? { kind: 'saving' } : { kind: 'saved', at: Date.now() });
    return { pending, retries, state };
  });
  return result;
}

export async function retryFailedWrites(): Promise<void> {
  const entries = [...useSaveStatus.getState().retries.entries()];
  for (const [key, { write }] of entries) await trackWrite(key, write);
}
