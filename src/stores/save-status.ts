// The save indicator's state, fed by the results of real writes (never by a timer).
import { create } from 'zustand';
import type { WriteResult } from '../db/write-result';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: number } | { kind: 'error'; error: string };

interface SaveStatusStore {
  pending: number;
  state: SaveState;
  /** Pending retries by key, so a failed write can be repeated. */
  retries: Map<string, () => Promise<WriteResult>>;
}

export const useSaveStatus = create<SaveStatusStore>(() => ({ pending: 0, state: { kind: 'idle' }, retries: new Map() }));

/**
 * Run a write and reflect it in the save indicator. A failed write is kept under `key` and retried
 * with the next successful one or by retryFailedWrites(), so the user's input is not lost.
 */
export async function trackWrite(key: string, write: () => Promise<WriteResult>): Promise<WriteResult> {
  useSaveStatus.setState((s) => ({ pending: s.pending + 1, state: { kind: 'saving' } }));
  const result = await write();
  useSaveStatus.setState((s) => {
    const retries = new Map(s.retries);
    if (result.ok) retries.delete(key);
    else retries.set(key, write);
    const pending = s.pending - 1;
    const state: SaveState = !result.ok
      ? { kind: 'error', error: result.error }
      : retries.size > 0
        ? s.state
        : pending > 0
          ? { kind: 'saving' }
          : { kind: 'saved', at: Date.now() };
    return { pending, retries, state };
  });
  return result;
}

export async function retryFailedWrites(): Promise<void> {
  const entries = [...useSaveStatus.getState().retries.entries()];
  for (const [key, write] of entries) await trackWrite(key, write);
}
