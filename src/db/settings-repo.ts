// Reading and writing the cost-model settings (one row).
import type { Settings } from '../domain/settings';
import { db } from './database';
import { attempt, type WriteResult } from './write-result';
import { changeTime, journalSettingsChange, settleAfter } from './write-journal';

// The schema (Zod) is loaded with the first read rather than with the first screen, which shows before it.
const schema = () => import('../domain/settings');

/** The stored settings, checked against the schema; the defaults when none are stored or they are invalid. */
export async function loadSettings(): Promise<Settings> {
  // Read first: a live query follows what it reads before its first await of anything else.
  const row = await db.settings.get('settings');
  const { defaultSettings, settingsSchema } = await schema();
  if (!row) return defaultSettings;
  const { key: _key, savedAt: _savedAt, ...rest } = row;
  const parsed = settingsSchema.safeParse(rest);
  return parsed.success ? parsed.data : defaultSettings;
}

/** Journalled before the first await (src/db/write-journal.ts): safe to call as the page goes away. */
export function saveSettings(settings: Settings): Promise<WriteResult> {
  const at = changeTime();
  const journalId = journalSettingsChange(settings, at);
  const write = schema().then(({ settingsSchema }) => attempt(() => db.settings.put({ ...settingsSchema.parse(settings), key: 'settings', savedAt: at })));
  return settleAfter(write, journalId);
}
