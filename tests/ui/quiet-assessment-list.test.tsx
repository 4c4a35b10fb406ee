// @vitest-environment jsdom
// The backup reminder's list is not read again after every answer, but is after an export or a delete.
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createAssessment, deleteAssessment, getAnswers, markExported, saveAnswer } from '../../src/db/assessments-repo';
import { db } from '../../src/db/database';
import { useQuietAssessmentList } from '../../src/db/live';

const ruleSet = { id: 'mdr-2017-745', version: '1.0.0' };
let reads = 0;

function List({ quietMs }: { quietMs: number }) {
  const rows = useQuietAssessmentList(quietMs);
  return <p data-testid="list">{rows?.map((r) => `${r.profile.companyName}:${r.lastExportedAt ? 'backed up' : 'not backed up'}:${r.updatedAt}`).join(' | ') ?? 'loading'}</p>;
}
const shown = () => screen.getByTestId('list').textContent ?? '';

beforeEach(async () => {
  await db.answers.clear();
  await db.assessments.clear();
  reads = 0;
});
afterEach(() => cleanup());

it('reads the list again only after a quiet spell when answers change, and at once after an export or a delete', async () => {
  const acme = await createAssessment({ profile: { companyName: 'Acme' }, ruleSet });
  const beta = await createAssessment({ profile: { companyName: 'Beta' }, ruleSet });
  await db.open();
  await getAnswers(acme);
  // Counts the assessment rows read through Dexie (the list's reads; answers are written natively).
  const countRead = <T,>(row: T) => {
    reads += 1;
    return row;
  };
  db.assessments.hook('reading', countRead);
  render(<List quietMs={600} />);
  await waitFor(() => expect(shown()).toMatch(/Acme:not backed up.*Beta|Beta.*Acme:not backed up/));
  const before = shown();
  reads = 0;

  // Five answers in quick succession: nothing is read for the list until the quiet spell is over.
  for (const item of ['a', 'b', 'c', 'd', 'e']) await saveAnswer(acme, `qms.${item}`, { status: 'met' });
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(shown()).toBe(before);
  expect(reads).toBe(0);
  // Then one read brings the moved updatedAt.
  await waitFor(() => expect(shown()).not.toBe(before), { timeout: 2000 });
  await new Promise((resolve) => setTimeout(resolve, 700));
  // One read of the two rows.
  expect(reads).toBe(2);

  // An export shows at once (well inside the quiet spell).
  await markExported([acme]);
  await waitFor(() => expect(shown()).toMatch(/Acme:backed up/), { timeout: 300 });
  await deleteAssessment(beta);
  await waitFor(() => expect(shown()).not.toMatch(/Beta/), { timeout: 300 });
  db.assessments.hook('reading').unsubscribe(countRead);
});
