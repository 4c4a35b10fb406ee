// /classify: find a device's MDR class by answering the Annex VIII questions one at a time.
import { useEffect, useMemo, useRef, useState } from 'react';
import { Trans, useTranslation } from '../../i18n/react';
import { Link, useSearchParams } from 'react-router';
import { paths } from '../../app/paths';
import { useAssessment } from '../../db/live';
import {
  applicableQuestions,
  classify,
  nextQuestions,
  type AnswerValue,
  type ClassificationData,
  type ClassificationResult,
} from '../../domain/classification';
import { textIn } from '../../domain/text';
import { useUiLanguage } from '../../hooks/use-ui-language';
import { AnswerList } from './answer-list';
import { classCode, ClassResult } from './class-result';
import { bundledClassification, classificationFile } from './classification-data';
import { QuestionStep } from './question-step';
import './classify.css';

function ForAssessment({ id }: { id: string }) {
  const { t } = useTranslation('classify');
  const assessment = useAssessment(id);
  if (!assessment) return null;
  const name = assessment.title || assessment.profile.companyName;
  const device = assessment.profile.deviceName;
  return (
    <p className="classify-for">
      {device ? (
        <Trans t={t} i18nKey="page.forAssessmentDevice" values={{ name, device }} components={{ strong: <strong /> }} />
      ) : (
        <Trans t={t} i18nKey="page.forAssessment" values={{ name }} components={{ strong: <strong /> }} />
      )}{' '}
      <Link to={paths.profile(id)}>{t('page.backToProfile')}</Link>
    </p>
  );
}

function SoFar({ result }: { result: ClassificationResult }) {
  const { t } = useTranslation('classify');
  return (
    <section className="card classify-side-card" aria-labelledby="so-far-title">
      <h2 id="so-far-title">{t('soFar.title')}</h2>
      <div aria-live="polite" aria-atomic="true">
        {result.class && result.settled ? (
          <>
            <p className="so-far-class">
              <span className={`class-mark class-mark-small class-mark-${result.class}`} aria-hidden="true">
                {result.class}
              </span>
              <span>{t('result.class', { class: classCode(result) })}</span>
            </p>
            <ul className="so-far-rules">
              {result.firedRules.map((r) => (
                <li key={r.id}>
                  {r.kind === 'rule' ? t('soFar.rule', { number: r.number, class: r.class }) : t('soFar.implementing', { section: r.section, class: r.class })}
                </li>
              ))}
            </ul>
            <p className="muted so-far-note">{t('soFar.mayChange')}</p>
          </>
        ) : (
          // A class shown while a question ahead could still raise it would mislead: say why it is not there yet.
          <p className="muted so-far-note">{result.class ? t('soFar.notYet') : t('soFar.empty')}</p>
        )}
      </div>
    </section>
  );
}

function HowItWorks({ data }: { data: ClassificationData }) {
  const { t } = useTranslation('classify');
  const language = useUiLanguage();
  return (
    <section className="card classify-side-card" aria-labelledby="how-title">
      <h2 id="how-title">{t('how.title')}</h2>
      <ul className="how-list">
        {data.implementingRules
          .filter((r) => ['intendedPurpose', 'combinations', 'strictestRule', 'mostCriticalUse'].includes(r.id))
          .map((r) => (
            <li key={r.id}>
              <strong>{textIn(r.title, language)}.</strong> {textIn(r.text, language)} <span className="ref">{r.ref}</span>
            </li>
          ))}
      </ul>
    </section>
  );
}

function ClassifyScreen({ data }: { data: ClassificationData }) {
  const { t } = useTranslation('classify');
  const [searchParams] = useSearchParams();
  const assessmentId = searchParams.get('assessment');
  const [answers, setAnswers] = useState<Record<string, AnswerValue>>({});
  const [editing, setEditing] = useState<string | null>(null);
  const [interacted, setInteracted] = useState(false);
  const resultRef = useRef<HTMLDivElement>(null);

  const applicable = useMemo(() => applicableQuestions(data, answers), [data, answers]);
  const pending = useMemo(() => nextQuestions(data, answers), [data, answers]);
  const result = useMemo(() => classify(data, answers), [data, answers]);

  const editedQuestion = editing ? applicable.find((q) => q.id === editing) : undefined;
  const current = editedQuestion ?? (result.complete ? undefined : pending[0]);
  const showResult = result.complete && !editedQuestion;

  useEffect(() => {
    // Once the result appears after an answer, take keyboard and screen-reader focus to its heading.
    if (showResult && interacted) resultRef.current?.querySelector<HTMLElement>('#class-result-title')?.focus();
  }, [showResult, interacted]);

  const answer = (questionId: string, value: AnswerValue) => {
    setAnswers((a) => ({ ...a, [questionId]: value }));
    setEditing(null);
    setInteracted(true);
  };

  const currentIndex = current ? applicable.findIndex((q) => q.id === current.id) : -1;
  const previous = currentIndex > 0 ? applicable[currentIndex - 1] : undefined;

  const restart = () => {
    setAnswers({});
    setEditing(null);
    setInteracted(true);
  };

  return (
    <div className="page classify">
      <header className="classify-head">
        <p className="classify-kicker">{t('page.kicker')}</p>
        <h1>{t('page.title')}</h1>
        <p className="classify-lead">{t('page.lead')}</p>
        {assessmentId && <ForAssessment id={assessmentId} />}
      </header>
      <div className="classify-grid">
        <div className="classify-main">
          {current && (
            <QuestionStep
              key={`${current.id}:${editing ?? ''}`}
              question={current}
              number={currentIndex + 1}
              current={answers[current.id]}
              terms={data.definitions.filter((d) => current.terms?.includes(d.id))}
              focusOnShow={interacted}
              onAnswer={(v) => answer(current.id, v)}
              onBack={previous ? () => setEditing(previous.id) : undefined}
              onCancel={editedQuestion && answers[editedQuestion.id] !== undefined ? () => setEditing(null) : undefined}
            />
          )}
          {showResult && (
            <div ref={resultRef}>
              <ClassResult result={result} notes={data.notes} meanings={data.classMeanings} assessmentId={assessmentId} onRestart={restart} />
            </div>
          )}
          <AnswerList questions={applicable} answers={answers} editing={editedQuestion?.id ?? null} onChange={(id) => setEditing(id)} />
        </div>
        <aside className="classify-side" aria-label={t('page.sideLabel')}>
          {!showResult && <SoFar result={result} />}
          <HowItWorks data={data} />
        </aside>
      </div>
    </div>
  );
}

export function ClassifyPage() {
  const { t } = useTranslation('classify');
  const loaded = bundledClassification();
  if (!loaded.ok) {
    return (
      <div className="page" role="alert">
        <h1>{t('load.title')}</h1>
        <p>{t('load.invalid', { file: classificationFile, problems: loaded.problems })}</p>
        <p className="muted">{t('load.unaffected')}</p>
      </div>
    );
  }
  return <ClassifyScreen data={loaded.data} />;
}
