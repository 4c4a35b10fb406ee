// Reading an assessment or backup file from untrusted text: validated whole, errors as values (in the user's language).
import type { z } from 'zod';
import {
  assessmentFileFormat,
  assessmentFileSchema,
  backupFileFormat,
  backupFileSchema,
  currentFileVersion,
  type AssessmentRecord,
} from './assessment';
import { importMessages, type ImportMessages } from './import-messages';
import { itemSchema } from './rule-set';
import { formatPath } from './rule-set-check';
import type { Settings } from './settings';
import type { Language } from './text';

type ZodIssue = z.core.$ZodIssue;

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
  /** The language of errors and warnings; English when not given (the CLI). */
  language?: Language;
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

/** A value from the file, quoted and cut short, for use in a message. */
const quote = (value: unknown, max = 60): string => {
  const text = JSON.stringify(value ?? null) ?? String(value);
  return text.length > max ? `${text.slice(0, max)}…` : text;
};

/** Up to three problems of a failed parse, each as "path: problem". */
function describeIssues(issues: readonly ZodIssue[], say: ImportMessages): string {
  return issues
    .slice(0, 3)
    .map((issue) => say.field(formatPath(issue.path), say.issue(issue)))
    .join('; ');
}

/** Checks the parsed assessments against what this app has; an error, or warnings for the user. */
function checkAgainstRuleSets(assessments: readonly AssessmentRecord[], options: ImportOptions, say: ImportMessages): { error: string } | { warnings: string[] } {
  const warnings: string[] = [];
  for (const a of assessments) {
    const label = a.title || a.profile.companyName || a.id;
    const malformed = a.answers.find((ans) => !itemSchema.shape.id.safeParse(ans.itemId).success);
    if (malformed) {
      return { error: say.badItemId(label, quote(malformed.itemId, 40)) };
    }
    if (!options.ruleSets) continue;
    const sameId = options.ruleSets.filter((r) => r.id === a.ruleSet.id);
    if (sameId.length === 0) {
      return { error: say.unknownRuleSet(label, a.ruleSet.id, options.ruleSets.map((r) => `"${r.id}"`).join(', ')) };
    }
    const known = new Set((sameId.find((r) => r.version === a.ruleSet.version) ?? sameId[0]!).itemIds);
    const unknown = a.answers.filter((ans) => !known.has(ans.itemId)).length;
    if (unknown > 0) warnings.push(say.archivedAnswers(label, unknown));
  }
  return { warnings };
}

/** Parse an exported file. `byteLength` lets callers refuse huge files before reading them whole. */
export function parseImportFile(text: string, byteLength: number = text.length, options: ImportOptions = {}): ImportResult {
  const say = importMessages[options.language ?? 'en'];
  if (byteLength > maxImportBytes || text.length > maxImportBytes) {
    const size = Math.max(byteLength, text.length);
    return { ok: false, error: say.tooBig(size / 1048576, maxImportBytes / 1048576) };
  }
  // Editors on Windows may add a byte-order mark; it is not part of the JSON.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, error: say.empty };
  if (nestingDepth(body, maxDepth) > maxDepth) return { ok: false, error: say.tooDeep(maxDepth) };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    const reason = (e as Error).message.replace(/,? ?".*$/s, '').slice(0, 120);
    return { ok: false, error: say.notJson(reason) };
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return { ok: false, error: say.notObject };
  const { format, version } = json as { format?: unknown; version?: unknown };
  if (format !== assessmentFileFormat && format !== backupFileFormat) {
    return { ok: false, error: say.unknownFormat(quote(format), assessmentFileFormat, backupFileFormat) };
  }
  if (version !== currentFileVersion) {
    return {
      ok: false,
      error:
        typeof version === 'number' && version > currentFileVersion
          ? say.newerVersion(version)
          : typeof version === 'number'
            ? say.unsupportedVersion(version, currentFileVersion)
            : say.versionNotNumber(quote(version, 30), currentFileVersion),
    };
  }
  let assessments: AssessmentRecord[];
  let settings: Settings | undefined;
  let kind: 'assessment' | 'backup';
  if (format === assessmentFileFormat) {
    const parsed = assessmentFileSchema.safeParse(json);
    if (!parsed.success) return { ok: false, error: say.invalid('assessment', describeIssues(parsed.error.issues, say)) };
    kind = 'assessment';
    assessments = [parsed.data.assessment];
  } else {
    const parsed = backupFileSchema.safeParse(json);
    if (!parsed.success) return { ok: false, error: say.invalid('backup', describeIssues(parsed.error.issues, say)) };
    const ids = new Set<string>();
    for (const a of parsed.data.assessments) {
      if (ids.has(a.id)) return { ok: false, error: say.duplicateId(a.id) };
      ids.add(a.id);
    }
    kind = 'backup';
    assessments = parsed.data.assessments;
    settings = parsed.data.settings;
  }
  const checked = checkAgainstRuleSets(assessments, options, say);
  if ('error' in checked) return { ok: false, error: checked.error };
  return { ok: true, kind, assessments, ...(settings ? { settings } : {}), warnings: checked.warnings };
}
