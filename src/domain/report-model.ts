// The gap report's content, worked out from an Evaluation: every figure and sentence the PDF prints, formatted, without layout.
import type { Answer } from './answer';
import type { ApplicableDeadline, Evaluation, EvaluatedItem, Gap, ItemStatus, Priority } from './evaluate';
import type { CostTotals, Range3 } from './cost';
import type { Condition } from './condition';
import { describeCondition, type DeviceFact } from './condition-text';
import { describeCostBasis } from './cost-basis';
import type { Facts } from './facts';
import type { Severity } from './rule-set';
import { reportWordsFor, type ReportWords } from './report-words';
import { textIn, type Language } from './text';

export interface ReportMeta {
  companyName: string;
  deviceName: string;
  deviceClasses: string[];
  assessor: string;
  language: 'en' | 'fr' | 'de';
  /** When the report was made, ISO 8601. */
  generatedAt: string;
  /** Print the adviser's own notes in the appendix as well; they are left out unless asked for. */
  includeAdviserNotes?: boolean;
}

export interface LabelValue {
  label: string;
  value: string;
}

/** A table as printed: header, body rows, an optional total row, and which columns hold figures. */
export interface ReportTable {
  head: string[];
  rows: string[][];
  foot?: string[];
  /** Column indexes printed right-aligned (figures). */
  numeric: number[];
}

export interface AreaBar {
  areaId: string;
  title: string;
  /** Readiness 0..1; null when nothing in the area is answered yet. */
  share: number | null;
  valueText: string;
  detail: string;
}

export interface GapEntry {
  itemId: string;
  areaId: string;
  question: string;
  priority: Priority;
  priorityLabel: string;
  /** The priority as a heading, e.g. "High priority". */
  priorityTitle: string;
  status: ItemStatus;
  statusLabel: string;
  severity: Severity;
  severityLabel: string;
  refs: string[];
  /** What to do: the item's guidance. */
  action: string;
  owner: string;
  /** The due date the firm set, formatted; '' when none. */
  due: string;
  dueIso: string;
  /** The legal deadline this item must meet, in words; null when none. */
  legalDeadline: string | null;
  /** The date of that deadline, formatted; '' when none. */
  legalDeadlineDate: string;
  /** Cost still to spend, one line per recurrence, e.g. "€3,600 one-off (range €1,200–€7,200)". */
  costText: string[];
  /** How each cost figure was made, from the cost lines' basis. */
  costBasis: string[];
  note: string;
  inPlan: boolean;
  outsourced: boolean;
  underRevision: string | null;
}

export interface GapSection {
  priority: Priority;
  title: string;
  /** The title with the number of gaps, as printed. */
  heading: string;
  intro: string;
  count: number;
  /** `heading`: the area title with its number of gaps. */
  areas: { areaId: string; title: string; heading: string; gaps: GapEntry[] }[];
}

export interface AppendixItem {
  itemId: string;
  question: string;
  refs: string[];
  severityLabel: string;
  status: ItemStatus;
  statusLabel: string;
  note: string;
  evidence: string;
  naReason: string;
  adviserNote: string;
  owner: string;
  due: string;
}

export interface UnderRevisionEntry {
  itemId: string;
  question: string;
  refs: string[];
  statusLabel: string;
  note: string;
}

export interface ReportModel {
  language: Language;
  locale: string;
  /** The words of the report language; the renderer prints no other fixed text. */
  words: ReportWords;
  title: string;
  /** Who made the assessment, for the PDF's author field; '' when not given. */
  author: string;
  fileName: string;
  /** The running header of every page after the cover. */
  header: { left: string; right: string };
  footerNote: string;
  cover: { title: string; subtitle: string; fields: LabelValue[]; notice: string };
  summary: {
    readiness: { share: number | null; text: string; caption: string };
    progress: { share: number; text: string };
    keyPoints: string[];
    figures: LabelValue[];
    gapsBySeverity: { severity: Severity; label: string; count: number }[];
    gapsByPriority: { priority: Priority; label: string; count: number }[];
    /** Open gaps by priority (rows) and severity (columns), with totals. */
    gapMatrix: ReportTable;
    statusCounts: LabelValue[];
    cost: ReportTable;
    costNotes: string[];
    nextDeadline: { date: string; title: string; when: string; refs: string[] } | null;
    deadlines: ReportTable | null;
  };
  areaBars: AreaBar[];
  /** The readiness chart's axis marks (the 50 % and 80 % marks are the colour thresholds) and legend. */
  areaChart: { axis: { share: number; label: string }[]; legend: string };
  gapCount: number;
  gapSections: GapSection[];
  /** Shown in place of the gap list when there are none. */
  noGapsText: string;
  actionPlan: ReportTable;
  costs: { byArea: ReportTable; byKind: ReportTable; topDrivers: ReportTable | null; notes: string[] };
  assumptions: { paragraphs: { title: string; text: string }[]; ruleSet: LabelValue[]; settings: LabelValue[]; profile: LabelValue[] };
  underRevision: UnderRevisionEntry[];
  appendix: { intro: string; areas: { areaId: string; title: string; items: AppendixItem[] }[] };
}

export interface ReportFormatters {
  money: (amount: number) => string;
  /** Three significant figures, for sentences: "about €487,000" rather than a false "€487,404". */
  roughMoney: (amount: number) => string;
  moneyRange: (low: number, high: number) => string;
  date: (iso: string) => string;
  percent: (share: number) => string;
  /** A whole number with the language's grouping. */
  count: (n: number) => string;
}

/** Money, dates and shares in the report's language; the currency is the settings' currency. */
export function reportFormatters(currency: string, language: Language): ReportFormatters {
  const locale = reportWordsFor(language).locale;
  let money: Intl.NumberFormat;
  try {
    money = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0 });
  } catch {
    // An unknown currency code: a plain number with the code beats failing the whole report.
    const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    money = { format: (n: number) => `${plain.format(n)} ${currency}` } as Intl.NumberFormat;
  }
  const dateFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const countFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const fmtMoney = (n: number) => money.format(Math.round(n));
  return {
    money: fmtMoney,
    roughMoney: (n) => {
      if (Math.abs(n) < 1000) return fmtMoney(n);
      const step = 10 ** (Math.floor(Math.log10(Math.abs(n))) - 2);
      return fmtMoney(Math.round(n / step) * step);
    },
    moneyRange: (low, high) => (Math.round(low) === Math.round(high) ? fmtMoney(low) : `${fmtMoney(low)} – ${fmtMoney(high)}`),
    date: (iso) => {
      const t = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
      return Number.isNaN(t) ? iso : dateFormat.format(t);
    },
    percent: (share) => percentFormat.format(share),
    count: (n) => countFormat.format(n),
  };
}

const severities = ['critical', 'major', 'minor'] as const;
const priorities = ['high', 'medium', 'low'] as const;

/** Line breaks as \n, no other control characters: user text printed as it was typed. */
function cleanText(s: string | undefined): string {
  return (s ?? '')
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    // eslint-disable-next-line no-control-regex -- stripping control characters is the point
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/\t/g, '    ')
    .trim();
}

/** The file name of the PDF: plain ASCII so every system and mail client keeps it. */
export function reportFileName(companyName: string, generatedAt: string): string {
  const slug = companyName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[Œœ]/g, (c) => (c === 'Œ' ? 'OE' : 'oe'))
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  const date = /^\d{4}-\d{2}-\d{2}/.test(generatedAt) ? generatedAt.slice(0, 10) : 'undated';
  return `MDR-gap-report-${slug || 'assessment'}-${date}.pdf`;
}

function deadlineWhen(d: ApplicableDeadline, w: ReportWords): string {
  if (d.daysLeft === 0) return w.deadline.today;
  return d.passed ? w.deadline.passed(-d.daysLeft) : w.deadline.ahead(d.daysLeft);
}

function costTexts(e: EvaluatedItem, f: ReportFormatters, w: ReportWords): string[] {
  const out: string[] = [];
  const one = (r: Range3, recurrence: 'oneOff' | 'yearly') => {
    if (r[2] <= 0) return;
    out.push(w.gaps.cost(f.money(r[1]), recurrence, f.moneyRange(r[0], r[2])));
  };
  one(e.cost.oneOff, 'oneOff');
  one(e.cost.yearly, 'yearly');
  return out;
}

function costBasis(e: EvaluatedItem, language: Language, f: ReportFormatters, w: ReportWords): string[] {
  return e.cost.lines
    .filter((l) => l.range[2] > 0)
    .map((l) => w.gaps.costBasis(w.costKind[l.kind], l.recurrence, f.money(l.range[1]), describeCostBasis(l, language)));
}

function gapEntry(g: Gap, language: Language, f: ReportFormatters, w: ReportWords): GapEntry {
  const e = g.evaluated;
  const a: Answer | undefined = e.answer;
  return {
    itemId: e.item.id,
    areaId: e.areaId,
    question: textIn(e.item.question, language),
    priority: g.priority,
    priorityLabel: w.priority[g.priority],
    priorityTitle: w.priorityTitle[g.priority],
    status: e.status,
    statusLabel: w.status[e.status],
    severity: e.item.severity,
    severityLabel: w.severity[e.item.severity],
    refs: e.refs,
    action: textIn(e.item.guidance, language),
    owner: cleanText(a?.owner),
    due: a?.dueDate ? f.date(a.dueDate) : '',
    dueIso: a?.dueDate ?? '',
    legalDeadline: e.deadline ? w.deadline.line(f.date(e.deadline.deadline.date), deadlineWhen(e.deadline, w), textIn(e.deadline.deadline.title, language)) : null,
    legalDeadlineDate: e.deadline ? f.date(e.deadline.deadline.date) : '',
    costText: costTexts(e, f, w),
    costBasis: costBasis(e, language, f, w),
    note: cleanText(a?.note),
    inPlan: a?.inPlan ?? false,
    outsourced: a?.sourcing === 'outsourced',
    underRevision: e.item.underRevision ? textIn(e.item.underRevision, language) : null,
  };
}

function moneyCells(oneOff: CostTotals, yearly: CostTotals, f: ReportFormatters): string[] {
  const range = (t: CostTotals) => (t.p90 <= 0 ? '–' : f.moneyRange(t.p10, t.p90));
  return [f.money(oneOff.p50), range(oneOff), f.money(yearly.p50), range(yearly)];
}

const hasCost = (t: { oneOff: CostTotals; yearly: CostTotals }) => t.oneOff.high > 0 || t.yearly.high > 0;

/** Everything the PDF gap report prints, from the same Evaluation the screens show, in the assessment's language. */
export function buildReportModel(evaluation: Evaluation, meta: ReportMeta): ReportModel {
  const language = meta.language;
  const w = reportWordsFor(language);
  const f = reportFormatters(evaluation.currency, language);
  const n = f.count;
  const cur = evaluation.currency;
  const s = evaluation.settings;
  const company = cleanText(meta.companyName) || w.report.unnamedCompany;
  const assessor = cleanText(meta.assessor);
  const reportDate = f.date(meta.generatedAt);
  const areaTitle = new Map(evaluation.areas.map((a) => [a.area.id, textIn(a.area.title, language)]));
  const counts = evaluation.overall.counts;
  const answered = counts.applicable - counts.unanswered;
  const gaps = evaluation.gaps;
  const ruleSetTitle = textIn(evaluation.ruleSet.title, language);
  const readinessText = evaluation.overall.readiness === null ? '–' : f.percent(evaluation.overall.readiness);

  // ── cover ──
  const cover = {
    title: w.report.title,
    subtitle: ruleSetTitle,
    fields: [
      { label: w.cover.company, value: company },
      { label: w.cover.device, value: cleanText(meta.deviceName) || w.cover.notNamed },
      {
        label: w.cover.deviceClass(meta.deviceClasses.length),
        value: meta.deviceClasses.length > 0 ? meta.deviceClasses.map((c) => w.cover.className(c)).join(', ') : w.cover.notGiven,
      },
      { label: w.cover.assessedBy, value: assessor || w.cover.notGiven },
      { label: w.cover.reportDate, value: reportDate },
      { label: w.cover.answersAsOf, value: f.date(evaluation.asOf) },
      { label: w.cover.ruleSet, value: w.cover.ruleSetValue(evaluation.ruleSet.id, evaluation.ruleSet.version, f.date(evaluation.ruleSet.effectiveDate), evaluation.ruleSet.reviewedOn ? f.date(evaluation.ruleSet.reviewedOn) : null) },
    ],
    notice: w.cover.notice,
  };

  // ── executive summary ──
  const bySeverity = (sev: Severity) => gaps.filter((g) => g.evaluated.item.severity === sev).length;
  const byPriority = (p: Priority) => gaps.filter((g) => g.priority === p).length;
  const gc = evaluation.cost.gaps;
  const uc = evaluation.cost.unanswered;
  const pc = evaluation.cost.plan;
  const upcoming = evaluation.deadlines.filter((d) => !d.passed);
  const next = upcoming[0];
  const highCount = byPriority('high');

  const keyPoints: string[] = [];
  if (counts.applicable === 0) {
    keyPoints.push(w.summary.noneApply);
  } else if (answered === 0) {
    keyPoints.push(w.summary.noneAnswered(counts.applicable));
  } else {
    keyPoints.push(w.summary.answered(counts.applicable, answered, counts, readinessText));
    keyPoints.push(gaps.length === 0 ? w.summary.noGapsOpen : w.summary.gapsOpen(gaps.length, highCount, byPriority('medium'), byPriority('low')));
    if (hasCost(gc)) {
      keyPoints.push(
        w.summary.knownCost(f.roughMoney(gc.oneOff.p50), f.roughMoney(gc.oneOff.p10), f.roughMoney(gc.oneOff.p90), gc.yearly.high > 0 ? f.roughMoney(gc.yearly.p50) : null),
      );
    }
    if (counts.unanswered > 0) {
      keyPoints.push(
        w.summary.unanswered(
          counts.unanswered,
          hasCost(uc) ? f.roughMoney(uc.oneOff.p50) : null,
          hasCost(uc) && uc.yearly.high > 0 ? f.roughMoney(uc.yearly.p50) : null,
        ),
      );
    }
  }

  const summary: ReportModel['summary'] = {
    readiness: {
      share: evaluation.overall.readiness,
      text: readinessText,
      caption: evaluation.overall.readiness === null ? w.summary.readinessCaptionNone : w.summary.readinessCaption,
    },
    progress: { share: evaluation.overall.progress, text: w.summary.progress(answered, counts.applicable, f.percent(evaluation.overall.progress)) },
    keyPoints,
    figures: [
      { label: w.summary.figureReadiness, value: readinessText },
      { label: w.summary.figureAnswered, value: `${n(answered)} / ${n(counts.applicable)}` },
      { label: w.summary.figureOpenGaps, value: n(gaps.length) },
      { label: w.summary.figureHighGaps, value: n(highCount) },
    ],
    gapsBySeverity: severities.map((sev) => ({ severity: sev, label: w.severity[sev], count: bySeverity(sev) })),
    gapsByPriority: priorities.map((p) => ({ priority: p, label: w.priority[p], count: byPriority(p) })),
    gapMatrix: {
      head: [w.summary.matrixHead, ...severities.map((sev) => w.severity[sev]), w.summary.all],
      rows: priorities.map((p) => [
        w.priorityTitle[p],
        ...severities.map((sev) => n(gaps.filter((g) => g.priority === p && g.evaluated.item.severity === sev).length)),
        n(byPriority(p)),
      ]),
      foot: [w.summary.all, ...severities.map((sev) => n(bySeverity(sev))), n(gaps.length)],
      numeric: [1, 2, 3, 4],
    },
    statusCounts: (['met', 'partial', 'not_met', 'not_applicable', 'unanswered'] as const).map((st) => ({ label: w.status[st], value: n(counts[st]) })),
    cost: {
      head: [w.summary.costHeading, 'P10', w.summary.likelyHead, 'P90'],
      rows: [
        [w.summary.knownGaps.oneOff, f.money(gc.oneOff.p10), f.money(gc.oneOff.p50), f.money(gc.oneOff.p90)],
        [w.summary.knownGaps.yearly, f.money(gc.yearly.p10), f.money(gc.yearly.p50), f.money(gc.yearly.p90)],
        ...(counts.unanswered > 0 && hasCost(uc)
          ? [
              [w.summary.ifUnanswered(counts.unanswered, 'oneOff'), f.money(uc.oneOff.p10), f.money(uc.oneOff.p50), f.money(uc.oneOff.p90)],
              [w.summary.ifUnanswered(counts.unanswered, 'yearly'), f.money(uc.yearly.p10), f.money(uc.yearly.p50), f.money(uc.yearly.p90)],
            ]
          : []),
      ],
      numeric: [1, 2, 3],
    },
    costNotes: [
      w.summary.p50Note(f.percent(0.1)),
      ...(counts.unanswered > 0 && hasCost(uc) ? [w.summary.exposureNote] : []),
      ...(hasCost(pc) ? [w.summary.planNote(f.money(pc.oneOff.p50), f.money(pc.yearly.p50))] : []),
    ],
    nextDeadline: next
      ? { date: f.date(next.deadline.date), title: textIn(next.deadline.title, language), when: deadlineWhen(next, w), refs: next.refs }
      : null,
    deadlines:
      evaluation.deadlines.length === 0
        ? null
        : {
            head: [...w.summary.deadlineHead],
            rows: evaluation.deadlines.map((d) => [f.date(d.deadline.date), `${textIn(d.deadline.title, language)}\n${d.refs.join(' · ')}`, deadlineWhen(d, w)]),
            numeric: [],
          },
  };

  // ── per-area readiness ──
  const areaBars: AreaBar[] = evaluation.areas
    .filter((a) => a.counts.applicable > 0)
    .map((a) => {
      const areaAnswered = a.counts.applicable - a.counts.unanswered;
      const areaGaps = a.counts.not_met + a.counts.partial;
      return {
        areaId: a.area.id,
        title: textIn(a.area.title, language),
        share: a.readiness,
        valueText: a.readiness === null ? w.areas.notAnswered : f.percent(a.readiness),
        detail: w.areas.detail(areaAnswered, a.counts.applicable, areaGaps),
      };
    });
  const areaChart = {
    axis: [0, 0.5, 0.8, 1].map((share) => ({ share, label: f.percent(share) })),
    legend: w.areas.legend(f.percent(0.8), f.percent(0.5)),
  };

  // ── gaps by priority, then area ──
  const entries = gaps.map((g) => gapEntry(g, language, f, w));
  const areaOrder = evaluation.areas.map((a) => a.area.id);
  const gapSections: GapSection[] = priorities
    .map((p) => {
      const inP = entries.filter((e) => e.priority === p);
      return {
        priority: p,
        title: w.priorityTitle[p],
        heading: `${w.priorityTitle[p]} (${n(inP.length)})`,
        intro: w.priorityIntro[p],
        count: inP.length,
        areas: areaOrder
          .map((areaId) => {
            const title = areaTitle.get(areaId) ?? areaId;
            const inArea = inP.filter((e) => e.areaId === areaId);
            return { areaId, title, heading: `${title} (${n(inArea.length)})`, gaps: inArea };
          })
          .filter((a) => a.gaps.length > 0),
      };
    })
    .filter((sec) => sec.count > 0);
  const noGapsText = answered === 0 ? w.gaps.noneAnswered : w.gaps.noGaps(counts.unanswered);

  // ── action plan: by due date, undated last ──
  const planned = entries
    .map((e, i) => ({ e, i }))
    .sort((x, y) => {
      if (x.e.dueIso && y.e.dueIso) return x.e.dueIso.localeCompare(y.e.dueIso) || x.i - y.i;
      if (x.e.dueIso) return -1;
      if (y.e.dueIso) return 1;
      return x.i - y.i; // gaps come in priority order
    })
    .map((x) => x.e);
  const likelyOneOff = new Map(gaps.map((g) => [g.evaluated.item.id, g.evaluated.cost.oneOff[1]]));
  const likelyYearly = new Map(gaps.map((g) => [g.evaluated.item.id, g.evaluated.cost.yearly[1]]));
  const actionPlan: ReportTable = {
    head: [...w.actionPlan.head],
    rows: planned.map((e) => [
      e.due || w.actionPlan.noDate,
      `${e.question}\n${[e.itemId, areaTitle.get(e.areaId) ?? e.areaId, ...(e.inPlan ? [w.actionPlan.inPlanTag] : [])].join(' · ')}`,
      e.owner || w.actionPlan.notAssigned,
      e.priorityLabel,
      e.legalDeadlineDate || '–',
      `${f.money(likelyOneOff.get(e.itemId) ?? 0)}${(likelyYearly.get(e.itemId) ?? 0) > 0 ? `\n${w.actionPlan.perYear(f.money(likelyYearly.get(e.itemId) ?? 0))}` : ''}`,
    ]),
    numeric: [5],
  };

  // ── cost breakdowns ──
  const gapCountByArea = new Map(evaluation.areas.map((a) => [a.area.id, a.counts.not_met + a.counts.partial]));
  const byArea: ReportTable = {
    head: [w.costs.area, w.costs.gaps, ...w.costs.moneyHead],
    rows: evaluation.cost.byArea
      .filter((a) => (gapCountByArea.get(a.areaId) ?? 0) > 0)
      .map((a) => [areaTitle.get(a.areaId) ?? a.areaId, n(gapCountByArea.get(a.areaId) ?? 0), ...moneyCells(a.oneOff, a.yearly, f)]),
    foot: [w.costs.allKnownGaps, n(gaps.length), ...moneyCells(gc.oneOff, gc.yearly, f)],
    numeric: [1, 2, 3, 4, 5],
  };
  const byKind: ReportTable = {
    head: [w.costs.kind, ...w.costs.moneyHead],
    rows: evaluation.cost.byKind.filter((k) => hasCost(k)).map((k) => [w.costKind[k.kind], ...moneyCells(k.oneOff, k.yearly, f)]),
    foot: [w.costs.allKnownGaps, ...moneyCells(gc.oneOff, gc.yearly, f)],
    numeric: [1, 2, 3, 4],
  };
  const questionOf = new Map(evaluation.items.map((e) => [e.item.id, textIn(e.item.question, language)]));
  const topDrivers: ReportTable | null =
    evaluation.cost.topDrivers.length === 0
      ? null
      : {
          head: ['#', w.costs.gap, w.costs.oneOffLikely, w.costs.yearlyLikely],
          rows: evaluation.cost.topDrivers.map((d, i) => [
            n(i + 1),
            `${questionOf.get(d.itemId) ?? d.itemId}\n${d.itemId} · ${areaTitle.get(d.areaId) ?? d.areaId}`,
            f.money(d.oneOffLikely),
            f.money(d.yearlyLikely),
          ]),
          numeric: [0, 2, 3],
        };
  const costs = { byArea, byKind, topDrivers, notes: [...w.costs.notes] };

  // ── assumptions and disclaimer ──
  const partial = f.percent(s.partialCredit);
  const wa = w.assumptions;
  const assumptions: ReportModel['assumptions'] = {
    paragraphs: [
      wa.estimates,
      wa.adding,
      { title: wa.scoring.title, text: wa.scoring.text(partial) },
      wa.ranking,
      { title: wa.scope.title, text: wa.scope.text(evaluation.excludedCount, evaluation.archivedAnswers.length) },
      wa.advice,
    ],
    ruleSet: [
      { label: wa.ruleSet, value: ruleSetTitle },
      { label: wa.idAndVersion, value: `${evaluation.ruleSet.id} ${evaluation.ruleSet.version}` },
      { label: wa.contentCurrentTo, value: f.date(evaluation.ruleSet.effectiveDate) },
      ...(evaluation.ruleSet.reviewedOn ? [{ label: wa.reviewedOn, value: f.date(evaluation.ruleSet.reviewedOn) }] : []),
      { label: wa.evaluatedAsOf, value: f.date(evaluation.asOf) },
    ],
    settings: [
      {
        label: wa.currency,
        value: s.currencyPerEur === 1 ? cur : wa.converted(cur, new Intl.NumberFormat(w.locale, { maximumFractionDigits: 4 }).format(s.currencyPerEur)),
      },
      { label: wa.internalDayRate, value: wa.perPersonDay(f.money(s.internalDayRate)) },
      { label: wa.externalDayRate, value: wa.perDay(f.money(s.externalDayRate)) },
      { label: wa.partialCredit, value: wa.partialCreditValue(partial, f.percent(1 - s.partialCredit)) },
    ],
    profile: [
      { label: wa.profileInWords, value: describeCondition(profileAsCondition(evaluation.facts), language) },
      { label: wa.deviceClasses, value: evaluation.facts.deviceClasses.join(', ') || '–' },
      { label: wa.deviceFamilies, value: n(evaluation.facts.deviceFamilies) },
      { label: wa.technicalFiles, value: n(evaluation.facts.technicalFiles) },
      { label: wa.markets, value: evaluation.facts.markets.join(', ') || '–' },
    ],
  };

  // ── pending changes of the law ──
  const underRevision: UnderRevisionEntry[] = evaluation.items
    .filter((e) => e.item.underRevision)
    .map((e) => ({
      itemId: e.item.id,
      question: textIn(e.item.question, language),
      refs: e.refs,
      statusLabel: w.status[e.status],
      note: textIn(e.item.underRevision!, language),
    }));

  // ── appendix ──
  const appendix: ReportModel['appendix'] = {
    intro: w.appendix.intro(meta.includeAdviserNotes ?? false),
    areas: evaluation.areas
      .filter((a) => a.counts.applicable > 0)
      .map((a) => ({
        areaId: a.area.id,
        title: textIn(a.area.title, language),
        items: evaluation.items
          .filter((e) => e.areaId === a.area.id)
          .map((e) => ({
            itemId: e.item.id,
            question: textIn(e.item.question, language),
            refs: e.refs,
            severityLabel: w.severity[e.item.severity],
            status: e.status,
            statusLabel: w.status[e.status],
            note: cleanText(e.answer?.note),
            evidence: cleanText(e.answer?.evidence),
            naReason: cleanText(e.answer?.naReason),
            adviserNote: meta.includeAdviserNotes ? cleanText(e.answer?.adviserNote) : '',
            owner: cleanText(e.answer?.owner),
            due: e.answer?.dueDate ? f.date(e.answer.dueDate) : '',
          })),
      })),
  };

  return {
    language,
    locale: w.locale,
    words: w,
    title: cover.title,
    author: assessor,
    fileName: reportFileName(meta.companyName, meta.generatedAt),
    header: { left: company, right: w.report.headerRight(reportDate) },
    footerNote: w.report.footerNote,
    cover,
    summary,
    areaBars,
    areaChart,
    gapCount: gaps.length,
    gapSections,
    noGapsText,
    actionPlan,
    costs,
    assumptions,
    underRevision,
    appendix,
  };
}

const profileTraits: readonly DeviceFact[] = [
  'implantable', 'active', 'software', 'sterile', 'measuring', 'reusableSurgical', 'medicinalSubstance', 'animalOrHumanTissue',
  'nanomaterial', 'layUsers', 'customMade', 'annexXVI', 'wetImplant', 'drugDeviceCombination', 'deliversMedicinalProduct', 'aiSystem',
];

/** The profile's roles, traits, body contact and transition as one condition, so the report can say it in words. */
function profileAsCondition(facts: Facts): Condition {
  return {
    all: [
      { fact: 'roles', in: facts.roles },
      ...profileTraits.filter((t) => facts[t]).map((t): Condition => ({ fact: t, is: true })),
      { fact: 'bodyContact', equals: facts.bodyContact },
      ...(facts.transition === 'legacy' ? [{ fact: 'transition', equals: 'legacy' }, { fact: 'legacyBasis', equals: facts.legacyBasis }] : []),
    ],
  };
}
