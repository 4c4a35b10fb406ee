// Filters for the items of an area: all, unanswered or gaps only, and by severity.
import { useTranslation } from '../../i18n/react';
import { severities } from '../../domain/rule-set';
import { useStatusWords } from '../../components/status-text';
import { useChecklistUi, type ShowFilter } from './checklist-store';

const showOptions: readonly ShowFilter[] = ['all', 'unanswered', 'gaps'];

interface ChecklistFiltersProps {
  shown: number;
  total: number;
}

export function ChecklistFilters({ shown, total }: ChecklistFiltersProps) {
  const words = useStatusWords();
  const { t } = useTranslation('checklist');
  const { show, severities: chosen, setShow, toggleSeverity, clearFilters } = useChecklistUi();
  const filtered = show !== 'all' || chosen.length > 0;
  return (
    <div className="checklist-filters">
      <fieldset className="filter-group">
        <legend className="visually-hidden">{t('filters.show')}</legend>
        {showOptions.map((o) => (
          <label key={o} className={`filter-chip${show === o ? ' is-on' : ''}`}>
            <input type="radio" name="checklist-show" value={o} checked={show === o} onChange={() => setShow(o)} />
            {t(`filters.${o}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="filter-group">
        <legend className="filter-legend">{t('filters.severity')}</legend>
        {severities.map((s) => (
          <label key={s} className={`filter-chip${chosen.includes(s) ? ' is-on' : ''}`}>
            <input type="checkbox" checked={chosen.includes(s)} onChange={() => toggleSeverity(s)} />
            {words.severity[s]}
          </label>
        ))}
      </fieldset>
      <p className="filter-count" aria-live="polite">
        {filtered ? (
          <>
            {t('filters.showing', { shown, count: total })}{' '}
            <button type="button" className="link-button" onClick={clearFilters}>
              {t('filters.showAll')}
            </button>
          </>
        ) : (
          t('filters.count', { count: total })
        )}
      </p>
    </div>
  );
}
