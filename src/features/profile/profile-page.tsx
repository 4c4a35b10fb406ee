// The company and device profile: the answers that decide which MDR items apply, saved as the user types.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Trans, useTranslation } from '../../i18n/react';
import { Link, useNavigate } from 'react-router';
import type { z } from 'zod';
import { paths } from '../../app/paths';
import { profileSchema } from '../../domain/profile';
import { useAssessmentContext } from '../../hooks/assessment-context';
import { MetaFields } from './meta-fields';
import { ProfileHelp } from './profile-help';
import { CharacteristicsSection, CompanySection, DevicesSection, QualitySection, RolesSection, TransitionSection } from './profile-sections';
import { useProfileAutosave } from './use-profile-autosave';
import './profile.css';

export function ProfilePage() {
  const { assessment } = useAssessmentContext();
  // A fresh form per assessment, so values never leak from one assessment into another.
  return <ProfileEditor key={assessment.id} />;
}

function ProfileEditor() {
  const { assessment, evaluation, ruleSet } = useAssessmentContext();
  const { t } = useTranslation('profile');
  const navigate = useNavigate();
  const form = useForm<z.input<typeof profileSchema>, unknown, z.output<typeof profileSchema>>({
    resolver: zodResolver(profileSchema),
    defaultValues: assessment.profile,
    mode: 'onChange',
  });
  const { announcement, flush } = useProfileAutosave(assessment.id, assessment.profile, ruleSet, form);
  const [blocked, setBlocked] = useState(false);

  const applicable = evaluation.items.length;
  const areasInPlay = evaluation.areas.filter((a) => a.counts.applicable > 0);
  const firstArea = areasInPlay[0]?.area.id ?? ruleSet.areas[0]?.id;

  const goToChecklist = async () => {
    flush();
    const valid = await form.trigger();
    if (!valid) {
      setBlocked(true);
      const first = Object.keys(form.formState.errors)[0];
      if (first) form.setFocus(first as keyof z.input<typeof profileSchema>);
      return;
    }
    setBlocked(false);
    if (firstArea) void navigate(paths.area(assessment.id, firstArea));
  };

  return (
    <div className="page profile-page">
      <div className="profile-heading">
        <h2 className="profile-page-title">{t('page.title')}</h2>
        <p className="muted">{t('page.lead')}</p>
        <p className="muted">
          <Trans t={t} i18nKey="page.classify" components={{ classify: <Link to={paths.classify(assessment.id)} /> }} />
        </p>
      </div>
      <div className="profile-layout">
        <form
          className="profile-form"
          noValidate
          onBlur={flush}
          onSubmit={(e) => {
            // Enter in a field saves; leaving the screen is the button's job.
            e.preventDefault();
            flush();
          }}
          aria-label={t('page.formLabel')}
        >
          <MetaFields assessment={assessment} />
          <CompanySection form={form} />
          <RolesSection form={form} />
          <DevicesSection form={form} />
          <CharacteristicsSection form={form} />
          <TransitionSection form={form} />
          <QualitySection form={form} />
        </form>
        <aside className="profile-aside" aria-label={t('page.asideLabel')}>
          <div className="card profile-applies">
            <p className="profile-applies-count">
              <Trans t={t} i18nKey="page.applies" count={applicable} components={{ strong: <strong /> }} />
            </p>
            <p className="muted">{t('page.excluded', { count: evaluation.excludedCount, areas: areasInPlay.length, totalAreas: ruleSet.areas.length })}</p>
            <p className="profile-change" role="status" aria-live="polite">
              {announcement}
            </p>
            <button type="button" className="btn btn-primary" onClick={() => void goToChecklist()}>
              {t('page.continue')}
            </button>
            <p className="error profile-blocked" role="alert">
              {blocked && Object.keys(form.formState.errors).length > 0 ? t('page.blocked') : ''}
            </p>
          </div>
          <ProfileHelp />
        </aside>
      </div>
    </div>
  );
}
