// What the browser says about this site's storage: kept for good or not, and how much is used.
export interface StorageState {
  /** null when the browser cannot tell. */
  persisted: boolean | null;
  canPersist: boolean;
  usageBytes: number | null;
  quotaBytes: number | null;
}

export async function readStorageState(storage: StorageManager | undefined = navigator.storage): Promise<StorageState> {
  if (!storage) return { persisted: null, canPersist: false, usageBytes: null, quotaBytes: null };
  const [persisted, estimate] = await Promise.all([
    storage.persisted ? storage.persisted().catch(() => null) : Promise.resolve(null),
    storage.estimate ? storage.estimate().catch(() => undefined) : Promise.resolve(undefined),
  ]);
  return {
    persisted,
    canPersist: typeof storage.persist === 'function',
    usageBytes: estimate?.usage ?? null,
    quotaBytes: estimate?.quota ?? null,
  };
}

/** Ask once; true when the browser keeps the data for good. */
export async function requestPersistentStorage(storage: StorageManager | undefined = navigator.storage): Promise<boolean> {
  if (!storage?.persist) return false;
  try {
    if (await storage.persisted()) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

export function describeStorage(s: StorageState): { protection: string; usage: string | null } {
  const protection =
    s.persisted === true
      ? 'Protected: the browser will not delete this data to free space.'
      : s.persisted === false
        ? 'Not protected yet: the browser may delete this data if the device runs low on space.'
        : 'This browser does not say whether it keeps this data for good; export a backup regularly.';
  let usage: string | null = null;
  if (s.usageBytes !== null && s.quotaBytes !== null && s.quotaBytes > 0) {
    const share = (s.usageBytes / s.quotaBytes) * 100;
    usage = `Using ${formatBytes(s.usageBytes)} of ${formatBytes(s.quotaBytes)} available to this site (${share < 1 ? 'under 1' : Math.round(share)}%).`;
  } else if (s.usageBytes !== null) {
    usage = `Using ${formatBytes(s.usageBytes)}.`;
  }
  return { protection, usage };
}
