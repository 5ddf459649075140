import type { DrillPreflight } from '@harborview/contracts/drills';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';

import { DataTable } from '../../../shared/ui/DataTable';
import { PropertyList } from '../../../shared/ui/Portlet';
import { StatusBadge } from '../../../shared/ui/StatusBadge';
import type { TableColumn } from '../../../shared/ui/table-columns';
import { HEALTH_LABELS } from '../../vsan/health';

const KIND_LABELS: Record<DrillPreflight['objects'][number]['kind'], string> = {
  volume: 'Volume',
  'vm-home': 'VM home',
  'vm-swap': 'VM swap',
  'vm-disk': 'VM disk',
};

type PreflightObject = DrillPreflight['objects'][number];

const OBJECT_COLUMNS: TableColumn<PreflightObject>[] = [
  {
    header: 'Object',
    rowHeader: true,
    className: 'font-medium',
    cell: (o) => (
      <>
        {o.name} <span className="font-normal text-slate-500 dark:text-slate-400">{KIND_LABELS[o.kind]}</span>
        {o.usedBy.length > 0 && <span className="block font-normal">used by {o.usedBy.join(', ')}</span>}
      </>
    ),
  },
  { header: 'Policy', cell: (o) => `${o.policy} (FTT=${o.ftt})` },
  { header: 'Components lost', cell: (o) => `${o.componentsLost} of ${o.componentsTotal}` },
  { header: 'Votes lost', cell: (o) => `${o.votesLost} of ${o.votesTotal}` },
  {
    header: 'Accessible after',
    cell: (o) => (
      <>
        <StatusBadge tone={o.accessibleAfter ? 'ok' : 'error'}>{o.accessibleAfter ? 'Yes' : 'No'}</StatusBadge>
        <span className="block text-slate-500 dark:text-slate-400">{HEALTH_LABELS[o.healthAfter]}</span>
      </>
    ),
  },
  {
    header: 'Data after',
    cell: (o) => (
      <StatusBadge tone={o.dataAfter === 'intact' ? 'ok' : o.dataAfter === 'lost' ? 'error' : 'warn'}>
        {o.dataAfter}
      </StatusBadge>
    ),
  },
  { header: 'Why', cell: (o) => o.reason },
];

function haLine(preflight: DrillPreflight): string {
  if (!preflight.haEnabled) return 'Off: nothing restarts the VM';
  const role = preflight.hostIsHaPrimary ? 'the HA primary' : 'an HA secondary';
  const after =
    preflight.expectedDetectionSeconds === null ? '' : `, declared dead after ${preflight.expectedDetectionSeconds} s`;
  return `On; ${preflight.hostName} is ${role}${after}`;
}

/** The blast radius before anything happens: per object and per Harbor service, HA and where the VM restarts. */
export function PreflightPanel({ preflight }: { preflight: DrillPreflight }): ReactNode {
  const vm = preflight.harborVm;
  return (
    <div data-testid={TEST_IDS.drillPreflight} className="space-y-3 text-sm">
      <PropertyList
        items={[
          ['Fault', preflight.description],
          ['vSphere HA', haLine(preflight)],
          [
            'Harbor VM',
            vm.affected
              ? `${vm.name}: ${vm.restartHostName ? `restarts on ${vm.restartHostName}` : 'cannot restart'} (${vm.reason})`
              : `${vm.name}: not affected (${vm.reason})`,
          ],
          ['Repair timer', preflight.repairOutlook],
        ]}
      />
      <div className="overflow-auto">
        <DataTable
          label="Blast radius per object"
          variant="compact"
          size="xs"
          columns={OBJECT_COLUMNS}
          rows={preflight.objects}
          rowKey={(o) => o.objectUuid}
          rowProps={(o) => ({ testId: TEST_IDS.preflightObjectRow(o.name) })}
        />
        {(preflight.objectsOmitted ?? 0) > 0 && (
          <p className="mt-1 text-xs text-slate-600 dark:text-slate-300">
            …and {preflight.objectsOmitted} more affected volumes, none of which goes down (not listed).
          </p>
        )}
      </div>
      <ul aria-label="Harbor services after the fault" className="space-y-1">
        {preflight.services.map((s) => (
          <li key={s.name} data-testid={TEST_IDS.preflightServiceRow(s.name)}>
            <StatusBadge tone={s.recovers ? 'ok' : 'error'}>{s.recovers ? 'Recovers' : 'Stays down'}</StatusBadge>{' '}
            <span className="font-medium">{s.name}</span>: {s.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}
