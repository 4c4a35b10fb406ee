// An answer to one checklist item: status, reason, note, evidence, owner and due date.
import { z } from 'zod';

export const answerStatuses = ['met', 'partial', 'not_met', 'not_applicable'] as const;
export type AnswerStatus = (typeof answerStatuses)[number];

const shortText = (max: number) => z.string().max(max, `Keep this under ${max} characters`).default('');

export const answerSchema = z.strictObject({
  itemId: z.string().min(1).max(200),
  /** Null until the user picks a status; a note may come first. */
  status: z.enum(answerStatuses).nullable().default(null),
  /** Why the item does not apply; expected with not_applicable. */
  naReason: shortText(2000),
  note: shortText(20000),
  /** The adviser's own note, kept apart from the firm's. */
  adviserNote: shortText(20000),
  evidence: shortText(2000),
  owner: shortText(200),
  dueDate: z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date as YYYY-MM-DD')]).default(''),
  /** What-if planning: the gap is in this year's plan. */
  inPlan: z.boolean().default(false),
  /** What-if planning: close the gap with own staff, or buy the internal days from a consultant. */
  sourcing: z.enum(['inHouse', 'outsourced']).default('inHouse'),
  updatedAt: z.string().datetime({ offset: true }).optional(),
});

export type Answer = z.infer<typeof answerSchema>;
export type AnswerInput = z.input<typeof answerSchema>;

export function emptyAnswer(itemId: string): Answer {
  return answerSchema.parse({ itemId });
}
