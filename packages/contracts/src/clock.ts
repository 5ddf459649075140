import { z } from 'zod';

import { HARBOR_LAYOUT_IDS } from './vocabulary';

export { HARBOR_LAYOUT_IDS } from './vocabulary';

/** Speeds the console offers: 1×, 10× and 60× (issue: Failover live, time control). */
export const CLOCK_SPEEDS = [1, 10, 60] as const;

/** The twin's clock: twin time and how it moves against wall time. */
export const ClockSchema = z.object({
  /** Twin time as an ISO timestamp. */
  now: z.string(),
  elapsedSeconds: z.number().nonnegative(),
  speed: z.number().positive(),
  paused: z.boolean(),
  wallTime: z.string(),
});
export type Clock = z.infer<typeof ClockSchema>;

export const PutClockBodySchema = z
  .strictObject({ speed: z.number().positive().max(3600).optional(), paused: z.boolean().optional() })
  .refine((b) => b.speed !== undefined || b.paused !== undefined, { message: 'Give speed or paused' });
export type PutClockBody = z.infer<typeof PutClockBodySchema>;

/**
 * `POST /api/twin/clock/advance`: `{"seconds":n}`, or `{"to":"repair-timer-end"}` to skip to the instant the next
 * repair timer runs out (409 when no component waits on one). Exactly one of the two.
 */
export const AdvanceClockBodySchema = z
  .strictObject({
    seconds: z
      .number()
      .positive()
      .max(7 * 24 * 3600)
      .optional(),
    to: z.literal('repair-timer-end').optional(),
  })
  .refine((b) => (b.seconds === undefined) !== (b.to === undefined), { message: 'Give either seconds or to' });
export type AdvanceClockBody = z.infer<typeof AdvanceClockBodySchema>;

/**
 * `POST /api/twin/reset`: a fresh twin. `hosts` sizes the cluster; `volumes` adds generated volumes for scale;
 * `harborVersion` picks Harbor's compose layout.
 */
export const ResetTwinBodySchema = z.strictObject({
  scenario: z.enum(['walkthrough']).default('walkthrough'),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .default(1),
  hosts: z.number().int().min(3).max(64).default(3),
  volumes: z.number().int().min(0).max(20_000).default(0),
  harborVersion: z.enum(HARBOR_LAYOUT_IDS).optional(),
});
export type ResetTwinBody = z.infer<typeof ResetTwinBodySchema>;
