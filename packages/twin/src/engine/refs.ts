/**
 * Entity references for tasks, events and alarms (vSphere MoRef + display name, tasks/entity.ts), built from state.
 */
import type { EntityRef } from '../tasks/entity';

import { HARBOR_ENTITY_ID } from './constants';
import type { EngineVm, TwinState } from './state';

/** A host by id (its id when unknown, so a ref is always printable). */
export function hostEntity(s: TwinState, hostId: string): EntityRef {
  const name = s.topology.hosts.find((h) => h.id === hostId)?.name ?? hostId;
  return { type: 'HostSystem', id: hostId, name };
}

/** A VM. */
export function vmEntity(vm: Pick<EngineVm, 'id' | 'name'>): EntityRef {
  return { type: 'VirtualMachine', id: vm.id, name: vm.name };
}

/** The vSAN cluster. */
export function clusterEntity(s: TwinState): EntityRef {
  return { type: 'ClusterComputeResource', id: s.topology.cluster.id, name: s.topology.cluster.name };
}

/** The vsanDatastore. */
export function datastoreEntity(s: TwinState): EntityRef {
  return { type: 'Datastore', id: s.topology.datastore.id, name: s.topology.datastore.name };
}

/** A vDVS volume by its `name@datastore`. */
export function volumeEntity(fullName: string): EntityRef {
  return { type: 'DockerVolume', id: fullName, name: fullName };
}

/** The Harbor instance. */
export function harborEntity(s: TwinState): EntityRef {
  return { type: 'Harbor', id: HARBOR_ENTITY_ID, name: `Harbor ${s.harbor.state.layout.harborVersion}` };
}
