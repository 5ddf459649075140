import { z } from 'zod';

import type { ObjectKind } from './inventory';

/** vSphere managed-object types plus the Docker and Harbor objects the twin adds. */
export const EntityTypeSchema = z.enum([
  'Datacenter',
  'ClusterComputeResource',
  'HostSystem',
  'VirtualMachine',
  'Datastore',
  'DockerVolume',
  'Container',
  'Harbor',
]);
export type EntityType = z.infer<typeof EntityTypeSchema>;

export const EntityRefSchema = z.object({ type: EntityTypeSchema, id: z.string(), name: z.string() });
export type EntityRef = z.infer<typeof EntityRefSchema>;

/** The managed-object type behind each navigator object kind, so tasks and alarms can be matched to a view. */
export const ENTITY_TYPE_OF_KIND: Record<ObjectKind, EntityType | null> = {
  vcenter: null,
  datacenter: 'Datacenter',
  cluster: 'ClusterComputeResource',
  host: 'HostSystem',
  vm: 'VirtualMachine',
  datastore: 'Datastore',
  network: null,
};
