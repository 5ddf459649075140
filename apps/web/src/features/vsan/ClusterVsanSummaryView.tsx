import type { ClusterSummary } from '@harborview/contracts/cluster';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';
import { lazy, Suspense } from 'react';

import { formatBytes, formatTime } from '../../shared/lib/format';
import { formatDuration } from '../../shared/ui/duration';
import { Portlet, PropertyList } from '../../shared/ui/Portlet';
import { EmptyState, LoadingState } from '../../shared/ui/QueryState';
import { StatusBadge } from '../../shared/ui/StatusBadge';

import { toVsanCapacitySeries } from './components/charts/capacity-series';
import { toHealthCountRows } from './health';

// Recharts is the heaviest dependency: load it only when the chart is on screen.
const VsanCapacityChart = lazy(() =>
  import('./components/charts/VsanCapacityChart').then((m) => ({ default: m.VsanCapacityChart })),
);

/**
 * Cluster Summary's vSAN portlets: space used/free, object health counts and the repair timer. The space portlet's
 * title avoids the word "Capacity": the datastore Summary already has a "Capacity" region that e2e looks up by name.
 */
export function ClusterVsanSummaryView({ summary }: { summary: ClusterSummary }): ReactNode {
  const segments = toVsanCapacitySeries(summary.vsan);
  const health = toHealthCountRows(summary.objectHealth);
  const timer = summary.repairTimer;
  return (
    <div className="grid gap-3 lg:grid-cols-2">
      <Portlet title="vSAN space used and free" testId={TEST_IDS.clusterVsanCapacity}>
        <figure className="space-y-2">
          <Suspense fallback={<LoadingState label="chart" />}>
            <VsanCapacityChart segments={segments} />
          </Suspense>
          <figcaption>
            <PropertyList
              items={[
                ...segments.map((s): [string, ReactNode] => [s.label, `${formatBytes(s.bytes)} (${s.percent}%)`]),
                ['Capacity', formatBytes(summary.vsan.capacityBytes)],
                ['Reserved', formatBytes(summary.vsan.reservedBytes)],
              ]}
            />
          </figcaption>
        </figure>
      </Portlet>
      <Portlet title="vSAN object health" testId={TEST_IDS.clusterObjectHealth}>
        {health.length === 0 ? (
          <EmptyState>No vSAN objects.</EmptyState>
        ) : (
          <ul aria-label="Objects by health" className="space-y-1 text-sm">
            {health.map((row) => (
              <li key={row.health} className="flex items-center justify-between gap-2">
                <StatusBadge tone={row.tone}>{row.label}</StatusBadge>
                <span>{row.count}</span>
              </li>
            ))}
          </ul>
        )}
        <div className="mt-3 border-t border-slate-100 pt-2 dark:border-slate-800">
          <PropertyList
            items={[
              ['Object repair timer', formatDuration(timer.delaySeconds)],
              ['Objects waiting on it', timer.objectsWaiting],
              ...(timer.nextExpiryAt ? [['Next expiry', formatTime(timer.nextExpiryAt)] as [string, ReactNode]] : []),
              ...(timer.outcome ? [['Then', timer.outcome] as [string, ReactNode]] : []),
            ]}
          />
        </div>
      </Portlet>
    </div>
  );
}
