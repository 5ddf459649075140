import type { DrillFrame } from '@harborview/contracts/drills';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';

import { ConnectionBadge, PowerBadge, StatusBadge } from '../../../shared/ui/StatusBadge';
import { componentStateBadge } from '../../vsan/component-state';

type FrameHost = DrillFrame['hosts'][number];
type FrameDisk = FrameHost['disks'][number];

// A disk of a scaled twin can hold thousands of components; the first few are drawn, the rest counted.
const MAX_COMPONENTS_PER_DISK = 12;

function DiskRow({ disk }: { disk: FrameDisk }): ReactNode {
  const shown = disk.components.slice(0, MAX_COMPONENTS_PER_DISK);
  const hidden = disk.components.length - shown.length;
  return (
    <li data-testid={TEST_IDS.topologyDisk(disk.id)} className="space-y-1">
      <div className="flex items-center gap-2 text-xs text-slate-600 dark:text-slate-300">
        <span className="font-mono">{disk.id}</span>
        <span>{disk.role === 'cache' ? 'Cache disk' : 'Capacity disk'}</span>
        {disk.failed && <StatusBadge tone="error">Failed</StatusBadge>}
      </div>
      {disk.components.length === 0 ? (
        <p className="text-xs text-slate-500 dark:text-slate-400">No components</p>
      ) : (
        <ul aria-label={`Components on ${disk.id}`} className="flex flex-wrap gap-1">
          {shown.map((c) => {
            const badge = componentStateBadge(c.state);
            return (
              <li key={c.uuid} title={`${c.type} ${c.uuid}`}>
                <StatusBadge tone={badge.tone}>
                  {c.object}
                  {c.type === 'Witness' ? ' (witness)' : ''}: {badge.label}
                </StatusBadge>
              </li>
            );
          })}
          {hidden > 0 && <li className="text-xs text-slate-500 dark:text-slate-400">+{hidden} more</li>}
        </ul>
      )}
    </li>
  );
}

function VmChip({ frame, moved }: { frame: DrillFrame; moved: string | null }): ReactNode {
  const on = frame.vm.powerState === 'poweredOn';
  return (
    <div
      data-testid={TEST_IDS.topologyVm}
      className={`rounded border-2 px-2 py-1 text-sm ${
        on ? 'border-green-700 dark:border-green-500' : 'border-red-700 dark:border-red-500'
      }`}
    >
      <span className="font-semibold">{frame.vm.name}</span> ·{' '}
      {frame.vm.powerState === 'poweredOn'
        ? 'Powered On'
        : frame.vm.powerState === 'poweredOff'
          ? 'Powered Off'
          : frame.vm.powerState}
      {moved && <span className="block text-xs">Restarted here, was on {moved}</span>}
    </div>
  );
}

function HostCard({
  host,
  frame,
  vmHostBefore,
}: {
  host: FrameHost;
  frame: DrillFrame;
  vmHostBefore: string | null;
}): ReactNode {
  const vmHere = frame.vm.hostId === host.id;
  const movedFrom =
    vmHere && vmHostBefore && vmHostBefore !== host.id
      ? (frame.hosts.find((h) => h.id === vmHostBefore)?.name ?? vmHostBefore)
      : null;
  const down = host.powerState === 'poweredOff' || host.connectionState !== 'connected';
  return (
    <article
      aria-label={`Host ${host.name}`}
      data-testid={TEST_IDS.topologyHost(host.id)}
      className={`space-y-2 rounded border p-2 ${
        down
          ? 'border-red-400 bg-red-50/60 dark:border-red-700 dark:bg-red-950/40'
          : 'border-slate-300 bg-white dark:border-slate-600 dark:bg-slate-900'
      }`}
    >
      <header className="flex flex-wrap items-center gap-2">
        <h4 className="font-semibold">{host.name}</h4>
        <PowerBadge state={host.powerState} />
        <ConnectionBadge state={host.connectionState} />
        <span className="text-xs text-slate-600 dark:text-slate-300">HA: {host.haState}</span>
      </header>
      {vmHere && <VmChip frame={frame} moved={movedFrom} />}
      {!vmHere && vmHostBefore === host.id && (
        <p className="rounded border border-dashed border-slate-400 px-2 py-1 text-xs text-slate-600 dark:text-slate-300">
          {frame.vm.name} was here before the fault
        </p>
      )}
      <ul aria-label={`Disks of ${host.name}`} className="space-y-2">
        {host.disks.map((disk) => (
          <DiskRow key={disk.id} disk={disk} />
        ))}
      </ul>
    </article>
  );
}

/**
 * One instant of the cluster: hosts with their disks and the components on them (coloured by state, with the
 * state in words), where the Harbor VM runs, and Harbor's services. Live and replay both draw a frame with it.
 */
export function DrillTopology({
  frame,
  vmHostBefore = null,
}: {
  frame: DrillFrame;
  vmHostBefore?: string | null;
}): ReactNode {
  return (
    <div data-testid={TEST_IDS.drillTopology} className="space-y-3">
      <div className="grid gap-3 [grid-template-columns:repeat(auto-fit,minmax(16rem,1fr))]">
        {frame.hosts.map((host) => (
          <HostCard key={host.id} host={host} frame={frame} vmHostBefore={vmHostBefore} />
        ))}
      </div>
      <ul aria-label="Harbor services" className="flex flex-wrap gap-2">
        {frame.harbor.map((service) => (
          <li key={service.name} data-testid={TEST_IDS.topologyService(service.name)}>
            <StatusBadge tone={service.healthy ? 'ok' : 'error'}>
              {service.name}: {service.state}, {service.healthy ? 'Healthy' : 'Unhealthy'}
            </StatusBadge>
          </li>
        ))}
      </ul>
    </div>
  );
}
