import type { Harbor } from '@harborview/contracts/harbor';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { objectPath } from '../../../shared/lib/object-routes';
import { Portlet, PropertyList } from '../../../shared/ui/Portlet';
import type { BadgeTone } from '../../../shared/ui/StatusBadge';
import { StatusBadge } from '../../../shared/ui/StatusBadge';

const PROCESS: Record<Harbor['registry']['process'], [BadgeTone, string]> = {
  running: ['ok', 'Running'],
  starting: ['warn', 'Starting'],
  stopped: ['neutral', 'Stopped'],
  crashed: ['error', 'Crashed'],
  unavailable: ['error', 'Unavailable'],
};

/** Harbor's overall status as its health reports it (2.x `/api/v2.0/health`), or derived from containers (0.x). */
export function HarborHealthPanel({ harbor, vmName }: { harbor: Harbor; vmName: string | null }): ReactNode {
  const healthy = harbor.status === 'healthy';
  return (
    <Portlet title="Harbor health" testId={TEST_IDS.harborStatus}>
      <PropertyList
        items={[
          [
            'Status',
            <StatusBadge key="s" tone={healthy ? 'ok' : 'error'}>
              {healthy ? 'Healthy' : 'Unhealthy'}
            </StatusBadge>,
          ],
          [
            'Source',
            harbor.healthEndpoint !== null
              ? `Reported by Harbor: GET ${harbor.healthEndpoint}`
              : `Derived from container state: Harbor ${harbor.layout} has no health API`,
          ],
          ['Version', `Harbor ${harbor.layout}`],
          [
            'Runs on',
            <Link key="vm" to={objectPath('vm', harbor.vmId)} className="text-sky-700 underline dark:text-sky-300">
              {vmName ?? harbor.vmId}
            </Link>,
          ],
        ]}
      />
      <ul aria-label="Components" className="mt-2 space-y-1 text-sm">
        {harbor.components.map((c) => (
          <li key={c.name} className="flex flex-wrap items-center gap-2">
            <StatusBadge tone={c.status === 'healthy' ? 'ok' : 'error'}>
              {c.status === 'healthy' ? 'Healthy' : 'Unhealthy'}
            </StatusBadge>
            <span>{c.name}</span>
            {c.error && <span className="text-xs text-red-800 dark:text-red-200">{c.error}</span>}
          </li>
        ))}
      </ul>
    </Portlet>
  );
}

/** The registry endpoint behind Harbor: its URL, process state and storage root. */
export function RegistryPanel({ registry }: { registry: Harbor['registry'] }): ReactNode {
  const [tone, label] = PROCESS[registry.process];
  return (
    <Portlet title="Registry endpoint" testId={TEST_IDS.harborRegistry}>
      <PropertyList
        items={[
          [
            'Endpoint',
            registry.url ? (
              <code key="u" className="text-xs">
                {registry.url}
              </code>
            ) : (
              'No endpoint'
            ),
          ],
          [
            'Process',
            <StatusBadge key="p" tone={tone}>
              {label}
            </StatusBadge>,
          ],
          [
            'Storage root',
            registry.storageRoot ? (
              <code key="r" className="text-xs">
                {registry.storageRoot}
              </code>
            ) : (
              '—'
            ),
          ],
          ...(registry.detail ? [['Detail', registry.detail] as [string, ReactNode]] : []),
        ]}
      />
    </Portlet>
  );
}
