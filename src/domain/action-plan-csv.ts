// The action plan (gap list) as CSV that opens cleanly in Excel and LibreOffice.
import type { Evaluation } from './evaluate';
import { textIn, type Language } from './text';

/** Excel reads UTF-8 only with a byte-order mark. */
export const utf8Bom = '\uFEFF';

/**
 * One CSV cell: quoted, inner quotes doubled, and a cell that a spreadsheet would run as a formula
 * (starting with =, +, -, @, tab or carriage return) prefixed with an apostrophe so it stays text.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function csvRow(cells: readonly (string | number)[]): string {
  return cells.map(csvCell).join(',');
}

const statusWords: Record<string, string> = { met: 'Met', partial: 'Partly met', not_met: 'Not met', not_applicable: 'Not applicable', unanswered: 'Unanswered' };

/** The gaps in priority order with owner, due date, references and estimated cost; CRLF line ends per RFC 4180. */
export function buildActionPlanCsv(evaluation: Evaluation, language: Language = 'en'): string {
  const cur = evaluation.currency;
  const head = [
    'Priority',
    'Area',
    'Item id',
    'Requirement',
    'Status',
    'Severity',
    'References',
    'Owner',
    'Due date',
    'In plan',
    'Sourcing',
    `One-off low (${cur})`,
    `One-off likely (${cur})`,
    `One-off high (${cur})`,
    `Yearly likely (${cur})`,
    'Note',
  ];
  const areaTitle = new Map(evaluation.areas.map((a) => [a.area.id, textIn(a.area.title, language)]));
  const rows = evaluation.gaps.map((g) => {
    const e = g.evaluated;
    return [
      g.priority,
      areaTitle.get(e.areaId) ?? e.areaId,
      e.item.id,
      textIn(e.item.question, language),
      statusWords[e.status] ?? e.status,
      e.item.severity,
      e.item.refs.join('; '),
      e.answer?.owner ?? '',
      e.answer?.dueDate ?? '',
      e.answer?.inPlan ? 'yes' : 'no',
      e.answer?.sourcing === 'outsourced' ? 'outsourced' : 'in-house',
      Math.round(e.cost.oneOff[0]),
      Math.round(e.cost.oneOff[1]),
      Math.round(e.cost.oneOff[2]),
      Math.round(e.cost.yearly[1]),
      e.answer?.note ?? '',
    ];
  });
  return utf8Bom + [head, ...rows].map(csvRow).join('\r\n') + '\r\n';
}
