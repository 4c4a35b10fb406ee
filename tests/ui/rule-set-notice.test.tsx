// @vitest-environment jsdom
// After a rule-set update the user is told what changed, once, and no answer is lost.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useLiveQuery } from 'dexie-react-hooks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RuleSetUpdateNotice } from '../../src/app/rule-set-update';
import { createAssessment, getAnswers, getAssessment } from '../../src/db/assessments-repo';
import { db } from '../../src/db/database';
import { recordRuleSetSnapshot } from '../../src/db/rule-set-repo';
import { testRuleSet } from './assessment-harness';

function Harness({ id }: { id: string }) {
  const data = useLiveQuery(async () => ({ assessment: await getAssessment(id), answers: await getAnswers(id) }), [id]);
  if (!data?.assessment) return null;
  return <RuleSetUpdateNotice assessment={data.assessment} answers={data.answers} ruleSet={testRuleSet} />;
}

const itemIds = testRuleSet.areas.flatMap((a) => a.items.map((i) => i.id));

beforeEach(async () => {
  await Promise.all([db.answers.clear(), db.assessments.clear(), db.ruleSetSnapshots.clear()]);
});
afterEach(cleanup);

describe('rule-set update notice', () => {
  it('lists added and removed items, keeps the archived answer, and records the new version when dismissed', async () => {
    // The previous version had one item the bundled one dropped, and lacked the bundled one's last item.
    const previous = [...itemIds.slice(0, -1), 'first.retired'];
    await recordRuleSetSnapshot({ id: testRuleSet.id, version: '0.9.0' }, previous);
    const id = await createAssessment({ profile: { companyName: 'Acme' }, ruleSet: { id: testRuleSet.id, version: '0.9.0' } }, [
      { itemId: 'first.retired', status: 'met', note: 'Done in 2025' },
      { itemId: itemIds[0]!, status: 'partial' },
    ]);
    render(<Harness id={id} />);
    const notice = await screen.findByRole('status', { name: 'Checklist changed' });
    expect(notice.textContent).toContain('updated from version 0.9.0 to 1.0.0');
    expect(notice.textContent).toContain('1 item was added and 1 item was removed.');
    expect(notice.textContent).toContain('1 answer belongs to items no longer in the checklist');

    fireEvent.click(screen.getByRole('button', { name: 'Got it' }));
    await waitFor(() => expect(screen.queryByRole('status', { name: 'Checklist changed' })).toBeNull());
    expect((await getAssessment(id))?.ruleSet).toEqual({ id: testRuleSet.id, version: '1.0.0' });
    expect((await getAnswers(id)).map((a) => a.itemId).sort()).toEqual(['first.retired', itemIds[0]!].sort());
  });

  it('shows nothing for an assessment on the bundled version', async () => {
    const id = await createAssessment({ profile: { companyName: 'Acme' }, ruleSet: { id: testRuleSet.id, version: testRuleSet.version } });
    render(<Harness id={id} />);
    await waitFor(async () => expect(await getAssessment(id)).toBeDefined());
    await new Promise((ok) => setTimeout(ok, 50));
    expect(screen.queryByRole('status', { name: 'Checklist changed' })).toBeNull();
  });

  it('does not record an older app version over a newer one', async () => {
    const id = await createAssessment({ profile: { companyName: 'Acme' }, ruleSet: { id: testRuleSet.id, version: '3.0.0' } });
    render(<Harness id={id} />);
    await screen.findByRole('status', { name: 'Checklist changed' });
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByRole('status', { name: 'Checklist changed' })).toBeNull());
    expect((await getAssessment(id))?.ruleSet.version).toBe('3.0.0');
  });
});
