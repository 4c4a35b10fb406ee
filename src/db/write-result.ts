// Writes report their outcome as a value, with a message a user can act on.
export type WriteResult = { ok: true } | { ok: false; error: string };

/** A user-facing reason for a failed IndexedDB write. */
export function describeWriteError(e: unknown): string {
  const name = (e as { name?: string; inner?: { name?: string } })?.name ?? '';
  const inner = (e as { inner?: { name?: string } })?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return 'the browser storage for this site is full. Free some space (or export a backup and delete old assessments), then try again.';
  }
  if (name === 'DatabaseClosedError' || name === 'InvalidStateError') return 'the local database was closed, for example by another tab upgrading it. Reload the page.';
  if (name === 'OpenFailedError' || name === 'MissingAPIError') return 'this browser does not allow local storage for this site (private mode?).';
  return `the browser refused to save (${name || (e as Error)?.message || 'unknown error'}).`;
}

export async function attempt(write: () => Promise<unknown>): Promise<WriteResult> {
  try {
    await write();
    return { ok: true };
  } catch (e) {
    return { ok: false, error: describeWriteError(e) };
  }
}
