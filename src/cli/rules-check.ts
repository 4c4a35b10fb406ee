// `npm run rules:check [files...]`: validate rule-set files; each problem names file, JSON path and fault.
import { relative } from 'node:path';
import { loadRuleSetFile, ruleSetFiles } from './rule-files';

const files = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ruleSetFiles();
let failed = 0;
for (const file of files) {
  const { ruleSet, problems } = loadRuleSetFile(file);
  const name = relative(process.cwd(), file) || file;
  if (ruleSet) {
    const items = ruleSet.areas.reduce((n, a) => n + a.items.length, 0);
    console.log(`ok  ${name}: ${ruleSet.id}@${ruleSet.version}, ${ruleSet.areas.length} areas, ${items} items`);
  } else {
    failed += 1;
    for (const p of problems) console.error(`${name}: ${p.path}: ${p.message}`);
  }
}
if (files.length === 0) {
  console.error('rules:check: no rule-set files found in rules/');
  process.exit(1);
}
process.exit(failed > 0 ? 1 : 0);
