// What the browser says about this site's storage: kept for good or not, and how much is used.
import type { Language } from '../domain/text';

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

const units: Record<Language, readonly string[]> = {
  en: ['bytes', 'KB', 'MB', 'GB', 'TB'],
  fr: ['octets', 'Ko', 'Mo', 'Go', 'To'],
  de: ['Byte', 'KB', 'MB', 'GB', 'TB'],
};
const locales: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR', de: 'de-DE' };

/** e.g. "3.4 MB", "3,4 Mo", "250 MB": one decimal under 10, whole numbers above. */
export function formatBytes(bytes: number, language: Language = 'en'): string {
  const names = units[language];
  if (bytes < 1024) return `${new Intl.NumberFormat(locales[language]).format(bytes)} ${names[0]}`;
  let value = bytes / 1024;
  let unit = 1;
  while (value >= 1024 && unit < names.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = value < 10 ? 1 : 0;
  const number = new Intl.NumberFormat(locales[language], { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
  return `${number} ${names[unit]}`;
}

/** What the storage panel says, as catalog keys (settings namespace) and the figures they take. */
export interface StorageReport {
  protection: 'protected' | 'notProtected' | 'unknown';
  usage: { used: string; quota: string; share: number } | { used: string } | null;
}

export function describeStorage(s: StorageState, language: Language = 'en'): StorageReport {
  const protection = s.persisted === true ? 'protected' : s.persisted === false ? 'notProtected' : 'unknown';
  if (s.usageBytes !== null && s.quotaBytes !== null && s.quotaBytes > 0) {
    return { protection, usage: { used: formatBytes(s.usageBytes, language), quota: formatBytes(s.quotaBytes, language), share: s.usageBytes / s.quotaBytes } };
  }
  return { protection, usage: s.usageBytes !== null ? { used: formatBytes(s.usageBytes, language) } : null };
}
