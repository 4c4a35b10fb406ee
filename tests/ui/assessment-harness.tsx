// Renders an assessment screen the way the app does (live data, evaluation in the outlet context),
// with a small rule set of its own so the tests do not depend on the bundled rules.
import { configure, render } from '@testing-library/react';
import { vi } from 'vitest';
import { createMemoryRouter, Outlet, RouterProvider, useParams } from 'react-router';
import type { ComponentType } from 'react';
import { createAssessment } from '../../src/db/assessments-repo';
import { db } from '../../src/db/database';
import type { Answer } from '../../src/domain/answer';
import { ruleSetSchema, type RuleSet } from '../../src/domain/rule-set';
import type { AssessmentContext } from '../../src/hooks/assessment-context';
import { useAssessmentView } from '../../src/hooks/use-evaluation';
import { useSaveStatus } from '../../src/stores/save-status';

// IndexedDB round trips and live-query updates are slower when the machine is busy; these tests wait
// for what the user would see, so a generous wait only matters when something never shows up.
configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 30_000 });

const days = (low: number, likely: number, high: number) => ({ internalDays: [low, likely, high] as [number, number, number], external: [] });

export const testRuleSet: RuleSet = ruleSetSchema.parse({
  id: 'test-rules',
  version: '1.0.0',
  title: 'Test rules',
  effectiveDate: '2026-01-01',
  sources: ['test'],
  deadlines: [
    { id: 'past-duty', date: '2020-05-26', title: 'A duty that started in 2020', refs: ['MDR Art. 123'] },
    { id: 'future-duty', date: '2099-01-01', title: 'A duty far in the future', refs: ['MDR Art. 120'] },
  ],
  glossary: { prrc: { term: 'PRRC', definition: 'Person responsible for regulatory compliance.' } },
  areas: [
    {
      id: 'first',
      title: 'First area',
      summary: 'The first area.',
      items: [
        {
          id: 'first.one',
          question: 'Question one is met.',
          guidance: 'Do the first thing.',
          refs: ['MDR Art. 10(1)'],
          severity: 'critical',
          cost: { scale: 'company', oneOff: days(1, 2, 4) },
          terms: ['prrc'],
        },
        {
          id: 'first.two',
          question: 'Question two is met.',
          guidance: 'Do the second thing.',
          refs: ['MDR Art. 10(2)'],
          severity: 'major',
          cost: { scale: 'company', oneOff: { external: [{ kind: 'testing', eur: [1000, 2000, 5000], basis: 'test house' }] } },
        },
        {
          id: 'first.three',
          question: 'Question three is met.',
          guidance: 'Do the third thing.',
          refs: ['MDR Art. 10(3)'],
          severity: 'minor',
          cost: { scale: 'company', oneOff: days(1, 1, 2) },
        },
      ],
    },
    {
      id: 'second',
      title: 'Second area',
      summary: 'The second area.',
      items: [
        {
          id: 'second.one',
          question: 'Question four is met.',
          guidance: 'Do the fourth thing.',
          refs: ['MDR Art. 15(1)'],
          severity: 'major',
          cost: { scale: 'company', oneOff: days(2, 3, 5) },
        },
      ],
    },
  ],
});

function Harness() {
  const { id = '' } = useParams();
  const view = useAssessmentView(id, testRuleSet);
  if (!view) return <p>Loading…</p>;
  const context: AssessmentContext = { ...view, ruleSet: testRuleSet };
  return <Outlet context={context} />;
}

export async function resetDatabase(): Promise<void> {
  await db.transaction('rw', db.assessments, db.answers, db.settings, async () => {
    await Promise.all([db.assessments.clear(), db.answers.clear(), db.settings.clear()]);
  });
  useSaveStatus.setState({ pending: 0, state: { kind: 'idle' }, retries: new Map() });
}

export function newTestAssessment(answers: Partial<Answer>[] = []): Promise<string> {
  return createAssessment({ profile: { companyName: 'Test Medical' }, ruleSet: { id: testRuleSet.id, version: testRuleSet.version } }, answers);
}

export function renderScreen(path: string, routes: { path: string; Component: ComponentType }[]) {
  const router = createMemoryRouter(
    [{ path: '/a/:id', element: <Harness />, children: routes.map((r) => ({ path: r.path, Component: r.Component })) }],
    { initialEntries: [path] },
  );
  const utils = render(<RouterProvider router={router} />);
  return { router, ...utils };
}

export async function savedAnswer(assessmentId: string, itemId: string): Promise<Answer | undefined> {
  return db.answers.get([assessmentId, itemId]);
}
