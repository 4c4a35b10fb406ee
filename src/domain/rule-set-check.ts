// Validation of a rule-set file beyond its schema: ids, conditions, cost ordering, refs, cross-links.
import type { z } from 'zod';
import { conditionProblems } from './condition';
import { isValidRef, refFormats, refText, ruleSetSchema, type RuleSet } from './rule-set';
import { missingLanguages, type LocalizedText } from './text';

export interface RuleProblem {
  /** JSON path inside the file, e.g. areas[2].items[5].cost.oneOff.internalDays. */
  path: string;
  message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? String(p) : `.${String(p)}`;
  return out || '(root)';
}

export function zodProblems(error: z.ZodError): RuleProblem[] {
  return error.issues.map((i) => ({ path: formatPath(i.path), message: i.message }));
}

/**
 * Parse and check one rule set; returns the rule set only when there is no problem. With
 * `requireLanguages`, every text must exist in English, French and German (rules:check asks for it; the
 * app falls back to English for a missing translation).
 */
export function checkRuleSet(json: unknown, options: { requireLanguages?: boolean; requireReview?: boolean } = {}): { ruleSet: RuleSet | null; problems: RuleProblem[] } {
  const parsed = ruleSetSchema.safeParse(json);
  if (!parsed.success) return { ruleSet: null, problems: zodProblems(parsed.error) };
  const rs = parsed.data;
  const problems: RuleProblem[] = [];
  const add = (path: (string | number)[], message: string) => problems.push({ path: formatPath(path), message });
  const seenItems = new Map<string, string>();
  const seenAreas = new Set<string>();
  const deadlineIds = new Set<string>();
  const refHelp = refFormats.map((f) => `"${f.example}"`).join(', ');
  const languagesOf = (text: LocalizedText | undefined, path: (string | number)[]) => {
    if (text === undefined || !options.requireLanguages) return;
    const missing = missingLanguages(text);
    if (missing.length > 0) add(path, `text is missing in ${missing.join(', ')} (give {"en", "fr", "de"})`);
  };
  languagesOf(rs.title, ['title']);
  if (options.requireReview && !rs.reviewedOn) add(['reviewedOn'], 'a shipped rule set needs the date it was last reviewed (reviewedOn, YYYY-MM-DD)');
  for (const [key, entry] of Object.entries(rs.glossary)) {
    languagesOf(entry.term, ['glossary', key, 'term']);
    languagesOf(entry.definition, ['glossary', key, 'definition']);
  }

  rs.deadlines.forEach((d, di) => {
    if (deadlineIds.has(d.id)) add(['deadlines', di, 'id'], `duplicate deadline id "${d.id}"`);
    deadlineIds.add(d.id);
    languagesOf(d.title, ['deadlines', di, 'title']);
    if (options.requireReview && !d.asOf) add(['deadlines', di, 'asOf'], `deadline "${d.id}" needs the date it was last checked against its sources (asOf, YYYY-MM-DD)`);
    if (d.appliesWhen) for (const p of conditionProblems(d.appliesWhen, ['deadlines', di, 'appliesWhen'])) add(p.path, p.message);
    d.refs.forEach((r, ri) => {
      const text = refText(r);
      if (!isValidRef(text)) add(['deadlines', di, 'refs', ri], `reference "${text}" is not in a documented format (${refHelp})`);
      if (typeof r !== 'string') for (const p of conditionProblems(r.when, ['deadlines', di, 'refs', ri, 'when'])) add(p.path, p.message);
    });
  });

  rs.areas.forEach((area, ai) => {
    if (seenAreas.has(area.id)) add(['areas', ai, 'id'], `duplicate area id "${area.id}"`);
    seenAreas.add(area.id);
    if (area.items.length === 0) add(['areas', ai, 'items'], `area "${area.id}" has no items`);
    languagesOf(area.title, ['areas', ai, 'title']);
    languagesOf(area.summary, ['areas', ai, 'summary']);
    area.items.forEach((item, ii) => {
      const at = ['areas', ai, 'items', ii] as (string | number)[];
      const first = seenItems.get(item.id);
      if (first) add([...at, 'id'], `duplicate item id "${item.id}" (first used at ${first})`);
      else seenItems.set(item.id, formatPath(at));
      languagesOf(item.question, [...at, 'question']);
      languagesOf(item.guidance, [...at, 'guidance']);
      languagesOf(item.underRevision, [...at, 'underRevision']);
      item.refs.forEach((r, ri) => {
        const text = refText(r);
        if (!isValidRef(text)) add([...at, 'refs', ri], `reference "${text}" is not in a documented format (${refHelp})`);
        if (typeof r !== 'string') for (const p of conditionProblems(r.when, [...at, 'refs', ri, 'when'])) add(p.path, p.message);
      });
      if (item.underRevision && !item.underRevisionAsOf) {
        add([...at, 'underRevisionAsOf'], 'a pending change needs the date its status was checked (underRevisionAsOf, YYYY-MM-DD)');
      }
      if (item.appliesWhen) for (const p of conditionProblems(item.appliesWhen, [...at, 'appliesWhen'])) add(p.path, p.message);
      const parts = [['oneOff', item.cost.oneOff], ['yearly', item.cost.yearly]] as const;
      for (const [name, part] of parts) {
        if (!part) continue;
        const ranges: [(string | number)[], readonly number[]][] = [];
        if (part.internalDays) ranges.push([[...at, 'cost', name, 'internalDays'], part.internalDays]);
        part.external.forEach((e, ei) => ranges.push([[...at, 'cost', name, 'external', ei, 'eur'], e.eur]));
        for (const [p, [low, likely, high]] of ranges) {
          if (!(low! <= likely! && likely! <= high!)) add(p, `cost must be ordered low ≤ likely ≤ high, got [${low}, ${likely}, ${high}]`);
        }
      }
      if (item.deadline && !deadlineIds.has(item.deadline)) add([...at, 'deadline'], `unknown deadline "${item.deadline}"`);
      item.terms?.forEach((t, ti) => {
        if (!(t in rs.glossary)) add([...at, 'terms', ti], `term "${t}" is not in the glossary`);
      });
    });
  });
  return { ruleSet: problems.length === 0 ? rs : null, problems };
}
