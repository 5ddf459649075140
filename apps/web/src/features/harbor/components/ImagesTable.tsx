import type { HarborImage } from '@harborview/contracts/harbor';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';

import { formatBytes, formatTime } from '../../../shared/lib/format';
import { DataTable } from '../../../shared/ui/DataTable';
import { EmptyState } from '../../../shared/ui/QueryState';
import type { TableColumn } from '../../../shared/ui/table-columns';

const COLUMNS: TableColumn<HarborImage>[] = [
  { header: 'Image', rowHeader: true, className: 'font-normal', cell: (image) => image.ref },
  { header: 'Manifest digest', className: 'font-mono text-xs break-all', cell: (image) => image.manifestDigest },
  { header: 'Blobs', cell: (image) => image.blobs.length },
  { header: 'Size', cell: (image) => formatBytes(image.blobs.reduce((sum, b) => sum + b.size, 0)) },
  { header: 'Pushed', cell: (image) => formatTime(image.pushedAt) },
];

/** The images in the registry with their manifest digests, as the ledger recorded them at push time. */
export function ImagesTable({ images }: { images: HarborImage[] }): ReactNode {
  return (
    <DataTable
      caption="Registry images"
      columns={COLUMNS}
      rows={images}
      rowKey={(image) => image.ref}
      rowProps={(image) => ({ testId: TEST_IDS.harborImageRow(image.ref) })}
      empty={<EmptyState>No images pushed yet.</EmptyState>}
    />
  );
}
