import { z } from 'zod';

/** One thing an operator would have done by hand: a command, a file edit (a unified diff) or a vSphere Client step. */
export const RunbookStepSchema = z.object({
  /** The command log's seq the step comes from (several steps may share one). */
  seq: z.number().int().nonnegative(),
  /** When the twin applied it (ISO 8601, twin time). */
  at: z.string(),
  title: z.string(),
  kind: z.enum(['command', 'file-edit', 'ui']),
  /** The command line, the diff, or the UI path. */
  text: z.string(),
  /** Where it runs: an ESXi host's address or the Docker VM's name. */
  host: z.string().optional(),
});
export type RunbookStep = z.infer<typeof RunbookStepSchema>;

/** `GET /api/runbook`: everything done through the console since the last reset, as manual steps. */
export const RunbookSchema = z.object({ steps: z.array(RunbookStepSchema) });
export type Runbook = z.infer<typeof RunbookSchema>;

/** `GET /api/runbook?format=md|sh`: JSON when left out. */
export const RunbookQuerySchema = z.strictObject({ format: z.enum(['json', 'md', 'sh']).optional() });
export type RunbookQuery = z.infer<typeof RunbookQuerySchema>;
