/**
 * Finding vDVS volumes and what stands behind them: `name[@datastore]` resolved as vmdk_ops does (vdvs.md §1), the
 * vSAN object of a volume, and the VM a volume is attached to.
 */
import type { VdvsVolume } from '../vdvs/types';
import { vsanObjectUuid } from '../vdvs/vmdk-descriptor';
import type { DatastoreCatalog } from '../vdvs/volume-name';
import {
  fullVolumeName,
  parseVolumeName,
  resolveDefaultDatastore,
  VM_DATASTORE_PLACEHOLDER,
} from '../vdvs/volume-name';
import type { VsanObject } from '../vsan/types';

import type { EngineVm, TwinState } from './state';
import { createTable } from './table';
import { OBJECTS } from './vsan-view';

/** vDVS volume records by `name@datastore`. */
export const VOLUMES = createTable<VdvsVolume>((v) => fullVolumeName(v.name, v.datastore));

/** The datastores vmdk_ops knows; short names resolve to the Docker VM's datastore (`_VM_DS`, vdvs.md §2). */
export function datastoreCatalog(s: TwinState): DatastoreCatalog {
  const name = s.topology.datastore.name;
  return {
    datastores: [{ name, type: 'vsan' }],
    defaultDatastore: resolveDefaultDatastore(VM_DATASTORE_PLACEHOLDER, name),
  };
}

/** The volume a `name[@datastore]` names, if it exists. */
export function findVolume(s: TwinState, name: string): VdvsVolume | undefined {
  const parsed = parseVolumeName(name, datastoreCatalog(s));
  return parsed.ok ? VOLUMES.find(s.volumes, parsed.fullName) : undefined;
}

/** `name@datastore` of a record. */
export function fullNameOf(v: Pick<VdvsVolume, 'name' | 'datastore'>): string {
  return fullVolumeName(v.name, v.datastore);
}

/** The vSAN object behind a volume. */
export function volumeObject(s: TwinState, v: VdvsVolume): VsanObject | undefined {
  return OBJECTS.find(s.vsan.objects, vsanObjectUuid(v));
}

/** The VM a volume is attached to per its KV (`attachedVMUuid`), if that VM exists. */
export function attachedVm(s: TwinState, v: VdvsVolume): EngineVm | undefined {
  const uuid = v.attachment?.vmUuid;
  return uuid === undefined ? undefined : s.topology.vms.find((vm) => vm.uuid === uuid);
}
