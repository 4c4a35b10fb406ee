// Gaps by priority, each with owner, due date, cost, how the cost was made, and what-if planning controls.
import { memo } from 'react';
import { useTranslation } from '../../i18n/react';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import type { Answer } from '../../domain/answer';
import { describeCostBasis, type CostLine } from '../../domain/cost';
import type { Gap } from '../../domain/evaluate';
import { textIn, type Language } from '../../domain/text';
import { saveAnswer } from '../../db/assessments-repo';
import { useStatusWords } from '../../components/status-text';
import { TableScroll } from '../../components/table-scroll';
import type { Formatters } from '../../hooks/use-formatters';
import { useUiLanguage } from '../../hooks/use-ui-language';
import { trackWrite } from '../../stores/save-status';

interface GapsByPriorityProps {
  gaps: readonly Gap[];
  assessmentId: string;
  areaTitles: ReadonlyMap<string, string>;
  language: Language;
  format: Formatters;
}

export function GapsByPriority({ gaps, assessmentId, areaTitles, language, format }: GapsByPriorityProps) {
  const { t } = useTranslation('summary');
  return (
    <>
      {(['high', 'medium', 'low'] as const).map((priority) => {
        const list = gaps.filter((g) => g.priority === priority);
        if (list.length === 0) return null;
        return (
          <div key={priority} className={`gap-group gap-group-${priority}`}>
            <h3 className="gap-group-title">
              <span className={`priority-dot priority-${priority}`} aria-hidden="true" />
              {t(`gaps.priority.${priority}`)} <span className="muted">{t('gaps.groupCount', { count: list.length })}</span>
            </h3>
            <p className="muted gap-group-lead">{t(`gaps.priority.${priority}Lead`)}</p>
            <ol className="gap-list">
              {list.map((g) => (
                <li key={g.evaluated.item.id}>
                  <GapRow
                    gap={g}
                    answer={g.evaluated.answer}
                    assessmentId={assessmentId}
                    areaTitle={areaTitles.get(g.evaluated.areaId) ?? g.evaluated.areaId}
                    language={language}
                    format={format}
                  />
                </li>
              ))}
            </ol>
          </div>
        );
      })}
    </>
  );
}

interface GapRowProps {
  gap: Gap;
  answer: Answer | undefined;
  assessmentId: string;
  areaTitle: string;
  language: Language;
  format: Formatters;
}

function GapRowView({ gap, answer, assessmentId, areaTitle, language, format }: GapRowProps) {
  const { t } = useTranslation('summary');
  const words = useStatusWords();
  const { item, status, cost, areaId } = gap.evaluated;
  const hasDays = !!item.cost.oneOff.internalDays || !!item.cost.yearly?.internalDays;
  const save = (key: string, patch: Partial<Pick<Answer, 'inPlan' | 'sourcing'>>) =>
    void trackWrite(`answer:${assessmentId}:${item.id}:${key}`, () => saveAnswer(assessmentId, item.id, patch));
  const inPlan = answer?.inPlan ?? false;
  const sourcing = answer?.sourcing ?? 'inHouse';
  const qId = `gap-q-${item.id}`;
  return (
    <article className={`gap-row${inPlan ? ' is-in-plan' : ''}`} aria-labelledby={qId}>
      <div className="gap-main">
        <p className="gap-meta">
          <span className={`badge badge-${status}`}>{words.status[status]}</span>
          <span className={`severity-tag severity-tag-${item.severity}`}>{words.severity[item.severity]}</span>
          <span className="muted">{areaTitle}</span>
        </p>
        <h4 id={qId} className="gap-question">
          <Link to={paths.area(assessmentId, areaId, item.id)}>{textIn(item.question, language)}</Link>
        </h4>
        <p className="gap-refs">
          <span className="visually-hidden">{t('gap.references')} </span>
          {gap.evaluated.refs.map((r) => (
            <span key={r} className="ref">
              {r}
            </span>
          ))}
        </p>
        <dl className="gap-facts">
          <div>
            <dt>{t('gap.owner')}</dt>
            <dd>{answer?.owner ? answer.owner : <span className="muted">{t('gap.notSet')}</span>}</dd>
          </div>
          <div>
            <dt>{t('gap.due')}</dt>
            <dd>{answer?.dueDate ? format.date(answer.dueDate) : <span className="muted">{t('gap.notSet')}</span>}</dd>
          </div>
          {gap.evaluated.deadline && (
            <div>
              <dt>{t('gap.legalDeadline')}</dt>
              <dd className={gap.evaluated.deadline.passed ? 'is-passed' : undefined}>
                {gap.evaluated.deadline.passed
                  ? t('gap.deadlinePassed', { date: format.date(gap.evaluated.deadline.deadline.date) })
                  : format.date(gap.evaluated.deadline.deadline.date)}
              </dd>
            </div>
          )}
        </dl>
      </div>
      <div className="gap-side">
        <p className="gap-cost">
          <span className="gap-cost-main">{format.money(cost.oneOff[1])}</span>
          <span className="gap-cost-sub">{t('gap.oneOffRange', { low: format.money(cost.oneOff[0]), high: format.money(cost.oneOff[2]) })}</span>
          {cost.yearly[2] > 0 && (
            <span className="gap-cost-sub">
              {t('gap.yearlyRange', { amount: format.money(cost.yearly[1]), low: format.money(cost.yearly[0]), high: format.money(cost.yearly[2]) })}
            </span>
          )}
        </p>
        <div className="gap-whatif">
          <label className="check">
            <input type="checkbox" checked={inPlan} onChange={(e) => save('inPlan', { inPlan: e.target.checked })} />
            {t('gap.inPlan')}
          </label>
          {hasDays && (
            <div className="segmented" role="radiogroup" aria-label={t('gap.whoDoesIt', { question: textIn(item.question, language) })}>
              {(
                [
                  ['inHouse', t('gap.inHouse')],
                  ['outsourced', t('gap.outsourced')],
                ] as const
              ).map(([value, label]) => (
                <label key={value} className={sourcing === value ? 'is-on' : undefined}>
                  <input
                    type="radio"
                    name={`sourcing-${item.id}`}
                    value={value}
                    checked={sourcing === value}
                    onChange={() => save('sourcing', { sourcing: value })}
                  />
                  {label}
                </label>
              ))}
            </div>
          )}
        </div>
      </div>
      <details className="gap-explain">
        <summary>{t('gap.howCalculated')}</summary>
        <CostExplanation lines={cost.lines} fraction={cost.fraction} status={status} format={format} />
      </details>
    </article>
  );
}

/**
 * Re-render a gap only when its own answer or cost changed, not when another gap is planned. A change of
 * interface language re-renders it through useTranslation, and brings new formatters (`format`).
 */
export const GapRow = memo(
  GapRowView,
  (a, b) =>
    a.gap.evaluated.item === b.gap.evaluated.item &&
    a.gap.evaluated.status === b.gap.evaluated.status &&
    a.answer?.inPlan === b.answer?.inPlan &&
    a.answer?.sourcing === b.answer?.sourcing &&
    a.answer?.owner === b.answer?.owner &&
    a.answer?.dueDate === b.answer?.dueDate &&
    a.gap.evaluated.cost.oneOff.join() === b.gap.evaluated.cost.oneOff.join() &&
    a.gap.evaluated.cost.yearly.join() === b.gap.evaluated.cost.yearly.join() &&
    a.gap.evaluated.cost.lines.map((l) => l.basis).join() === b.gap.evaluated.cost.lines.map((l) => l.basis).join() &&
    a.gap.evaluated.deadline?.passed === b.gap.evaluated.deadline?.passed &&
    a.areaTitle === b.areaTitle &&
    a.language === b.language &&
    a.format === b.format &&
    a.assessmentId === b.assessmentId,
);

interface CostExplanationProps {
  lines: readonly CostLine[];
  fraction: number;
  status: string;
  format: Formatters;
}

export function CostExplanation({ lines, fraction, status, format }: CostExplanationProps) {
  const { t } = useTranslation('summary');
  const uiLanguage = useUiLanguage();
  if (lines.length === 0) return <p className="muted">{t('explain.noCost')}</p>;
  return (
    <div className="cost-explain">
      <p className="muted">{status === 'partial' ? t('explain.leadPartial', { share: format.percent(fraction) }) : t('explain.leadNotMet')}</p>
      <TableScroll label={t('explain.caption')}>
        <table className="cost-lines">
          <caption className="visually-hidden">{t('explain.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('explain.cost')}</th>
              <th scope="col">{t('explain.when')}</th>
              <th scope="col" className="num">
                {t('explain.low')}
              </th>
              <th scope="col" className="num">
                {t('explain.likely')}
              </th>
              <th scope="col" className="num">
                {t('explain.high')}
              </th>
              <th scope="col">{t('explain.basis')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l, i) => (
              <tr key={i}>
                <td>{t(`costKind.${l.kind}`)}</td>
                <td>{l.recurrence === 'oneOff' ? t('explain.oneOff') : t('explain.yearly')}</td>
                <td className="num">{format.money(l.range[0])}</td>
                <td className="num">{format.money(l.range[1])}</td>
                <td className="num">{format.money(l.range[2])}</td>
                <td className="cost-basis">{describeCostBasis(l, uiLanguage)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
