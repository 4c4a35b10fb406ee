// The action plan (gap list) as CSV that opens cleanly in Excel and LibreOffice.
import type { Evaluation } from './evaluate';
import { reportWordsFor } from './report-words';
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

/**
 * The gaps in priority order with owner, due date, references and estimated cost; CRLF line ends per RFC 4180.
 * Header, status, severity, priority and yes/no words are in the assessment's language (the report's words);
 * dates stay ISO 8601 and amounts plain whole numbers so spreadsheets read them as dates and numbers.
 */
export function buildActionPlanCsv(evaluation: Evaluation, language: Language = 'en'): string {
  const w = reportWordsFor(language);
  const areaTitle = new Map(evaluation.areas.map((a) => [a.area.id, textIn(a.area.title, language)]));
  const rows = evaluation.gaps.map((g) => {
    const e = g.evaluated;
    return [
      w.priority[g.priority],
      areaTitle.get(e.areaId) ?? e.areaId,
      e.item.id,
      textIn(e.item.question, language),
      w.status[e.status],
      w.severity[e.item.severity],
      e.refs.join('; '),
      e.answer?.owner ?? '',
      e.answer?.dueDate ?? '',
      e.answer?.inPlan ? w.csv.yes : w.csv.no,
      e.answer?.sourcing === 'outsourced' ? w.csv.outsourced : w.csv.inHouse,
      Math.round(e.cost.oneOff[0]),
      Math.round(e.cost.oneOff[1]),
      Math.round(e.cost.oneOff[2]),
      Math.round(e.cost.yearly[1]),
      e.answer?.note ?? '',
    ];
  });
  return utf8Bom + [w.csv.head(evaluation.currency), ...rows].map(csvRow).join('\r\n') + '\r\n';
}
