// Reading an assessment or backup file from untrusted text: validated whole, errors as values.
import {
  assessmentFileFormat,
  assessmentFileSchema,
  backupFileFormat,
  backupFileSchema,
  currentFileVersion,
  type AssessmentRecord,
} from './assessment';
import { itemSchema } from './rule-set';
import { formatPath } from './rule-set-check';
import type { Settings } from './settings';

export type ImportResult =
  | {
      ok: true;
      kind: 'assessment' | 'backup';
      assessments: AssessmentRecord[];
      settings?: Settings;
      /** Things the user should know that do not stop the import (answers kept as archived, …). */
      warnings: string[];
    }
  | { ok: false; error: string };

/** A rule set this app can evaluate: its id, version and item ids. */
export interface KnownRuleSet {
  id: string;
  version: string;
  itemIds: readonly string[];
}

export interface ImportOptions {
  /**
   * The rule sets this app has. When given, a file for any other rule set is refused (its answers could
   * not be shown), and answers to items the rule set lacks are reported (they are kept as archived).
   */
  ruleSets?: readonly KnownRuleSet[];
}

/** Files larger than this are refused before parsing (a real backup of 1,000 assessments is far smaller). */
export const maxImportBytes = 20 * 1024 * 1024;
const maxDepth = 32;

/**
 * Deepest bracket nesting of JSON text, counted before parsing: a hostile file of a million "[" must not
 * reach the parser or a recursive validator. Brackets inside strings do not count.
 */
export function nestingDepth(text: string, stopAbove = Infinity): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i += 1;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 /* [ */ || c === 123 /* { */) {
      depth += 1;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > stopAbove) return deepest;
      }
    } else if (c === 93 /* ] */ || c === 125 /* } */) depth -= 1;
  }
  return deepest;
}

const kindOf = (type: string): string =>
  type === 'array' ? 'a list' : type === 'object' ? 'an object' : ['string', 'number', 'boolean'].includes(type) ? `a ${type === 'string' ? 'text' : type}` : type;

/** Zod's default messages, said the way a user reads them; messages the schemas wrote themselves stay. */
function plainMessage(message: string): string {
  let m: RegExpMatchArray | null;
  if ((m = message.match(/^Invalid input: expected (\w+), received (\w+)$/))) return `should be ${kindOf(m[1]!)}, but is ${kindOf(m[2]!)}`;
  if ((m = message.match(/^Too big: expected string to have <=(\d+) characters$/))) return `is too long (at most ${m[1]} characters)`;
  if ((m = message.match(/^Too big: expected array to have <=(\d+) items$/))) return `has too many entries (at most ${m[1]})`;
  if (message.startsWith('Invalid string: must match pattern')) return 'is not in the expected form';
  if (message === 'Invalid ISO datetime') return 'is not a date and time';
  return message;
}

function describeIssue(issue: { path: PropertyKey[]; message: string; code: string; keys?: string[] }): string {
  const where = formatPath(issue.path);
  if (issue.code === 'unrecognized_keys' && issue.keys) {
    return `${where}: unexpected field(s) ${issue.keys.map((k) => JSON.stringify(k.slice(0, 40))).join(', ')}`;
  }
  return `${where}: ${plainMessage(issue.message)}`;
}

/** A value from the file, quoted and cut short, for use in a message. */
const quote = (value: unknown, max = 60): string => {
  const text = JSON.stringify(value ?? null) ?? String(value);
  return text.length > max ? `${text.slice(0, max)}…` : text;
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Checks the parsed assessments against what this app has; an error, or warnings for the user. */
function checkAgainstRuleSets(assessments: readonly AssessmentRecord[], options: ImportOptions): { error: string } | { warnings: string[] } {
  const warnings: string[] = [];
  for (const a of assessments) {
    const label = a.title || a.profile.companyName || a.id;
    const malformed = a.answers.find((ans) => !itemSchema.shape.id.safeParse(ans.itemId).success);
    if (malformed) {
      return { error: `Assessment "${label}" has an answer to ${quote(malformed.itemId, 40)}, which is not a checklist item id. The file was changed by hand or is damaged.` };
    }
    if (!options.ruleSets) continue;
    const sameId = options.ruleSets.filter((r) => r.id === a.ruleSet.id);
    if (sameId.length === 0) {
      return {
        error: `Assessment "${label}" was made with the checklist "${a.ruleSet.id}", which this app does not have (it has ${options.ruleSets.map((r) => `"${r.id}"`).join(', ')}). Nothing was imported.`,
      };
    }
    const known = new Set((sameId.find((r) => r.version === a.ruleSet.version) ?? sameId[0]!).itemIds);
    const unknown = a.answers.filter((ans) => !known.has(ans.itemId)).length;
    if (unknown > 0) {
      warnings.push(
        `Assessment "${label}": ${plural(unknown, 'answer is', 'answers are')} for items this version of the checklist does not have; ${unknown === 1 ? 'it is' : 'they are'} kept as archived answers.`,
      );
    }
  }
  return { warnings };
}

/** Parse an exported file. `byteLength` lets callers refuse huge files before reading them whole. */
export function parseImportFile(text: string, byteLength: number = text.length, options: ImportOptions = {}): ImportResult {
  if (byteLength > maxImportBytes || text.length > maxImportBytes) {
    const size = Math.max(byteLength, text.length);
    return { ok: false, error: `The file is ${(size / 1048576).toFixed(1)} MB; an assessment file is at most ${maxImportBytes / 1048576} MB.` };
  }
  // Editors on Windows may add a byte-order mark; it is not part of the JSON.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, error: 'The file is empty.' };
  if (nestingDepth(body, maxDepth) > maxDepth) {
    return { ok: false, error: `The file is nested more than ${maxDepth} levels deep; it is not an MDR Readiness export.` };
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    const reason = (e as Error).message.replace(/,? ?".*$/s, '').slice(0, 120);
    return { ok: false, error: `The file is not valid JSON (${reason}). It may be cut off or not an MDR Readiness export.` };
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return { ok: false, error: 'The file does not hold an MDR Readiness export (expected a JSON object).' };
  }
  const { format, version } = json as { format?: unknown; version?: unknown };
  if (format !== assessmentFileFormat && format !== backupFileFormat) {
    return { ok: false, error: `Unknown file format ${quote(format)}: expected "${assessmentFileFormat}" or "${backupFileFormat}".` };
  }
  if (version !== currentFileVersion) {
    return {
      ok: false,
      error:
        typeof version === 'number' && version > currentFileVersion
          ? `The file was written by a newer version of MDR Readiness (file version ${version}); update the app to open it.`
          : typeof version === 'number'
            ? `Unsupported file version ${version}; this app reads version ${currentFileVersion}.`
            : `The file's version is ${quote(version, 30)}, not a number; this app reads version ${currentFileVersion}. The file was changed by hand or is damaged.`,
    };
  }
  let assessments: AssessmentRecord[];
  let settings: Settings | undefined;
  let kind: 'assessment' | 'backup';
  if (format === assessmentFileFormat) {
    const parsed = assessmentFileSchema.safeParse(json);
    if (!parsed.success) return { ok: false, error: `The assessment file is invalid: ${parsed.error.issues.slice(0, 3).map(describeIssue).join('; ')}` };
    kind = 'assessment';
    assessments = [parsed.data.assessment];
  } else {
    const parsed = backupFileSchema.safeParse(json);
    if (!parsed.success) return { ok: false, error: `The backup file is invalid: ${parsed.error.issues.slice(0, 3).map(describeIssue).join('; ')}` };
    const ids = new Set<string>();
    for (const a of parsed.data.assessments) {
      if (ids.has(a.id)) return { ok: false, error: `The backup file holds assessment id "${a.id}" twice.` };
      ids.add(a.id);
    }
    kind = 'backup';
    assessments = parsed.data.assessments;
    settings = parsed.data.settings;
  }
  const checked = checkAgainstRuleSets(assessments, options);
  if ('error' in checked) return { ok: false, error: checked.error };
  return { ok: true, kind, assessments, ...(settings ? { settings } : {}), warnings: checked.warnings };
}
