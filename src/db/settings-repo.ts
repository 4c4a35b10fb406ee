// Reading and writing the cost-model settings (one row).
import { defaultSettings, settingsSchema, type Settings } from '../domain/settings';
import { db } from './database';
import { attempt, type WriteResult } from './write-result';

export async function loadSettings(): Promise<Settings> {
  const row = await db.settings.get('settings');
  if (!row) return defaultSettings;
  const { key: _key, ...rest } = row;
  const parsed = settingsSchema.safeParse(rest);
  return parsed.success ? parsed.data : defaultSettings;
}

export function saveSettings(settings: Settings): Promise<WriteResult> {
  return attempt(() => db.settings.put({ ...settingsSchema.parse(settings), key: 'settings' }));
}
