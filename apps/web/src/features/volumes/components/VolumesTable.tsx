import type { Volume } from '@harborview/contracts/volumes';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';
import { memo } from 'react';

import { useVirtualRows } from '../../../shared/ui/use-virtual-rows';
import { VIRTUAL_ROW_CLASS, VirtualCells, virtualRowStyle, VirtualTable } from '../../../shared/ui/VirtualTable';
import type { VolumeFilters } from '../api';

import type { VolumeSortKey } from './volume-columns';
import { VOLUME_COLUMNS, VOLUME_GRID } from './volume-columns';

const ROW_HEIGHT = 32;

export interface VolumesTableProps {
  total: number;
  rowAt: (index: number) => Volume | undefined;
  sort: Pick<VolumeFilters, 'sort' | 'order'>;
  busy: boolean;
  onSort: (key: VolumeSortKey) => void;
  /** Which rows are on screen (0-based, inclusive), so the container fetches just their pages. */
  onRangeChange: (first: number, last: number) => void;
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
        <VirtualCells columns={VOLUME_COLUMNS} row={volume} />
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
      columns={VOLUME_COLUMNS}
      sort={{ key: sort.sort, order: sort.order }}
      onSort={onSort}
      scrollerClassName="min-h-0 flex-1"
      minWidthClassName="min-w-[118rem]"
      testId={TEST_IDS.volumesTable}
      busy={busy}
    >
      {items.map((item) => (
        <VolumeRow key={item.key} index={item.index} start={item.start} volume={rowAt(item.index)} />
      ))}
    </VirtualTable>
  );
}
