// Home: every assessment saved in this browser, with create, open, rename, duplicate, delete (undo),
// import, export and back-up-everything.
import { lazy, Suspense, useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { useNavigate } from 'react-router';
import { paths } from '../../app/paths';
import type { AssessmentRow } from '../../db/database';
import type { DeletedAssessment } from '../../db/assessments-repo';
import { attempt, describeWriteError } from '../../db/write-result';
import { backUpEverything, downloadJson } from '../../hooks/back-up-everything';
import { requireRuleSet, useLoadedRuleSet } from '../../hooks/use-rule-set';
import { useAssessmentList } from '../../db/live-lazy';
import { useUiLanguage } from '../../hooks/use-ui-language';
import type { Language } from '../../domain/text';
import { trackWrite } from '../../stores/save-status';
import { AssessmentRowView, displayName, type RowActions } from './assessment-row';
import { AssessmentsHelp } from './assessments-help';
import { EmptyState } from './empty-state';
import { assessmentFileName } from './file-name';
import { Toast, useToast } from './toast';
import { useAssessmentSummaries } from './use-assessment-summaries';
import { listPageSize } from './list-page-size';
import { useOpenSample } from './use-open-sample';
import './assessments.css';

// Loaded when first opened: neither is needed to show the list.
const NewAssessmentDialog = lazy(async () => ({ default: (await import('./new-assessment-dialog')).NewAssessmentDialog }));
const loadImport = () => import('./file-transfer');
// The writes validate with the domain schemas (Zod), which the list does not need to show.
const repo = () => import('../../db/assessments-repo');

/** Show the filter box once the list is long enough to need it. */
const filterFrom = 6;

function matches(row: AssessmentRow, query: string): boolean {
  const haystack = `${row.title} ${row.profile.companyName} ${row.profile.deviceName} ${row.assessor}`.toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

export function AssessmentsPage() {
  const { t } = useTranslation('firstrun');
  const { t: ta } = useTranslation('assessments');
  const language = useUiLanguage();
  // The list shows before the rule set has loaded; the readiness figures follow once it has.
  const ruleSet = useLoadedRuleSet();
  const navigate = useNavigate();
  const rows = useAssessmentList();
  const { toast, show, dismiss } = useToast();
  const [creating, setCreating] = useState(false);
  const [importError, setImportError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const fileInput = useRef<HTMLInputElement>(null);

  const [shownCount, setShownCount] = useState(listPageSize);
  const visible = useMemo(() => (rows && deferredQuery.trim() ? rows.filter((r) => matches(r, deferredQuery)) : rows), [rows, deferredQuery]);
  const shown = useMemo(() => visible?.slice(0, shownCount), [visible, shownCount]);
  const summaries = useAssessmentSummaries(shown, ruleSet);
  const sample = useOpenSample(rows);
  const hasSample = rows?.some((r) => r.isSample) ?? false;

  const create = async (companyName: string, deviceName: string, assessmentLanguage: Language): Promise<string | null> => {
    let id = '';
    const result = await trackWrite('create-assessment', async () => {
      try {
        const { id: ruleSetId, version } = await requireRuleSet();
        id = await (await repo()).createAssessment({
          profile: { companyName, deviceName },
          ruleSet: { id: ruleSetId, version },
          language: assessmentLanguage,
        });
        return { ok: true };
      } catch (e) {
        return { ok: false, error: describeWriteError(e, language) };
      }
    });
    if (!result.ok) return result.error;
    setCreating(false);
    void navigate(paths.profile(id));
    return null;
  };

  const actions: RowActions = useMemo(
    () => ({
      rename: (id, title) => void trackWrite(`meta:${id}:title`, async () => (await repo()).updateAssessmentMeta(id, { title })),
      duplicate: async (row) => {
        const title = ta('toast.copyOf', { name: displayName(row) }).slice(0, 200);
        const result = await trackWrite(`duplicate:${row.id}`, () => attempt(async () => (await repo()).duplicateAssessment(row.id, title)));
        if (result.ok) show({ text: ta('toast.duplicated', { title }) });
      },
      exportOne: async (row) => {
        const { buildAssessmentFile, markExported } = await repo();
        const file = await buildAssessmentFile(row.id);
        if (!file) return;
        const fileName = assessmentFileName(row.profile.companyName);
        downloadJson(fileName, file);
        await trackWrite(`exported:${row.id}`, () => attempt(() => markExported([row.id], file.exportedAt)));
        show({ text: ta('toast.exported', { name: displayName(row), fileName }) });
      },
      remove: async (row) => {
        let deleted: DeletedAssessment | undefined;
        const result = await trackWrite(`delete:${row.id}`, () =>
          attempt(async () => {
            deleted = await (await repo()).deleteAssessment(row.id);
          }),
        );
        if (!result.ok || !deleted) return;
        const restored = deleted;
        show({
          text: ta('toast.deleted', { name: displayName(row) }),
          action: {
            label: ta('toast.undo'),
            run: () => void trackWrite(`restore:${row.id}`, () => attempt(async () => (await repo()).restoreAssessment(restored))),
          },
        });
      },
    }),
    [show, ta],
  );

  const backUpAll = async () => {
    const outcome = await backUpEverything();
    if (!outcome.ok) {
      show({ text: t('reminder.failed', { reason: outcome.error }) });
      return;
    }
    const { count, fileName } = outcome;
    show({ text: ta('toast.backedUp', { count, fileName }) });
  };

  const onFileChosen = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared so choosing the same file again (after fixing it) fires a change.
    input.value = '';
    if (!file) return;
    let ruleSetId: string;
    try {
      ruleSetId = (await requireRuleSet()).id;
    } catch (e) {
      setImportError(ta('import.failed', { fileName: file.name, reason: (e as Error).message }));
      return;
    }
    const outcome = await (await loadImport()).importFile(file, ruleSetId, language);
    if (!outcome.ok) {
      setImportError(ta('import.failed', { fileName: file.name, reason: outcome.error }));
      return;
    }
    setImportError(null);
    const imported = ta('toast.imported', { count: outcome.count, fileName: file.name });
    show({ text: outcome.copies > 0 ? `${imported} ${ta('toast.copies', { count: outcome.copies })}` : imported });
  };

  const chooseFile = useCallback(() => fileInput.current?.click(), []);
  const empty = rows !== undefined && rows.length === 0;

  return (
    <div className="page assessments-page">
      <div className="assessments-head">
        <div>
          <h1>{ta('page.title')}</h1>
          {rows && rows.length > 0 && <p className="muted assessments-count">{ta('page.count', { count: rows.length })}</p>}
        </div>
        {rows && rows.length > 0 && (
          <div className="assessments-toolbar">
            <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
              {ta('page.new')}
            </button>
            <button type="button" className="btn" onClick={chooseFile}>
              {ta('page.import')}
            </button>
            <button type="button" className="btn" onClick={() => void backUpAll()}>
              {ta('page.backUpAll')}
            </button>
            {!hasSample && (
              <button type="button" className="btn" onClick={() => void sample.open()} disabled={sample.busy}>
                {sample.busy ? t('sample.opening') : t('sample.openShort')}
              </button>
            )}
          </div>
        )}
      </div>

      <input
        ref={fileInput}
        type="file"
        accept="application/json,.json"
        className="visually-hidden"
        tabIndex={-1}
        aria-label={ta('page.fileInput')}
        onChange={(e) => void onFileChosen(e.currentTarget)}
      />

      {importError && (
        <div className="notice notice-error" role="alert">
          <p>{importError}</p>
          <button type="button" className="btn btn-small" onClick={() => setImportError(null)}>
            {ta('page.dismiss')}
          </button>
        </div>
      )}

      {sample.error && (
        <div className="notice notice-error" role="alert">
          <p>{t('sample.failed', { reason: sample.error })}</p>
        </div>
      )}

      {rows === undefined && <p className="muted">{ta('page.loading')}</p>}
      {empty && <EmptyState onStart={() => setCreating(true)} onImport={chooseFile} onSample={() => void sample.open()} sampleBusy={sample.busy} />}

      {rows && rows.length > 0 && (
        <>
          {rows.length >= filterFrom && (
            <div className="assessments-filter">
              <label htmlFor="assessments-filter">{ta('page.filterLabel')}</label>
              <input
                id="assessments-filter"
                type="search"
                placeholder={ta('page.filterPlaceholder')}
                value={query}
                onChange={(e) => {
                  setQuery(e.currentTarget.value);
                  setShownCount(listPageSize);
                }}
              />
              <span className="muted" role="status" aria-live="polite">
                {deferredQuery.trim() ? ta('page.filterCount', { shown: visible?.length ?? 0, total: rows.length }) : ''}
              </span>
            </div>
          )}
          <ul className="assessment-list card" aria-label={ta('page.listLabel')}>
            {shown?.map((row) => (
              <AssessmentRowView key={row.id} row={row} summary={summaries.get(row.id)} actions={actions} />
            ))}
          </ul>
          {visible && shown && visible.length > shown.length && (
            <p className="assessments-more">
              <span className="muted">{ta('page.shownOf', { shown: shown.length, total: visible.length })}</span>{' '}
              <button type="button" className="btn" onClick={() => setShownCount((n) => n + listPageSize)}>
                {ta('page.showMore', { count: Math.min(listPageSize, visible.length - shown.length) })}
              </button>
            </p>
          )}
          {visible && visible.length === 0 && <p className="muted">{ta('page.noMatch', { query: deferredQuery })}</p>}
        </>
      )}

      {rows !== undefined && <AssessmentsHelp />}
      {creating && (
        <Suspense fallback={null}>
          <NewAssessmentDialog onCreate={create} onClose={() => setCreating(false)} />
        </Suspense>
      )}
      <Toast toast={toast} onDismiss={dismiss} />
    </div>
  );
}
