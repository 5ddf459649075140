/**
 * The up-front policy check the wizard runs, and the two behaviours of real vDVS: `policy create` stores ANY
 * content (the validator is a stub, vdvs.md §3) and the content only fails when applied at volume create,
 * as `Failed to create volume <vol>: <objtool output>` (vdvs.md §1).
 */
import type { EffectivePolicy } from './capabilities';
import { findCapability, resolvePolicyRules } from './capabilities';
import { failureToleranceLayout, isSupportedLayout } from './failure-tolerance';
import type { ParsedRule, PolicyRule } from './policy-content';
import { parsePolicyContent, positionAt, toPlainRules } from './policy-content';
import type { PolicyIssue, PolicyIssueDraft } from './policy-rule-issues';
import { ruleIssues } from './policy-rule-issues';

/** What the validator needs to know about the cluster. */
export interface ClusterSummary {
  /** Hosts outside any fault domain count as their own (vsan-ha.md §1). */
  faultDomains: number;
  allFlash: boolean;
}

export type { PolicyIssue, PolicyIssueCode } from './policy-rule-issues';

/** Validation outcome: ok with the resolved policy, or the errors (warnings either way). */
export type PolicyValidation =
  | { ok: true; rules: PolicyRule[]; policy: EffectivePolicy; warnings: PolicyIssue[] }
  | { ok: false; errors: PolicyIssue[]; warnings: PolicyIssue[] };

/** Optional facts known only at volume create. */
export interface PolicyValidationOptions {
  sizeKb?: number;
}

type IssueDraft = PolicyIssueDraft;

const SIXTEEN_TB_IN_KB = 16 * 1024 ** 3;

/** Where a cluster-level issue points: the (last) rule that set the key, else the whole content. */
function anchor(
  rules: readonly ParsedRule[],
  key: string,
  content: string,
): Pick<IssueDraft, 'offset' | 'length' | 'key'> {
  const rule = [...rules].reverse().find((r) => r.key === key);
  return rule ? { ...rule.span, key } : { offset: 0, length: content.length, key: null };
}

function clusterIssues(
  rules: readonly ParsedRule[],
  content: string,
  cluster: ClusterSummary,
  sizeKb?: number,
): IssueDraft[] {
  const policy = resolvePolicyRules(rules);
  const ftt = anchor(rules, 'hostFailuresToTolerate', content);
  const issues: IssueDraft[] = [];
  const layout = failureToleranceLayout(policy.ftt, policy.failureToleranceMethod);
  if (!isSupportedLayout(layout)) {
    issues.push({
      severity: 'error',
      code: 'erasure-coding-max-ftt',
      message: `${layout.label} is not possible: ${layout.reason}`,
      ...ftt,
    });
    return issues;
  }
  if (layout.needsAllFlash && !cluster.allFlash) {
    issues.push({
      severity: 'error',
      code: 'erasure-coding-needs-all-flash',
      message: `${layout.label} needs an all-flash cluster; the cluster is hybrid`,
      ...anchor(rules, 'replicaPreference', content),
    });
  }
  if (layout.minFaultDomains > cluster.faultDomains) {
    // Force provisioning lets vSAN create the object anyway, without the redundancy it could not place.
    const forced = policy.forceProvisioning;
    const message = `${layout.label} needs ${layout.minFaultDomains} fault domains; the cluster has ${cluster.faultDomains}`;
    issues.push({
      severity: forced ? 'warning' : 'error',
      code: 'not-enough-fault-domains',
      message: forced ? `${message}; force provisioning will create it with no data redundancy` : message,
      ...ftt,
    });
  }
  if (sizeKb !== undefined && sizeKb > SIXTEEN_TB_IN_KB && policy.ftt > 1) {
    issues.push({
      severity: 'error',
      code: 'large-disk-ftt',
      message: 'Number of failures to tolerate can be at most 1 for a disk larger than 16TB',
      ...ftt,
    });
  }
  if (cluster.allFlash && policy.cacheReservationPct > 0) {
    issues.push({
      severity: 'warning',
      code: 'cache-reservation-all-flash',
      message: 'Flash read cache reservation applies to hybrid clusters only; an all-flash cluster ignores it',
      ...anchor(rules, 'cacheReservation', content),
    });
  }
  return issues;
}

const positioned = (content: string, draft: IssueDraft): PolicyIssue => ({
  ...draft,
  ...positionAt(content, draft.offset),
});

/**
 * Check content the way the wizard needs: syntax, capability names, types and ranges (vdvs.md §4), then
 * whether the cluster can place it (vsan-ha.md §1 FTT table).
 * @example validatePolicyContent('(("hostFailuresToTolerate" i2))', { faultDomains: 3, allFlash: true })
 */
export function validatePolicyContent(
  content: string,
  cluster: ClusterSummary,
  options: PolicyValidationOptions = {},
): PolicyValidation {
  const parsed = parsePolicyContent(content);
  if (!parsed.ok) {
    const { message, offset, line, column } = parsed.error;
    const error: PolicyIssue = {
      severity: 'error',
      code: 'syntax',
      message,
      key: null,
      offset,
      length: 1,
      line,
      column,
    };
    return { ok: false, errors: [error], warnings: [] };
  }
  const drafts = ruleIssues(parsed.rules);
  const ruleErrors = drafts.some((d) => d.severity === 'error');
  // Cluster checks on a policy with bad rules would judge defaults the user did not ask for.
  const all = (ruleErrors ? drafts : [...drafts, ...clusterIssues(parsed.rules, content, cluster, options.sizeKb)]).map(
    (d) => positioned(content, d),
  );
  const errors = all.filter((i) => i.severity === 'error');
  const warnings = all.filter((i) => i.severity === 'warning');
  if (errors.length > 0) return { ok: false, errors, warnings };
  return { ok: true, rules: toPlainRules(parsed.rules), policy: resolvePolicyRules(parsed.rules), warnings };
}

/** `vmdkops_admin.py policy create` behaviour: content is never checked (`validate_vsan_policy_string` is a stub). */
export function acceptPolicyAtStore(content: string): { accepted: true; content: string } {
  return { accepted: true, content };
}

/** Apply-time outcome: the effective policy, or vDVS's message (the VMDK is then deleted). */
export type PolicyApplyResult = { ok: true; policy: EffectivePolicy } | { ok: false; message: string };

/**
 * What `objtool setPolicy` does with stored content at `docker volume create`: the first error becomes
 * `Failed to create volume <vol>: <reason>` (vdvs.md §1). The reason text is the twin's; objtool's own
 * wording is not documented.
 */
export function checkPolicyAtApply(
  volumeName: string,
  content: string,
  cluster: ClusterSummary,
  sizeKb?: number,
): PolicyApplyResult {
  const result = validatePolicyContent(content, cluster, sizeKb === undefined ? {} : { sizeKb });
  if (result.ok) return { ok: true, policy: result.policy };
  const first = result.errors[0];
  return { ok: false, message: `Failed to create volume ${volumeName}: ${first?.message ?? 'invalid policy'}` };
}

/** Whether a capability key is known, for wizard autocompletion. */
export function isKnownCapability(key: string): boolean {
  return findCapability(key) !== undefined;
}
