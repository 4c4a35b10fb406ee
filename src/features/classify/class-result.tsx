// The proposed class with the rules behind it, and what to do with it (use it in an assessment, or start one).
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { useAssessment } from '../../db/live';
import type { ClassificationData, ClassificationResult } from '../../domain/classification';
import { mergedClasses, useClassActions, type ActionState } from './use-class-actions';

export function classHeadline(result: ClassificationResult): string {
  if (!result.class) return '';
  const subs = result.class === 'I' ? result.profileClasses.filter((c) => c !== 'I') : [];
  return subs.length > 0 ? `Class I (${subs.join(', ')})` : `Class ${result.class}`;
}

const flagText = { sterile: 'supplied sterile (Is)', measuring: 'with a measuring function (Im)', reusable: 'a reusable surgical instrument (Ir)' } as const;

function ClassMeaning({ result, meanings }: { result: ClassificationResult; meanings: ClassificationData['classMeanings'] }) {
  const set = result.class === 'I' ? (Object.keys(flagText) as (keyof typeof flagText)[]).filter((f) => result.flags[f]) : [];
  if (set.length === 0) {
    const meaning = meanings[result.class!];
    return (
      <p className="result-sub">
        {meaning.text} <span className="ref">{meaning.ref}</span>
      </p>
    );
  }
  return (
    <p className="result-sub">
      Class I, {set.map((f) => flagText[f]).join(' and ')}. A notified body checks only the {set.length > 1 ? 'aspects' : 'aspect'} linked to{' '}
      {set.map((f) => ({ sterile: 'sterility', measuring: 'measuring', reusable: 'reuse' })[f]).join(' and ')} (MDR Art. 52(7)).
    </p>
  );
}

function ActionError({ state }: { state: ActionState }) {
  return (
    <p className="result-action-status" role="status" aria-live="polite">
      {state.kind === 'saving' && 'Saving…'}
      {state.kind === 'error' && <span className="classify-error">{state.error}</span>}
    </p>
  );
}

function UseInAssessment({ assessmentId, result }: { assessmentId: string; result: ClassificationResult }) {
  const assessment = useAssessment(assessmentId);
  const { state, applyTo } = useClassActions();
  if (assessment === undefined) return <p className="muted">Loading the assessment…</p>;
  if (assessment === null) {
    return (
      <p className="classify-error">
        The assessment this helper was opened from is not in this browser any more. <Link to={paths.classify()}>Use the helper on its own</Link>.
      </p>
    );
  }
  const current = assessment.profile.deviceClasses;
  const replaced = mergedClasses(current, result.profileClasses, 'replace');
  const added = mergedClasses(current, result.profileClasses, 'add');
  const same = replaced.join() === current.join();
  const name = assessment.title || assessment.profile.companyName;
  return (
    <div className="result-actions">
      <h3>Use this class</h3>
      <p className="muted">
        The profile of <strong>{name}</strong> lists: {current.join(', ')}.
        {result.profileFacts.length > 0 && <> It will also be marked as: {result.profileFacts.map((f) => f.label.toLowerCase()).join(', ')}.</>}
      </p>
      <div className="result-buttons">
        <button type="button" className="btn btn-primary" disabled={state.kind === 'saving'} onClick={() => void applyTo(assessment, result, 'replace')}>
          {same ? 'Keep this class and go back to the profile' : `Use ${replaced.join(', ')} in this assessment`}
        </button>
        {added.join() !== replaced.join() && added.join() !== current.join() && (
          <button type="button" className="btn" disabled={state.kind === 'saving'} onClick={() => void applyTo(assessment, result, 'add')}>
            Add to the listed classes ({added.join(', ')})
          </button>
        )}
        <Link className="btn" to={paths.profile(assessmentId)}>
          Back to the profile without changes
        </Link>
      </div>
      <ActionError state={state} />
    </div>
  );
}

function StartAssessment({ result }: { result: ClassificationResult }) {
  const { state, startNew } = useClassActions();
  const [company, setCompany] = useState('');
  const [device, setDevice] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!company.trim()) {
      setError('Enter the company name.');
      return;
    }
    void startNew(company.trim(), device.trim(), result);
  };
  return (
    <form className="result-actions" onSubmit={submit} noValidate>
      <h3>Start a readiness assessment with this class</h3>
      <p className="muted">The checklist, costs and deadlines will be tailored to {classHeadline(result).replace('Class', 'class')}. You can change everything later.</p>
      <div className="result-fields">
        <div className="field">
          <label htmlFor="classify-company">Company name</label>
          <input
            id="classify-company"
            type="text"
            value={company}
            autoComplete="organization"
            aria-invalid={!!error}
            aria-describedby={error ? 'classify-company-error' : undefined}
            onChange={(e) => {
              setCompany(e.target.value);
              setError(null);
            }}
          />
          {error && (
            <span className="error" id="classify-company-error">
              {error}
            </span>
          )}
        </div>
        <div className="field">
          <label htmlFor="classify-device">
            Device name <span className="muted">(optional)</span>
          </label>
          <input id="classify-device" type="text" value={device} onChange={(e) => setDevice(e.target.value)} />
        </div>
      </div>
      <div className="result-buttons">
        <button type="submit" className="btn btn-primary" disabled={state.kind === 'saving'}>
          Start the assessment
        </button>
      </div>
      <ActionError state={state} />
    </form>
  );
}

interface ClassResultProps {
  result: ClassificationResult;
  notes: readonly string[];
  meanings: ClassificationData['classMeanings'];
  assessmentId: string | null;
  onRestart: () => void;
}

export function ClassResult({ result, notes, meanings, assessmentId, onRestart }: ClassResultProps) {
  if (result.exit) {
    return (
      <section className="card class-result" aria-labelledby="class-result-title">
        <p className="result-kicker">Result</p>
        <h2 id="class-result-title" className="result-exit-title" tabIndex={-1}>
          {result.exit.title}
        </h2>
        <p>{result.exit.explanation}</p>
        <p className="result-refs">
          {result.exit.refs.map((r) => (
            <span className="ref" key={r}>
              {r}
            </span>
          ))}
        </p>
        <div className="result-buttons">
          <button type="button" className="btn" onClick={onRestart}>
            Start over
          </button>
          {assessmentId && (
            <Link className="btn" to={paths.profile(assessmentId)}>
              Back to the profile
            </Link>
          )}
        </div>
      </section>
    );
  }
  const cls = result.class!;
  return (
    <section className="card class-result" aria-labelledby="class-result-title">
      <div className="result-head">
        <div className={`class-mark class-mark-${cls}`} aria-hidden="true">
          {cls}
        </div>
        <div>
          <p className="result-kicker">Proposed class</p>
          <h2 id="class-result-title" className="result-class" tabIndex={-1}>
            {classHeadline(result)}
          </h2>
          <ClassMeaning result={result} meanings={meanings} />
        </div>
      </div>

      <h3>Why</h3>
      <ol className="fired-rules">
        {result.firedRules.map((r) => (
          <li key={r.id} className={r.class === cls ? 'is-deciding' : undefined}>
            <div className="fired-rule-head">
              <span className="fired-rule-name">{r.rule}</span>
              <span className="fired-rule-title">{r.title}</span>
              <span className={`badge class-badge class-badge-${r.class}`}>Class {r.class}</span>
            </div>
            <p className="fired-rule-reason">{r.reason}</p>
            <span className="ref">{r.ref}</span>
          </li>
        ))}
      </ol>
      {result.firedRules.length > 1 && <p className="muted result-strictest">When several rules apply, the strictest one decides (MDR Annex VIII §3.5).</p>}

      {result.pendingChanges.map((c) => (
        <div className="result-may-change" key={c.id} role="note">
          <span className="badge badge-partial">May change</span>
          <div>
            <strong>{c.title}.</strong> {c.summary}
          </div>
        </div>
      ))}

      {assessmentId ? <UseInAssessment assessmentId={assessmentId} result={result} /> : <StartAssessment result={result} />}

      <details className="result-notes">
        <summary>What this result is, and is not</summary>
        <ul>
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      </details>
      <button type="button" className="btn btn-small result-restart" onClick={onRestart}>
        Classify another device
      </button>
    </section>
  );
}
