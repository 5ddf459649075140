import type { Volume } from '@harborview/contracts/volumes';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';
import { memo } from 'react';

import { useVirtualRows } from '../../../shared/ui/use-virtual-rows';
import { VirtualDataRow, virtualRowLayout, VirtualTable } from '../../../shared/ui/VirtualTable';
import type { VolumeFilters } from '../api';

import type { VolumeSortKey } from './volume-columns';
import { VOLUME_COLUMNS } from './volume-columns';

const ROW_HEIGHT = 32;
const ROW_LAYOUT = virtualRowLayout(VOLUME_COLUMNS, ROW_HEIGHT);

export interface VolumesTableProps {
  total: number;
  rowAt: (index: number) => Volume | undefined;
  sort: Pick<VolumeFilters, 'sort' | 'order'>;
  busy: boolean;
  onSort: (key: VolumeSortKey) => void;
  /** Which rows are on screen (0-based, inclusive), so the container fetches just their pages. */
  onRangeChange: (first: number, last: number) => void;
}

// Memoized: while the list scrolls, rows that stay in the window keep their props and are not rendered again.
const VolumeRow = memo(VirtualDataRow<Volume>);

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
      {items.map((item) => {
        // Undefined while its page loads.
        const volume = rowAt(item.index);
        const testId = volume && TEST_IDS.volumeRow(volume.name);
        return (
          <VolumeRow
            key={item.key}
            index={item.index}
            start={item.start}
            layout={ROW_LAYOUT}
            row={volume}
            testId={testId}
          />
        );
      })}
    </VirtualTable>
  );
}
