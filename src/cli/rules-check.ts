// `npm run rules:check [files...]`: validate rule-set and classification files and the reference scopes; each problem names file, JSON path and fault.
import { join, relative } from 'node:path';
import { checkReferenceScopes } from '../domain/reference-scope';
import {
  classificationFiles,
  isClassificationFile,
  loadClassificationFile,
  loadReferenceScopes,
  loadRuleSetFile,
  referenceScopesFile,
  ruleSetFiles,
  rulesDir,
} from './rule-files';

const args = process.argv.slice(2);
const files = args.length > 0 ? args : [...ruleSetFiles(), ...classificationFiles()];
const scopesName = relative(process.cwd(), join(rulesDir, referenceScopesFile));
const { scopes, problems: scopeTableProblems } = loadReferenceScopes();
let failed = 0;
if (!scopes) {
  failed += 1;
  for (const p of scopeTableProblems) console.error(`${scopesName}: ${p.path}: ${p.message}`);
} else {
  console.log(`ok  ${scopesName}: ${scopes.length} reference scopes`);
}
for (const file of files) {
  const name = relative(process.cwd(), file) || file;
  if (isClassificationFile(file)) {
    // Classification-helper files have their own schema (src/domain/classification.ts).
    const { data, problems } = loadClassificationFile(file, { requireLanguages: true });
    if (data) {
      console.log(`ok  ${name}: classification ${data.id}@${data.version}, ${data.rules.length} rules, ${data.questions.length} questions`);
    } else {
      failed += 1;
      for (const p of problems) console.error(`${name}: ${p.path}: ${p.message}`);
    }
    continue;
  }
  const { ruleSet, problems } = loadRuleSetFile(file, { requireLanguages: true, requireReview: true });
  const scopeProblems = ruleSet && scopes ? checkReferenceScopes(ruleSet, scopes) : [];
  if (ruleSet && scopeProblems.length === 0) {
    const items = ruleSet.areas.reduce((n, a) => n + a.items.length, 0);
    console.log(`ok  ${name}: ${ruleSet.id}@${ruleSet.version}, ${ruleSet.areas.length} areas, ${items} items, every reference within its scope`);
  } else {
    failed += 1;
    for (const p of [...problems, ...scopeProblems]) console.error(`${name}: ${p.path}: ${p.message}`);
  }
}
if (files.length === 0) {
  console.error('rules:check: no rule-set files found in rules/');
  process.exit(1);
}
process.exit(failed > 0 ? 1 : 0);
