import type { HarborService } from '@harborview/contracts/harbor';
import type { Volume } from '@harborview/contracts/volumes';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { CONSOLE_PATHS } from '../../../shared/ui/console-paths';
import { DataTable } from '../../../shared/ui/DataTable';
import { formatDuration } from '../../../shared/ui/duration';
import type { BadgeTone } from '../../../shared/ui/StatusBadge';
import { StatusBadge } from '../../../shared/ui/StatusBadge';
import type { TableColumn } from '../../../shared/ui/table-columns';
import { healthTone } from '../../vsan/health';
import { uptimeSeconds } from '../twin-time';

const STATE: Record<HarborService['state'], [BadgeTone, string]> = {
  running: ['ok', 'Running'],
  restarting: ['warn', 'Restarting'],
  exited: ['error', 'Exited'],
  created: ['neutral', 'Created'],
};
const linkClass = 'text-sky-700 underline dark:text-sky-300';

function MountItem({
  mount,
  volume,
}: {
  mount: HarborService['mounts'][number];
  volume: Volume | undefined;
}): ReactNode {
  if (!mount.volume) return <li className="font-mono text-xs">{`${mount.source} → ${mount.target}`}</li>;
  const badge = volume ? (
    <StatusBadge tone={healthTone(volume.object.health)}>{volume.object.healthLabel}</StatusBadge>
  ) : mount.accessible === null ? null : (
    <StatusBadge tone={mount.accessible ? 'ok' : 'error'}>
      {mount.accessible ? 'Accessible' : 'Inaccessible'}
    </StatusBadge>
  );
  return (
    <li className="flex flex-wrap items-center gap-1">
      <span className="font-mono text-xs">{mount.target}</span>
      <span aria-hidden="true">→</span>
      <Link to={CONSOLE_PATHS.volume(mount.volume)} className={linkClass}>
        {mount.volume}
      </Link>
      {badge}
    </li>
  );
}

export interface ServicesTableProps {
  services: HarborService[];
  volumes: ReadonlyMap<string, Volume>;
  nowMs: number | null;
  selected: string | null;
}

function columns({ volumes, nowMs }: Pick<ServicesTableProps, 'volumes' | 'nowMs'>): TableColumn<HarborService>[] {
  return [
    { header: 'Service', rowHeader: true, className: 'font-semibold', cell: (s) => s.name },
    { header: 'Container', className: 'font-mono text-xs', cell: (s) => s.container },
    {
      header: 'State',
      cell: (s) => {
        const [tone, label] = STATE[s.state];
        return (
          <>
            <StatusBadge tone={tone}>
              {s.exitCode !== null && s.state === 'exited' ? `${label} (${s.exitCode})` : label}
            </StatusBadge>
            {s.error && <div className="mt-1 text-xs text-red-800 dark:text-red-200">{s.error}</div>}
          </>
        );
      },
    },
    {
      header: 'Health',
      cell: (s) => <StatusBadge tone={s.healthy ? 'ok' : 'error'}>{s.healthy ? 'Healthy' : 'Unhealthy'}</StatusBadge>,
    },
    { header: 'Restarts', cell: (s) => s.restarts },
    {
      header: 'Uptime',
      cell: (s) => formatDuration(s.state === 'running' && nowMs !== null ? uptimeSeconds(s.startedAt, nowMs) : null),
    },
    {
      header: 'Mounts → volume → object health',
      cell: (s) => (
        <ul className="space-y-0.5">
          {s.mounts.map((m) => (
            <MountItem
              key={`${m.source}:${m.target}`}
              mount={m}
              volume={m.volume ? volumes.get(m.volume) : undefined}
            />
          ))}
        </ul>
      ),
    },
  ];
}

/** Harbor's services: container state, health, restarts, uptime against the twin clock, and what each mounts. */
export function ServicesTable({ services, volumes, nowMs, selected }: ServicesTableProps): ReactNode {
  return (
    <DataTable
      caption="Harbor services"
      columns={columns({ volumes, nowMs })}
      rows={services}
      rowKey={(s) => s.name}
      rowProps={(s) => ({ testId: TEST_IDS.harborServiceRow(s.name), className: 'align-top' })}
      isCurrent={(s) => s.name === selected}
    />
  );
}
