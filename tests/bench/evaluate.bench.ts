// evaluate() on the full rule set with every item answered, in Node.
import { readFileSync } from 'node:fs';
import { answerSchema, answerStatuses } from '../../src/domain/answer';
import { answersById } from '../../src/domain/assessment';
import { evaluate } from '../../src/domain/evaluate';
import { makeProfile } from '../../src/domain/profile';
import { ruleSetSchema } from '../../src/domain/rule-set';
import { defaultSettings } from '../../src/domain/settings';
import { median, percentile, timeMs } from './stats';

export function benchEvaluate(): { medianMs: number; p95Ms: number; items: number } {
  const ruleSet = ruleSetSchema.parse(JSON.parse(readFileSync('rules/mdr-2017-745.json', 'utf8')));
  // A profile that switches on as much of the rule set as possible.
  const profile = makeProfile({
    companyName: 'Bench',
    roles: ['manufacturer', 'importer', 'distributor', 'authorisedRepresentative', 'procedurePackProducer'],
    deviceClasses: ['I', 'Is', 'Im', 'Ir', 'IIa', 'IIb', 'III'],
    implantable: true,
    active: true,
    software: true,
    sterile: true,
    measuring: true,
    reusableSurgical: true,
    medicinalSubstance: true,
    layUsers: true,
    transition: 'legacy',
    deviceFamilies: 5,
    technicalFiles: 8,
    markets: ['LU', 'FR', 'DE', 'BE'],
  });
  const ids = ruleSet.areas.flatMap((a) => a.items.map((i) => i.id));
  const answers = answersById(ids.map((itemId, i) => answerSchema.parse({ itemId, status: answerStatuses[i % 4] })));
  for (let i = 0; i < 50; i++) evaluate(ruleSet, { profile, answers }, defaultSettings, '2026-11-23');
  const runs = Array.from({ length: 200 }, () => timeMs(() => evaluate(ruleSet, { profile, answers }, defaultSettings, '2026-11-23')));
  return { medianMs: median(runs), p95Ms: percentile(runs, 0.95), items: ids.length };
}
