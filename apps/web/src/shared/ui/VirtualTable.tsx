import type { CSSProperties, ReactNode } from 'react';

import type { TableColumn, TableSort } from './table-columns';
import { ALIGN_CLASS, ariaSort, ColumnHeaderContent, gridTemplate } from './table-columns';
import type { VirtualRows } from './use-virtual-rows';

function cellClass(column: TableColumn<never>): string {
  // Cells of a virtual row keep to one line: the row's height is fixed.
  return ['truncate', column.pad ?? 'px-2', column.align && ALIGN_CLASS[column.align], column.className]
    .filter(Boolean)
    .join(' ');
}

/** A virtual row's cells from the table's columns (rowheader for the naming column). */
export function VirtualCells<Row>({ columns, row }: { columns: readonly TableColumn<Row>[]; row: Row }): ReactNode {
  return columns.map((column) => (
    <div key={column.header} role={column.rowHeader ? 'rowheader' : 'cell'} className={cellClass(column)}>
      {column.cell(row)}
    </div>
  ));
}

export interface VirtualTableProps<Row, SortKey extends string = string> {
  /** From `useVirtualRows`: the scroller's ref and the height of all rows together. */
  scrollRef: VirtualRows['scrollRef'];
  totalSize: number;
  label: string;
  /** Data rows in the whole table (the header row is counted on top). */
  rowCount: number;
  /** The header's columns; their widths are the grid every row shares (`gridTemplate(columns)`). */
  columns: readonly TableColumn<Row, SortKey>[];
  sort?: TableSort<SortKey>;
  onSort?: (key: SortKey) => void;
  /** The scroller's size rule, e.g. `max-h-[70vh]` or `min-h-0 flex-1`. */
  scrollerClassName: string;
  /** The table's minimum width, e.g. `min-w-[48rem]`. */
  minWidthClassName: string;
  testId?: string;
  busy?: boolean;
  /** The rendered rows, each placed with `virtualRowStyle`. */
  children: ReactNode;
}

/** Classes every virtual row shares: placed absolutely in the body, its cells on the table's grid. */
export const VIRTUAL_ROW_CLASS = 'absolute left-0 grid w-full items-center border-t';

/**
 * A virtual row's place and shape. The row's size is fixed, so it can be its own layout and paint island
 * (`contain: strict`): a row scrolled into view costs only itself.
 */
export function virtualRowStyle(grid: string, height: number, start: number): CSSProperties {
  return { gridTemplateColumns: grid, height, transform: `translateY(${start}px)`, contain: 'strict' };
}

/** What every data row of one virtual table shares: its columns, the grid their widths make, and the fixed height. */
export interface VirtualRowLayout<Row> {
  columns: readonly TableColumn<Row>[];
  grid: string;
  height: number;
}

export function virtualRowLayout<Row>(columns: readonly TableColumn<Row>[], height: number): VirtualRowLayout<Row> {
  return { columns, grid: gridTemplate(columns), height };
}

/**
 * One data row of a virtual table, or a Loading… cell while its page is still being fetched (`row` undefined).
 * Tables wrap it in their own memoized row so rows that stay in the window are not rendered again.
 */
export function VirtualDataRow<Row>({
  index,
  start,
  layout,
  row,
  testId,
}: {
  /** 0-based data row; the header row is row 1 for `aria-rowindex`. */
  index: number;
  start: number;
  layout: VirtualRowLayout<Row>;
  row: Row | undefined;
  testId: string | undefined;
}): ReactNode {
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      data-testid={testId}
      className={`${VIRTUAL_ROW_CLASS} border-slate-100 dark:border-slate-800`}
      style={virtualRowStyle(layout.grid, layout.height, start)}
    >
      {row === undefined ? (
        <div role="cell" className="px-2 text-slate-500 dark:text-slate-400">
          Loading…
        </div>
      ) : (
        <VirtualCells columns={layout.columns} row={row} />
      )}
    </div>
  );
}

/** The frame of a virtualized ARIA table of divs: the scroller, a sticky header row and the body the rows sit in. */
export function VirtualTable<Row, SortKey extends string = string>(props: VirtualTableProps<Row, SortKey>): ReactNode {
  const { scrollRef, columns } = props;
  return (
    <div
      ref={scrollRef}
      className={`${props.scrollerClassName} overflow-auto rounded border border-slate-200 dark:border-slate-700`}
    >
      <div
        role="table"
        aria-label={props.label}
        aria-rowcount={props.rowCount + 1}
        aria-colcount={columns.length}
        aria-busy={props.busy}
        data-testid={props.testId}
        className={`${props.minWidthClassName} text-left text-sm`}
      >
        <div
          role="rowgroup"
          className="sticky top-0 z-10 bg-slate-50 text-xs text-slate-600 dark:bg-slate-800 dark:text-slate-300"
        >
          <div role="row" aria-rowindex={1} className="grid" style={{ gridTemplateColumns: gridTemplate(columns) }}>
            {columns.map((column) => (
              <div
                key={column.header}
                role="columnheader"
                aria-sort={ariaSort(column, props.sort)}
                className={[column.pad ?? 'px-2', 'py-1 font-semibold', column.headerClassName]
                  .filter(Boolean)
                  .join(' ')}
              >
                <ColumnHeaderContent column={column} sort={props.sort} onSort={props.onSort} />
              </div>
            ))}
          </div>
        </div>
        <div role="rowgroup" className="relative" style={{ height: props.totalSize }}>
          {props.children}
        </div>
      </div>
    </div>
  );
}
