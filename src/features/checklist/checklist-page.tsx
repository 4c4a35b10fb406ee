// The checklist screen: areas on the side, the items of one area with filters, answers saved as given.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Trans, useTranslation } from '../../i18n/react';
import { Link, useParams, useSearchParams } from 'react-router';
import { paths } from '../../app/paths';
import type { AnswerStatus } from '../../domain/answer';
import type { AreaResult, EvaluatedItem } from '../../domain/evaluate';
import { textIn } from '../../domain/text';
import { saveAnswer, saveResumePoint } from '../../db/assessments-repo';
import { useStatusWords } from '../../components/status-text';
import { useAssessmentContext } from '../../hooks/assessment-context';
import { useFormatters } from '../../hooks/use-formatters';
import { useUiLanguage } from '../../hooks/use-ui-language';
import { trackWrite } from '../../stores/save-status';
import { AreaNav } from './area-nav';
import { ArchivedAnswers } from './archived-answers';
import { ChecklistFilters } from './checklist-filters';
import { ChecklistItem, itemElementId } from './checklist-item';
import { useChecklistUi, type ShowFilter } from './checklist-store';
import { HowItWorks } from './how-it-works';
import { useChecklistKeys } from './use-checklist-keys';
import './checklist.css';

export function ChecklistPage() {
  const { id = '', areaId = '' } = useParams();
  const { t } = useTranslation('checklist');
  const { assessment, settings, evaluation } = useAssessmentContext();
  // Figures and dates are part of the interface: they follow its language, not the rule content's.
  const format = useFormatters(settings.currency, useUiLanguage());
  const areas = useMemo(() => evaluation.areas.filter((a) => a.counts.applicable > 0), [evaluation.areas]);
  const index = areas.findIndex((a) => a.area.id === areaId);

  if (areas.length === 0) {
    return (
      <div className="page">
        <div className="card checklist-empty">
          <h2>{t('page.noItemsTitle')}</h2>
          <p>{t('page.noItemsText')}</p>
          <Link className="btn btn-primary" to={paths.profile(id)}>
            {t('page.reviewProfile')}
          </Link>
        </div>
      </div>
    );
  }

  return (
    <div className="page checklist-layout">
      <div className="checklist-side">
        <AreaNav assessmentId={id} areas={areas} currentAreaId={areaId} language={assessment.language} format={format} />
        <HowItWorks settings={settings} format={format} />
      </div>
      <div className="checklist-main">
        {index < 0 ? (
          <div className="card checklist-empty">
            <h2>{t('page.areaMissingTitle')}</h2>
            <p>{t('page.areaMissingText')}</p>
            <Link className="btn btn-primary" to={paths.area(id, areas[0]!.area.id)}>
              {t('page.firstArea')}
            </Link>
          </div>
        ) : (
          <AreaChecklist key={areaId} areas={areas} index={index} />
        )}
        <ArchivedAnswers answers={evaluation.archivedAnswers} />
      </div>
    </div>
  );
}

function matches(e: EvaluatedItem, show: ShowFilter, severities: readonly string[]): boolean {
  if (show === 'unanswered' && e.status !== 'unanswered') return false;
  if (show === 'gaps' && e.status !== 'not_met' && e.status !== 'partial') return false;
  return severities.length === 0 || severities.includes(e.item.severity);
}

let addressTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * Put the chosen item in the address (so a reload or a copied link opens it) a moment after the last
 * choice, with history.replaceState rather than a router navigation: a navigation re-renders every part
 * of the screen that reads the location, on each answer given.
 */
function rememberItemInAddress(itemId: string) {
  clearTimeout(addressTimer);
  addressTimer = setTimeout(() => {
    const url = new URL(window.location.href);
    if (url.searchParams.get('item') === itemId) return;
    url.searchParams.set('item', itemId);
    window.history.replaceState(window.history.state, '', url);
  }, 250);
}

const reducedMotion = () => typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

function AreaChecklist({ areas, index }: { areas: readonly AreaResult[]; index: number }) {
  const words = useStatusWords();
  const { t } = useTranslation('checklist');
  const { id = '' } = useParams();
  const [searchParams] = useSearchParams();
  const { assessment, settings, evaluation, ruleSet } = useAssessmentContext();
  const format = useFormatters(settings.currency, useUiLanguage());
  const language = assessment.language;
  const areaResult = areas[index]!;
  const areaId = areaResult.area.id;
  const show = useChecklistUi((s) => s.show);
  const severities = useChecklistUi((s) => s.severities);
  const requestFieldFocus = useChecklistUi((s) => s.requestFieldFocus);
  const [announcement, setAnnouncement] = useState('');

  const allItems = useMemo(() => evaluation.items.filter((e) => e.areaId === areaId), [evaluation.items, areaId]);
  const visible = useMemo(() => allItems.filter((e) => matches(e, show, severities)), [allItems, show, severities]);
  // The item in focus: the one in the address when the area opens (a link, a reload), then the one chosen.
  const urlItem = searchParams.get('item');
  const [chosenItem, setChosenItem] = useState(urlItem);
  // A navigation to another ?item= of this area (a link on the page) wins over the last choice.
  const [seenUrlItem, setSeenUrlItem] = useState(urlItem);
  if (urlItem !== seenUrlItem) {
    setSeenUrlItem(urlItem);
    setChosenItem(urlItem);
  }
  const focusedId = visible.some((e) => e.item.id === chosenItem) ? chosenItem! : (visible[0]?.item.id ?? null);

  // Latest values for the stable callbacks handed to the memoized items.
  const latest = useRef({ visible, focusedId });
  useLayoutEffect(() => {
    latest.current = { visible, focusedId };
  });

  // Moving focus from the keyboard (or after answering) also moves DOM focus; clicking into an item does not.
  const domFocusFor = useRef<string | null>(urlItem);
  const selectItem = useCallback((itemId: string, moveDomFocus: boolean) => {
    if (moveDomFocus) domFocusFor.current = itemId;
    if (latest.current.focusedId === itemId && !moveDomFocus) return;
    // Keys pressed before the next render must already act on this item.
    latest.current = { ...latest.current, focusedId: itemId };
    setChosenItem(itemId);
    rememberItemInAddress(itemId);
  }, []);

  useEffect(() => {
    if (!focusedId || domFocusFor.current !== focusedId) return;
    domFocusFor.current = null;
    const el = document.getElementById(itemElementId(focusedId));
    if (!el) return;
    el.focus({ preventScroll: true });
    el.scrollIntoView?.({ block: 'nearest', behavior: reducedMotion() ? 'auto' : 'smooth' });
  }, [focusedId]);

  const nextAreaRef = useRef<HTMLAnchorElement>(null);

  const onSelectStatus = useCallback(
    async (itemId: string, status: AnswerStatus): Promise<boolean> => {
      const list = latest.current.visible;
      const at = list.findIndex((e) => e.item.id === itemId);
      const next = at >= 0 ? list[at + 1] : undefined;
      const result = await trackWrite(`answer:${id}:${itemId}:status`, () => saveAnswer(id, itemId, { status }));
      if (!result.ok) {
        setAnnouncement(t('announce.notSaved', { reason: result.error }));
        return false;
      }
      if (status === 'not_applicable') {
        selectItem(itemId, false);
        requestFieldFocus(itemId, 'naReason');
        setAnnouncement(t('announce.notApplicable'));
        return true;
      }
      if (next) {
        selectItem(next.item.id, true);
        setAnnouncement(t('announce.next', { status: words.status[status] }));
      } else {
        setAnnouncement(t('announce.last', { status: words.status[status] }));
        nextAreaRef.current?.focus();
      }
      return true;
    },
    [id, selectItem, requestFieldFocus, words.status, t],
  );

  const onFocusItem = useCallback((itemId: string) => selectItem(itemId, false), [selectItem]);

  useChecklistKeys({
    move: (step) => {
      const { visible: list, focusedId: current } = latest.current;
      if (list.length === 0) return;
      const at = list.findIndex((e) => e.item.id === current);
      const target = list[Math.min(list.length - 1, Math.max(0, at + step))];
      if (target) selectItem(target.item.id, true);
    },
    answer: (status) => {
      const current = latest.current.focusedId;
      if (current) void onSelectStatus(current, status);
    },
    note: () => {
      const current = latest.current.focusedId;
      if (current) requestFieldFocus(current, 'note');
    },
  });

  useResumePoint(id, areaId, chosenItem, assessment.resume);

  const prev = areas[index - 1];
  const next = areas[index + 1];
  const areaDone = areaResult.counts.unanswered === 0;
  const answered = areaResult.counts.applicable - areaResult.counts.unanswered;
  const gaps = areaResult.counts.not_met + areaResult.counts.partial;
  const strong = { strong: <strong /> };
  return (
    <>
      <header className="area-header">
        <p className="area-kicker">{t('area.kicker', { index: index + 1, total: areas.length })}</p>
        <h2 className="area-title">{textIn(areaResult.area.title, language)}</h2>
        <p className="area-summary">{textIn(areaResult.area.summary, language)}</p>
        <p className="area-stats">
          <span>
            <Trans t={t} i18nKey="area.answered" count={areaResult.counts.applicable} values={{ answered }} components={strong} />
          </span>
          <span>
            <Trans t={t} i18nKey="area.readiness" values={{ value: areaResult.readiness === null ? '–' : format.percent(areaResult.readiness) }} components={strong} />
          </span>
          {gaps > 0 && (
            <span>
              <Trans t={t} i18nKey="area.gaps" count={gaps} components={strong} />
            </span>
          )}
        </p>
      </header>

      <ChecklistFilters shown={visible.length} total={allItems.length} />
      <p className="keyboard-help">
        <Trans
          t={t}
          i18nKey="area.keyboard"
          values={{ met: words.status.met, partial: words.status.partial, notMet: words.status.not_met, notApplicable: words.status.not_applicable }}
          components={{ label: <span className="keyboard-help-label" />, kbd: <kbd /> }}
        />
      </p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>

      {visible.length === 0 ? (
        <div className="card checklist-empty">
          {show === 'unanswered' && severities.length === 0 ? (
            <p>{t('area.allAnswered')}</p>
          ) : show === 'gaps' && severities.length === 0 ? (
            <p>{t('area.noGaps')}</p>
          ) : (
            <p>{t('area.noMatch')}</p>
          )}
        </div>
      ) : (
        <ol className="checklist-items">
          {visible.map((e) => (
            <li key={e.item.id}>
              <ChecklistItem
                assessmentId={id}
                evaluated={e}
                position={allItems.indexOf(e) + 1}
                focused={e.item.id === focusedId}
                language={language}
                glossary={ruleSet.glossary}
                format={format}
                onSelectStatus={onSelectStatus}
                onFocusItem={onFocusItem}
              />
            </li>
          ))}
        </ol>
      )}

      <nav className="area-pager" aria-label={t('area.pager')}>
        {prev ? (
          <Link className="btn" to={paths.area(id, prev.area.id)}>
            ← {textIn(prev.area.title, language)}
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link ref={nextAreaRef} className={`btn${areaDone ? ' btn-primary' : ''}`} to={paths.area(id, next.area.id)}>
            {t('area.next', { area: textIn(next.area.title, language) })}
          </Link>
        ) : (
          <Link ref={nextAreaRef} className={`btn${areaDone ? ' btn-primary' : ''}`} to={paths.summary(id)}>
            {areaDone ? t('area.allDone') : t('area.toSummary')}
          </Link>
        )}
      </nav>
    </>
  );
}

/** Remember the area and item in view, so the Checklist tab reopens there. */
function useResumePoint(assessmentId: string, areaId: string, itemId: string | null, saved: { areaId: string; itemId?: string } | undefined) {
  const same = saved?.areaId === areaId && (saved.itemId ?? null) === itemId;
  useEffect(() => {
    if (same) return;
    const timer = setTimeout(() => {
      void trackWrite(`resume:${assessmentId}`, () => saveResumePoint(assessmentId, itemId ? { areaId, itemId } : { areaId }));
    }, 600);
    return () => clearTimeout(timer);
  }, [assessmentId, areaId, itemId, same]);
}
