// Before the app reloads itself (update), make every typed value reach the database first.
import { retryFailedWrites, useSaveStatus } from '../stores/save-status';

export type FlushResult = { ok: true } | { ok: false; error: string };

const nextFrame = () => new Promise<void>((ok) => setTimeout(ok, 0));

/**
 * Ask every field to send what it holds, then wait for all writes to finish. Fields save on blur and on
 * page hide (src/features/checklist/use-draft-text.ts), so blurring the focused field and announcing a
 * page hide starts their last writes; the save-status store then tells when they are done.
 */
export async function flushPendingWrites(timeoutMs = 8000): Promise<FlushResult> {
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  window.dispatchEvent(new Event('pagehide'));
  await nextFrame();
  const deadline = Date.now() + timeoutMs;
  while (useSaveStatus.getState().pending > 0) {
    if (Date.now() > deadline) return { ok: false, error: 'your last changes are still being saved. Try again in a moment.' };
    await new Promise((ok) => setTimeout(ok, 50));
  }
  if (useSaveStatus.getState().retries.size > 0) await retryFailedWrites();
  const state = useSaveStatus.getState();
  if (state.retries.size > 0) return { ok: false, error: state.state.kind === 'error' ? state.state.error : 'a change could not be saved.' };
  return { ok: true };
}
