import type { ReactNode } from 'react';

/** How a column lines up its cells. */
export type ColumnAlign = 'left' | 'center' | 'right';

/**
 * One column of a console table, shared by `DataTable` (a `<table>`) and `VirtualTable` (an ARIA table of divs):
 * its name, how a row fills its cell, and how it looks and sorts.
 * @example const NAME: TableColumn<Host> = { header: 'Name', rowHeader: true, cell: (h) => h.name };
 */
export interface TableColumn<Row, SortKey extends string = string> {
  /** The column's name: its header's text, and so its accessible name and React key. */
  header: string;
  /** Shown in the header instead of `header`, e.g. an abbreviation with a count under it. */
  headerContent?: ReactNode;
  /** The header is read by screen readers only (a checkbox or a link column). */
  hideHeader?: boolean;
  cell: (row: Row) => ReactNode;
  /** The cell's accessible name when its content is only a sign (a diff's +/− marker). */
  cellLabel?: (row: Row) => string | undefined;
  /** The cell names its row: a `th scope="row"` (role rowheader), as tests and screen readers expect. */
  rowHeader?: boolean;
  align?: ColumnAlign;
  /** A CSS width: the column's width in a `DataTable`, its grid track (e.g. `minmax(9rem,1fr)`) in a `VirtualTable`. */
  width?: string;
  /** The server's or the caller's sort key; a column with one gets a sort button in its header. */
  sortKey?: SortKey;
  /** Replaces the table's cell padding for this column (header and cells), e.g. `px-0` for a narrow marker. */
  pad?: string;
  /** Extra classes on the column's body cells, e.g. `font-mono text-xs`. */
  className?: string;
  /** Extra classes on the column's header cell. */
  headerClassName?: string;
  /** Attributes of the header cell, e.g. its test id. */
  headerTitle?: string;
  headerTestId?: string;
}

/** The sort a sortable table shows: which key, which way. */
export interface TableSort<SortKey extends string = string> {
  key: SortKey | undefined;
  order: 'asc' | 'desc';
}

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

export const ALIGN_CLASS: Record<ColumnAlign, string> = {
  left: 'text-left',
  center: 'text-center',
  right: 'text-right',
};

/** The `aria-sort` of a column's header: set on the sorted column only. */
export function ariaSort<SortKey extends string>(
  column: TableColumn<never, SortKey>,
  sort: TableSort<SortKey> | undefined,
): 'ascending' | 'descending' | undefined {
  return sort && column.sortKey !== undefined && column.sortKey === sort.key ? ARIA_SORT[sort.order] : undefined;
}

/** What a column's header shows: its text (or content), hidden when asked, in a sort button when it sorts. */
export function ColumnHeaderContent<SortKey extends string>({
  column,
  sort,
  onSort,
}: {
  column: TableColumn<never, SortKey>;
  sort?: TableSort<SortKey> | undefined;
  onSort?: ((key: SortKey) => void) | undefined;
}): ReactNode {
  if (column.hideHeader) return <span className="sr-only">{column.header}</span>;
  const content = column.headerContent ?? column.header;
  const { sortKey } = column;
  if (sortKey === undefined || !onSort) return content;
  const sorted = ariaSort(column, sort);
  return (
    <button
      type="button"
      onClick={() => onSort(sortKey)}
      className="flex items-center gap-1 rounded outline-none hover:underline focus-visible:ring-2 focus-visible:ring-sky-500"
    >
      {content}
      <span aria-hidden="true">{sorted ? (sorted === 'ascending' ? '▲' : '▼') : ''}</span>
    </button>
  );
}

/** The CSS grid columns a virtual table's header and rows share, from the columns' widths. */
export function gridTemplate(columns: readonly TableColumn<never>[]): string {
  return columns.map((c) => c.width ?? 'minmax(0,1fr)').join(' ');
}
