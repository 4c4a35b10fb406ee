// One saved assessment in the list: name, device, classes, last change, readiness and progress, actions.
import { memo, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import type { AssessmentRow as Row } from '../../db/database';
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

const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });

function Readiness({ summary }: { summary: AssessmentSummary | undefined }) {
  if (!summary) {
    // Same shape as the figures that replace it, so the row does not jump.
    return (
      <div className="row-readiness">
        <div className="row-readiness-figure muted">Working out…</div>
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
          <span className="muted">Not scored yet</span>
        ) : (
          <>
            <strong>{percent.format(readiness)} ready</strong>
            {answered < applicable && <span className="muted"> so far</span>}
          </>
        )}
      </div>
      <div className="progress" aria-hidden="true">
        <div className="progress-fill" style={{ width: `${Math.round(share * 100)}%` }} />
      </div>
      <div className="row-progress-text muted">
        {answered} of {applicable} answered
      </div>
    </div>
  );
}

function RenameForm({ row, onDone, onSave }: { row: Row; onDone: () => void; onSave: (title: string) => void }) {
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
        New name for {displayName(row)}
      </label>
      <input id={`rename-${row.id}`} ref={input} type="text" maxLength={200} value={value} onChange={(e) => setValue(e.currentTarget.value)} />
      <button type="submit" className="btn btn-small btn-primary">
        Save
      </button>
      <button type="button" className="btn btn-small" onClick={onDone}>
        Cancel
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
            {row.isSample && <span className="badge">Sample</span>}
          </h2>
        )}
        {subline && <p className="row-sub muted">{subline}</p>}
        <p className="row-classes">
          <span className="visually-hidden">Device classes: </span>
          {row.profile.deviceClasses.map((c) => (
            <span key={c} className="badge badge-class">
              Class {c}
            </span>
          ))}
        </p>
      </div>
      <Readiness summary={summary} />
      <div className="row-updated muted">
        <span className="visually-hidden">Last changed </span>
        <time dateTime={row.updatedAt} title={`Last changed ${fullDateTime(row.updatedAt)}`}>
          {relativeTime(row.updatedAt)}
        </time>
      </div>
      <div className="row-actions">
        <Link className="btn btn-small btn-primary" to={openPath} aria-label={`Open ${name}`}>
          Open
        </Link>
        <RowMenu label={`More actions for ${name}`}>
          {(close) => (
            <>
              <button
                type="button"
                onClick={() => {
                  close();
                  setRenaming(true);
                }}
              >
                Rename
              </button>
              <button
                type="button"
                onClick={() => {
                  close();
                  actions.duplicate(row);
                }}
              >
                Duplicate
              </button>
              <button
                type="button"
                onClick={() => {
                  close();
                  actions.exportOne(row);
                }}
              >
                Export file
              </button>
              <button
                type="button"
                className="row-menu-danger"
                onClick={() => {
                  close();
                  actions.remove(row);
                }}
              >
                Delete
              </button>
            </>
          )}
        </RowMenu>
      </div>
    </li>
  );
}, sameRow);
