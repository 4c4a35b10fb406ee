// /classify: find a device's MDR class by answering the Annex VIII questions one at a time.
import { useEffect, useMemo, useRef, useState } from 'react';
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
import { AnswerList } from './answer-list';
import { classHeadline, ClassResult } from './class-result';
import { bundledClassification } from './classification-data';
import { QuestionStep } from './question-step';
import './classify.css';

function ForAssessment({ id }: { id: string }) {
  const assessment = useAssessment(id);
  if (!assessment) return null;
  return (
    <p className="classify-for">
      For the assessment <strong>{assessment.title || assessment.profile.companyName}</strong>
      {assessment.profile.deviceName && <> · {assessment.profile.deviceName}</>}.{' '}
      <Link to={paths.profile(id)}>Back to its profile</Link>
    </p>
  );
}

function SoFar({ result }: { result: ClassificationResult }) {
  return (
    <section className="card classify-side-card" aria-labelledby="so-far-title">
      <h2 id="so-far-title">Class so far</h2>
      <div aria-live="polite" aria-atomic="true">
        {result.class ? (
          <>
            <p className="so-far-class">
              <span className={`class-mark class-mark-small class-mark-${result.class}`} aria-hidden="true">
                {result.class}
              </span>
              <span>{classHeadline(result)}</span>
            </p>
            <ul className="so-far-rules">
              {result.firedRules.map((r) => (
                <li key={r.id}>
                  {r.rule}: class {r.class}
                </li>
              ))}
            </ul>
            <p className="muted so-far-note">This can still change with your next answers.</p>
          </>
        ) : (
          <p className="muted so-far-note">Answer the questions: the class and the rules behind it appear here as soon as one rule applies.</p>
        )}
      </div>
    </section>
  );
}

function HowItWorks({ data }: { data: ClassificationData }) {
  return (
    <section className="card classify-side-card" aria-labelledby="how-title">
      <h2 id="how-title">How the class is decided</h2>
      <ul className="how-list">
        {data.implementingRules
          .filter((r) => ['intendedPurpose', 'combinations', 'strictestRule', 'mostCriticalUse'].includes(r.id))
          .map((r) => (
            <li key={r.id}>
              <strong>{r.title}.</strong> {r.text} <span className="ref">{r.ref}</span>
            </li>
          ))}
      </ul>
    </section>
  );
}

function ClassifyScreen({ data }: { data: ClassificationData }) {
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
        <p className="classify-kicker">MDR Annex VIII classification rules</p>
        <h1>Find your device class</h1>
        <p className="classify-lead">
          Answer a few plain questions about one device. Only the questions that matter for your answers are asked. You get the proposed class with the
          rules behind it, ready to use in an assessment.
        </p>
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
        <aside className="classify-side" aria-label="Class so far and how it is decided">
          {!showResult && <SoFar result={result} />}
          <HowItWorks data={data} />
        </aside>
      </div>
    </div>
  );
}

export function ClassifyPage() {
  const loaded = bundledClassification();
  if (!loaded.ok) {
    return (
      <div className="page" role="alert">
        <h1>The classification helper could not be loaded</h1>
        <p>{loaded.error}</p>
        <p className="muted">Your assessments are not affected.</p>
      </div>
    );
  }
  return <ClassifyScreen data={loaded.data} />;
}
