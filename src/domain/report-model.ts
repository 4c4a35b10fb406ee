// The gap report's content, worked out from an Evaluation: every figure and sentence the PDF prints, formatted, without layout.
import type { Answer } from './answer';
import type { ApplicableDeadline, Evaluation, EvaluatedItem, Gap, ItemStatus, Priority } from './evaluate';
import type { CostTotals, Range3 } from './cost';
import type { CostKind, Severity } from './rule-set';
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
  intro: string;
  count: number;
  areas: { areaId: string; title: string; gaps: GapEntry[] }[];
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
  title: string;
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

const locales: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR', de: 'de-DE' };

export const statusLabels: Record<ItemStatus, string> = {
  met: 'Met',
  partial: 'Partly met',
  not_met: 'Not met',
  not_applicable: 'Not applicable',
  unanswered: 'Not answered yet',
};

export const severityLabels: Record<Severity, string> = { critical: 'Critical', major: 'Major', minor: 'Minor' };
export const priorityLabels: Record<Priority, string> = { high: 'High', medium: 'Medium', low: 'Low' };

const priorityIntro: Record<Priority, string> = {
  high: 'Start here: critical gaps with most of the work still to do, and major gaps with a legal deadline within a year.',
  medium: 'Plan these next: major gaps, and critical gaps that are already partly closed.',
  low: 'Schedule these once the above are under way: minor gaps and partly closed major ones.',
};

export const costKindLabels: Record<CostKind, string> = {
  internal: 'Internal effort',
  notifiedBody: 'Notified body',
  testing: 'Testing',
  clinical: 'Clinical evidence',
  consulting: 'Consulting',
  translation: 'Translation',
  other: 'Other external',
};

export interface ReportFormatters {
  money: (amount: number) => string;
  /** Three significant figures, for sentences: "about €487,000" rather than a false "€487,404". */
  roughMoney: (amount: number) => string;
  moneyRange: (low: number, high: number) => string;
  date: (iso: string) => string;
  percent: (share: number) => string;
}

/** Money, dates and shares in the report's language; the currency is the settings' currency. */
export function reportFormatters(currency: string, language: Language): ReportFormatters {
  const locale = locales[language];
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
  };
}

const severities = ['critical', 'major', 'minor'] as const;
const priorities = ['high', 'medium', 'low'] as const;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

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

function deadlineWhen(d: ApplicableDeadline): string {
  if (d.daysLeft === 0) return 'today';
  if (d.passed) return `passed ${plural(-d.daysLeft, 'day', 'days')} ago`;
  return `in ${plural(d.daysLeft, 'day', 'days')}`;
}

function costTexts(e: EvaluatedItem, f: ReportFormatters): string[] {
  const out: string[] = [];
  const one = (r: Range3, what: string) => {
    if (r[2] <= 0) return;
    out.push(`${f.money(r[1])} ${what} (range ${f.moneyRange(r[0], r[2])})`);
  };
  one(e.cost.oneOff, 'one-off');
  one(e.cost.yearly, 'per year');
  return out;
}

function costBasis(e: EvaluatedItem, f: ReportFormatters): string[] {
  return e.cost.lines
    .filter((l) => l.range[2] > 0)
    .map((l) => `${costKindLabels[l.kind]}${l.recurrence === 'yearly' ? ', per year' : ''}: ${f.money(l.range[1])} likely = ${l.basis}`);
}

function gapEntry(g: Gap, language: Language, f: ReportFormatters): GapEntry {
  const e = g.evaluated;
  const a: Answer | undefined = e.answer;
  return {
    itemId: e.item.id,
    areaId: e.areaId,
    question: textIn(e.item.question, language),
    priority: g.priority,
    priorityLabel: priorityLabels[g.priority],
    status: e.status,
    statusLabel: statusLabels[e.status],
    severity: e.item.severity,
    severityLabel: severityLabels[e.item.severity],
    refs: e.item.refs,
    action: textIn(e.item.guidance, language),
    owner: cleanText(a?.owner),
    due: a?.dueDate ? f.date(a.dueDate) : '',
    dueIso: a?.dueDate ?? '',
    legalDeadline: e.deadline ? `${f.date(e.deadline.deadline.date)}, ${deadlineWhen(e.deadline)}: ${textIn(e.deadline.deadline.title, language)}` : null,
    legalDeadlineDate: e.deadline ? f.date(e.deadline.deadline.date) : '',
    costText: costTexts(e, f),
    costBasis: costBasis(e, f),
    note: cleanText(a?.note),
    inPlan: a?.inPlan ?? false,
    outsourced: a?.sourcing === 'outsourced',
    underRevision: e.item.underRevision ? textIn(e.item.underRevision, language) : null,
  };
}

const moneyHead = ['One-off P50', 'One-off P10 – P90', 'Per year P50', 'Per year P10 – P90'];

function moneyCells(oneOff: CostTotals, yearly: CostTotals, f: ReportFormatters): string[] {
  const range = (t: CostTotals) => (t.p90 <= 0 ? '–' : f.moneyRange(t.p10, t.p90));
  return [f.money(oneOff.p50), range(oneOff), f.money(yearly.p50), range(yearly)];
}

const hasCost = (t: { oneOff: CostTotals; yearly: CostTotals }) => t.oneOff.high > 0 || t.yearly.high > 0;

/** Everything the PDF gap report prints, from the same Evaluation the screens show. */
export function buildReportModel(evaluation: Evaluation, meta: ReportMeta): ReportModel {
  const language = meta.language;
  const f = reportFormatters(evaluation.currency, language);
  const cur = evaluation.currency;
  const s = evaluation.settings;
  const company = cleanText(meta.companyName) || 'Unnamed company';
  const reportDate = f.date(meta.generatedAt);
  const areaTitle = new Map(evaluation.areas.map((a) => [a.area.id, textIn(a.area.title, language)]));
  const counts = evaluation.overall.counts;
  const answered = counts.applicable - counts.unanswered;
  const gaps = evaluation.gaps;
  const ruleSetTitle = textIn(evaluation.ruleSet.title, language);
  const readinessText = evaluation.overall.readiness === null ? '–' : f.percent(evaluation.overall.readiness);

  // ── cover ──
  const cover = {
    title: 'MDR readiness gap report',
    subtitle: ruleSetTitle,
    fields: [
      { label: 'Company', value: company },
      { label: 'Device', value: cleanText(meta.deviceName) || 'Not named' },
      { label: meta.deviceClasses.length > 1 ? 'Device classes' : 'Device class', value: meta.deviceClasses.length > 0 ? meta.deviceClasses.map((c) => `Class ${c}`).join(', ') : 'Not given' },
      { label: 'Assessed by', value: cleanText(meta.assessor) || 'Not given' },
      { label: 'Report date', value: reportDate },
      { label: 'Answers as of', value: f.date(evaluation.asOf) },
      { label: 'Rule set', value: `${evaluation.ruleSet.id} version ${evaluation.ruleSet.version}, content current to ${f.date(evaluation.ruleSet.effectiveDate)}` },
    ],
    notice:
      'A self-assessment of readiness for Regulation (EU) 2017/745 with planning estimates of the cost of closing the gaps. Estimates, not quotes; not legal advice.',
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
    keyPoints.push('No item of the rule set applies to this profile; check the roles and device classes in the profile.');
  } else if (answered === 0) {
    keyPoints.push(
      `None of the ${counts.applicable} requirements that apply has been answered yet, so readiness and the cost of gaps are not known. The figures below show what the open items could cost.`,
    );
  } else {
    const answeredParts = [
      `${counts.met} met`,
      ...(counts.partial > 0 ? [`${counts.partial} partly met`] : []),
      ...(counts.not_met > 0 ? [`${counts.not_met} not met`] : []),
      ...(counts.not_applicable > 0 ? [`${counts.not_applicable} not applicable`] : []),
    ];
    keyPoints.push(
      `Of the ${plural(counts.applicable, 'requirement', 'requirements')} that apply, ${answered} ${answered === 1 ? 'is' : 'are'} answered: ${answeredParts.join(', ')}. Overall readiness is ${readinessText}.`,
    );
    keyPoints.push(
      gaps.length === 0
        ? 'No gaps are open among the answered requirements.'
        : `${plural(gaps.length, 'gap is', 'gaps are')} open: ${highCount} high, ${byPriority('medium')} medium and ${byPriority('low')} low priority.`,
    );
    if (hasCost(gc)) {
      keyPoints.push(
        `Closing the known gaps is likely to cost about ${f.roughMoney(gc.oneOff.p50)} once (P10 – P90: ${f.roughMoney(gc.oneOff.p10)} – ${f.roughMoney(gc.oneOff.p90)})${gc.yearly.high > 0 ? ` and ${f.roughMoney(gc.yearly.p50)} per year` : ''}.`,
      );
    }
    if (counts.unanswered > 0) {
      keyPoints.push(
        `${plural(counts.unanswered, 'requirement is', 'requirements are')} not answered yet${hasCost(uc) ? `; if all turned out to be gaps they would add about ${f.roughMoney(uc.oneOff.p50)} once${uc.yearly.high > 0 ? ` and ${f.roughMoney(uc.yearly.p50)} per year` : ''}` : ''}.`,
      );
    }
  }

  const summary: ReportModel['summary'] = {
    readiness: {
      share: evaluation.overall.readiness,
      text: readinessText,
      caption: evaluation.overall.readiness === null ? 'Overall readiness: nothing answered yet' : 'Overall readiness (severity-weighted, answered items)',
    },
    progress: { share: evaluation.overall.progress, text: `${answered} of ${counts.applicable} applicable requirements answered (${f.percent(evaluation.overall.progress)})` },
    keyPoints,
    figures: [
      { label: 'Overall readiness', value: readinessText },
      { label: 'Requirements answered', value: `${answered} / ${counts.applicable}` },
      { label: 'Open gaps', value: String(gaps.length) },
      { label: 'High-priority gaps', value: String(highCount) },
    ],
    gapsBySeverity: severities.map((sev) => ({ severity: sev, label: severityLabels[sev], count: bySeverity(sev) })),
    gapsByPriority: priorities.map((p) => ({ priority: p, label: priorityLabels[p], count: byPriority(p) })),
    gapMatrix: {
      head: ['Open gaps', ...severities.map((sev) => severityLabels[sev]), 'All'],
      rows: priorities.map((p) => [
        `${priorityLabels[p]} priority`,
        ...severities.map((sev) => String(gaps.filter((g) => g.priority === p && g.evaluated.item.severity === sev).length)),
        String(byPriority(p)),
      ]),
      foot: ['All', ...severities.map((sev) => String(bySeverity(sev))), String(gaps.length)],
      numeric: [1, 2, 3, 4],
    },
    statusCounts: (['met', 'partial', 'not_met', 'not_applicable', 'unanswered'] as const).map((st) => ({ label: statusLabels[st], value: String(counts[st]) })),
    cost: {
      head: ['Cost of closing the gaps', 'P10', 'P50 (likely)', 'P90'],
      rows: [
        ['Known gaps, one-off', f.money(gc.oneOff.p10), f.money(gc.oneOff.p50), f.money(gc.oneOff.p90)],
        ['Known gaps, per year', f.money(gc.yearly.p10), f.money(gc.yearly.p50), f.money(gc.yearly.p90)],
        ...(counts.unanswered > 0 && hasCost(uc)
          ? [
              [`If the ${counts.unanswered} unanswered are gaps, one-off`, f.money(uc.oneOff.p10), f.money(uc.oneOff.p50), f.money(uc.oneOff.p90)],
              [`If the ${counts.unanswered} unanswered are gaps, per year`, f.money(uc.yearly.p10), f.money(uc.yearly.p50), f.money(uc.yearly.p90)],
            ]
          : []),
      ],
      numeric: [1, 2, 3],
    },
    costNotes: [
      'P50 is the likely figure: an even chance the cost ends up below it. There is a 10% chance of spending less than P10 and a 10% chance of spending more than P90.',
      ...(counts.unanswered > 0 && hasCost(uc)
        ? ['The unanswered rows are open exposure, not a forecast: they show what the requirements not yet answered would cost if none of them were met.']
        : []),
      ...(hasCost(pc) ? [`Gaps marked as in this year's plan: one-off P50 ${f.money(pc.oneOff.p50)}, per year P50 ${f.money(pc.yearly.p50)}.`] : []),
    ],
    nextDeadline: next
      ? { date: f.date(next.deadline.date), title: textIn(next.deadline.title, language), when: deadlineWhen(next), refs: next.deadline.refs }
      : null,
    deadlines:
      evaluation.deadlines.length === 0
        ? null
        : {
            head: ['Date', 'Legal deadline', 'When'],
            rows: evaluation.deadlines.map((d) => [f.date(d.deadline.date), `${textIn(d.deadline.title, language)}\n${d.deadline.refs.join(' · ')}`, deadlineWhen(d)]),
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
        valueText: a.readiness === null ? 'not answered' : f.percent(a.readiness),
        detail: `${areaAnswered} of ${a.counts.applicable} answered · ${plural(areaGaps, 'gap', 'gaps')}`,
      };
    });

  // ── gaps by priority, then area ──
  const entries = gaps.map((g) => gapEntry(g, language, f));
  const areaOrder = evaluation.areas.map((a) => a.area.id);
  const gapSections: GapSection[] = priorities
    .map((p) => {
      const inP = entries.filter((e) => e.priority === p);
      return {
        priority: p,
        title: `${priorityLabels[p]} priority`,
        intro: priorityIntro[p],
        count: inP.length,
        areas: areaOrder
          .map((areaId) => ({ areaId, title: areaTitle.get(areaId) ?? areaId, gaps: inP.filter((e) => e.areaId === areaId) }))
          .filter((a) => a.gaps.length > 0),
      };
    })
    .filter((sec) => sec.count > 0);
  const noGapsText =
    answered === 0
      ? 'No gaps are known yet because no requirement has been answered. Answer the checklist to see which requirements are not met and what closing them costs.'
      : 'No gaps: every answered requirement is met or does not apply.' + (counts.unanswered > 0 ? ` ${plural(counts.unanswered, 'requirement is', 'requirements are')} still to be answered.` : '');

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
    head: ['Due', 'Gap to close', 'Owner', 'Priority', 'Legal deadline', 'One-off, likely'],
    rows: planned.map((e) => [
      e.due || 'No date',
      `${e.question}\n${e.itemId} · ${areaTitle.get(e.areaId) ?? e.areaId}${e.inPlan ? ' · in this year’s plan' : ''}`,
      e.owner || 'Not assigned',
      e.priorityLabel,
      e.legalDeadlineDate || '–',
      `${f.money(likelyOneOff.get(e.itemId) ?? 0)}${(likelyYearly.get(e.itemId) ?? 0) > 0 ? `\n+ ${f.money(likelyYearly.get(e.itemId) ?? 0)} per year` : ''}`,
    ]),
    numeric: [5],
  };

  // ── cost breakdowns ──
  const gapCountByArea = new Map(evaluation.areas.map((a) => [a.area.id, a.counts.not_met + a.counts.partial]));
  const byArea: ReportTable = {
    head: ['Area', 'Gaps', ...moneyHead],
    rows: evaluation.cost.byArea
      .filter((a) => (gapCountByArea.get(a.areaId) ?? 0) > 0)
      .map((a) => [areaTitle.get(a.areaId) ?? a.areaId, String(gapCountByArea.get(a.areaId) ?? 0), ...moneyCells(a.oneOff, a.yearly, f)]),
    foot: ['All known gaps', String(gaps.length), ...moneyCells(gc.oneOff, gc.yearly, f)],
    numeric: [1, 2, 3, 4, 5],
  };
  const byKind: ReportTable = {
    head: ['Kind of cost', ...moneyHead],
    rows: evaluation.cost.byKind.filter((k) => hasCost(k)).map((k) => [costKindLabels[k.kind], ...moneyCells(k.oneOff, k.yearly, f)]),
    foot: ['All known gaps', ...moneyCells(gc.oneOff, gc.yearly, f)],
    numeric: [1, 2, 3, 4],
  };
  const questionOf = new Map(evaluation.items.map((e) => [e.item.id, textIn(e.item.question, language)]));
  const topDrivers: ReportTable | null =
    evaluation.cost.topDrivers.length === 0
      ? null
      : {
          head: ['#', 'Gap', 'One-off, likely', 'Per year, likely'],
          rows: evaluation.cost.topDrivers.map((d, i) => [
            String(i + 1),
            `${questionOf.get(d.itemId) ?? d.itemId}\n${d.itemId} · ${areaTitle.get(d.areaId) ?? d.areaId}`,
            f.money(d.oneOffLikely),
            f.money(d.yearlyLikely),
          ]),
          numeric: [0, 2, 3],
        };
  const costs = {
    byArea,
    byKind,
    topDrivers,
    notes: [
      'The total row is not the sum of the rows above it: P10, P50 and P90 of a total come from the combined spread of all cost lines, and costs rarely all run high at once.',
      'Costs count only the work still to do: a partly met requirement carries the remaining share of its cost, and met or not-applicable requirements carry none.',
    ],
  };

  // ── assumptions and disclaimer ──
  const partial = f.percent(s.partialCredit);
  const assumptions: ReportModel['assumptions'] = {
    paragraphs: [
      {
        title: 'Estimates, not quotes',
        text: `Every cost in this report is a planning estimate built from planning assumptions: the internal effort in person-days and the typical external prices recorded for each requirement in the rule set, and the settings below. Notified body, test laboratory and consultant prices vary with the device, the provider and the country; ask for quotes before committing a budget.`,
      },
      {
        title: 'How costs are added up',
        text: 'Each gap has a low, likely and high figure. Totals are stated as P10, P50 and P90 of the sum of independent PERT distributions, one per cost line, so a total is not the sum of the items’ highs. One-off and yearly costs are kept apart; yearly costs recur for as long as the devices are on the market. Costs that scale with the number of device families or technical files use the numbers in the profile below.',
      },
      {
        title: 'How readiness is scored',
        text: `Readiness is the severity-weighted share of the answered applicable requirements that are met: critical requirements weigh 3, major 2 and minor 1, and a partly met requirement earns ${partial} of its weight. Unanswered requirements are left out of the score and shown as progress instead, so the score is less reliable while many remain open.`,
      },
      {
        title: 'How gaps are ranked',
        text: 'A gap’s priority combines its severity, the share of the work still to do and whether a legal deadline falls within the next 365 days.',
      },
      {
        title: 'Scope',
        text: `${plural(evaluation.excludedCount, 'requirement', 'requirements')} of the rule set ${evaluation.excludedCount === 1 ? 'does' : 'do'} not apply to this profile (its roles, device classes and device characteristics) and ${evaluation.excludedCount === 1 ? 'is' : 'are'} not listed. The answers are the company’s own assessment; they have not been audited.${
          evaluation.archivedAnswers.length > 0
            ? ` ${plural(evaluation.archivedAnswers.length, 'answer refers', 'answers refer')} to requirements no longer in this rule set; ${evaluation.archivedAnswers.length === 1 ? 'it is' : 'they are'} kept in the assessment but not part of this report.`
            : ''
        }`,
      },
      {
        title: 'Not legal advice',
        text: 'This report helps plan work and budget. It is not legal advice and does not replace the judgement of a notified body, a competent authority or a qualified regulatory professional. References point to Regulation (EU) 2017/745 (MDR), related acts, guidance and standards as of the rule set’s date; check the current texts before acting.',
      },
    ],
    ruleSet: [
      { label: 'Rule set', value: ruleSetTitle },
      { label: 'Identifier and version', value: `${evaluation.ruleSet.id} ${evaluation.ruleSet.version}` },
      { label: 'Content current to', value: f.date(evaluation.ruleSet.effectiveDate) },
      { label: 'Evaluated as of', value: f.date(evaluation.asOf) },
    ],
    settings: [
      {
        label: 'Currency',
        value: s.currencyPerEur === 1 ? cur : `${cur}, converted at ${new Intl.NumberFormat(locales[language], { maximumFractionDigits: 4 }).format(s.currencyPerEur)} ${cur} per EUR`,
      },
      { label: 'Internal day rate', value: `${f.money(s.internalDayRate)} per person-day` },
      { label: 'External consultant day rate', value: `${f.money(s.externalDayRate)} per day` },
      { label: 'Credit for a partly met requirement', value: `${partial} of its weight; ${f.percent(1 - s.partialCredit)} of its cost remains` },
    ],
    profile: [
      { label: 'Device classes', value: evaluation.facts.deviceClasses.join(', ') },
      { label: 'Device families', value: String(evaluation.facts.deviceFamilies) },
      { label: 'Technical files', value: String(evaluation.facts.technicalFiles) },
      { label: 'Markets', value: evaluation.facts.markets.join(', ') || '–' },
    ],
  };

  // ── pending changes of the law ──
  const underRevision: UnderRevisionEntry[] = evaluation.items
    .filter((e) => e.item.underRevision)
    .map((e) => ({
      itemId: e.item.id,
      question: textIn(e.item.question, language),
      refs: e.item.refs,
      statusLabel: statusLabels[e.status],
      note: textIn(e.item.underRevision!, language),
    }));

  // ── appendix ──
  const appendix: ReportModel['appendix'] = {
    intro: `Every requirement that applies to this profile, with the answer, note and evidence recorded${meta.includeAdviserNotes ? ', and the adviser’s notes' : ''}.`,
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
            refs: e.item.refs,
            severityLabel: severityLabels[e.item.severity],
            status: e.status,
            statusLabel: statusLabels[e.status],
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
    locale: locales[language],
    title: cover.title,
    fileName: reportFileName(meta.companyName, meta.generatedAt),
    header: { left: company, right: `MDR gap report · ${reportDate}` },
    footerNote: 'Planning estimates, not legal advice',
    cover,
    summary,
    areaBars,
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
