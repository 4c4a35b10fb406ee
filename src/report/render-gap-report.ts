// Lays out a ReportModel as an A4 PDF with jsPDF and jspdf-autotable; the only module that imports jsPDF.
import { jsPDF } from 'jspdf';
import { autoTable, type CellHookData, type UserOptions } from 'jspdf-autotable';
import type { AppendixItem, GapEntry, LabelValue, ReportModel, ReportTable } from '../domain/report-model';
import type { ReportWords } from '../domain/report-words';
import { coveredRanges, dejaVuSansBold, dejaVuSansRegular } from './fonts/dejavu-subset';

type Rgb = readonly [number, number, number];

// The app's design tokens (src/app/styles/tokens.css), light theme.
const colors = {
  text: [22, 32, 46],
  muted: [82, 96, 113],
  border: [217, 222, 229],
  surfaceMuted: [241, 243, 246],
  primary: [29, 78, 216],
  primarySoft: [224, 233, 255],
  met: [21, 128, 61],
  partial: [161, 98, 7],
  notMet: [185, 28, 28],
  na: [71, 85, 105],
  track: [226, 232, 240],
} as const satisfies Record<string, Rgb>;

const priorityColor: Record<GapEntry['priority'], Rgb> = { high: colors.notMet, medium: colors.partial, low: colors.na };
const statusColor: Record<GapEntry['status'], Rgb> = {
  met: colors.met,
  partial: colors.partial,
  not_met: colors.notMet,
  not_applicable: colors.na,
  unanswered: colors.muted,
};

const FONT = 'DejaVuSans';
const PAGE_W = 210;
const PAGE_H = 297;
const LEFT = 18;
const RIGHT = PAGE_W - 18;
const WIDTH = RIGHT - LEFT;
/** Content starts below the running header and stops above the footer. */
const TOP = 22;
const BOTTOM = PAGE_H - 18;
const PT = 0.3528; // mm per point

const lineHeight = (size: number) => size * PT * 1.38;

// ── characters ──

function isCovered(c: number): boolean {
  let lo = 0;
  let hi = coveredRanges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = coveredRanges[mid]!;
    if (c < a) hi = mid - 1;
    else if (c > b) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * Text the embedded font can print: characters it lacks become their unaccented base letter when
 * there is one, else "?", so a stray emoji or CJK name never turns into invisible or wrong glyphs.
 */
export function printable(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c === 10 || isCovered(c)) {
      out += ch;
      continue;
    }
    if (c < 0x20) continue;
    const stand = [ch.normalize('NFKC'), ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')].find(
      (alt) => alt.length > 0 && [...alt].every((b) => isCovered(b.codePointAt(0)!)),
    );
    out += stand ?? '?';
  }
  return out;
}

// ── page flow ──

interface Segment {
  page: number;
  top: number;
  bottom: number;
}

/** Writes text top to bottom, starting a new page when the next line would not fit. */
class Flow {
  y = TOP;
  /** Left-bar segments of the block being written, one per page it spans. */
  private block: { color: Rgb; segments: Segment[] } | null = null;

  constructor(readonly doc: jsPDF) {}

  get page(): number {
    return this.doc.getCurrentPageInfo().pageNumber;
  }

  newPage(): void {
    this.closeSegment();
    this.doc.addPage();
    this.y = TOP;
    if (this.block) this.block.segments.push({ page: this.page, top: this.y, bottom: this.y });
  }

  /** Moves to a new page unless `height` mm still fit on this one. */
  ensure(height: number): void {
    if (this.y + height > BOTTOM) this.newPage();
  }

  style(size: number, bold = false, color: Rgb = colors.text): void {
    this.doc.setFont(FONT, bold ? 'bold' : 'normal');
    this.doc.setFontSize(size);
    this.doc.setTextColor(color[0], color[1], color[2]);
  }

  split(text: string, width: number): string[] {
    return (this.doc.splitTextToSize(printable(text), width) as string[]).map((l) => l.trimEnd());
  }

  /** Wrapped text, broken across pages line by line. */
  text(text: string, opts: { size?: number; bold?: boolean; color?: Rgb; x?: number; width?: number; after?: number } = {}): void {
    const size = opts.size ?? 9.5;
    const x = opts.x ?? LEFT;
    this.style(size, opts.bold, opts.color);
    const lh = lineHeight(size);
    const lines = this.split(text, opts.width ?? RIGHT - x);
    let i = 0;
    while (i < lines.length) {
      this.ensure(lh);
      // All the lines that fit on this page in one call: far fewer text operations for long notes.
      const fit = Math.max(1, Math.min(lines.length - i, Math.floor((BOTTOM - this.y + 0.01) / lh)));
      const chunk = lines.slice(i, i + fit);
      this.doc.text(chunk.length === 1 ? chunk[0]! : chunk, x, this.y, { baseline: 'top', lineHeightFactor: 1.38 });
      this.y += fit * lh;
      i += fit;
      this.extendSegment();
    }
    this.y += opts.after ?? 0;
  }

  /** Height of wrapped text, for keeping things together. */
  measure(text: string, size: number, width: number, bold = false): number {
    this.style(size, bold);
    return this.split(text, width).length * lineHeight(size);
  }

  beginBlock(color: Rgb): void {
    this.block = { color, segments: [{ page: this.page, top: this.y, bottom: this.y }] };
  }

  private extendSegment(): void {
    const seg = this.block?.segments.at(-1);
    if (seg) seg.bottom = this.y;
  }

  private closeSegment(): void {
    this.extendSegment();
  }

  /** Draws the block's coloured left bar on every page it spans. */
  endBlock(): void {
    if (!this.block) return;
    this.extendSegment();
    const here = this.page;
    const [r, g, b] = this.block.color;
    for (const s of this.block.segments) {
      if (s.bottom <= s.top) continue;
      this.doc.setPage(s.page);
      this.doc.setFillColor(r, g, b);
      this.doc.rect(LEFT, s.top - 1, 1.4, s.bottom - s.top + 1, 'F');
    }
    this.doc.setPage(here);
    this.block = null;
  }
}

// ── building blocks ──

interface Section {
  title: string;
  page: number;
}

function sectionStart(flow: Flow, sections: Section[], title: string, opts: { newPage?: boolean } = {}): void {
  if (opts.newPage ?? true) flow.newPage();
  else {
    if (flow.y > TOP + 1) flow.y += 7;
    flow.ensure(40);
  }
  sections.push({ title, page: flow.page });
  flow.doc.outline.add(null, title, { pageNumber: flow.page });
  flow.text(title, { size: 17, bold: true, color: colors.text, after: 1 });
  flow.doc.setDrawColor(...colors.primary);
  flow.doc.setLineWidth(0.6);
  flow.doc.line(LEFT, flow.y, LEFT + 24, flow.y);
  flow.y += 5;
}

function subheading(flow: Flow, title: string, keepWith = 20, size = 12): void {
  flow.ensure(lineHeight(size) + 2 + keepWith);
  flow.y += 2;
  flow.text(title, { size, bold: true, after: 1.5 });
}

const TABLE_FONT_SIZE = 8;
const CELL_PADDING_X = 2;

function tableOptions(flow: Flow, t: ReportTable, extra: Partial<UserOptions> = {}): UserOptions {
  const columnStyles: UserOptions['columnStyles'] = {};
  for (const i of t.numeric) columnStyles[i] = { halign: 'right' };
  return {
    startY: flow.y,
    margin: { top: TOP, bottom: PAGE_H - BOTTOM, left: LEFT, right: PAGE_W - RIGHT },
    theme: 'grid',
    rowPageBreak: 'avoid',
    showHead: 'everyPage',
    showFoot: 'lastPage',
    head: [t.head.map(printable)],
    body: t.rows.map((r) => r.map(printable)),
    ...(t.foot ? { foot: [t.foot.map(printable)] } : {}),
    styles: {
      font: FONT,
      fontStyle: 'normal',
      fontSize: TABLE_FONT_SIZE,
      cellPadding: { top: 1.6, bottom: 1.6, left: CELL_PADDING_X, right: CELL_PADDING_X },
      overflow: 'linebreak',
      valign: 'top',
      textColor: [...colors.text],
      lineColor: [...colors.border],
      lineWidth: 0.2,
    },
    headStyles: { font: FONT, fontStyle: 'bold', fillColor: [...colors.surfaceMuted], textColor: [...colors.text] },
    footStyles: { font: FONT, fontStyle: 'bold', fillColor: [...colors.surfaceMuted], textColor: [...colors.text] },
    columnStyles,
    ...extra,
    didParseCell: (data: CellHookData) => {
      // Figures line up on the right in the head and total rows too.
      if (data.section !== 'body' && t.numeric.includes(data.column.index)) data.cell.styles.halign = 'right';
      extra.didParseCell?.(data);
    },
  };
}

function finalY(doc: jsPDF): number {
  // jspdf-autotable records the last table on the document; jsPDF's types do not know the field.
  return (doc as unknown as { lastAutoTable?: { finalY?: number } }).lastAutoTable?.finalY ?? TOP;
}

/** Widest column a long word may push a fixed-width column to, in mm. */
const MAX_FITTED_WIDTH = 36;

/**
 * Widens fixed-width columns to their longest word, so a longer French or German label ("Priorität",
 * "wahrscheinlich") is never split inside a word; the flexible columns give up the room.
 */
function fitFixedColumns(doc: jsPDF, t: ReportTable, extra: Partial<UserOptions>): Partial<UserOptions> {
  if (!extra.columnStyles) return extra;
  const columnStyles: NonNullable<UserOptions['columnStyles']> = {};
  for (const [key, style] of Object.entries(extra.columnStyles)) {
    const col = Number(key);
    if (typeof style.cellWidth !== 'number') {
      columnStyles[col] = style;
      continue;
    }
    let widest = 0;
    const measure = (text: string | undefined, bold: boolean) => {
      if (!text) return;
      doc.setFont(FONT, bold ? 'bold' : 'normal');
      doc.setFontSize(TABLE_FONT_SIZE);
      // jsPDF breaks lines at plain spaces only: figures with no-break spaces stay one word.
      for (const word of printable(text).split(/[ \n]+/)) widest = Math.max(widest, doc.getTextWidth(word));
    };
    measure(t.head[col], true);
    measure(t.foot?.[col], true);
    for (const row of t.rows) measure(row[col], style.fontStyle === 'bold');
    const needed = Math.min(MAX_FITTED_WIDTH, widest + CELL_PADDING_X * 2 + 0.6);
    columnStyles[col] = { ...style, cellWidth: Math.max(style.cellWidth, needed) };
  }
  return { ...extra, columnStyles };
}

function table(flow: Flow, t: ReportTable, extra: Partial<UserOptions> = {}): void {
  // Keep a table's head with at least its first rows.
  flow.ensure(18);
  autoTable(flow.doc, tableOptions(flow, t, fitFixedColumns(flow.doc, t, extra)));
  flow.y = finalY(flow.doc) + 4;
}

function labelValues(flow: Flow, rows: LabelValue[], labelWidth = 62): void {
  for (const r of rows) {
    flow.style(9.5);
    const lines = flow.split(r.value, WIDTH - labelWidth);
    flow.style(9, true, colors.muted);
    const labelLines = flow.split(r.label, labelWidth - 4);
    const h = Math.max(lines.length * lineHeight(9.5), labelLines.length * lineHeight(9));
    flow.ensure(h);
    const y = flow.y;
    flow.doc.text(labelLines, LEFT, y + 0.2, { baseline: 'top', lineHeightFactor: 1.38 });
    flow.style(9.5);
    flow.doc.text(lines, LEFT + labelWidth, y, { baseline: 'top', lineHeightFactor: 1.38 });
    flow.y = y + h + 1.2;
  }
}

function bullets(flow: Flow, items: string[], size = 9.5): void {
  for (const item of items) {
    const h = flow.measure(item, size, WIDTH - 5);
    flow.ensure(Math.min(h, lineHeight(size) * 2));
    flow.style(size, true, colors.primary);
    flow.doc.text('•', LEFT + 0.5, flow.y, { baseline: 'top' });
    flow.text(item, { size, x: LEFT + 5, after: 1.2 });
  }
}

function bandColor(share: number): Rgb {
  return share >= 0.8 ? colors.met : share >= 0.5 ? colors.partial : colors.notMet;
}

// ── sections ──

function cover(doc: jsPDF, m: ReportModel): number {
  doc.setFillColor(...colors.primary);
  doc.rect(0, 0, PAGE_W, 62, 'F');
  doc.setFont(FONT, 'bold');
  doc.setFontSize(26);
  doc.setTextColor(255, 255, 255);
  // The title must fit the band on one line: a longer translation is set smaller rather than cut.
  const title = printable(m.cover.title);
  while (doc.getTextWidth(title) > WIDTH && doc.getFontSize() > 16) doc.setFontSize(doc.getFontSize() - 1);
  doc.text(title, LEFT, 26, { baseline: 'top' });
  doc.setFont(FONT, 'normal');
  doc.setFontSize(11);
  const sub = doc.splitTextToSize(printable(m.cover.subtitle), WIDTH) as string[];
  doc.text(sub, LEFT, 40, { baseline: 'top', lineHeightFactor: 1.3 });

  let y = 76;
  doc.setFont(FONT, 'bold');
  doc.setFontSize(20);
  doc.setTextColor(...colors.text);
  const company = doc.splitTextToSize(printable(m.cover.fields[0]?.value ?? ''), WIDTH) as string[];
  doc.text(company, LEFT, y, { baseline: 'top', lineHeightFactor: 1.25 });
  y += company.length * lineHeight(20) * 0.92 + 6;

  for (const f of m.cover.fields.slice(1)) {
    doc.setFont(FONT, 'normal');
    doc.setFontSize(10);
    const lines = doc.splitTextToSize(printable(f.value), WIDTH - 45) as string[];
    doc.setFont(FONT, 'bold');
    doc.setFontSize(9);
    doc.setTextColor(...colors.muted);
    // A longer label in French or German wraps within its column instead of running into the value.
    const labelLines = doc.splitTextToSize(printable(f.label), 42) as string[];
    doc.text(labelLines, LEFT, y + 0.4, { baseline: 'top', lineHeightFactor: 1.38 });
    doc.setFont(FONT, 'normal');
    doc.setFontSize(10);
    doc.setTextColor(...colors.text);
    doc.text(lines, LEFT + 45, y, { baseline: 'top', lineHeightFactor: 1.38 });
    y += Math.max(lines.length * lineHeight(10), labelLines.length * lineHeight(9)) + 2.2;
  }
  y += 4;
  doc.setDrawColor(...colors.border);
  doc.setLineWidth(0.3);
  doc.line(LEFT, y, RIGHT, y);
  return y + 6;
}

function contents(doc: jsPDF, sections: Section[], y: number, m: ReportModel): void {
  doc.setPage(1);
  doc.setFont(FONT, 'bold');
  doc.setFontSize(12);
  doc.setTextColor(...colors.text);
  doc.text(printable(m.words.report.contents), LEFT, y, { baseline: 'top' });
  y += 8;
  doc.setFontSize(10);
  for (const s of sections) {
    doc.setFont(FONT, 'normal');
    doc.setTextColor(...colors.text);
    doc.text(printable(s.title), LEFT, y, { baseline: 'top' });
    doc.setTextColor(...colors.muted);
    doc.text(String(s.page), RIGHT, y, { baseline: 'top', align: 'right' });
    doc.setDrawColor(...colors.border);
    doc.setLineDashPattern([0.5, 1], 0);
    doc.line(LEFT + doc.getTextWidth(printable(s.title)) + 2, y + 3, RIGHT - doc.getTextWidth(String(s.page)) - 2, y + 3);
    doc.setLineDashPattern([], 0);
    y += 6.5;
  }
  doc.setFont(FONT, 'normal');
  doc.setFontSize(8.5);
  doc.setTextColor(...colors.muted);
  const lines = doc.splitTextToSize(printable(m.cover.notice), WIDTH) as string[];
  doc.text(lines, LEFT, BOTTOM - lines.length * lineHeight(8.5), { baseline: 'top', lineHeightFactor: 1.38 });
}

function keyFigures(flow: Flow, figures: LabelValue[]): void {
  const gap = 4;
  const w = (WIDTH - gap * (figures.length - 1)) / figures.length;
  const h = 19;
  flow.ensure(h + 2);
  figures.forEach((fig, i) => {
    const x = LEFT + i * (w + gap);
    flow.doc.setFillColor(...colors.surfaceMuted);
    flow.doc.roundedRect(x, flow.y, w, h, 1.5, 1.5, 'F');
    flow.style(17, true, colors.primary);
    flow.doc.text(printable(fig.value), x + 3.5, flow.y + 3, { baseline: 'top' });
    flow.style(8, false, colors.muted);
    flow.doc.text(flow.split(fig.label, w - 7), x + 3.5, flow.y + 12.2, { baseline: 'top' });
  });
  flow.y += h + 6;
}

function progressLine(flow: Flow, m: ReportModel): void {
  flow.text(m.summary.progress.text, { size: 9, color: colors.muted, after: 1 });
  flow.ensure(4);
  flow.doc.setFillColor(...colors.track);
  flow.doc.rect(LEFT, flow.y, WIDTH, 2.2, 'F');
  flow.doc.setFillColor(...colors.primary);
  flow.doc.rect(LEFT, flow.y, WIDTH * Math.max(0, Math.min(1, m.summary.progress.share)), 2.2, 'F');
  flow.y += 7;
}

function deadlineCallout(flow: Flow, m: ReportModel): void {
  const d = m.summary.nextDeadline;
  if (!d) return;
  const inner = WIDTH - 8;
  const title = m.words.summary.nextDeadline(d.date, d.when);
  const h = 4 + flow.measure(title, 10, inner, true) + flow.measure(d.title, 9, inner) + flow.measure(d.refs.join(' · '), 8, inner) + 3;
  flow.ensure(h + 3);
  flow.doc.setFillColor(...colors.primarySoft);
  flow.doc.roundedRect(LEFT, flow.y, WIDTH, h, 1.5, 1.5, 'F');
  const top = flow.y;
  flow.y += 3;
  flow.text(title, { size: 10, bold: true, x: LEFT + 4, width: inner });
  flow.text(d.title, { size: 9, x: LEFT + 4, width: inner });
  flow.text(d.refs.join(' · '), { size: 8, x: LEFT + 4, width: inner, color: colors.primary });
  flow.y = top + h + 5;
}

function areaChart(flow: Flow, m: ReportModel): void {
  const labelW = 64;
  const barX = LEFT + labelW + 2;
  const barW = 74;
  const valueX = barX + barW + 3;
  // Axis: 0 %, 50 %, 80 %, 100 %; the 50 % and 80 % marks are the colour thresholds.
  flow.ensure(12);
  flow.style(7, false, colors.muted);
  for (const { share, label } of m.areaChart.axis) {
    flow.doc.text(printable(label), barX + barW * share, flow.y, { baseline: 'top', align: share === 0 ? 'left' : share === 1 ? 'right' : 'center' });
  }
  flow.y += 4;
  const chartTop = flow.y;
  let segTop = chartTop;
  const gridlines = (from: number, to: number) => {
    flow.doc.setDrawColor(...colors.border);
    flow.doc.setLineWidth(0.2);
    flow.doc.setLineDashPattern([0.6, 0.8], 0);
    for (const share of [0.5, 0.8]) flow.doc.line(barX + barW * share, from, barX + barW * share, to);
    flow.doc.setLineDashPattern([], 0);
  };
  for (const bar of m.areaBars) {
    flow.style(8.5);
    const label = flow.split(bar.title, labelW);
    const h = Math.max(label.length * lineHeight(8.5), 4) + lineHeight(7) + 2.5;
    if (flow.y + h > BOTTOM) {
      gridlines(segTop, flow.y);
      flow.newPage();
      segTop = flow.y;
    }
    const y = flow.y;
    flow.style(8.5);
    flow.doc.text(label, LEFT, y, { baseline: 'top', lineHeightFactor: 1.38 });
    flow.doc.setFillColor(...colors.track);
    flow.doc.rect(barX, y + 0.3, barW, 3.4, 'F');
    if (bar.share !== null) {
      flow.doc.setFillColor(...bandColor(bar.share));
      flow.doc.rect(barX, y + 0.3, Math.max(0.4, barW * bar.share), 3.4, 'F');
    }
    flow.style(9, true, bar.share === null ? colors.muted : colors.text);
    flow.doc.text(printable(bar.valueText), valueX, y + 0.1, { baseline: 'top' });
    flow.style(7, false, colors.muted);
    flow.doc.text(printable(bar.detail), barX, y + 4.6, { baseline: 'top' });
    flow.y = y + h;
  }
  gridlines(segTop, flow.y);
  flow.y += 1;
  flow.text(m.areaChart.legend, {
    size: 7.5,
    color: colors.muted,
    after: 3,
  });
}

function gapCard(flow: Flow, g: GapEntry, w: ReportWords): void {
  const upper = (s: string) => s.toLocaleUpperCase(w.locale);
  const x = LEFT + 4.5;
  const width = RIGHT - x;
  // Keep the card's head (status line, question, references) on one page.
  const head = 5 + flow.measure(g.question, 10, width, true) + flow.measure(g.refs.join(' · '), 8, width) + lineHeight(8.5) * 2;
  flow.ensure(head + 2);
  flow.beginBlock(priorityColor[g.priority]);
  const top = flow.y;
  flow.style(7.5, true, statusColor[g.status] ?? colors.text);
  flow.doc.text(printable(upper(`${g.statusLabel} · ${g.severityLabel} · ${g.priorityTitle}`)), x, top, { baseline: 'top' });
  flow.style(7.5, false, colors.muted);
  flow.doc.text(printable(g.itemId), RIGHT, top, { baseline: 'top', align: 'right' });
  flow.y = top + lineHeight(7.5) + 0.6;
  flow.text(g.question, { size: 10, bold: true, x, width, after: 0.4 });
  flow.text(g.refs.join(' · '), { size: 8, x, width, color: colors.primary, after: 1.2 });

  const facts = [
    w.labelled(w.gaps.owner, g.owner || w.gaps.notAssigned),
    w.labelled(w.gaps.due, g.due || w.gaps.noDueDate),
    ...(g.inPlan ? [w.gaps.inPlan] : []),
    ...(g.outsourced ? [w.gaps.outsourced] : []),
  ].join('   ·   ');
  flow.text(facts, { size: 8.5, x, width });
  if (g.legalDeadline) flow.text(w.labelled(w.gaps.legalDeadline, g.legalDeadline), { size: 8.5, x, width });
  flow.text(w.labelled(w.gaps.estimatedCost, g.costText.length > 0 ? g.costText.join('; ') : w.gaps.noCost), {
    size: 8.5,
    bold: true,
    x,
    width,
    after: 1.2,
  });

  const labelled = (label: string, text: string, size = 8.5, color: Rgb = colors.text) => {
    if (!text) return;
    flow.ensure(lineHeight(7) + lineHeight(size) * 2);
    flow.text(upper(label), { size: 7, bold: true, x, width, color: colors.muted });
    flow.text(text, { size, x, width, color, after: 1 });
  };
  labelled(w.gaps.action, g.action);
  labelled(w.gaps.note, g.note);
  if (g.underRevision) labelled(w.gaps.pendingChange, g.underRevision, 8, colors.partial);
  if (g.costBasis.length > 0) labelled(w.gaps.costMethod, g.costBasis.join('\n'), 7.5, colors.muted);
  flow.endBlock();
  flow.y += 1.5;
  flow.doc.setDrawColor(...colors.border);
  flow.doc.setLineWidth(0.2);
  if (flow.y < BOTTOM) flow.doc.line(LEFT, flow.y, RIGHT, flow.y);
  flow.y += 3.5;
}

/** Colours each answer cell of an appendix table by the item's status. */
function statusCellColor(items: readonly AppendixItem[], column: number) {
  return (data: CellHookData) => {
    if (data.section !== 'body' || data.column.index !== column) return;
    const item = items[data.row.index];
    data.cell.styles.textColor = [...(item ? statusColor[item.status] : colors.text)];
  };
}

function appendix(flow: Flow, m: ReportModel): void {
  const w = m.words;
  const a = w.appendix;
  flow.text(m.appendix.intro, { size: 9, color: colors.muted, after: 2 });
  for (const area of m.appendix.areas) {
    subheading(flow, area.title, 25, 11);
    const t: ReportTable = {
      head: [...a.head],
      rows: area.items.map((i) => [
        `${i.question}\n${i.itemId} · ${i.severityLabel} · ${i.refs.join(' · ')}`,
        i.statusLabel,
        [
          i.naReason && w.labelled(a.whyNotApplicable, i.naReason),
          i.note && w.labelled(a.note, i.note),
          i.evidence && w.labelled(a.evidence, i.evidence),
          i.adviserNote && w.labelled(a.adviserNote, i.adviserNote),
          (i.owner || i.due) && [i.owner && w.labelled(a.owner, i.owner), i.due && w.labelled(a.due, i.due)].filter(Boolean).join(' · '),
        ]
          .filter(Boolean)
          .join('\n') || '–',
      ]),
      numeric: [],
    };
    table(flow, t, { columnStyles: { 0: { cellWidth: 70 }, 1: { cellWidth: 21, fontStyle: 'bold' } }, didParseCell: statusCellColor(area.items, 1) });
  }
}

function runningHeaders(doc: jsPDF, m: ReportModel): void {
  const total = doc.getNumberOfPages();
  for (let p = 2; p <= total; p++) {
    doc.setPage(p);
    doc.setFont(FONT, 'normal');
    doc.setFontSize(8);
    doc.setTextColor(...colors.muted);
    const right = printable(m.header.right);
    const rightW = doc.getTextWidth(right);
    // A long company name is shortened so it never runs into the date.
    let left = printable(m.header.left);
    const room = WIDTH - rightW - 6;
    if (doc.getTextWidth(left) > room) {
      while (left.length > 1 && doc.getTextWidth(`${left}…`) > room) left = left.slice(0, -1);
      left = `${left.trimEnd()}…`;
    }
    doc.text(left, LEFT, 10, { baseline: 'top' });
    doc.text(right, RIGHT, 10, { baseline: 'top', align: 'right' });
    doc.setDrawColor(...colors.border);
    doc.setLineWidth(0.3);
    doc.line(LEFT, 15, RIGHT, 15);
    doc.line(LEFT, PAGE_H - 13, RIGHT, PAGE_H - 13);
    doc.text(printable(m.footerNote), LEFT, PAGE_H - 11, { baseline: 'top' });
    doc.text(printable(m.words.report.page(p, total)), RIGHT, PAGE_H - 11, { baseline: 'top', align: 'right' });
  }
}

/**
 * jsPDF runs Arabic shaping and the Unicode bidi algorithm on every text call, a large share of the
 * time spent on text. printable() has already replaced every character outside the embedded Latin and
 * Greek font, so no right-to-left or Arabic text can reach them: unhook both for this document.
 */
function skipRightToLeftProcessing(doc: jsPDF, shaper: unknown): void {
  // The PubSub of jsPDF's internals is not in its types.
  type Handlers = Record<string, [unknown, boolean]>;
  const events = (doc.internal as unknown as { events?: { getTopics(): Record<string, Handlers>; unsubscribe(token: string): boolean } }).events;
  if (!events) return;
  const topics = events.getTopics();
  for (const [token, [handler]] of Object.entries(topics.preProcessText ?? {})) if (handler === shaper) events.unsubscribe(token);
  // The bidi hook is the one post-processing handler that calls the bidi engine.
  for (const [token, [handler]] of Object.entries(topics.postProcessText ?? {})) {
    if (typeof handler === 'function' && /doBidiReorder/.test(String(handler))) events.unsubscribe(token);
  }
}

/** The gap report as PDF bytes. */
export function renderGapReport(m: ReportModel): Uint8Array {
  // jsPDF measures every string through its Arabic shaper as well (a module-wide hook, not a per-document
  // one). Nothing printed here can hold Arabic (see printable), so switch it off while this report is laid
  // out; rendering is synchronous, so no other document can run in between.
  const api = jsPDF.API as unknown as { processArabic?: unknown };
  const shaper = api.processArabic;
  api.processArabic = undefined;
  try {
    return layOut(m, shaper);
  } finally {
    api.processArabic = shaper;
  }
}

function layOut(m: ReportModel, arabicShaper: unknown): Uint8Array {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
  doc.addFileToVFS('DejaVuSans.ttf', dejaVuSansRegular);
  doc.addFont('DejaVuSans.ttf', FONT, 'normal');
  doc.addFileToVFS('DejaVuSans-Bold.ttf', dejaVuSansBold);
  doc.addFont('DejaVuSans-Bold.ttf', FONT, 'bold');
  doc.setFont(FONT, 'normal');
  skipRightToLeftProcessing(doc, arabicShaper);
  doc.setProperties({
    title: printable(`${m.title}: ${m.header.left}`),
    subject: printable(m.cover.subtitle),
    author: printable(m.author),
    creator: 'MDR Readiness',
  });
  // jsPDF types list the locales it knows; the model's locale (en-GB, fr-FR, de-DE) is among them.
  doc.setLanguage(m.locale as 'en-GB');
  const w = m.words;
  const sections: Section[] = [];
  const flow = new Flow(doc);

  const contentsY = cover(doc, m);

  // Executive summary.
  sectionStart(flow, sections, w.sections.summary);
  keyFigures(flow, m.summary.figures);
  progressLine(flow, m);
  bullets(flow, m.summary.keyPoints);
  flow.y += 2;
  deadlineCallout(flow, m);
  subheading(flow, w.summary.costHeading, 30);
  table(flow, m.summary.cost, {
    columnStyles: { 0: { cellWidth: 70 }, 1: { halign: 'right' }, 2: { halign: 'right', fontStyle: 'bold' }, 3: { halign: 'right' } },
    // The rows after the known gaps are open exposure, not a forecast: set them apart.
    didParseCell: (data) => {
      if (data.section === 'body' && data.row.index >= 2) {
        data.cell.styles.textColor = [...colors.muted];
        data.cell.styles.fillColor = [250, 251, 252];
      }
    },
  });
  for (const n of m.summary.costNotes) flow.text(n, { size: 8, color: colors.muted, after: 1 });
  flow.y += 2;
  subheading(flow, w.summary.matrixHeading, 30);
  table(flow, m.summary.gapMatrix, { columnStyles: { 0: { cellWidth: 70 }, 1: { halign: 'right' }, 2: { halign: 'right' }, 3: { halign: 'right' }, 4: { halign: 'right' } } });
  if (m.summary.deadlines) {
    subheading(flow, w.summary.deadlinesHeading, 30);
    table(flow, m.summary.deadlines, { columnStyles: { 0: { cellWidth: 28 }, 2: { cellWidth: 34 } } });
  }

  sectionStart(flow, sections, w.sections.areas, { newPage: false });
  areaChart(flow, m);

  // Gaps by priority, then area.
  sectionStart(flow, sections, w.sections.gaps(m.gapCount));
  if (m.gapSections.length === 0) flow.text(m.noGapsText, { size: 10 });
  for (const sec of m.gapSections) {
    subheading(flow, sec.heading, 45, 14);
    flow.text(sec.intro, { size: 9, color: colors.muted, after: 2 });
    for (const area of sec.areas) {
      subheading(flow, area.heading, 40, 10.5);
      for (const g of area.gaps) gapCard(flow, g, w);
    }
  }

  // Action plan.
  // With no gaps the next sections are one line each: keep them on the same page.
  sectionStart(flow, sections, w.sections.actionPlan, { newPage: m.gapCount > 0 });
  if (m.actionPlan.rows.length === 0) flow.text(m.noGapsText, { size: 10 });
  else {
    flow.text(w.actionPlan.intro, { size: 9, color: colors.muted, after: 2 });
    table(flow, m.actionPlan, {
      columnStyles: { 0: { cellWidth: 22 }, 2: { cellWidth: 24 }, 3: { cellWidth: 16 }, 4: { cellWidth: 22 }, 5: { cellWidth: 26, halign: 'right' } },
    });
  }

  // Cost breakdown.
  sectionStart(flow, sections, w.sections.costs, { newPage: m.gapCount > 0 });
  subheading(flow, w.costs.byArea, 30);
  if (m.costs.byArea.rows.length === 0) flow.text(w.costs.nothing, { size: 9.5, after: 2 });
  else table(flow, m.costs.byArea, { columnStyles: { 0: { cellWidth: 50 }, 1: { halign: 'right', cellWidth: 13 }, 2: { halign: 'right' }, 3: { halign: 'right' }, 4: { halign: 'right' }, 5: { halign: 'right' } } });
  subheading(flow, w.costs.byKind, 30);
  if (m.costs.byKind.rows.length === 0) flow.text(w.costs.nothing, { size: 9.5, after: 2 });
  else table(flow, m.costs.byKind, { columnStyles: { 0: { cellWidth: 50 }, 1: { halign: 'right' }, 2: { halign: 'right' }, 3: { halign: 'right' }, 4: { halign: 'right' } } });
  if (m.costs.topDrivers) {
    subheading(flow, w.costs.topDrivers, 30);
    table(flow, m.costs.topDrivers, { columnStyles: { 0: { cellWidth: 8, halign: 'right' }, 2: { cellWidth: 30, halign: 'right' }, 3: { cellWidth: 30, halign: 'right' } } });
  }
  if (m.costs.byArea.rows.length > 0) for (const n of m.costs.notes) flow.text(n, { size: 8, color: colors.muted, after: 1 });

  if (m.underRevision.length > 0) {
    sectionStart(flow, sections, w.sections.underRevision, { newPage: false });
    flow.text(w.underRevision.intro, {
      size: 9,
      color: colors.muted,
      after: 3,
    });
    for (const u of m.underRevision) {
      flow.ensure(flow.measure(u.question, 9.5, WIDTH - 4.5, true) + lineHeight(8) * 3);
      flow.beginBlock(colors.partial);
      flow.text(u.question, { size: 9.5, bold: true, x: LEFT + 4.5 });
      flow.text(`${u.itemId} · ${u.refs.join(' · ')} · ${u.statusLabel}`, { size: 8, x: LEFT + 4.5, color: colors.primary, after: 0.6 });
      flow.text(u.note, { size: 8.5, x: LEFT + 4.5 });
      flow.endBlock();
      flow.y += 4;
    }
  }

  sectionStart(flow, sections, w.sections.assumptions);
  for (const p of m.assumptions.paragraphs) {
    flow.ensure(flow.measure(p.title, 10, WIDTH, true) + lineHeight(9) * 2);
    flow.text(p.title, { size: 10, bold: true, after: 0.5 });
    flow.text(p.text, { size: 9, after: 3 });
  }
  subheading(flow, w.assumptions.ruleSetHeading, 20, 10.5);
  labelValues(flow, m.assumptions.ruleSet);
  subheading(flow, w.assumptions.settingsHeading, 20, 10.5);
  labelValues(flow, m.assumptions.settings);
  subheading(flow, w.assumptions.profileHeading, 20, 10.5);
  labelValues(flow, m.assumptions.profile);

  sectionStart(flow, sections, w.sections.appendix);
  appendix(flow, m);

  contents(doc, sections, contentsY, m);
  runningHeaders(doc, m);
  return new Uint8Array(doc.output('arraybuffer'));
}
