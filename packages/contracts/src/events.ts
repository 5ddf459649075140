import { z } from 'zod';

import { EntityRefSchema } from './entity';
import { EVENT_SEVERITIES } from './vocabulary';

export type { EventSeverity } from './vocabulary';

export const EventSeveritySchema = z.enum(EVENT_SEVERITIES);

/** What an event says, wherever it is listed (the Events list, a drill's timeline): severity, vSphere type id, message. */
export const EVENT_FIELDS = {
  severity: EventSeveritySchema,
  typeId: z.string(),
  message: z.string(),
  objects: z.array(EntityRefSchema),
};

/** One entry of the Events list: stable increasing id, twin-clock time, vSphere type id and message. */
export const TwinEventSchema = z.object({
  id: z.number().int().positive(),
  time: z.string(),
  ...EVENT_FIELDS,
});
export type TwinEvent = z.infer<typeof TwinEventSchema>;

/** `GET /api/events?after=<id>&limit=`. */
export const EventsQuerySchema = z.strictObject({
  after: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  /** Only events naming this object (Monitor > Events of one host, VM or volume). */
  entity: z.string().max(200).optional(),
});
export type EventsQuery = z.infer<typeof EventsQuerySchema>;

export const EventPageSchema = z.object({ items: z.array(TwinEventSchema), lastId: z.number().int().nonnegative() });
export type EventPage = z.infer<typeof EventPageSchema>;
