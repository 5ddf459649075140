import type { DrillPreflight } from '@harborview/contracts/drills';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';

import { PropertyList } from '../../../shared/ui/Portlet';
import { StatusBadge } from '../../../shared/ui/StatusBadge';
import { HEALTH_LABELS } from '../../vsan/health';

import { ColumnHeads } from './TableParts';

const OBJECT_COLUMNS = [
  'Object',
  'Policy',
  'Components lost',
  'Votes lost',
  'Accessible after',
  'Data after',
  'Why',
] as const;
const KIND_LABELS: Record<DrillPreflight['objects'][number]['kind'], string> = {
  volume: 'Volume',
  'vm-home': 'VM home',
  'vm-swap': 'VM swap',
  'vm-disk': 'VM disk',
};

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
        <table aria-label="Blast radius per object" className="w-full border-collapse text-xs">
          <ColumnHeads columns={OBJECT_COLUMNS} />
          <tbody>
            {preflight.objects.map((o) => (
              <tr
                key={o.objectUuid}
                data-testid={TEST_IDS.preflightObjectRow(o.name)}
                className="border-t border-slate-200 dark:border-slate-700"
              >
                <th scope="row" className="px-1 py-1 text-left font-medium">
                  {o.name} <span className="font-normal text-slate-500 dark:text-slate-400">{KIND_LABELS[o.kind]}</span>
                  {o.usedBy.length > 0 && <span className="block font-normal">used by {o.usedBy.join(', ')}</span>}
                </th>
                <td className="px-1 py-1">
                  {o.policy} (FTT={o.ftt})
                </td>
                <td className="px-1 py-1">
                  {o.componentsLost} of {o.componentsTotal}
                </td>
                <td className="px-1 py-1">
                  {o.votesLost} of {o.votesTotal}
                </td>
                <td className="px-1 py-1">
                  <StatusBadge tone={o.accessibleAfter ? 'ok' : 'error'}>
                    {o.accessibleAfter ? 'Yes' : 'No'}
                  </StatusBadge>
                  <span className="block text-slate-500 dark:text-slate-400">{HEALTH_LABELS[o.healthAfter]}</span>
                </td>
                <td className="px-1 py-1">
                  <StatusBadge tone={o.dataAfter === 'intact' ? 'ok' : o.dataAfter === 'lost' ? 'error' : 'warn'}>
                    {o.dataAfter}
                  </StatusBadge>
                </td>
                <td className="px-1 py-1">{o.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
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
