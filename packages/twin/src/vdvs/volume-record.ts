/**
 * Turning a validated spec into the stored volume record, as vmdk_ops `create_kv_store` does: status detached,
 * `created` from the clock, `created-by` the requesting VM (vdvs.md §1 create flow, §5 sidecar).
 */
import type { VdvsVolume } from './types';
import type { VolumeSpec } from './volume-options';

/** Facts known only when the create runs. */
export interface VolumeCreation {
  createdMs: number;
  createdBy: string;
  allocatedKb: number;
}

/** The record for a freshly created (and, after mkfs, detached) volume. */
export function createVolumeRecord(spec: VolumeSpec, creation: VolumeCreation): VdvsVolume {
  return {
    name: spec.name,
    datastore: spec.datastore,
    datastoreType: spec.datastoreType,
    vmgroupUuid: spec.vmgroupUuid,
    sizeKb: spec.sizeKb,
    allocatedKb: creation.allocatedKb,
    createdMs: creation.createdMs,
    createdBy: creation.createdBy,
    volOpts: { ...spec.volOpts },
    userOptions: { ...spec.userOptions },
    attachment: null,
  };
}
