// A small hand-made rule set whose numbers are easy to work out by hand in the tests.
import { ruleSetSchema, type RuleSet, type RuleSetInput } from '../../src/domain/rule-set';

export const smallRuleSetInput: RuleSetInput = {
  id: 'test-rules',
  version: '1.0.0',
  title: 'Test rules',
  effectiveDate: '2026-11-23',
  sources: ['hand-made for tests'],
  deadlines: [
    { id: 'soon', date: '2027-03-01', title: 'A deadline within a year', refs: ['MDR Art. 31'], appliesWhen: { fact: 'needsNotifiedBody', is: true } },
    { id: 'later', date: '2028-12-31', title: 'A later deadline', refs: ['Regulation (EU) 2023/607'], appliesWhen: { fact: 'transition', equals: 'legacy' } },
  ],
  areas: [
    {
      id: 'org',
      title: 'Organisation',
      summary: 'Company-level duties',
      items: [
        {
          id: 'org.prrc',
          question: 'A PRRC is named.',
          guidance: 'Name one.',
          refs: ['MDR Art. 15(1)'],
          severity: 'critical',
          appliesWhen: { fact: 'isManufacturer', is: true },
          // 2/5/10 days; yearly 4000/8000/15000 EUR consulting.
          cost: { scale: 'company', oneOff: { internalDays: [2, 5, 10], external: [] }, yearly: { external: [{ kind: 'consulting', eur: [4000, 8000, 15000] }] } },
        },
        {
          id: 'org.importer',
          question: 'Importer checks are done.',
          guidance: 'Check.',
          refs: ['MDR Art. 13(2)'],
          severity: 'major',
          appliesWhen: { fact: 'roles', in: ['importer'] },
          cost: { scale: 'company', oneOff: { internalDays: [1, 2, 3], external: [] } },
        },
      ],
    },
    {
      id: 'docs',
      title: 'Technical documentation',
      summary: 'Per device family',
      items: [
        {
          id: 'docs.file',
          question: 'Each device family has a technical file.',
          guidance: 'Write it.',
          refs: ['MDR Annex II §1.1'],
          severity: 'major',
          appliesWhen: { fact: 'isManufacturer', is: true },
          // 10/20/40 days and 1000/2000/4000 EUR testing, per device family.
          cost: { scale: 'deviceFamily', oneOff: { internalDays: [10, 20, 40], external: [{ kind: 'testing', eur: [1000, 2000, 4000] }] } },
          deadline: 'soon',
        },
        {
          id: 'docs.sscp',
          question: 'An SSCP is written.',
          guidance: 'Write it.',
          refs: ['MDR Art. 32'],
          severity: 'minor',
          appliesWhen: { any: [{ fact: 'implantable', is: true }, { fact: 'highestClass', equals: 'III' }] },
          cost: { scale: 'technicalFile', oneOff: { external: [{ kind: 'notifiedBody', eur: [1000, 1000, 1000] }] } },
        },
      ],
    },
  ],
};

export const smallRuleSet: RuleSet = ruleSetSchema.parse(smallRuleSetInput);
