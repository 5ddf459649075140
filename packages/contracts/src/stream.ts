import { z } from 'zod';

import { TwinEventSchema } from './events';
import { TaskSchema } from './tasks';

/**
 * The resource kinds a `changed` message can name, so clients refresh exactly those. `setup` is the checklist (VIB,
 * plugin, HA), `runbook` the operator's logged actions, `drills` a drill's stored view (a verdict reached in wall time).
 */
export const CHANGED_KINDS = [
  'inventory',
  'hosts',
  'vms',
  'cluster',
  'datastores',
  'volumes',
  'policies',
  'harbor',
  'alarms',
  'clock',
  'setup',
  'runbook',
  'drills',
] as const;

/** One kind a `changed` message can name. */
export type ChangedKind = (typeof CHANGED_KINDS)[number];

/**
 * What `GET /api/stream` sends, discriminated by `type` (also the SSE `event:` name). Every message carries the
 * stream id it was sent with, so a client can resume with Last-Event-ID.
 */
export const StreamMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('twin.event'), event: TwinEventSchema }),
  z.object({ type: z.literal('task'), task: TaskSchema }),
  /** The twin moved on: which resource kinds changed, so clients refresh exactly those. */
  z.object({
    type: z.literal('changed'),
    kinds: z.array(z.enum(CHANGED_KINDS)),
    at: z.string(),
  }),
]);
export type StreamMessage = z.infer<typeof StreamMessageSchema>;
