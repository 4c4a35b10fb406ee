// The frame of one assessment: title, tabs (profile, checklist, summary) and the evaluation they share.
import { useTranslation } from '../i18n/react';
import { Link, NavLink, Navigate, Outlet, useLocation, useParams } from 'react-router';
import { SampleNotice } from '../components/sample-notice';
import type { AssessmentContext } from '../hooks/assessment-context';
import { useAssessmentView } from '../hooks/use-evaluation';
import { textIn } from '../domain/text';
import { paths } from './paths';
import { useRuleSet } from './rule-set';
import { RuleSetUpdateNotice } from './rule-set-update';
import './assessment-layout.css';

export function AssessmentLayout() {
  const { id = '' } = useParams();
  const ruleSet = useRuleSet();
  const location = useLocation();
  const { t: ta } = useTranslation('adviser');
  const { t } = useTranslation();
  const view = useAssessmentView(id, ruleSet);
  if (view === undefined) return <p className="page muted">{t('assessment.loading')}</p>;
  if (view === null) {
    return (
      <div className="page">
        <h1>{t('assessment.notFoundTitle')}</h1>
        <p>{t('assessment.notFoundText')}</p>
        <Link className="btn btn-primary" to={paths.home}>
          {t('app.backHome')}
        </Link>
      </div>
    );
  }
  const { assessment, evaluation } = view;
  const firstArea = assessment.resume?.areaId ?? evaluation.areas.find((a) => a.counts.applicable > 0)?.area.id ?? ruleSet.areas[0]!.id;
  const context: AssessmentContext = { ...view, ruleSet };
  return (
    <div className="assessment">
      <div className="assessment-head">
        <div className="assessment-head-inner">
          <div>
            <p className="assessment-kicker">
              {assessment.isSample && <span className="badge">{t('assessment.sample')}</span>} {textIn(ruleSet.title, assessment.language)}
            </p>
            <h1 className="assessment-title">{assessment.title || assessment.profile.companyName}</h1>
            {assessment.profile.deviceName && <p className="muted assessment-sub">{assessment.profile.deviceName}</p>}
          </div>
          <nav aria-label={t('assessment.tabsLabel')} className="assessment-tabs">
            <NavLink to={paths.profile(id)}>{t('assessment.tabProfile')}</NavLink>
            <NavLink to={paths.area(id, firstArea, assessment.resume?.itemId)} className={({ isActive }) => (isActive || location.pathname.includes('/area/') ? 'active' : '')}>
              {t('assessment.tabChecklist')}
            </NavLink>
            <NavLink to={paths.summary(id)}>{t('assessment.tabSummary')}</NavLink>
            <NavLink to={paths.progress(id)} className={({ isActive }) => (isActive || location.pathname.includes('/coach/') ? 'active' : '')}>
              {ta('tab.progress')}
            </NavLink>
          </nav>
        </div>
      </div>
      {assessment.isSample && <SampleNotice />}
      <RuleSetUpdateNotice assessment={assessment} answers={view.answers} ruleSet={ruleSet} />
      <Outlet context={context} />
    </div>
  );
}

/** /a/:id goes to where the user left off, or to the profile for a new assessment. */
export function AssessmentIndex() {
  const { id = '' } = useParams();
  return <Navigate to={paths.profile(id)} replace />;
}
