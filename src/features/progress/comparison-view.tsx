// What changed since a snapshot: readiness then and now (overall and per area), gaps closed, opened and
// improved, and the cost estimate then and now. Every figure comes from compareEvaluations().
import { useMemo } from 'react';
import { useTranslation } from '../../i18n/react';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { useStatusWords } from '../../components/status-text';
import { TableScroll } from '../../components/table-scroll';
import type { SnapshotRow } from '../../db/database';
import type { Evaluation, EvaluatedItem, ItemStatus } from '../../domain/evaluate';
import type { AreaChange, Comparison, ItemChange } from '../../domain/snapshot-compare';
import { textIn, type Language } from '../../domain/text';
import type { Formatters } from '../../hooks/use-formatters';
import { useUiLanguage } from '../../hooks/use-ui-language';

interface ComparisonViewProps {
  assessmentId: string;
  snapshot: SnapshotRow;
  then: Evaluation;
  now: Evaluation;
  comparison: Comparison;
  profileChanged: boolean;
  /** The language of the rule-set text (the assessment's). */
  language: Language;
  format: Formatters;
}

/** A readiness change in whole percentage points, signed in the interface language: "+25 points", "-4 Punkte". */
function usePointsText(): (delta: number) => string {
  const { t } = useTranslation('progress');
  const language = useUiLanguage();
  const signed = useMemo(() => new Intl.NumberFormat(language, { signDisplay: 'exceptZero', maximumFractionDigits: 0 }), [language]);
  return (delta) => {
    const points = Math.round(delta * 100);
    return t('compare.points', { count: Math.abs(points), value: signed.format(points) });
  };
}

function signedMoney(delta: number, format: Formatters): string {
  const rounded = Math.round(delta);
  return rounded > 0 ? `+${format.money(rounded)}` : rounded < 0 ? `−${format.money(-rounded)}` : format.money(0);
}

function daysSince(iso: string): number {
  return Math.max(0, Math.floor((Date.now() - Date.parse(iso)) / 86_400_000));
}

export function ComparisonView({ assessmentId, snapshot, then, now, comparison, profileChanged, language, format }: ComparisonViewProps) {
  const { t } = useTranslation('progress');
  const c = comparison;
  const nothingChanged = c.closed.length === 0 && c.opened.length === 0 && c.improved.length === 0 && (c.overall.delta ?? 0) === 0;
  const items = useMemo(() => {
    const map = new Map<string, EvaluatedItem>(then.items.map((e) => [e.item.id, e]));
    for (const e of now.items) map.set(e.item.id, e);
    return map;
  }, [then.items, now.items]);
  const areaTitles = useMemo(() => new Map(now.areas.map((a) => [a.area.id, textIn(a.area.title, language)])), [now.areas, language]);

  return (
    <section className="comparison" aria-labelledby="comparison-title">
      <div className="comparison-head">
        <h2 id="comparison-title">{t('compare.title', { name: snapshot.name })}</h2>
        <p className="muted">
          {t('compare.takenOn', { date: format.date(snapshot.takenAt.slice(0, 10)), count: daysSince(snapshot.takenAt) })}
          {' · '}
          {t('compare.basis', { version: now.ruleSet.version })}
        </p>
        {profileChanged && (
          <p className="comparison-note" role="note">
            {t('compare.profileChanged')}{' '}
            <Link to={paths.profile(assessmentId)}>{t('compare.seeProfile')}</Link>
          </p>
        )}
      </div>

      <Headline comparison={c} now={now} format={format} />

      {nothingChanged && (
        <p className="card comparison-same" role="status">
          {t('compare.nothingChanged')}
        </p>
      )}

      <AreaChanges areas={c.areas} now={now} areaTitles={areaTitles} format={format} />

      <div className="change-lists">
        <ChangeList
          id="closed"
          title={t('compare.closedTitle', { count: c.closed.length })}
          empty={t('compare.closedNone')}
          changes={c.closed}
          items={items}
          areaTitles={areaTitles}
          language={language}
          tone="good"
        />
        <ChangeList
          id="opened"
          title={t('compare.openedTitle', { count: c.opened.length })}
          empty={t('compare.openedNone')}
          lead={t('compare.openedLead')}
          changes={c.opened}
          items={items}
          areaTitles={areaTitles}
          language={language}
          tone="bad"
        />
        {c.improved.length > 0 && (
          <ChangeList
            id="improved"
            title={t('compare.improvedTitle', { count: c.improved.length })}
            empty=""
            changes={c.improved}
            items={items}
            areaTitles={areaTitles}
            language={language}
            tone="fair"
          />
        )}
      </div>

      <CostChange comparison={c} now={now} assessmentId={assessmentId} format={format} />
    </section>
  );
}

function Headline({ comparison: c, now, format }: { comparison: Comparison; now: Evaluation; format: Formatters }) {
  const { t } = useTranslation('progress');
  const pointsText = usePointsText();
  const pct = (v: number | null) => (v === null ? '–' : format.percent(v));
  const oneOff = c.cost.oneOffP50;
  return (
    <div className="comparison-kpis" aria-label={t('compare.headline')} role="group">
      <div className="kpi">
        <p className="kpi-label">{t('compare.readiness')}</p>
        <p className="kpi-big" data-testid="readiness-then-now">
          <span className="kpi-then">{pct(c.overall.then)}</span>
          <span className="kpi-arrow" aria-hidden="true">
            →
          </span>
          <span className="visually-hidden"> {t('compare.to')} </span>
          {pct(c.overall.now)}
        </p>
        {c.overall.delta !== null && <p className={`kpi-delta ${deltaTone(c.overall.delta)}`}>{pointsText(c.overall.delta)}</p>}
      </div>
      <div className="kpi">
        <p className="kpi-label">{t('compare.closed')}</p>
        <p className="kpi-big" data-testid="gaps-closed">
          {c.closed.length}
        </p>
        <p className="kpi-note">{c.improved.length > 0 ? t('compare.improvedNote', { count: c.improved.length }) : t('compare.closedNote')}</p>
      </div>
      <div className="kpi">
        <p className="kpi-label">{t('compare.opened')}</p>
        <p className="kpi-big" data-testid="gaps-opened">
          {c.opened.length}
        </p>
        <p className="kpi-note">{t('compare.stillOpen', { count: now.gaps.length })}</p>
      </div>
      <div className="kpi">
        <p className="kpi-label">{t('compare.costLabel')}</p>
        <p className="kpi-big kpi-money">{format.money(oneOff.now)}</p>
        <p className="kpi-note">{t('compare.costWas', { amount: format.money(oneOff.then) })}</p>
        {Math.round(oneOff.delta) !== 0 && <p className={`kpi-delta ${deltaTone(-oneOff.delta)}`}>{signedMoney(oneOff.delta, format)}</p>}
      </div>
    </div>
  );
}

/** Better is green, worse is red; the sign and words carry the meaning too. */
function deltaTone(better: number): string {
  return better > 0.00001 ? 'is-better' : better < -0.00001 ? 'is-worse' : 'is-same';
}

const toneOf = (share: number | null) => (share === null ? 'none' : share >= 0.8 ? 'good' : share >= 0.5 ? 'fair' : 'poor');

interface AreaChangesProps {
  areas: readonly AreaChange[];
  now: Evaluation;
  areaTitles: ReadonlyMap<string, string>;
  format: Formatters;
}

function AreaChanges({ areas, now, areaTitles, format }: AreaChangesProps) {
  const { t } = useTranslation('progress');
  const pointsText = usePointsText();
  const applicable = new Set(now.areas.filter((a) => a.counts.applicable > 0).map((a) => a.area.id));
  const shown = areas.filter((a) => applicable.has(a.areaId) || a.then !== null);
  const value = (v: number | null) => (v === null ? t('compare.notAnswered') : format.percent(v));
  return (
    <section className="card comparison-section" aria-labelledby="area-changes-title">
      <h3 id="area-changes-title">{t('compare.areasTitle')}</h3>
      <p className="muted section-lead">{t('compare.areasLead')}</p>
      <TableScroll labelledBy="area-changes-title">
        <table className="area-changes">
          <thead>
            <tr>
              <th scope="col">{t('compare.area')}</th>
              <th scope="col" className="area-changes-bars">
                {t('compare.thenAndNow')}
              </th>
              <th scope="col" className="num">
                {t('compare.change')}
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((a) => (
              <tr key={a.areaId}>
                <th scope="row">{areaTitles.get(a.areaId) ?? a.areaId}</th>
                <td className="area-changes-bars">
                  <div className="bar-pair">
                    <span className="bar-pair-label">{t('compare.then')}</span>
                    <span className="bar-track" aria-hidden="true">
                      <span className="bar-fill bar-then" style={{ width: `${Math.round((a.then ?? 0) * 100)}%` }} />
                    </span>
                    <span className="bar-pair-value">{value(a.then)}</span>
                    <span className="bar-pair-label">{t('compare.now')}</span>
                    <span className="bar-track" aria-hidden="true">
                      <span className={`bar-fill bar-${toneOf(a.now)}`} style={{ width: `${Math.round((a.now ?? 0) * 100)}%` }} />
                    </span>
                    <span className="bar-pair-value is-now">{value(a.now)}</span>
                  </div>
                </td>
                <td className={`num area-delta ${a.delta === null ? '' : deltaTone(a.delta)}`}>
                  {a.delta === null ? '–' : pointsText(a.delta)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

interface ChangeListProps {
  id: string;
  title: string;
  empty: string;
  lead?: string;
  changes: readonly ItemChange[];
  items: ReadonlyMap<string, EvaluatedItem>;
  areaTitles: ReadonlyMap<string, string>;
  language: Language;
  tone: 'good' | 'bad' | 'fair';
}

function ChangeList({ id, title, empty, lead, changes, items, areaTitles, language, tone }: ChangeListProps) {
  const { t } = useTranslation('progress');
  const words = useStatusWords();
  const status = (s: ItemStatus) => <span className={`badge badge-${s}`}>{words.status[s]}</span>;
  return (
    <section className={`card comparison-section change-list change-list-${tone}`} aria-labelledby={`changes-${id}`} data-testid={`changes-${id}`}>
      <h3 id={`changes-${id}`}>{title}</h3>
      {lead && changes.length > 0 && <p className="muted section-lead">{lead}</p>}
      {changes.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul>
          {changes.map((ch) => {
            const e = items.get(ch.itemId);
            return (
              <li key={ch.itemId}>
                <p className="change-question">{e ? textIn(e.item.question, language) : ch.itemId}</p>
                <p className="change-meta">
                  <span className="muted">{areaTitles.get(ch.areaId) ?? ch.areaId}</span>
                  <span className="change-statuses">
                    {status(ch.then)}
                    <span aria-hidden="true"> → </span>
                    <span className="visually-hidden"> {t('compare.to')} </span>
                    {status(ch.now)}
                  </span>
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function CostChange({ comparison: c, now, assessmentId, format }: { comparison: Comparison; now: Evaluation; assessmentId: string; format: Formatters }) {
  const { t } = useTranslation('progress');
  const rows = [
    ['oneOff', c.cost.oneOffP50],
    ['yearly', c.cost.yearlyP50],
  ] as const;
  return (
    <section className="card comparison-section" aria-labelledby="cost-change-title">
      <h3 id="cost-change-title">{t('compare.costTitle')}</h3>
      <p className="muted section-lead">{t('compare.costLead')}</p>
      <TableScroll labelledBy="cost-change-title">
        <table className="cost-change">
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">{t('compare.costWhen')}</span>
              </th>
              <th scope="col" className="num">
                {t('compare.then')}
              </th>
              <th scope="col" className="num">
                {t('compare.now')}
              </th>
              <th scope="col" className="num">
                {t('compare.change')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([kind, figures]) => (
              <tr key={kind}>
                <th scope="row">{t(`compare.cost.${kind}` as const)}</th>
                <td className="num">{format.money(figures.then)}</td>
                <td className="num is-now">{format.money(figures.now)}</td>
                <td className={`num ${deltaTone(-figures.delta)}`}>{signedMoney(figures.delta, format)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="comparison-left">
        {now.gaps.length === 0 ? t('compare.leftNone') : t('compare.left', { count: now.gaps.length, amount: format.money(now.cost.gaps.oneOff.p50) })}{' '}
        <Link to={paths.summary(assessmentId)}>{t('compare.seeSummary')}</Link>
      </p>
    </section>
  );
}
