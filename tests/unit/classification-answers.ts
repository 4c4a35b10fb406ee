// Answering the classification helper the way a user does, for the classification tests.
import classificationJson from '../../rules/classification-annex-viii.json';
import { checkClassification, classify, nextQuestions, applicableQuestions, type AnswerValue, type ClassificationData, type ClassificationResult } from '../../src/domain/classification';

export const checked = checkClassification(classificationJson);
export const data = checked.data as ClassificationData;

export type Answers = Record<string, AnswerValue>;
/** A physical product (software in it, if any, is part of it). */
export const hardware = (a: Answers): Answers => ({ purpose: 'medical', software: 'no', ...a });
/** Software placed on the market on its own that works independently of any hardware device. */
export const software = (a: Answers): Answers => ({ purpose: 'medical', software: 'standalone', drivesDevice: 'independent', ...a });
/** Software placed on the market on its own that drives or influences a hardware device. */
export const drivingSoftware = (a: Answers): Answers => ({ purpose: 'medical', software: 'standalone', drivesDevice: 'drives', ...a });

/**
 * Answer the questions the helper asks, in its order: the row's own answers where given, otherwise the neutral
 * answer ("None of these", "No"). A choice question without a neutral answer must be answered by the row. Fails
 * when the row gives an answer to a question the helper never asks, so every row states exactly what matters.
 */
export function answerLikeAUser(given: Answers): Answers {
  return answerStepByStep(given).answers;
}

/** The same walk, with the result the screen has after each answer (the first entry: before any answer). */
export function answerStepByStep(given: Answers): { answers: Answers; steps: ClassificationResult[] } {
  const answers: Answers = {};
  const steps: ClassificationResult[] = [classify(data, answers)];
  for (let guard = 0; guard < 60; guard += 1) {
    const [q] = nextQuestions(data, answers);
    if (!q) break;
    if (q.id in given) {
      if (q.id in answers) throw new Error(`the answer ${JSON.stringify(given[q.id])} to "${q.id}" is not one of its offered options`);
      answers[q.id] = given[q.id]!;
    } else if (q.type === 'yesNo') answers[q.id] = false;
    else if (q.type === 'multi' && q.visibleOptions.some((o) => o.value === 'none')) answers[q.id] = ['none'];
    else throw new Error(`the row must answer "${q.id}"`);
    steps.push(classify(data, answers));
  }
  const asked = new Set(applicableQuestions(data, answers).map((q) => q.id));
  const superfluous = Object.keys(given).filter((k) => !asked.has(k));
  if (superfluous.length > 0) throw new Error(`answers given to questions that are not asked: ${superfluous.join(', ')}`);
  return { answers, steps };
}
