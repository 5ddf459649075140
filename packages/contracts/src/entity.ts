import { z } from 'zod';

import type { EntityType, ObjectKind } from './vocabulary';
import { ENTITY_TYPES } from './vocabulary';

export type { EntityType } from './vocabulary';

export const EntityTypeSchema = z.enum(ENTITY_TYPES);

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
