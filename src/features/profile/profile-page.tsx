// The company and device profile: the answers that decide which MDR items apply, saved as the user types.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
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
  const navigate = useNavigate();
  const form = useForm<z.input<typeof profileSchema>, unknown, z.output<typeof profileSchema>>({
    resolver: zodResolver(profileSchema),
    defaultValues: assessment.profile,
    mode: 'onChange',
  });
  const { announcement, flush } = useProfileAutosave(assessment.id, assessment.profile, ruleSet, form);
  const [blocked, setBlocked] = useState('');

  const applicable = evaluation.items.length;
  const areasInPlay = evaluation.areas.filter((a) => a.counts.applicable > 0);
  const firstArea = areasInPlay[0]?.area.id ?? ruleSet.areas[0]?.id;

  const goToChecklist = async () => {
    flush();
    const valid = await form.trigger();
    if (!valid) {
      setBlocked('Some answers need fixing first: see the messages in red. Everything else is saved.');
      const first = Object.keys(form.formState.errors)[0];
      if (first) form.setFocus(first as keyof z.input<typeof profileSchema>);
      return;
    }
    setBlocked('');
    if (firstArea) void navigate(paths.area(assessment.id, firstArea));
  };

  return (
    <div className="page profile-page">
      <div className="profile-heading">
        <h2 className="profile-page-title">Company and device profile</h2>
        <p className="muted">
          Answer in your own terms; there are no wrong answers here. Each change is saved on this device straight away and updates which checklist items
          apply to you.
        </p>
        <p className="muted"><Link to={paths.classify(assessment.id)}>Not sure? Find your class</Link> by answering a few plain questions.</p>
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
          aria-label="Company and device profile"
        >
          <MetaFields assessment={assessment} />
          <CompanySection form={form} />
          <RolesSection form={form} />
          <DevicesSection form={form} />
          <CharacteristicsSection form={form} />
          <TransitionSection form={form} />
          <QualitySection form={form} />
        </form>
        <aside className="profile-aside" aria-label="What applies to you">
          <div className="card profile-applies">
            <p className="profile-applies-count">
              <strong>{applicable}</strong> {applicable === 1 ? 'item applies' : 'items apply'} to this profile
            </p>
            <p className="muted">
              in {areasInPlay.length} of {ruleSet.areas.length} areas; {evaluation.excludedCount} {evaluation.excludedCount === 1 ? 'item does' : 'items do'} not
              apply.
            </p>
            <p className="profile-change" role="status" aria-live="polite">
              {announcement}
            </p>
            <button type="button" className="btn btn-primary" onClick={() => void goToChecklist()}>
              Continue to the checklist →
            </button>
            <p className="error profile-blocked" role="alert">
              {blocked && Object.keys(form.formState.errors).length > 0 ? blocked : ''}
            </p>
          </div>
          <ProfileHelp />
        </aside>
      </div>
    </div>
  );
}
