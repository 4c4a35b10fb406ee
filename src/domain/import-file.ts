// Reading an assessment or backup file from untrusted text: validated whole, errors as values.
import {
  assessmentFileFormat,
  assessmentFileSchema,
  backupFileFormat,
  backupFileSchema,
  currentFileVersion,
  type AssessmentRecord,
} from './assessment';
import { formatPath } from './rule-set-check';
import type { Settings } from './settings';

export type ImportResult =
  | { ok: true; kind: 'assessment' | 'backup'; assessments: AssessmentRecord[]; settings?: Settings }
  | { ok: false; error: string };

/** Files larger than this are refused before parsing (a real backup of 1,000 assessments is far smaller). */
export const maxImportBytes = 20 * 1024 * 1024;
const maxDepth = 32;

function depthExceeds(value: unknown, limit: number): boolean {
  // Iterative, so a hostile deeply nested file cannot overflow the stack here.
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, d] = stack.pop()!;
    if (d > limit) return true;
    if (v !== null && typeof v === 'object') for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
  return false;
}

function describeIssue(issue: { path: PropertyKey[]; message: string; code: string; keys?: string[] }): string {
  const where = formatPath(issue.path);
  if (issue.code === 'unrecognized_keys' && issue.keys) return `${where}: unexpected field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  return `${where}: ${issue.message}`;
}

/** Parse an exported file. `byteLength` lets callers refuse huge files before reading them whole. */
export function parseImportFile(text: string, byteLength: number = text.length): ImportResult {
  if (byteLength > maxImportBytes) {
    return { ok: false, error: `The file is ${(byteLength / 1048576).toFixed(1)} MB; an assessment file is at most ${maxImportBytes / 1048576} MB.` };
  }
  if (text.trim() === '') return { ok: false, error: 'The file is empty.' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `The file is not valid JSON (${(e as Error).message}). It may be cut off or not an MDR Readiness export.` };
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return { ok: false, error: 'The file does not hold an MDR Readiness export (expected a JSON object).' };
  }
  if (depthExceeds(json, maxDepth)) return { ok: false, error: `The file is nested more than ${maxDepth} levels deep; it is not an MDR Readiness export.` };
  const { format, version } = json as { format?: unknown; version?: unknown };
  if (format !== assessmentFileFormat && format !== backupFileFormat) {
    return { ok: false, error: `Unknown file format ${JSON.stringify(format ?? null).slice(0, 60)}: expected "${assessmentFileFormat}" or "${backupFileFormat}".` };
  }
  if (version !== currentFileVersion) {
    return {
      ok: false,
      error:
        typeof version === 'number' && version > currentFileVersion
          ? `The file was written by a newer version of MDR Readiness (file version ${version}); update the app to open it.`
          : `Unsupported file version ${JSON.stringify(version ?? null).slice(0, 30)}; this app reads version ${currentFileVersion}.`,
    };
  }
  if (format === assessmentFileFormat) {
    const parsed = assessmentFileSchema.safeParse(json);
    if (!parsed.success) return { ok: false, error: `The assessment file is invalid: ${parsed.error.issues.slice(0, 3).map(describeIssue).join('; ')}` };
    return { ok: true, kind: 'assessment', assessments: [parsed.data.assessment] };
  }
  const parsed = backupFileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, error: `The backup file is invalid: ${parsed.error.issues.slice(0, 3).map(describeIssue).join('; ')}` };
  const ids = new Set<string>();
  for (const a of parsed.data.assessments) {
    if (ids.has(a.id)) return { ok: false, error: `The backup file holds assessment id "${a.id}" twice.` };
    ids.add(a.id);
  }
  return { ok: true, kind: 'backup', assessments: parsed.data.assessments, ...(parsed.data.settings ? { settings: parsed.data.settings } : {}) };
}
