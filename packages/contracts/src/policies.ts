import { z } from 'zod';

import { listOf } from './lists';
import { ISSUE_SEVERITIES } from './vocabulary';

// vDVS keeps policy names as file names under dockvols/policies/ (vdvs.md §3): bound them, the twin checks the rest.
const PolicyNameSchema = z.string().min(1).max(128);
const PolicyContentSchema = z.string().max(4096);

/** One decoded rule of a policy's content, e.g. `("stripeWidth" i2)` → "Number of disk stripes per object: 2". */
export const PolicyRuleSchema = z.object({
  key: z.string(),
  value: z.union([z.number(), z.string()]),
  description: z.string(),
});
export type PolicyRule = z.infer<typeof PolicyRuleSchema>;

/** A storage policy as `vmdkops_admin.py policy ls` shows it, plus the volumes using it. */
export const PolicySchema = z.object({
  name: z.string(),
  content: z.string(),
  rules: z.array(PolicyRuleSchema),
  /** `Unused` or `In use by N volumes`, verbatim. */
  active: z.string(),
  volumes: z.array(z.string()),
  builtIn: z.boolean(),
});
export type Policy = z.infer<typeof PolicySchema>;
export const PolicyListSchema = listOf(PolicySchema);
export type PolicyList = z.infer<typeof PolicyListSchema>;

export const CreatePolicyBodySchema = z.strictObject({ name: PolicyNameSchema, content: PolicyContentSchema });
export type CreatePolicyBody = z.infer<typeof CreatePolicyBodySchema>;
export const UpdatePolicyBodySchema = z.strictObject({ content: PolicyContentSchema });
export type UpdatePolicyBody = z.infer<typeof UpdatePolicyBodySchema>;
export const ValidatePolicyBodySchema = z.strictObject({
  content: PolicyContentSchema,
  sizeBytes: z.number().int().positive().optional(),
});
export type ValidatePolicyBody = z.infer<typeof ValidatePolicyBodySchema>;

/** A problem in policy content, positioned so the wizard can point at it. */
export const PolicyIssueSchema = z.object({
  severity: z.enum(ISSUE_SEVERITIES),
  code: z.string(),
  message: z.string(),
  offset: z.number().int().nonnegative(),
  length: z.number().int().nonnegative(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
});
export type PolicyIssue = z.infer<typeof PolicyIssueSchema>;

/** `POST /api/policies/validate`: the up-front check vDVS itself only does at volume create. */
export const PolicyValidationSchema = z.object({
  ok: z.boolean(),
  issues: z.array(PolicyIssueSchema),
  rules: z.array(PolicyRuleSchema),
  /** The equivalent command an operator would type. */
  command: z.string(),
});
export type PolicyValidation = z.infer<typeof PolicyValidationSchema>;
