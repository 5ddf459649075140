import type { Volume } from '@harborview/contracts/volumes';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { formatBytes } from '../../shared/lib/format';
import { CONSOLE_PATHS } from '../../shared/ui/console-paths';
import { Portlet, PropertyList } from '../../shared/ui/Portlet';
import { StatusBadge } from '../../shared/ui/StatusBadge';
import { PlacementPanel } from '../vsan/components/PlacementPanel';
import { healthTone } from '../vsan/health';

import { statusMapRows } from './status-map';

const linkClass = 'text-sky-700 underline dark:text-sky-300';

/** A volume's page: its vDVS Status map, its `volume ls` row, its vSAN object and the object's components. */
export function VolumeView({ volume }: { volume: Volume }): ReactNode {
  const { object } = volume;
  return (
    <article aria-labelledby="volume-title" className="space-y-3 p-4">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link to={CONSOLE_PATHS.volumes} className={linkClass}>
          Volumes
        </Link>
        <span aria-hidden="true"> / </span>
        <span aria-current="page">{volume.fullName}</span>
      </nav>
      <h1 id="volume-title" className="text-lg font-semibold">
        {volume.name}
      </h1>
      <div className="grid gap-3 lg:grid-cols-2">
        <Portlet title="vDVS Status (docker volume inspect)">
          <div data-testid={TEST_IDS.volumeStatusMap}>
            <PropertyList
              items={statusMapRows(volume.vdvsStatus).map(([key, value]): [string, ReactNode] => [
                key,
                <span key={key} className="font-mono text-xs">
                  {value}
                </span>,
              ])}
            />
          </div>
        </Portlet>
        <Portlet title="vSAN object">
          <PropertyList
            items={[
              [
                'Health',
                <StatusBadge key="h" tone={healthTone(object.health)}>
                  {object.healthLabel}
                </StatusBadge>,
              ],
              ['Accessible', object.accessible ? 'Yes' : 'No'],
              ['Compliance', object.compliance],
              ['Storage policy', object.policyName],
              ['Size', formatBytes(object.sizeBytes)],
              [
                'vSAN UUID',
                <span key="u" className="font-mono text-xs">
                  {object.uuid}
                </span>,
              ],
              ...(object.dataLost ? [['Data', 'Lost: the only up-to-date copy is gone'] as [string, ReactNode]] : []),
            ]}
          />
        </Portlet>
        <Portlet title="volume ls">
          <PropertyList
            items={[
              ['Datastore', volume.datastore],
              ['VMGroup', volume.vmGroup],
              ['Capacity', formatBytes(volume.capacityBytes)],
              ['Used', formatBytes(volume.usedBytes)],
              ['Filesystem', volume.filesystem],
              ['Policy', volume.policy],
              ['Disk Format', volume.diskFormat],
              ['Attached-to', volume.attachedTo ?? 'detached'],
              ['Access', volume.access],
              ['Attach-as', volume.attachAs],
              ['Created By', volume.createdBy],
              ['Created Date', volume.createdAt],
            ]}
          />
        </Portlet>
      </div>
      <Portlet title="Physical placement">
        <PlacementPanel object={object} caption={`Physical placement of ${volume.name}`} />
      </Portlet>
    </article>
  );
}
