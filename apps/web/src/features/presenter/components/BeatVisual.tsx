import type { DrillFrame } from '@harborview/contracts/drills';
import type { ReactNode } from 'react';

import { formatDuration } from '../../../shared/ui/duration';
import { DrillTopology } from '../../failover/components/DrillTopology';
import type { Loadable } from '../../failover/loadable';
import { Loaded } from '../../failover/loadable';
import type { BeatId } from '../beats';
import type { PresenterSnapshot } from '../walkthrough-progress';
import { SW2_POLICY } from '../walkthrough-progress';

import { Figure } from './Big';
import { HaVisual, HostsVisual, SetupVisual } from './ClusterVisuals';
import { ComposeVisual, HarborServicesVisual, ImagesVisual, IntegrityVisual } from './HarborVisuals';
import { ComponentsVisual, PolicyVisual, VolumesVisual } from './StorageVisuals';

export interface BeatVisualProps {
  id: BeatId;
  snapshot: PresenterSnapshot;
  /** The live topology during the failover beats (null before a drill exists). */
  topology: Loadable<DrillFrame> | null;
}

function RecoveryFigures({
  snapshot,
  keys,
}: {
  snapshot: PresenterSnapshot;
  keys: ('dead' | 'vm' | 'harbor')[];
}): ReactNode {
  const rto = snapshot.drill?.rto;
  const host = snapshot.hosts.find((h) => h.id === snapshot.drill?.vmHostNow);
  const figures = {
    dead: ['HA declared the host dead', formatDuration(rto?.hostDeclaredDeadSeconds ?? null)],
    vm: ['VM powered on', formatDuration(rto?.vmPoweredOnSeconds ?? null)],
    harbor: ['Harbor healthy', formatDuration(rto?.harborHealthySeconds ?? null)],
  } as const;
  return (
    <dl className="grid grid-cols-3 gap-3">
      {keys.map((k) => (
        <Figure key={k} label={`${figures[k][0]} after`} value={figures[k][1]} />
      ))}
      {keys.includes('vm') && <Figure label="Now running on" value={host?.name ?? '—'} />}
    </dl>
  );
}

function TopologyOf({
  topology,
  snapshot,
}: {
  topology: Loadable<DrillFrame> | null;
  snapshot: PresenterSnapshot;
}): ReactNode {
  if (!topology) return null;
  return (
    <Loaded value={topology}>
      {(frame) => <DrillTopology frame={frame} vmHostBefore={snapshot.drill?.vmHostBefore ?? null} />}
    </Loaded>
  );
}

/** The one focused visual of a beat, drawn from live state. */
export function BeatVisual({ id, snapshot, topology }: BeatVisualProps): ReactNode {
  switch (id) {
    case 'cluster':
      return <HostsVisual hosts={snapshot.hosts} cluster={snapshot.cluster} />;
    case 'plugin':
      return <SetupVisual setup={snapshot.setup} />;
    case 'policy':
      return <PolicyVisual policy={snapshot.policies.find((p) => p.name === SW2_POLICY.name)} />;
    case 'volumes':
      return <VolumesVisual volumes={snapshot.volumes} />;
    case 'compose':
      return <ComposeVisual diff={snapshot.composeDiff} harbor={snapshot.harbor} />;
    case 'harbor-up':
    case 'harbor-healthy':
      return (
        <div className="space-y-3">
          {id === 'harbor-healthy' && <RecoveryFigures snapshot={snapshot} keys={['harbor']} />}
          <HarborServicesVisual harbor={snapshot.harbor} />
        </div>
      );
    case 'images':
      return <ImagesVisual images={snapshot.images} />;
    case 'ha':
      return <HaVisual hosts={snapshot.hosts} haEnabled={snapshot.cluster.haEnabled} />;
    case 'host-off':
      return <TopologyOf topology={topology} snapshot={snapshot} />;
    case 'vm-restarted':
      return (
        <div className="space-y-3">
          <RecoveryFigures snapshot={snapshot} keys={['dead', 'vm']} />
          <TopologyOf topology={topology} snapshot={snapshot} />
        </div>
      );
    case 'components-absent':
      return <ComponentsVisual volumes={snapshot.volumes} />;
    case 'images-intact':
      return <IntegrityVisual integrity={snapshot.drill?.integrity} />;
  }
}
