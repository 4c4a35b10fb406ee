// Taking a snapshot (name defaults to "Session <date>") and the list of snapshots: compare, rename, delete.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/react';
import type { SnapshotRow } from '../../db/database';
import { deleteSnapshot, renameSnapshot, snapshotNameMaxLength, takeSnapshot } from '../../db/snapshots-repo';
import type { Formatters } from '../../hooks/use-formatters';
import { useUiLanguage } from '../../hooks/use-ui-language';
import { trackWrite } from '../../stores/save-status';

/** The user's calendar date (not UTC's) as YYYY-MM-DD. */
function localIsoDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const dateTimeLocales = { en: 'en-GB', fr: 'fr-FR', de: 'de-DE' } as const;

/** "3 Mar 2027, 10:15" in the user's time zone. */
function useTakenAtFormat(): (iso: string) => string {
  const language = useUiLanguage();
  const formatter = new Intl.DateTimeFormat(dateTimeLocales[language], { dateStyle: 'medium', timeStyle: 'short' });
  return (iso) => formatter.format(new Date(iso));
}

/** "Session 3 Mar 2027", or "Session 3 Mar 2027 (2)" when that name is taken. */
function useDefaultName(snapshots: readonly SnapshotRow[], format: Formatters): string {
  const { t } = useTranslation('progress');
  const base = t('snapshots.defaultName', { date: format.date(localIsoDate(new Date())) });
  const names = new Set(snapshots.map((s) => s.name));
  let name = base;
  for (let n = 2; names.has(name); n += 1) name = `${base} (${n})`;
  return name;
}

interface TakeSnapshotFormProps {
  assessmentId: string;
  snapshots: readonly SnapshotRow[];
  format: Formatters;
  /** Called just before the snapshot is written. */
  onTaking: () => void;
}

export function TakeSnapshotForm({ assessmentId, snapshots, format, onTaking }: TakeSnapshotFormProps) {
  const { t } = useTranslation('progress');
  const defaultName = useDefaultName(snapshots, format);
  // null: the field shows the default name, which follows the list (and the date).
  const [typed, setTyped] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const inputId = useId();
  const name = typed ?? defaultName;

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (name.trim() === '') {
      setMessage({ ok: false, text: t('snapshots.nameRequired') });
      return;
    }
    setBusy(true);
    onTaking();
    const result = await trackWrite(`snapshot:take:${assessmentId}`, () => takeSnapshot(assessmentId, name));
    setBusy(false);
    if (result.ok) {
      setTyped(null);
      setMessage({ ok: true, text: t('snapshots.taken', { name: name.trim() }) });
    } else {
      setMessage({ ok: false, text: t('snapshots.takeFailed', { reason: result.error }) });
    }
  };

  return (
    <form className="take-snapshot" onSubmit={(e) => void onSubmit(e)}>
      <div className="field">
        <label htmlFor={inputId}>{t('snapshots.nameLabel')}</label>
        <div className="take-snapshot-row">
          <input
            id={inputId}
            type="text"
            value={name}
            maxLength={snapshotNameMaxLength}
            onChange={(e) => setTyped(e.target.value)}
            aria-describedby={`${inputId}-hint`}
          />
          <button type="submit" className="btn btn-primary" disabled={busy} aria-busy={busy}>
            {t('snapshots.take')}
          </button>
        </div>
        <span className="hint" id={`${inputId}-hint`}>
          {t('snapshots.takeHint')}
        </span>
      </div>
      <p className="take-snapshot-status" role="status" aria-live="polite">
        {message && <span className={message.ok ? 'is-ok' : 'error'}>{message.text}</span>}
      </p>
    </form>
  );
}

interface SnapshotListProps {
  snapshots: readonly SnapshotRow[];
  selectedId: string | undefined;
  onCompare: (snapshotId: string) => void;
}

export function SnapshotList({ snapshots, selectedId, onCompare }: SnapshotListProps) {
  const { t } = useTranslation('progress');
  const takenAt = useTakenAtFormat();
  return (
    <ul className="snapshot-list" aria-label={t('snapshots.listLabel')}>
      {snapshots.map((s) => (
        <SnapshotEntry key={s.id} snapshot={s} selected={s.id === selectedId} takenAt={takenAt(s.takenAt)} onCompare={onCompare} />
      ))}
    </ul>
  );
}

interface SnapshotEntryProps {
  snapshot: SnapshotRow;
  selected: boolean;
  takenAt: string;
  onCompare: (snapshotId: string) => void;
}

function SnapshotEntry({ snapshot, selected, takenAt, onCompare }: SnapshotEntryProps) {
  const { t } = useTranslation('progress');
  const [mode, setMode] = useState<'view' | 'rename' | 'confirmDelete'>('view');
  const [draft, setDraft] = useState(snapshot.name);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const answered = snapshot.record.answers.filter((a) => a.status !== null).length;

  const onRename = async (e: FormEvent) => {
    e.preventDefault();
    if (draft.trim() === '') {
      setError(t('snapshots.nameRequired'));
      return;
    }
    const result = await trackWrite(`snapshot:rename:${snapshot.id}`, () => renameSnapshot(snapshot.id, draft));
    if (result.ok) {
      setError(null);
      setMode('view');
    } else setError(result.error);
  };
  const onDelete = async () => {
    const result = await trackWrite(`snapshot:delete:${snapshot.id}`, () => deleteSnapshot(snapshot.id));
    if (!result.ok) setError(result.error);
  };

  return (
    <li className={`snapshot-entry${selected ? ' is-selected' : ''}`} aria-current={selected ? 'true' : undefined}>
      {mode === 'rename' ? (
        <form className="snapshot-rename" onSubmit={(e) => void onRename(e)}>
          <label htmlFor={inputId} className="visually-hidden">
            {t('snapshots.renameLabel', { name: snapshot.name })}
          </label>
          <input id={inputId} type="text" value={draft} maxLength={snapshotNameMaxLength} onChange={(e) => setDraft(e.target.value)} autoFocus />
          <div className="snapshot-actions">
            <button type="submit" className="btn btn-small btn-primary">
              {t('snapshots.save')}
            </button>
            <button
              type="button"
              className="btn btn-small"
              onClick={() => {
                setDraft(snapshot.name);
                setError(null);
                setMode('view');
              }}
            >
              {t('snapshots.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <>
          <p className="snapshot-name">
            {snapshot.name}
            {selected && <span className="badge snapshot-compared">{t('snapshots.compared')}</span>}
          </p>
          <p className="snapshot-meta">
            {takenAt} · {t('snapshots.answered', { count: answered })}
          </p>
          {mode === 'confirmDelete' ? (
            <div className="snapshot-confirm" role="group" aria-label={t('snapshots.confirmDelete', { name: snapshot.name })}>
              <p>{t('snapshots.confirmDelete', { name: snapshot.name })}</p>
              <div className="snapshot-actions">
                <button type="button" className="btn btn-small btn-danger" onClick={() => void onDelete()}>
                  {t('snapshots.delete')}
                </button>
                <button type="button" className="btn btn-small" onClick={() => setMode('view')} autoFocus>
                  {t('snapshots.keep')}
                </button>
              </div>
            </div>
          ) : (
            <div className="snapshot-actions">
              {!selected && (
                <button
                  type="button"
                  className="btn btn-small"
                  aria-label={t('snapshots.compareNamed', { name: snapshot.name })}
                  onClick={() => onCompare(snapshot.id)}
                >
                  {t('snapshots.compare')}
                </button>
              )}
              <button type="button" className="btn btn-small" aria-label={t('snapshots.renameNamed', { name: snapshot.name })} onClick={() => setMode('rename')}>
                {t('snapshots.rename')}
              </button>
              <button type="button" className="btn btn-small btn-danger" aria-label={t('snapshots.deleteNamed', { name: snapshot.name })} onClick={() => setMode('confirmDelete')}>
                {t('snapshots.delete')}
              </button>
            </div>
          )}
        </>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
