/** The looks a `DataTable` comes in; each is what the console's tables of that kind already looked like. */
export type TableVariant = 'grid' | 'compact' | 'plain';

export interface TableStyle {
  table: string;
  head: string;
  /** The header row kept in view while the table scrolls inside its wrapper (it needs a background then). */
  stickyHead: string;
  /** Padding of header and body cells, unless a column brings its own (`pad`). */
  pad: string;
  headCell: string;
  row: string;
}

export const TABLE_STYLES: Record<TableVariant, TableStyle> = {
  // A page's main list: a shaded header row and ruled rows.
  grid: {
    table: 'w-full text-left',
    head: 'bg-slate-50 text-xs text-slate-600 dark:bg-slate-800 dark:text-slate-300',
    stickyHead: 'sticky top-0 z-10',
    pad: 'px-2 py-1',
    headCell: 'font-semibold',
    row: 'border-t border-slate-100 dark:border-slate-800',
  },
  // A panel's dense table (the failover drill's): tight cells, a plain header.
  compact: {
    table: 'w-full border-collapse text-left',
    head: '',
    stickyHead: 'sticky top-0 z-10 bg-slate-100 dark:bg-slate-800',
    pad: 'px-1 py-1',
    headCell: 'font-semibold',
    row: 'border-t border-slate-200 dark:border-slate-700',
  },
  // A small table inside a portlet or a form, next to property lists: no shading, no padding.
  plain: {
    table: 'w-full text-left',
    head: 'text-xs text-slate-500 dark:text-slate-400',
    stickyHead: 'sticky top-0 z-10 bg-white dark:bg-slate-900',
    pad: '',
    headCell: 'font-semibold',
    row: 'border-t border-slate-100 dark:border-slate-800',
  },
};

/** The current row's highlight (a search result, the service a finding is about). */
export const CURRENT_ROW_CLASS = 'bg-sky-50 dark:bg-sky-950';

/** A full-width group row's shading (a RAID node, a host). */
export const GROUP_ROW_CLASS = 'bg-slate-50 dark:bg-slate-800/50';
