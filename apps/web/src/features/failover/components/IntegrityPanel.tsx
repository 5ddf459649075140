import type { DrillIntegrity } from '@harborview/contracts/drills';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';

import { formatTime } from '../../../shared/lib/format';
import { DataTable } from '../../../shared/ui/DataTable';
import { PropertyList } from '../../../shared/ui/Portlet';
import { EmptyState } from '../../../shared/ui/QueryState';
import type { BadgeTone } from '../../../shared/ui/StatusBadge';
import { StatusBadge } from '../../../shared/ui/StatusBadge';
import type { TableColumn } from '../../../shared/ui/table-columns';

const VERDICT: Record<NonNullable<DrillIntegrity['verdict']>, { label: string; tone: BadgeTone }> = {
  intact: { label: 'Intact', tone: 'ok' },
  lost: { label: 'Data lost', tone: 'error' },
  unavailable: { label: 'Unavailable', tone: 'warn' },
};
const IMAGE_TONE: Record<DrillIntegrity['images'][number]['status'], BadgeTone> = {
  intact: 'ok',
  missing: 'error',
  corrupt: 'error',
  unavailable: 'warn',
};
const IMAGE_COLUMNS: TableColumn<DrillIntegrity['images'][number]>[] = [
  { header: 'Image', cell: (image) => image.ref },
  { header: 'Manifest digest', className: 'break-all font-mono', cell: (image) => image.manifestDigest },
  { header: 'Blobs', cell: (image) => image.blobs },
  { header: 'Status', cell: (image) => <StatusBadge tone={IMAGE_TONE[image.status]}>{image.status}</StatusBadge> },
  { header: 'Detail', cell: (image) => image.detail },
];

/** Did the registry's data survive? Baseline from before the fault, the verdict from the real registry after it. */
export function IntegrityPanel({ integrity }: { integrity: DrillIntegrity | null }): ReactNode {
  if (!integrity) return <EmptyState>No baseline: Harbor had no images when the drill started.</EmptyState>;
  const verdict = integrity.verdict ? VERDICT[integrity.verdict] : null;
  return (
    <div data-testid={TEST_IDS.drillIntegrity} className="space-y-3 text-sm">
      <PropertyList
        items={[
          [
            'Baseline',
            `${integrity.baseline.images} images, ${integrity.baseline.blobs} blobs (recorded ${formatTime(integrity.baseline.recordedAt)})`,
          ],
          [
            'Verdict',
            verdict ? (
              <StatusBadge tone={verdict.tone} testId={TEST_IDS.integrityVerdict}>
                {verdict.label}
              </StatusBadge>
            ) : (
              <span data-testid={TEST_IDS.integrityVerdict}>Checked once Harbor is back…</span>
            ),
          ],
          ['Summary', integrity.summary],
          ['Checked at', formatTime(integrity.checkedAt)],
        ]}
      />
      {integrity.affectedVolumes.length > 0 && (
        <ul aria-label="Affected volumes" className="space-y-1">
          {integrity.affectedVolumes.map((v) => (
            <li key={v.name} data-testid={TEST_IDS.integrityVolume(v.name)}>
              <StatusBadge tone={v.verdict === 'lost' ? 'error' : 'warn'}>
                {v.verdict === 'lost' ? 'Lost' : 'Unavailable'}
              </StatusBadge>{' '}
              <span className="font-medium">{v.name}</span>: {v.reason}
            </li>
          ))}
        </ul>
      )}
      {integrity.images.length > 0 && (
        <DataTable
          label="Images checked"
          variant="compact"
          size="xs"
          columns={IMAGE_COLUMNS}
          rows={integrity.images}
          rowKey={(image) => image.ref}
          rowProps={(image) => ({ testId: TEST_IDS.integrityImage(image.ref) })}
        />
      )}
    </div>
  );
}
