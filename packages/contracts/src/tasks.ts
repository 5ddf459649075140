import { z } from 'zod';

import { EntityRefSchema } from './entity';
import { listOf } from './lists';
import { ALARM_STATUSES, TASK_STATES } from './vocabulary';

export type { AlarmStatus, TaskState } from './vocabulary';

export const TaskStateSchema = z.enum(TASK_STATES);

/** One row of Recent Tasks; times are ISO strings on the twin's clock. */
export const TaskSchema = z.object({
  id: z.string(),
  name: z.string(),
  target: EntityRefSchema,
  state: TaskStateSchema,
  progress: z.number().min(0).max(100),
  details: z.string(),
  initiator: z.string(),
  queuedAt: z.string(),
  startedAt: z.string().nullable(),
  completedAt: z.string().nullable(),
  server: z.string(),
  /** Why the task failed, verbatim; null unless `state` is `error`. */
  error: z.string().nullable(),
});
export type Task = z.infer<typeof TaskSchema>;

export const TaskListSchema = listOf(TaskSchema);
export type TaskList = z.infer<typeof TaskListSchema>;

export const AlarmStatusSchema = z.enum(ALARM_STATUSES);

/** One triggered alarm in the Alarms tab. */
export const AlarmSchema = z.object({
  id: z.string(),
  name: z.string(),
  entity: EntityRefSchema,
  status: AlarmStatusSchema,
  triggeredAt: z.string(),
  acknowledged: z.boolean(),
});
export type Alarm = z.infer<typeof AlarmSchema>;

export const AlarmListSchema = listOf(AlarmSchema);
export type AlarmList = z.infer<typeof AlarmListSchema>;
