import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';

import { formatBytes } from '../../../shared/lib/format';
import type { PlacementEstimate } from '../placement-estimate';

/** Where the components would land and the raw capacity they take; labelled an estimate, the twin places at create. */
export function PlacementPreview({
  estimate,
  sizeBytes,
}: {
  estimate: PlacementEstimate | null;
  sizeBytes: number | null;
}): ReactNode {
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
        Computed here from the policy and the live hosts; vSAN (the twin) decides the real placement at create.
      </p>
      {!estimate || sizeBytes === null ? (
        <p className="text-slate-500">Enter a valid size on a vSAN datastore to see the placement.</p>
      ) : (
        <>
          <p>
            {estimate.raid}, {estimate.ftt} failures to tolerate, {estimate.stripeWidth} stripe
            {estimate.stripeWidth === 1 ? '' : 's'}: {formatBytes(sizeBytes)} consumes about{' '}
            <strong>{formatBytes(estimate.consumedBytes)}</strong> of vsanDatastore with replicas
            {estimate.reservedBytes > 0 && <>, {formatBytes(estimate.reservedBytes)} reserved up front</>}.
          </p>
          {estimate.problem && (
            <p role="alert" className="text-red-700 dark:text-red-300">
              {estimate.problem}
            </p>
          )}
          {estimate.components.length > 0 && (
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
                {estimate.components.map((c, i) => (
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
