import { z } from 'zod';

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

export const AdvanceClockBodySchema = z.strictObject({
  seconds: z
    .number()
    .positive()
    .max(7 * 24 * 3600),
});
export type AdvanceClockBody = z.infer<typeof AdvanceClockBodySchema>;

/** `POST /api/twin/reset`: a fresh twin. `hosts` sizes the cluster; `volumes` adds generated volumes for scale. */
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
});
export type ResetTwinBody = z.infer<typeof ResetTwinBodySchema>;
