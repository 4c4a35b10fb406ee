// The proposed class with the rules behind it, and what to do with it (use it in an assessment, or start one).
import { useState, type FormEvent } from 'react';
import { Trans, useTranslation } from '../../i18n/react';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { useAssessment } from '../../db/live';
import { classIFlags, type ClassificationData, type ClassificationResult } from '../../domain/classification';
import { textIn, type Language, type LocalizedText } from '../../domain/text';
import { useUiLanguage } from '../../hooks/use-ui-language';
import { mergedClasses, useClassActions, type ActionState } from './use-class-actions';

/** The class as a code, with the class I sub-categories: "III", "I (Is, Im)". The same in every language. */
export function classCode(result: ClassificationResult): string {
  if (!result.class) return '';
  const subs = result.class === 'I' ? result.profileClasses.filter((c) => c !== 'I') : [];
  return subs.length > 0 ? `I (${subs.join(', ')})` : result.class;
}

/** Labels joined the way the language joins a list ("A, B and C", "A, B et C", "A, B und C"). */
function listOf(items: readonly string[], language: Language): string {
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(items);
}

function ClassMeaning({ result, meanings }: { result: ClassificationResult; meanings: ClassificationData['classMeanings'] }) {
  const { t } = useTranslation('classify');
  const language = useUiLanguage();
  const set = result.class === 'I' ? classIFlags.filter((f) => result.flags[f]) : [];
  if (set.length === 0) {
    const meaning = meanings[result.class!];
    return (
      <p className="result-sub">
        {textIn(meaning.text, language)} <span className="ref">{meaning.ref}</span>
      </p>
    );
  }
  return (
    <div className="result-sub">
      <p>{t('meaning.classIWithBody')}</p>
      <ul>
        {set.map((f) => (
          <li key={f}>{t(`meaning.${f}`)}</li>
        ))}
      </ul>
    </div>
  );
}

function ActionError({ state }: { state: ActionState }) {
  const { t } = useTranslation('classify');
  return (
    <p className="result-action-status" role="status" aria-live="polite">
      {state.kind === 'saving' && t('actions.saving')}
      {state.kind === 'error' && <span className="classify-error">{state.error}</span>}
    </p>
  );
}

function UseInAssessment({ assessmentId, result }: { assessmentId: string; result: ClassificationResult }) {
  const { t } = useTranslation('classify');
  const language = useUiLanguage();
  const assessment = useAssessment(assessmentId);
  const { state, applyTo } = useClassActions();
  if (assessment === undefined) return <p className="muted">{t('use.loading')}</p>;
  if (assessment === null) {
    // The tag is <helper>, not <link>: Trans reads <link> as the empty HTML element and would leave the link blank.
    return (
      <p className="classify-error">
        <Trans t={t} i18nKey="use.gone" components={{ helper: <Link to={paths.classify()} /> }} />
      </p>
    );
  }
  const current = assessment.profile.deviceClasses;
  const replaced = mergedClasses(current, result.profileClasses, 'replace');
  const added = mergedClasses(current, result.profileClasses, 'add');
  const same = replaced.join() === current.join();
  const name = assessment.title || assessment.profile.companyName;
  const facts = result.profileFacts.map((f) => textIn(f.label, language));
  return (
    <div className="result-actions">
      <h3>{t('use.title')}</h3>
      <p className="muted">
        {current.length > 0 ? (
          <Trans t={t} i18nKey="use.lists" values={{ name, classes: current.join(', ') }} components={{ strong: <strong /> }} />
        ) : (
          <Trans t={t} i18nKey="use.listsNone" values={{ name }} components={{ strong: <strong /> }} />
        )}
        {facts.length > 0 && <> {t('use.alsoMarked', { facts: listOf(facts, language) })}</>}
      </p>
      <div className="result-buttons">
        <button type="button" className="btn btn-primary" disabled={state.kind === 'saving'} onClick={() => void applyTo(assessment, result, 'replace')}>
          {same ? t('use.keep') : t('use.replace', { classes: replaced.join(', ') })}
        </button>
        {added.join() !== replaced.join() && added.join() !== current.join() && (
          <button type="button" className="btn" disabled={state.kind === 'saving'} onClick={() => void applyTo(assessment, result, 'add')}>
            {t('use.add', { classes: added.join(', ') })}
          </button>
        )}
        <Link className="btn" to={paths.profile(assessmentId)}>
          {t('use.backNoChange')}
        </Link>
      </div>
      <ActionError state={state} />
    </div>
  );
}

function StartAssessment({ result }: { result: ClassificationResult }) {
  const { t } = useTranslation('classify');
  const { state, startNew } = useClassActions();
  const [company, setCompany] = useState('');
  const [device, setDevice] = useState('');
  const [missingCompany, setMissingCompany] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!company.trim()) {
      setMissingCompany(true);
      return;
    }
    void startNew(company.trim(), device.trim(), result);
  };
  return (
    <form className="result-actions" onSubmit={submit} noValidate>
      <h3>{t('start.title')}</h3>
      <p className="muted">{t('start.lead', { class: classCode(result) })}</p>
      <div className="result-fields">
        <div className="field">
          <label htmlFor="classify-company">{t('start.company')}</label>
          <input
            id="classify-company"
            type="text"
            value={company}
            autoComplete="organization"
            aria-invalid={missingCompany}
            aria-describedby={missingCompany ? 'classify-company-error' : undefined}
            onChange={(e) => {
              setCompany(e.target.value);
              setMissingCompany(false);
            }}
          />
          {missingCompany && (
            <span className="error" id="classify-company-error">
              {t('start.companyRequired')}
            </span>
          )}
        </div>
        <div className="field">
          <label htmlFor="classify-device">
            {t('start.device')} <span className="muted">{t('start.optional')}</span>
          </label>
          <input id="classify-device" type="text" value={device} onChange={(e) => setDevice(e.target.value)} />
        </div>
      </div>
      <div className="result-buttons">
        <button type="submit" className="btn btn-primary" disabled={state.kind === 'saving'}>
          {t('start.submit')}
        </button>
      </div>
      <ActionError state={state} />
    </form>
  );
}

interface ClassResultProps {
  result: ClassificationResult;
  notes: readonly LocalizedText[];
  meanings: ClassificationData['classMeanings'];
  assessmentId: string | null;
  onRestart: () => void;
}

export function ClassResult({ result, notes, meanings, assessmentId, onRestart }: ClassResultProps) {
  const { t } = useTranslation('classify');
  const language = useUiLanguage();
  if (result.exit) {
    return (
      <section className="card class-result" aria-labelledby="class-result-title">
        <p className="result-kicker">{t('result.kicker')}</p>
        <h2 id="class-result-title" className="result-exit-title" tabIndex={-1}>
          {textIn(result.exit.title, language)}
        </h2>
        <p>{textIn(result.exit.explanation, language)}</p>
        <p className="result-refs">
          {result.exit.refs.map((r) => (
            <span className="ref" key={r}>
              {r}
            </span>
          ))}
        </p>
        <div className="result-buttons">
          <button type="button" className="btn" onClick={onRestart}>
            {t('result.startOver')}
          </button>
          {assessmentId && (
            <Link className="btn" to={paths.profile(assessmentId)}>
              {t('result.backToProfile')}
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
          <p className="result-kicker">{t('result.proposed')}</p>
          <h2 id="class-result-title" className="result-class" tabIndex={-1}>
            {t('result.class', { class: classCode(result) })}
          </h2>
          <ClassMeaning result={result} meanings={meanings} />
        </div>
      </div>

      <h3>{t('result.why')}</h3>
      <ol className="fired-rules">
        {result.firedRules.map((r) => (
          <li key={r.id} className={r.class === cls ? 'is-deciding' : undefined}>
            <div className="fired-rule-head">
              <span className="fired-rule-name">
                {r.kind === 'rule' ? t('result.ruleName', { number: r.number }) : t('result.implementingName', { section: r.section })}
              </span>
              <span className="fired-rule-title">{textIn(r.title, language)}</span>
              <span className={`badge class-badge class-badge-${r.class}`}>{t('result.class', { class: r.class })}</span>
            </div>
            <p className="fired-rule-reason">{textIn(r.reason, language)}</p>
            <span className="ref">{r.ref}</span>
          </li>
        ))}
      </ol>
      {result.firedRules.length > 1 && <p className="muted result-strictest">{t('result.strictest')}</p>}

      {result.pendingChanges.map((c) => (
        <div className="result-may-change" key={c.id} role="note">
          <span className="badge badge-partial">{t('result.mayChange')}</span>
          <div>
            <strong>{textIn(c.title, language)}.</strong> {textIn(c.summary, language)}
          </div>
        </div>
      ))}

      {assessmentId ? <UseInAssessment assessmentId={assessmentId} result={result} /> : <StartAssessment result={result} />}

      <details className="result-notes">
        <summary>{t('result.notes')}</summary>
        <ul>
          {notes.map((n, i) => (
            <li key={i}>{textIn(n, language)}</li>
          ))}
        </ul>
      </details>
      <button type="button" className="btn btn-small result-restart" onClick={onRestart}>
        {t('result.restart')}
      </button>
    </section>
  );
}
