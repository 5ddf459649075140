import type { PlacementPreview as Preview } from '@harborview/contracts/volume-placement';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';

import { formatBytes } from '../../../shared/lib/format';

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
            <table className="w-full text-left text-xs">
              <caption className="sr-only">Planned components</caption>
              <thead>
                <tr>
                  <th scope="col">Type</th>
                  <th scope="col">Replica</th>
                  <th scope="col">Host</th>
                  <th scope="col">Capacity Disk</th>
                  <th scope="col">Size</th>
                </tr>
              </thead>
              <tbody>
                {preview.components.map((c, i) => (
                  <tr key={i}>
                    <td>{c.kind}</td>
                    <td>{c.group || '—'}</td>
                    <td>{c.hostName}</td>
                    <td>{c.diskName}</td>
                    <td>{c.kind === 'Witness' ? 'metadata' : formatBytes(c.bytes)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
