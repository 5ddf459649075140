import type { ReactNode } from 'react';
import { useEffect, useRef } from 'react';

import type { TableColumn, TableSort } from './table-columns';
import { ALIGN_CLASS, ariaSort, ColumnHeaderContent } from './table-columns';
import type { TableStyle, TableVariant } from './table-styles';
import { CURRENT_ROW_CLASS, GROUP_ROW_CLASS, TABLE_STYLES } from './table-styles';

/** What a row carries besides its cells. */
export interface DataRowProps {
  testId?: string | undefined;
  className?: string | undefined;
  /** `data-*` attributes, e.g. `{ lane: 'host' }` for `data-lane="host"`. */
  data?: Record<string, string>;
}

export interface DataTableProps<Row, SortKey extends string = string> {
  columns: readonly TableColumn<Row, SortKey>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string | number;
  /** The table's name as a screen-reader-only `<caption>`; or give `label` for an `aria-label`. */
  caption?: string;
  label?: string;
  testId?: string | undefined;
  variant?: TableVariant;
  /** The body's text size. */
  size?: 'sm' | 'xs';
  /** Extra classes on the table, e.g. a minimum width or a font. */
  className?: string;
  /** Shown instead of the table when there are no rows; without it the table keeps its header row. */
  empty?: ReactNode;
  /** Keeps the header row in view while the table scrolls inside its wrapper. */
  stickyHeader?: boolean;
  /** False for a table whose columns need no names (a diff's lines). */
  showHeader?: boolean;
  /** False drops the rule between rows. */
  ruled?: boolean;
  rowProps?: (row: Row) => DataRowProps;
  /** A row that heads a group (a RAID node, a host) spans every column with this content; undefined for data rows. */
  groupRow?: (row: Row) => ReactNode;
  /** The current row (a search result, a selected service): highlighted, marked `aria-current`. */
  isCurrent?: (row: Row) => boolean;
  /** Scrolls the current row into view when it becomes current. */
  scrollToCurrent?: boolean;
  sort?: TableSort<SortKey>;
  onSort?: (key: SortKey) => void;
}

function classes(...parts: (string | false | undefined)[]): string {
  return parts.filter(Boolean).join(' ');
}

function dataAttributes(data: Record<string, string> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(data ?? {}).map(([k, v]) => [`data-${k}`, v]));
}

function BodyCell<Row>({ column, row, style }: { column: TableColumn<Row>; row: Row; style: TableStyle }): ReactNode {
  const className = classes(
    column.pad ?? style.pad,
    column.align && ALIGN_CLASS[column.align],
    column.rowHeader && 'text-left',
    column.className,
  );
  const label = column.cellLabel?.(row);
  return column.rowHeader ? (
    <th scope="row" aria-label={label} className={className}>
      {column.cell(row)}
    </th>
  ) : (
    <td aria-label={label} className={className}>
      {column.cell(row)}
    </td>
  );
}

interface BodyRowProps<Row> {
  row: Row;
  columns: readonly TableColumn<Row>[];
  style: TableStyle;
  ruled: boolean;
  current: boolean;
  scrollToCurrent: boolean;
  extra: DataRowProps | undefined;
}

function BodyRow<Row>({ row, columns, style, ruled, current, scrollToCurrent, extra }: BodyRowProps<Row>): ReactNode {
  const ref = useRef<HTMLTableRowElement>(null);
  // A search result lands here: bring its row into view once.
  useEffect(() => {
    if (current && scrollToCurrent) ref.current?.scrollIntoView?.({ block: 'center' });
  }, [current, scrollToCurrent]);
  return (
    <tr
      ref={ref}
      data-testid={extra?.testId}
      aria-current={current ? 'true' : undefined}
      className={classes(ruled && style.row, extra?.className, current && CURRENT_ROW_CLASS)}
      {...dataAttributes(extra?.data)}
    >
      {columns.map((column) => (
        <BodyCell key={column.header} column={column} row={row} style={style} />
      ))}
    </tr>
  );
}

/**
 * Every console table that is not virtualized: columns declared once (`TableColumn`, shared with `VirtualTable`),
 * rendered as a real `<table>` with column headers, row headers, a name and the console's classes.
 * @example <DataTable caption="Hosts" columns={HOST_COLUMNS} rows={hosts} rowKey={(h) => h.id} empty="No hosts." />
 */
export function DataTable<Row, SortKey extends string = string>(props: DataTableProps<Row, SortKey>): ReactNode {
  const { columns, rows, variant = 'grid', ruled = true } = props;
  if (rows.length === 0 && props.empty !== undefined) return props.empty;
  const style = TABLE_STYLES[variant];
  return (
    <table
      data-testid={props.testId}
      aria-label={props.label}
      className={classes(style.table, props.size === 'xs' ? 'text-xs' : 'text-sm', props.className)}
    >
      {props.caption !== undefined && <caption className="sr-only">{props.caption}</caption>}
      {props.showHeader !== false && (
        <thead className={classes(style.head, props.stickyHeader && style.stickyHead)}>
          <tr>
            {columns.map((column) => (
              <th
                key={column.header}
                scope="col"
                aria-sort={ariaSort(column, props.sort)}
                title={column.headerTitle}
                data-testid={column.headerTestId}
                style={column.width ? { width: column.width } : undefined}
                className={classes(
                  column.pad ?? style.pad,
                  style.headCell,
                  column.align && ALIGN_CLASS[column.align],
                  column.headerClassName,
                )}
              >
                <ColumnHeaderContent column={column} sort={props.sort} onSort={props.onSort} />
              </th>
            ))}
          </tr>
        </thead>
      )}
      <tbody>
        {rows.map((row, index) => {
          const group = props.groupRow?.(row);
          const key = props.rowKey(row, index);
          if (group !== undefined)
            return (
              <tr key={key} className={classes(ruled && style.row, GROUP_ROW_CLASS)}>
                <th scope="row" colSpan={columns.length} className={classes(style.pad, 'text-left font-semibold')}>
                  {group}
                </th>
              </tr>
            );
          return (
            <BodyRow
              key={key}
              row={row}
              columns={columns}
              style={style}
              ruled={ruled}
              current={props.isCurrent?.(row) ?? false}
              scrollToCurrent={props.scrollToCurrent ?? false}
              extra={props.rowProps?.(row)}
            />
          );
        })}
      </tbody>
    </table>
  );
}
