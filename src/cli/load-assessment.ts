// Reading an assessment or profile file from disk for the CLI; every failure is a one-line message.
import { readFileSync, statSync } from 'node:fs';
import { answersById, type AssessmentState } from '../domain/assessment';
import { parseImportFile } from '../domain/import-file';
import { profileSchema } from '../domain/profile';
import type { RuleSet } from '../domain/rule-set';
import { formatPath } from '../domain/rule-set-check';
import { findRuleSet } from './rule-files';

export type Loaded = { ok: true; state: AssessmentState; ruleSet: RuleSet; assessor: string; language: 'en' | 'fr' | 'de' } | { ok: false; error: string };

function readText(file: string): { text: string; size: number } | { error: string } {
  try {
    const size = statSync(file).size;
    if (size > 20 * 1024 * 1024) return { text: '', size };
    return { text: readFileSync(file, 'utf8'), size };
  } catch (e) {
    return { error: `cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  }
}

export function loadAssessmentFile(file: string): Loaded {
  const read = readText(file);
  if ('error' in read) return { ok: false, error: read.error };
  const parsed = parseImportFile(read.text, read.size);
  if (!parsed.ok) return { ok: false, error: `${file}: ${parsed.error}` };
  if (parsed.assessments.length !== 1) return { ok: false, error: `${file}: a backup holds ${parsed.assessments.length} assessments; export one assessment to evaluate it` };
  const a = parsed.assessments[0]!;
  const rs = findRuleSet(a.ruleSet.id, a.ruleSet.version);
  if ('error' in rs) return { ok: false, error: `${file}: ${rs.error}` };
  return { ok: true, state: { profile: a.profile, answers: answersById(a.answers) }, ruleSet: rs.ruleSet, assessor: a.assessor, language: a.language };
}

export function loadProfileFile(file: string, ruleSetId = 'mdr-2017-745'): Loaded {
  const read = readText(file);
  if ('error' in read) return { ok: false, error: read.error };
  let json: unknown;
  try {
    json = JSON.parse(read.text);
  } catch (e) {
    return { ok: false, error: `${file}: not valid JSON (${(e as Error).message})` };
  }
  const parsed = profileSchema.safeParse(json);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    return { ok: false, error: `${file}: invalid profile at ${formatPath(i.path)}: ${i.message}` };
  }
  const rs = findRuleSet(ruleSetId);
  if ('error' in rs) return { ok: false, error: rs.error };
  return { ok: true, state: { profile: parsed.data, answers: {} }, ruleSet: rs.ruleSet, assessor: '', language: 'en' };
}
