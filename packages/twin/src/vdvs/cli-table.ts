/**
 * vmdkops_admin.py plain table output (esx_service/utils/cli_table.py, vdvs.md §3): columns separated by two
 * spaces, a dash underline as wide as each column.
 */

/** Render headers and rows as the admin CLI prints them; the last column is not padded. */
export function renderCliTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    widths.map((w, i) => (i === widths.length - 1 ? (cells[i] ?? '') : (cells[i] ?? '').padEnd(w))).join('  ');
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
