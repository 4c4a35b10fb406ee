// The sample assessment: realistic, complete, valid and the same every time.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answersById, assessmentSchema } from '../../src/domain/assessment';
import { evaluate } from '../../src/domain/evaluate';
import { ruleSetSchema } from '../../src/domain/rule-set';
import { buildSampleAssessment } from '../../src/domain/sample-assessment';
import { defaultSettings } from '../../src/domain/settings';

const ruleSet = ruleSetSchema.parse(JSON.parse(readFileSync('rules/mdr-2017-745.json', 'utf8')));
const at = '2026-11-23T09:00:00.000Z';

describe('sample assessment', () => {
  const sample = buildSampleAssessment(ruleSet, 'sample', at);
  const e = evaluate(ruleSet, { profile: sample.profile, answers: answersById(sample.answers) }, defaultSettings, '2026-11-23');

  it('is a valid assessment record marked as a sample', () => {
    expect(assessmentSchema.safeParse(sample).success).toBe(true);
    expect(sample.isSample).toBe(true);
  });

  it('answers every applicable item, with a mix of statuses', () => {
    expect(e.overall.counts.unanswered).toBe(0);
    expect(e.overall.counts.met).toBeGreaterThan(10);
    expect(e.overall.counts.partial).toBeGreaterThan(10);
    expect(e.overall.counts.not_met).toBeGreaterThan(10);
    expect(e.archivedAnswers).toEqual([]);
    expect(e.items.find((i) => i.item.id === 'prrc.designated')!.answer!.note).toMatch(/external PRRC/);
  });

  it('gives every gap an owner and a due date, and shows a cost figure', () => {
    for (const g of e.gaps) {
      expect(g.evaluated.answer!.owner).not.toBe('');
      expect(g.evaluated.answer!.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(e.cost.gaps.oneOff.p50).toBeGreaterThan(50_000);
  });

  it('is the same every time', () => {
    expect(buildSampleAssessment(ruleSet, 'sample', at)).toEqual(sample);
  });
});
