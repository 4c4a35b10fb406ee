// The router: one URL per screen, each screen's code loaded on demand.
import { useTranslation } from '../i18n/react';
import { createBrowserRouter, Link, RouterProvider, useRouteError } from 'react-router';
import { AssessmentsPage } from '../features/assessments/assessments-page';
import { Layout } from './layout';
import { paths } from './paths';
import { requireRuleSet } from './rule-set';
import { loadAllCatalogs } from '../i18n/i18n';

/**
 * A screen's code together with the rule set it reads. The first screen (the assessment list) shows
 * without waiting for the rule set; screens that read it wait for it here, and a rule set that cannot
 * be loaded is shown by the route's error screen with its reason.
 */
async function withRuleSetAndText<T>(load: () => Promise<T>): Promise<T> {
  // The interface text of every screen past the first comes with the first of them.
  const [, , module] = await Promise.all([requireRuleSet(), loadAllCatalogs(), load()]);
  return module;
}

function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  // An error's own message (e.g. why the rule set could not be loaded) is shown as it comes.
  const message = error instanceof Error ? error.message : t('app.errorFallback');
  return (
    <div className="page" role="alert">
      <h1>{t('app.errorTitle')}</h1>
      <p>{message}</p>
      <p className="muted">{t('app.errorSafe')}</p>
      <Link className="btn btn-primary" to={paths.home}>
        {t('app.backHome')}
      </Link>
    </div>
  );
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <h1>{t('app.notFound')}</h1>
      <Link className="btn btn-primary" to={paths.home}>
        {t('app.backHome')}
      </Link>
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
          // The first screen: in the entry's own download, so it does not wait for a second one.
          { index: true, Component: AssessmentsPage },
          { path: 'settings', lazy: async () => ({ Component: (await withRuleSetAndText(() => import('../features/settings/settings-page'))).SettingsPage }) },
          { path: 'rules', lazy: async () => ({ Component: (await withRuleSetAndText(() => import('../features/rules/rules-page'))).RulesPage }) },
          { path: 'classify', lazy: async () => ({ Component: (await withRuleSetAndText(() => import('../features/classify/classify-page'))).ClassifyPage }) },
          {
            path: 'a/:id',
            lazy: async () => ({ Component: (await withRuleSetAndText(() => import('./assessment-layout'))).AssessmentLayout }),
            children: [
              { index: true, lazy: async () => ({ Component: (await import('./assessment-layout')).AssessmentIndex }) },
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
  return <RouterProvider router={router} />;
}
