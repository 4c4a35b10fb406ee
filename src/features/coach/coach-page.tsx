// The coaching view: one area in large type for a shared screen in a meeting, big answer buttons, the
// firm's notes, the adviser's notes only on demand, and previous/next area.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { Link, useParams } from 'react-router';
import { paths } from '../../app/paths';
import type { AnswerStatus } from '../../domain/answer';
import { textIn } from '../../domain/text';
import { saveAnswer } from '../../db/assessments-repo';
import { useAssessmentContext } from '../../hooks/assessment-context';
import { useFormatters } from '../../hooks/use-formatters';
import { useUiLanguage } from '../../hooks/use-ui-language';
import { trackWrite } from '../../stores/save-status';
import { CoachItem } from './coach-item';
import './coach.css';

export function CoachPage() {
  const { id = '', areaId = '' } = useParams();
  const { assessment, evaluation } = useAssessmentContext();
  const { t } = useTranslation('adviser');
  const format = useFormatters(evaluation.settings.currency, useUiLanguage());
  const language = assessment.language;
  // Kept while moving between areas: the adviser decides once per meeting.
  const [showAdviserNotes, setShowAdviserNotes] = useState(false);
  const frame = useRef<HTMLDivElement>(null);
  const areas = evaluation.areas.filter((a) => a.counts.applicable > 0);
  const index = areas.findIndex((a) => a.area.id === areaId);

  const title = useRef<HTMLHeadingElement>(null);
  const firstArea = useRef(true);
  // A new area starts at its top, with its title focused (the links are at the bottom of the page).
  useEffect(() => {
    if (firstArea.current) {
      firstArea.current = false;
      return;
    }
    if (frame.current) frame.current.scrollTop = 0; // in full screen, the view itself scrolls
    if (document.scrollingElement) document.scrollingElement.scrollTop = 0;
    title.current?.focus({ preventScroll: true });
  }, [areaId]);

  const onSelect = useCallback(
    (itemId: string, status: AnswerStatus) => void trackWrite(`answer:${id}:${itemId}:status`, () => saveAnswer(id, itemId, { status })),
    [id],
  );

  if (index < 0) {
    return (
      <div className="page">
        <div className="card">
          <h2>{t('coach.noArea')}</h2>
          {areas[0] ? (
            <Link className="btn btn-primary" to={paths.coach(id, areas[0].area.id)}>
              {t('coach.firstArea')}
            </Link>
          ) : (
            <Link className="btn btn-primary" to={paths.profile(id)}>
              {t('coach.reviewProfile')}
            </Link>
          )}
        </div>
      </div>
    );
  }

  const area = areas[index]!;
  const previous = areas[index - 1];
  const next = areas[index + 1];
  const items = evaluation.items.filter((e) => e.areaId === area.area.id);
  const adviserNoteCount = items.filter((e) => e.answer?.adviserNote).length;
  const answered = area.counts.applicable - area.counts.unanswered;
  const gaps = area.counts.not_met + area.counts.partial;
  const canFullScreen = typeof document !== 'undefined' && document.fullscreenEnabled;

  return (
    <div className="coach" ref={frame}>
      <div className="coach-bar">
        <Link className="btn btn-small" to={paths.area(id, area.area.id)}>
          <span aria-hidden="true">←</span> {t('coach.leave')}
        </Link>
        <p className="coach-position">{t('coach.position', { index: index + 1, total: areas.length })}</p>
        <div className="coach-tools">
          <button
            type="button"
            className={`btn btn-small coach-notes-toggle${showAdviserNotes ? ' is-on' : ''}`}
            aria-pressed={showAdviserNotes}
            onClick={() => setShowAdviserNotes((v) => !v)}
          >
            {t('coach.adviserNotes', { count: adviserNoteCount })}
          </button>
          {canFullScreen && (
            <button
              type="button"
              className="btn btn-small"
              onClick={() => {
                if (document.fullscreenElement) void document.exitFullscreen();
                else void frame.current?.requestFullscreen();
              }}
            >
              {t('coach.fullScreen')}
            </button>
          )}
        </div>
      </div>

      <header className="coach-head">
        <h2 className="coach-title" ref={title} tabIndex={-1}>{textIn(area.area.title, language)}</h2>
        <p className="coach-summary">{textIn(area.area.summary, language)}</p>
        <p className="coach-figures" aria-live="polite">
          <span>
            <strong>{area.readiness === null ? '–' : format.percent(area.readiness)}</strong> {t('coach.ready')}
          </span>
          <span>{t('coach.answered', { answered, count: area.counts.applicable })}</span>
          <span>{t('coach.gaps', { count: gaps })}</span>
        </p>
      </header>

      {showAdviserNotes && adviserNoteCount === 0 && (
        <p className="coach-no-notes" role="status">
          {t('coach.noAdviserNotes')}
        </p>
      )}
      <ol className="coach-items">
        {items.map((e, i) => (
          <CoachItem key={e.item.id} evaluated={e} position={i + 1} language={language} showAdviserNote={showAdviserNotes} onSelect={onSelect} />
        ))}
      </ol>

      <nav className="coach-nav" aria-label={t('coach.areaNav')}>
        {previous ? (
          <Link className="coach-nav-link" to={paths.coach(id, previous.area.id)} rel="prev">
            <span className="coach-nav-dir">
              <span aria-hidden="true">← </span>
              {t('coach.previous')}
            </span>
            <span className="coach-nav-area">{textIn(previous.area.title, language)}</span>
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link className="coach-nav-link is-next" to={paths.coach(id, next.area.id)} rel="next">
            <span className="coach-nav-dir">
              {t('coach.next')}
              <span aria-hidden="true"> →</span>
            </span>
            <span className="coach-nav-area">{textIn(next.area.title, language)}</span>
          </Link>
        ) : (
          <Link className="coach-nav-link is-next" to={paths.progress(id)}>
            <span className="coach-nav-dir">
              {t('coach.done')}
              <span aria-hidden="true"> →</span>
            </span>
            <span className="coach-nav-area">{t('coach.toProgress')}</span>
          </Link>
        )}
      </nav>
    </div>
  );
}
