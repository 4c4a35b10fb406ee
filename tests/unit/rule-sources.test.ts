// rules/SOURCES.md documents every cost source the rule set names, and the review date the rule set states.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { checkRuleSet } from '../../src/domain/rule-set-check';

const ruleSet = checkRuleSet(JSON.parse(readFileSync('rules/mdr-2017-745.json', 'utf8'))).ruleSet!;
const sources = readFileSync('rules/SOURCES.md', 'utf8');

it('has an entry for every cost source key an item names', () => {
  const keys = new Set(ruleSet.areas.flatMap((a) => a.items.map((i) => i.cost.source)).filter((k): k is string => !!k));
  const missing = [...keys].filter((k) => !sources.includes(`**${k}**`));
  expect(missing).toEqual([]);
});

it('states the version and review date that the rule set carries', () => {
  expect(sources).toContain(`version ${ruleSet.version}, \`reviewedOn\` ${ruleSet.reviewedOn}`);
});
