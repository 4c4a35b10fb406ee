// An assessment (profile + answers) and the versioned file that moves it between people and devices.
import { z } from 'zod';
import { answerSchema, type Answer } from './answer';
import { profileSchema } from './profile';
import { settingsSchema } from './settings';
import { languages } from './text';

export const ruleSetRefSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/).max(100),
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
});

const timestamp = z.string().datetime({ offset: true });

export const assessmentMetaSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'An assessment id may only hold letters, digits, - and _'),
  ruleSet: ruleSetRefSchema,
  /** A name the user gave the assessment; the company name is shown when empty. */
  title: z.string().max(200).default(''),
  assessor: z.string().max(200).default(''),
  language: z.enum(languages).default('en'),
  isSample: z.boolean().default(false),
  createdAt: timestamp,
  updatedAt: timestamp,
  /** Where the user left off in the checklist, to resume there. */
  resume: z.strictObject({ areaId: z.string().max(100), itemId: z.string().max(200).optional() }).optional(),
  /** When this assessment was last exported (a backup); absent if never. */
  lastExportedAt: timestamp.optional(),
});

export const assessmentSchema = assessmentMetaSchema
  .extend({
    profile: profileSchema,
    answers: z.array(answerSchema).max(5000),
  })
  .superRefine((a, ctx) => {
    const seen = new Set<string>();
    a.answers.forEach((answer, i) => {
      if (seen.has(answer.itemId)) ctx.addIssue({ code: 'custom', path: ['answers', i, 'itemId'], message: `item "${answer.itemId}" is answered twice` });
      seen.add(answer.itemId);
    });
  });

export type AssessmentMeta = z.infer<typeof assessmentMetaSchema>;
export type AssessmentRecord = z.infer<typeof assessmentSchema>;

/** What evaluate() needs of an assessment. */
export interface AssessmentState {
  profile: AssessmentRecord['profile'];
  answers: Readonly<Record<string, Answer>>;
}

export function answersById(answers: readonly Answer[]): Record<string, Answer> {
  const out: Record<string, Answer> = Object.create(null) as Record<string, Answer>;
  for (const a of answers) out[a.itemId] = a;
  return out;
}

export const assessmentFileFormat = 'mdr-readiness/assessment';
export const backupFileFormat = 'mdr-readiness/backup';
export const currentFileVersion = 1;

export const assessmentFileSchema = z.strictObject({
  format: z.literal(assessmentFileFormat),
  version: z.literal(currentFileVersion),
  exportedAt: timestamp,
  app: z.string().max(100).optional(),
  assessment: assessmentSchema,
});

export const backupFileSchema = z.strictObject({
  format: z.literal(backupFileFormat),
  version: z.literal(currentFileVersion),
  exportedAt: timestamp,
  app: z.string().max(100).optional(),
  settings: settingsSchema.optional(),
  assessments: z.array(assessmentSchema).max(10000),
});

export type AssessmentFile = z.infer<typeof assessmentFileSchema>;
export type BackupFile = z.infer<typeof backupFileSchema>;
