// Plain-text tables and number formats for the CLI.
export function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  // Numbers line up on the right, text on the left.
  const numeric = head.map((_, i) => rows.length > 0 && rows.every((r) => /^[-\d,.%–]+$/.test(r[i] ?? '')));
  const line = (cells: string[]) => cells.map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function formatMoney(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

export function formatPercent(x: number | null): string {
  return x === null ? '–' : `${Math.round(x * 100)}%`;
}
