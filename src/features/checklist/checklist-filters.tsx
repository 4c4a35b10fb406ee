// Filters for the items of an area: all, unanswered or gaps only, and by severity.
import { severities } from '../../domain/rule-set';
import { useStatusWords } from '../../components/status-text';
import { useChecklistUi, type ShowFilter } from './checklist-store';

const showOptions: { value: ShowFilter; label: string }[] = [
  { value: 'all', label: 'All items' },
  { value: 'unanswered', label: 'Unanswered only' },
  { value: 'gaps', label: 'Gaps only' },
];

interface ChecklistFiltersProps {
  shown: number;
  total: number;
}

export function ChecklistFilters({ shown, total }: ChecklistFiltersProps) {
  const words = useStatusWords();
  const { show, severities: chosen, setShow, toggleSeverity, clearFilters } = useChecklistUi();
  const filtered = show !== 'all' || chosen.length > 0;
  return (
    <div className="checklist-filters">
      <fieldset className="filter-group">
        <legend className="visually-hidden">Show</legend>
        {showOptions.map((o) => (
          <label key={o.value} className={`filter-chip${show === o.value ? ' is-on' : ''}`}>
            <input type="radio" name="checklist-show" value={o.value} checked={show === o.value} onChange={() => setShow(o.value)} />
            {o.label}
          </label>
        ))}
      </fieldset>
      <fieldset className="filter-group">
        <legend className="filter-legend">Severity</legend>
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
            Showing {shown} of {total} items{' '}
            <button type="button" className="link-button" onClick={clearFilters}>
              Show all
            </button>
          </>
        ) : (
          `${total} ${total === 1 ? 'item' : 'items'}`
        )}
      </p>
    </div>
  );
}
