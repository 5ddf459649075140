import type { HarborService } from '@harborview/contracts/harbor';
import type { Volume } from '@harborview/contracts/volumes';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { CONSOLE_PATHS } from '../../../shared/ui/console-paths';
import { formatDuration } from '../../../shared/ui/duration';
import { StatusBadge } from '../../../shared/ui/StatusBadge';
import type { BadgeTone } from '../../../shared/ui/StatusBadge';
import { healthTone } from '../../vsan/health';
import { uptimeSeconds } from '../twin-time';

const COLUMNS = ['Service', 'Container', 'State', 'Health', 'Restarts', 'Uptime', 'Mounts → volume → object health'];
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

/** Harbor's services: container state, health, restarts, uptime against the twin clock, and what each mounts. */
export function ServicesTable({ services, volumes, nowMs, selected }: ServicesTableProps): ReactNode {
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">Harbor services</caption>
      <thead className="bg-slate-50 text-xs text-slate-600 dark:bg-slate-800 dark:text-slate-300">
        <tr>
          {COLUMNS.map((c) => (
            <th key={c} scope="col" className="px-2 py-1 font-semibold">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {services.map((s) => {
          const [tone, label] = STATE[s.state];
          const uptime = s.state === 'running' && nowMs !== null ? uptimeSeconds(s.startedAt, nowMs) : null;
          return (
            <tr
              key={s.name}
              data-testid={TEST_IDS.harborServiceRow(s.name)}
              aria-current={s.name === selected ? 'true' : undefined}
              className={`border-t border-slate-100 align-top dark:border-slate-800 ${s.name === selected ? 'bg-sky-50 dark:bg-sky-950' : ''}`}
            >
              <th scope="row" className="px-2 py-1 text-left font-semibold">
                {s.name}
              </th>
              <td className="px-2 py-1 font-mono text-xs">{s.container}</td>
              <td className="px-2 py-1">
                <StatusBadge tone={tone}>
                  {s.exitCode !== null && s.state === 'exited' ? `${label} (${s.exitCode})` : label}
                </StatusBadge>
                {s.error && <div className="mt-1 text-xs text-red-800 dark:text-red-200">{s.error}</div>}
              </td>
              <td className="px-2 py-1">
                <StatusBadge tone={s.healthy ? 'ok' : 'error'}>{s.healthy ? 'Healthy' : 'Unhealthy'}</StatusBadge>
              </td>
              <td className="px-2 py-1">{s.restarts}</td>
              <td className="px-2 py-1">{formatDuration(uptime)}</td>
              <td className="px-2 py-1">
                <ul className="space-y-0.5">
                  {s.mounts.map((m) => (
                    <MountItem
                      key={`${m.source}:${m.target}`}
                      mount={m}
                      volume={m.volume ? volumes.get(m.volume) : undefined}
                    />
                  ))}
                </ul>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
