import type { Volume } from '@harborview/contracts/volumes';
import { TEST_IDS } from '@harborview/testids/testids';
import { memo } from 'react';
import type { ReactNode } from 'react';

import { useVirtualRows } from '../../../shared/ui/use-virtual-rows';
import { VIRTUAL_ROW_CLASS, VirtualTable, virtualRowStyle } from '../../../shared/ui/VirtualTable';
import type { VolumeFilters } from '../api';

import { VOLUME_COLUMNS, VOLUME_GRID } from './volume-columns';

const ROW_HEIGHT = 32;

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

export interface VolumesTableProps {
  total: number;
  rowAt: (index: number) => Volume | undefined;
  sort: Pick<VolumeFilters, 'sort' | 'order'>;
  busy: boolean;
  onSort: (key: NonNullable<(typeof VOLUME_COLUMNS)[number]['sortKey']>) => void;
  /** Which rows are on screen (0-based, inclusive), so the container fetches just their pages. */
  onRangeChange: (first: number, last: number) => void;
}

function HeaderCells({ sort, onSort }: Pick<VolumesTableProps, 'sort' | 'onSort'>): ReactNode {
  return VOLUME_COLUMNS.map((c) => {
    const sorted = c.sortKey !== undefined && c.sortKey === sort.sort;
    return (
      <div
        key={c.header}
        role="columnheader"
        aria-sort={sorted ? ARIA_SORT[sort.order] : undefined}
        className="px-2 py-1 font-semibold"
      >
        {c.sortKey ? (
          <button
            type="button"
            onClick={() => c.sortKey && onSort(c.sortKey)}
            className="flex items-center gap-1 rounded outline-none hover:underline focus-visible:ring-2 focus-visible:ring-sky-500"
          >
            {c.header}
            <span aria-hidden="true">{sorted ? (sort.order === 'asc' ? '▲' : '▼') : ''}</span>
          </button>
        ) : (
          c.header
        )}
      </div>
    );
  });
}

interface VolumeRowProps {
  index: number;
  start: number;
  /** Undefined while its page loads. */
  volume: Volume | undefined;
}

// Memoized: while the list scrolls, rows that stay in the window keep their props and are not rendered again.
const VolumeRow = memo(function VolumeRow({ index, start, volume }: VolumeRowProps): ReactNode {
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      data-testid={volume ? TEST_IDS.volumeRow(volume.name) : undefined}
      className={`${VIRTUAL_ROW_CLASS} border-slate-100 dark:border-slate-800`}
      style={virtualRowStyle(VOLUME_GRID, ROW_HEIGHT, start)}
    >
      {volume ? (
        VOLUME_COLUMNS.map((c) => (
          <div key={c.header} role="cell" className="truncate px-2">
            {c.cell(volume)}
          </div>
        ))
      ) : (
        <div role="cell" className="px-2 text-slate-500 dark:text-slate-400">
          Loading…
        </div>
      )}
    </div>
  );
});

/** The Volumes list as an ARIA table of divs, virtualized so 10,000 rows scroll smoothly; rows load by page. */
export function VolumesTable({ total, rowAt, sort, busy, onSort, onRangeChange }: VolumesTableProps): ReactNode {
  const { scrollRef, items, totalSize } = useVirtualRows({ count: total, rowHeight: ROW_HEIGHT, onRangeChange });
  return (
    <VirtualTable
      scrollRef={scrollRef}
      totalSize={totalSize}
      label="Volumes"
      rowCount={total}
      colCount={VOLUME_COLUMNS.length}
      grid={VOLUME_GRID}
      scrollerClassName="min-h-0 flex-1"
      minWidthClassName="min-w-[118rem]"
      testId={TEST_IDS.volumesTable}
      busy={busy}
      header={<HeaderCells sort={sort} onSort={onSort} />}
    >
      {items.map((item) => (
        <VolumeRow key={item.key} index={item.index} start={item.start} volume={rowAt(item.index)} />
      ))}
    </VirtualTable>
  );
}
