// A realistic, fully answered example assessment of a fictional class IIa firm, for first-time users.
import { answerSchema, type Answer, type AnswerStatus } from './answer';
import type { AssessmentRecord } from './assessment';
import { conditionHolds } from './condition';
import { seededRandom } from './cost';
import { deriveFacts } from './facts';
import { profileSchema } from './profile';
import type { RuleSet } from './rule-set';

export const sampleProfile = profileSchema.parse({
  companyName: 'Lumen Wound Imaging S.à r.l. (sample)',
  deviceName: 'LumaScan wound camera and analysis app',
  roles: ['manufacturer'],
  deviceClasses: ['IIa'],
  active: true,
  software: true,
  layUsers: false,
  deviceFamilies: 2,
  technicalFiles: 2,
  companySize: 'micro',
  country: 'LU',
  markets: ['LU', 'BE', 'FR', 'DE'],
});

type Hand = Partial<Pick<Answer, 'note' | 'owner' | 'dueDate' | 'evidence' | 'naReason'>> & { status: AnswerStatus };

/** Hand-written answers for the items a reader is most likely to open first. */
const handWritten: Record<string, Hand> = {
  'strategy.intended-purpose': {
    status: 'partial',
    note: 'Intended purpose drafted (wound area measurement for clinicians). The website still promises "early infection detection", which is outside it.',
    owner: 'Marc Hoffmann (CEO)',
    dueDate: '2027-01-31',
    evidence: 'DOC-001 Intended purpose v0.3',
  },
  'strategy.regulatory-strategy': { status: 'met', evidence: 'DOC-002 Regulatory strategy 2026', owner: 'Sofia Rossi (QA/RA)' },
  'classification.documented': {
    status: 'met',
    note: 'Rule 10 (active diagnostic) and Rule 11 (software) both lead to IIa; rationale reviewed by the cluster adviser.',
    evidence: 'DOC-010 Classification rationale',
    owner: 'Sofia Rossi (QA/RA)',
  },
  'prrc.designated': {
    status: 'not_met',
    note: 'No PRRC yet. Comparing two external PRRC services (allowed for micro firms, Art. 15(2)); quotes of 6,000 and 9,500 EUR a year.',
    owner: 'Marc Hoffmann (CEO)',
    dueDate: '2026-12-31',
  },
  'qms.build': {
    status: 'partial',
    note: 'Quality manual and 14 of 26 procedures written. Design control and CAPA procedures missing; no internal audit yet.',
    owner: 'Sofia Rossi (QA/RA)',
    dueDate: '2027-03-31',
    evidence: 'QM-000 Quality manual rev. B',
  },
  'risk.analysis': { status: 'partial', note: 'Hazard analysis done for the camera; the analysis app\'s cybersecurity hazards are not yet in the risk file.', owner: 'Jan Becker (CTO)', dueDate: '2027-02-28' },
  'software.lifecycle': {
    status: 'partial',
    note: 'Development follows a documented process, but software safety classification and SOUP list under IEC 62304 are missing.',
    owner: 'Jan Becker (CTO)',
    dueDate: '2027-02-15',
  },
  'software.cybersecurity': { status: 'not_met', note: 'No threat model and no penetration test yet. Budget a test house.', owner: 'Jan Becker (CTO)', dueDate: '2027-04-30' },
  'clinical.plan': { status: 'met', evidence: 'CEP-001 Clinical evaluation plan', owner: 'External clinical writer' },
  'clinical.report': {
    status: 'not_met',
    note: 'Literature search done; the clinical evaluation report is not written. The equivalence route is weak, so a small PMCF study may be needed.',
    owner: 'External clinical writer',
    dueDate: '2027-05-31',
  },
  'gspr.biocompatibility': { status: 'met', note: 'Only the camera housing touches intact skin, briefly; ISO 10993-5/-10 tests passed.', evidence: 'TR-2025-044 test report' },
  'gspr.active-safety': { status: 'partial', note: 'IEC 60601-1 pre-compliance passed; the final EMC test is booked for February.', owner: 'Jan Becker (CTO)', dueDate: '2027-02-28' },
  'labelling.languages': { status: 'partial', note: 'English and French IFU ready; German and Dutch translations ordered.', owner: 'Sofia Rossi (QA/RA)', dueDate: '2027-03-15' },
  'udi.actor-registration': { status: 'met', evidence: 'SRN LU-MF-000012345 (fictional)', owner: 'Sofia Rossi (QA/RA)' },
  'udi.device-registration': { status: 'not_met', note: 'Basic UDI-DI assigned, device not yet registered in EUDAMED.', owner: 'Sofia Rossi (QA/RA)', dueDate: '2026-12-15' },
  'pms.plan': { status: 'partial', note: 'PMS plan template chosen; data sources and trend thresholds still to define.', owner: 'Sofia Rossi (QA/RA)', dueDate: '2027-04-30' },
  'vigilance.procedure': { status: 'met', evidence: 'SOP-012 Vigilance', owner: 'Sofia Rossi (QA/RA)' },
  'nb.selection': { status: 'partial', note: 'Two notified bodies shortlisted; both designated for the MDA 0315/MDS 1009 codes. Waiting for quotes.', owner: 'Marc Hoffmann (CEO)', dueDate: '2027-01-15' },
  'liability.financial-coverage': { status: 'not_met', note: 'Current policy excludes software errors; broker asked for a quote.', owner: 'Marc Hoffmann (CEO)', dueDate: '2027-01-31' },
};

const owners = ['Sofia Rossi (QA/RA)', 'Jan Becker (CTO)', 'Marc Hoffmann (CEO)'];

/**
 * The sample as an assessment record. Items without a hand-written answer get a status from a seeded
 * generator (same sample every time), weighted towards a firm about half-way to readiness.
 */
export function buildSampleAssessment(ruleSet: RuleSet, id: string, at: string): AssessmentRecord {
  const facts = deriveFacts(sampleProfile);
  const rand = seededRandom(2017745);
  const answers: Answer[] = [];
  for (const area of ruleSet.areas) {
    for (const item of area.items) {
      if (!conditionHolds(item.appliesWhen, facts)) continue;
      const hand = handWritten[item.id];
      const r = rand();
      const status: AnswerStatus = hand?.status ?? (r < 0.47 ? 'met' : r < 0.74 ? 'partial' : r < 0.97 ? 'not_met' : 'not_applicable');
      const gap = status === 'partial' || status === 'not_met';
      const month = 1 + Math.floor(rand() * 9);
      answers.push(
        answerSchema.parse({
          itemId: item.id,
          status,
          naReason: status === 'not_applicable' ? (hand?.naReason ?? 'Does not apply to a non-sterile, non-implantable camera and app.') : '',
          owner: hand?.owner ?? (gap ? owners[Math.floor(rand() * owners.length)] : ''),
          dueDate: hand?.dueDate ?? (gap ? `2027-${String(month).padStart(2, '0')}-${month % 2 === 0 ? '15' : '28'}` : ''),
          note: hand?.note ?? '',
          evidence: hand?.evidence ?? '',
          updatedAt: at,
        }),
      );
    }
  }
  return {
    id,
    ruleSet: { id: ruleSet.id, version: ruleSet.version },
    title: '',
    assessor: 'Claire Weber (innovation cluster adviser, sample)',
    language: 'en',
    isSample: true,
    createdAt: at,
    updatedAt: at,
    profile: sampleProfile,
    answers,
  };
}
