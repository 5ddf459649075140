/**
 * A reference to an inventory object, as events, tasks and alarms name their targets (vSphere `ManagedObjectReference`
 * plus the display name the client shows). Docker-side objects share the shape so one Events list can show both.
 */

/** vSphere managed-object types, plus the Docker and Harbor objects the twin adds. */
export type EntityType =
  | 'Datacenter'
  | 'ClusterComputeResource'
  | 'HostSystem'
  | 'VirtualMachine'
  | 'Datastore'
  | 'DockerVolume'
  | 'Container'
  | 'Harbor';

/** A target or related object: MoID-like id (e.g. `host-1`) and display name. */
export interface EntityRef {
  type: EntityType;
  id: string;
  name: string;
}
