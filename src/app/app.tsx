// The router: one URL per screen, each screen's code loaded on demand.
import { createBrowserRouter, Link, RouterProvider, useRouteError } from 'react-router';
import { AssessmentIndex, AssessmentLayout } from './assessment-layout';
import { Layout } from './layout';
import { paths } from './paths';
import { bundledRuleSet } from './rule-set';

function RouteError() {
  const error = useRouteError();
  const message = error instanceof Error ? error.message : 'This page could not be shown.';
  return (
    <div className="page" role="alert">
      <h1>Something went wrong</h1>
      <p>{message}</p>
      <p className="muted">Your saved answers are not affected: they stay in this browser.</p>
      <Link className="btn btn-primary" to={paths.home}>
        Back to all assessments
      </Link>
    </div>
  );
}

function NotFound() {
  return (
    <div className="page">
      <h1>Page not found</h1>
      <Link className="btn btn-primary" to={paths.home}>
        Back to all assessments
      </Link>
    </div>
  );
}

function RuleSetError({ error }: { error: string }) {
  return (
    <div className="page" role="alert">
      <h1>The MDR rule set could not be loaded</h1>
      <p>{error}</p>
      <p className="muted">Nothing you saved has been changed.</p>
    </div>
  );
}

const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, lazy: async () => ({ Component: (await import('../features/assessments/assessments-page')).AssessmentsPage }) },
          { path: 'settings', lazy: async () => ({ Component: (await import('../features/settings/settings-page')).SettingsPage }) },
          { path: 'rules', lazy: async () => ({ Component: (await import('../features/rules/rules-page')).RulesPage }) },
          { path: 'classify', lazy: async () => ({ Component: (await import('../features/classify/classify-page')).ClassifyPage }) },
          {
            path: 'a/:id',
            element: <AssessmentLayout />,
            children: [
              { index: true, element: <AssessmentIndex /> },
              { path: 'profile', lazy: async () => ({ Component: (await import('../features/profile/profile-page')).ProfilePage }) },
              { path: 'area/:areaId', lazy: async () => ({ Component: (await import('../features/checklist/checklist-page')).ChecklistPage }) },
              { path: 'summary', lazy: async () => ({ Component: (await import('../features/summary/summary-page')).SummaryPage }) },
              { path: 'progress', lazy: async () => ({ Component: (await import('../features/progress/progress-page')).ProgressPage }) },
              { path: 'coach/:areaId', lazy: async () => ({ Component: (await import('../features/coach/coach-page')).CoachPage }) },
            ],
          },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
]);

export function App() {
  const loaded = bundledRuleSet();
  if (!loaded.ok) return <RuleSetError error={loaded.error} />;
  return <RouterProvider router={router} />;
}
