import type { PlacementPreview as Preview } from '@harborview/contracts/volume-placement';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';

import { formatBytes } from '../../../shared/lib/format';
import { DataTable } from '../../../shared/ui/DataTable';
import type { TableColumn } from '../../../shared/ui/table-columns';

const COMPONENT_COLUMNS: TableColumn<Preview['components'][number]>[] = [
  { header: 'Type', cell: (c) => c.kind },
  { header: 'Replica', cell: (c) => c.group || '—' },
  { header: 'Host', cell: (c) => c.hostName },
  { header: 'Capacity Disk', cell: (c) => c.diskName },
  { header: 'Size', cell: (c) => (c.kind === 'Witness' ? 'metadata' : formatBytes(c.bytes)) },
];

/**
 * Where the components would land and the raw capacity they take, as the twin places them on a copy of the cluster
 * (`POST /api/volumes/placement-preview`); labelled an estimate, as the cluster may change before Create.
 */
export function PlacementPreview({ preview, waiting }: { preview: Preview | null; waiting: boolean }): ReactNode {
  const { layout, sizeBytes } = preview ?? { layout: null, sizeBytes: null };
  return (
    <section
      data-testid={TEST_IDS.volumePlacementPreview}
      aria-labelledby="placement-preview-title"
      className="space-y-2 text-sm"
    >
      <h3 id="placement-preview-title" className="font-semibold">
        Placement preview (estimate)
      </h3>
      <p className="text-xs text-slate-600 dark:text-slate-300">
        Computed by vSAN (the twin) on a copy of the cluster as it is now; the real placement is decided at create.
      </p>
      {!preview ? (
        <p className="text-slate-500">
          {waiting
            ? 'Asking vSAN (the twin) where it would go…'
            : 'Enter a valid size on a vSAN datastore to see the placement.'}
        </p>
      ) : (
        <>
          {layout && sizeBytes !== null && (
            <p>
              {layout.raid}, {layout.ftt} failures to tolerate, {layout.stripeWidth} stripe
              {layout.stripeWidth === 1 ? '' : 's'}: {formatBytes(sizeBytes)} consumes about{' '}
              <strong>{formatBytes(preview.consumedBytes)}</strong> of vsanDatastore with replicas
              {preview.reservedBytes > 0 && <>, {formatBytes(preview.reservedBytes)} reserved up front</>}.
            </p>
          )}
          {preview.problem && (
            <p role="alert" className="whitespace-pre-line text-red-700 dark:text-red-300">
              {preview.problem}
            </p>
          )}
          {preview.components.length > 0 && (
            <DataTable
              caption="Planned components"
              variant="plain"
              size="xs"
              ruled={false}
              columns={COMPONENT_COLUMNS}
              rows={preview.components}
              rowKey={(_, i) => i}
            />
          )}
        </>
      )}
    </section>
  );
}
