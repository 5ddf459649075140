/**
 * A reference to an inventory object, as events, tasks and alarms name their targets (vSphere `ManagedObjectReference`
 * plus the display name the client shows). Docker-side objects share the shape so one Events list can show both.
 * The shape and the managed-object types are the contract's (packages/contracts), used here as types only.
 */
export type { EntityRef, EntityType } from '@harborview/contracts/entity';
