import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';

import { DataTable } from '../../../shared/ui/DataTable';
import type { TableColumn } from '../../../shared/ui/table-columns';

type LineKind = 'added' | 'removed' | 'context' | 'header';

const KIND_OF: Record<string, LineKind> = { '+': 'added', '-': 'removed', ' ': 'context' };
const STYLE: Record<LineKind, string> = {
  added: 'bg-green-50 text-green-900 dark:bg-green-950 dark:text-green-100',
  removed: 'bg-red-50 text-red-900 dark:bg-red-950 dark:text-red-100',
  context: '',
  header: 'text-slate-500',
};
// The marker column says what colour only repeats, for screen readers and colour-blind users alike.
const MARKER: Record<LineKind, { sign: string; label: string }> = {
  added: { sign: '+', label: 'added' },
  removed: { sign: '−', label: 'removed' },
  context: { sign: ' ', label: 'unchanged' },
  header: { sign: '', label: '' },
};

/** Splits a unified diff into typed lines; `---`/`+++` and `@@` lines are headers. */
export function diffLines(diff: string): { kind: LineKind; text: string }[] {
  return diff
    .split('\n')
    .filter((line, i, all) => !(line === '' && i === all.length - 1))
    .map((line) => {
      if (line.startsWith('--- ') || line.startsWith('+++ ') || line.startsWith('@@') || line.startsWith('\\'))
        return { kind: 'header' as const, text: line };
      return { kind: KIND_OF[line[0] ?? ' '] ?? 'context', text: line.slice(1) };
    });
}

type DiffLine = ReturnType<typeof diffLines>[number];

const COLUMNS: TableColumn<DiffLine>[] = [
  {
    header: 'Change',
    pad: 'px-1',
    align: 'center',
    className: 'w-6 select-none',
    cellLabel: (line) => MARKER[line.kind].label || undefined,
    cell: (line) => MARKER[line.kind].sign,
  },
  { header: 'Line', pad: 'px-1', className: 'whitespace-pre', cell: (line) => line.text },
];

/** The unified diff as a table: one row per line with a +/− marker and colour. */
export function DiffView({ diff }: { diff: string }): ReactNode {
  return (
    <DataTable
      label="Compose diff"
      variant="plain"
      size="xs"
      className="border-collapse font-mono"
      showHeader={false}
      ruled={false}
      columns={COLUMNS}
      rows={diffLines(diff)}
      rowKey={(_, i) => i}
      rowProps={(line) => ({
        className: STYLE[line.kind],
        testId: line.kind === 'header' ? undefined : TEST_IDS.attachDiffLine(line.kind),
      })}
    />
  );
}
