// One saved assessment in the list: name, device, classes, last change, readiness and progress, actions.
import { memo, useEffect, useRef, useState } from 'react';
import { Trans, useTranslation } from '../../i18n/react';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import type { AssessmentRow as Row } from '../../db/database';
import { useFormatters } from '../../hooks/use-formatters';
import { useUiLanguage } from '../../hooks/use-ui-language';
import { fullDateTime, relativeTime } from './relative-time';
import { RowMenu } from './row-menu';
import type { AssessmentSummary } from './use-assessment-summaries';

export interface RowActions {
  rename: (id: string, title: string) => void;
  duplicate: (row: Row) => void;
  exportOne: (row: Row) => void;
  remove: (row: Row) => void;
}

export interface AssessmentRowProps {
  row: Row;
  summary: AssessmentSummary | undefined;
  actions: RowActions;
}

export const displayName = (row: Row) => row.title || row.profile.companyName;

function Readiness({ summary }: { summary: AssessmentSummary | undefined }) {
  const { t } = useTranslation('assessments');
  const { percent } = useFormatters('EUR', useUiLanguage());
  if (!summary) {
    // Same shape as the figures that replace it, so the row does not jump.
    return (
      <div className="row-readiness">
        <div className="row-readiness-figure muted">{t('row.workingOut')}</div>
        <div className="progress" aria-hidden="true" />
        <div className="row-progress-text">&nbsp;</div>
      </div>
    );
  }
  const { readiness, answered, applicable } = summary;
  const share = applicable === 0 ? 0 : answered / applicable;
  return (
    <div className="row-readiness">
      <div className="row-readiness-figure">
        {readiness === null ? (
          <span className="muted">{t('row.notScored')}</span>
        ) : (
          <Trans
            t={t}
            i18nKey={answered < applicable ? 'row.readySoFar' : 'row.ready'}
            values={{ percent: percent(readiness) }}
            components={{ strong: <strong />, muted: <span className="muted" /> }}
          />
        )}
      </div>
      <div className="progress" aria-hidden="true">
        <div className="progress-fill" style={{ width: `${Math.round(share * 100)}%` }} />
      </div>
      <div className="row-progress-text muted">{t('row.answered', { answered, count: applicable })}</div>
    </div>
  );
}

function RenameForm({ row, onDone, onSave }: { row: Row; onDone: () => void; onSave: (title: string) => void }) {
  const { t } = useTranslation('assessments');
  const [value, setValue] = useState(displayName(row));
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  const save = () => {
    const title = value.trim();
    // Renaming back to the company name clears the title, so the name follows the company.
    onSave(title === row.profile.companyName ? '' : title);
    onDone();
  };
  return (
    <form
      className="row-rename"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onDone();
        }
      }}
    >
      <label className="visually-hidden" htmlFor={`rename-${row.id}`}>
        {t('row.renameLabel', { name: displayName(row) })}
      </label>
      <input id={`rename-${row.id}`} ref={input} type="text" maxLength={200} value={value} onChange={(e) => setValue(e.currentTarget.value)} />
      <button type="submit" className="btn btn-small btn-primary">
        {t('row.save')}
      </button>
      <button type="button" className="btn btn-small" onClick={onDone}>
        {t('row.cancel')}
      </button>
    </form>
  );
}

/**
 * Live queries hand over new row objects on every change anywhere in the list; a row re-renders only
 * when what it shows changed (every shown change moves updatedAt, except the resume point).
 */
function sameRow(a: AssessmentRowProps, b: AssessmentRowProps): boolean {
  return (
    a.summary === b.summary &&
    a.actions === b.actions &&
    a.row.id === b.row.id &&
    a.row.updatedAt === b.row.updatedAt &&
    a.row.resume?.areaId === b.row.resume?.areaId &&
    a.row.resume?.itemId === b.row.resume?.itemId
  );
}

export const AssessmentRowView = memo(function AssessmentRowView({ row, summary, actions }: AssessmentRowProps) {
  const { t } = useTranslation('assessments');
  const language = useUiLanguage();
  const [renaming, setRenaming] = useState(false);
  const openPath = row.resume ? paths.area(row.id, row.resume.areaId, row.resume.itemId) : paths.profile(row.id);
  const name = displayName(row);
  const subline = [row.title ? row.profile.companyName : '', row.profile.deviceName].filter(Boolean).join(' · ');
  return (
    <li className="assessment-row">
      <div className="row-main">
        {renaming ? (
          <RenameForm row={row} onDone={() => setRenaming(false)} onSave={(title) => actions.rename(row.id, title)} />
        ) : (
          <h2 className="row-title">
            <Link to={openPath}>{name}</Link>
            {row.isSample && <span className="badge">{t('row.sample')}</span>}
          </h2>
        )}
        {subline && <p className="row-sub muted">{subline}</p>}
        <p className="row-classes">
          <span className="visually-hidden">{t('row.classes')} </span>
          {row.profile.deviceClasses.map((c) => (
            <span key={c} className="badge badge-class">
              {t('row.class', { deviceClass: c })}
            </span>
          ))}
        </p>
      </div>
      <Readiness summary={summary} />
      <div className="row-updated muted">
        <span className="visually-hidden">{t('row.lastChanged')} </span>
        <time dateTime={row.updatedAt} title={t('row.lastChangedAt', { date: fullDateTime(row.updatedAt, language) })}>
          {relativeTime(row.updatedAt, language)}
        </time>
      </div>
      <div className="row-actions">
        <Link className="btn btn-small btn-primary" to={openPath} aria-label={t('row.openNamed', { name })}>
          {t('row.open')}
        </Link>
        <RowMenu label={t('row.moreActions', { name })} buttonText={t('row.more')}>
          {(close) => (
            <>
              <button
                type="button"
                onClick={() => {
                  close();
                  setRenaming(true);
                }}
              >
                {t('row.rename')}
              </button>
              <button
                type="button"
                onClick={() => {
                  close();
                  actions.duplicate(row);
                }}
              >
                {t('row.duplicate')}
              </button>
              <button
                type="button"
                onClick={() => {
                  close();
                  actions.exportOne(row);
                }}
              >
                {t('row.export')}
              </button>
              <button
                type="button"
                className="row-menu-danger"
                onClick={() => {
                  close();
                  actions.remove(row);
                }}
              >
                {t('row.delete')}
              </button>
            </>
          )}
        </RowMenu>
      </div>
    </li>
  );
}, sameRow);
