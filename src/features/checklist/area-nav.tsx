// The side navigation of checklist areas, each with its answered count, a progress bar and readiness.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import type { AreaResult } from '../../domain/evaluate';
import { textIn, type Language } from '../../domain/text';
import type { Formatters } from '../../hooks/use-formatters';

interface AreaNavProps {
  assessmentId: string;
  areas: readonly AreaResult[];
  currentAreaId: string;
  language: Language;
  format: Formatters;
}

export function AreaNav({ assessmentId, areas, currentAreaId, language, format }: AreaNavProps) {
  const { t } = useTranslation('checklist');
  // Only matters on narrow screens, where the list folds away above the items.
  const [open, setOpen] = useState(false);
  const done = areas.filter((a) => a.counts.unanswered === 0).length;
  const current = areas.find((a) => a.area.id === currentAreaId);
  const navRef = useRef<HTMLElement>(null);

  // The side column scrolls on its own when the list is long: keep the current area in sight there.
  useEffect(() => {
    const column = navRef.current?.parentElement;
    const link = navRef.current?.querySelector('.area-link.is-current');
    if (!column || !link || column.scrollHeight <= column.clientHeight) return;
    const l = link.getBoundingClientRect();
    const c = column.getBoundingClientRect();
    if (l.top < c.top || l.bottom > c.bottom) column.scrollTop += l.top - c.top - Math.min(c.height / 3, 96);
  }, [currentAreaId]);

  return (
    <nav className="area-nav" aria-label={t('nav.label')} ref={navRef}>
      <button type="button" className="area-nav-toggle" aria-expanded={open} aria-controls="area-nav-list" onClick={() => setOpen(!open)}>
        <span>
          <span className="area-nav-toggle-label">{t('nav.toggle')}</span>
          {current && <span className="area-nav-toggle-current">{textIn(current.area.title, language)}</span>}
        </span>
        <span className="area-nav-toggle-count">
          {t('nav.done', { done, total: areas.length })} <span aria-hidden="true">{open ? '▴' : '▾'}</span>
        </span>
      </button>
      <ol id="area-nav-list" className={`area-nav-list${open ? ' is-open' : ''}`}>
        {areas.map((a) => {
          const answered = a.counts.applicable - a.counts.unanswered;
          const isCurrent = a.area.id === currentAreaId;
          const complete = a.counts.unanswered === 0;
          return (
            <li key={a.area.id}>
              <Link
                to={paths.area(assessmentId, a.area.id)}
                className={`area-link${isCurrent ? ' is-current' : ''}${complete ? ' is-complete' : ''}`}
                aria-current={isCurrent ? 'page' : undefined}
                onClick={() => setOpen(false)}
              >
                <span className="area-link-title">{textIn(a.area.title, language)}</span>
                <span className="area-link-meta">
                  <span>
                    {complete && <span aria-hidden="true">✓ </span>}
                    {t('nav.answered', { answered, total: a.counts.applicable })}
                  </span>
                  <span>{a.readiness === null ? t('nav.noReadiness') : t('nav.readiness', { value: format.percent(a.readiness) })}</span>
                </span>
                <span className="area-link-bar" aria-hidden="true">
                  <span style={{ width: `${Math.round(a.progress * 100)}%` }} />
                </span>
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
