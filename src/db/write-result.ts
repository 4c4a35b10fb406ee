// Writes report their outcome as a value, with a message a user can act on.
export type WriteResult = { ok: true } | { ok: false; error: string };

/** The names of an error and of the errors it wraps (Dexie puts the cause in `inner`, others in `cause`). */
function errorNames(e: unknown): string[] {
  const names: string[] = [];
  let current: unknown = e;
  // Bounded: a hostile or cyclic chain cannot loop forever.
  for (let depth = 0; depth < 5 && current !== null && typeof current === 'object'; depth += 1) {
    const { name, inner, cause } = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof name === 'string') names.push(name);
    current = inner ?? cause;
  }
  return names;
}

/** A user-facing reason for a failed IndexedDB write. */
export function describeWriteError(e: unknown): string {
  const names = errorNames(e);
  const name = names[0] ?? '';
  if (names.includes('QuotaExceededError')) {
    return 'the browser storage for this site is full. Free some space (or export a backup and delete old assessments), then try again.';
  }
  if (names.includes('VersionError') || name === 'UpgradeError') {
    return 'MDR Readiness was updated in another tab, which upgraded its saved data. Copy any text you just typed, then reload this page.';
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
