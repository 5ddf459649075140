/**
 * Per-rule checks of policy content: unknown capability names (with a "did you mean" for typos such as the
 * `hostFailuresToTolarate` in the vDVS docs, vdvs.md §4), repeated keys, value types and ranges.
 */
import type { IssueSeverity } from '@harborview/contracts/vocabulary';

import type { Capability } from './capabilities';
import { CAPABILITIES, findCapability, isValueAccepted } from './capabilities';
import type { ParsedRule } from './policy-content';
import { printPolicyValue } from './policy-content';

/** Stable codes so the UI can group or translate issues. */
export type PolicyIssueCode =
  | 'syntax'
  | 'unknown-capability'
  | 'duplicate-capability'
  | 'wrong-type'
  | 'out-of-range'
  | 'not-enough-fault-domains'
  | 'erasure-coding-needs-all-flash'
  | 'erasure-coding-max-ftt'
  | 'large-disk-ftt'
  | 'cache-reservation-all-flash';

/** One finding, positioned in the content for the wizard to underline (line and column 1-based). */
export interface PolicyIssue {
  severity: IssueSeverity;
  code: PolicyIssueCode;
  message: string;
  key: string | null;
  offset: number;
  length: number;
  line: number;
  column: number;
}

/** An issue before its line/column are computed. */
export type PolicyIssueDraft = Omit<PolicyIssue, 'line' | 'column'>;

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The closest known capability within 3 edits (case-insensitive), for "did you mean". */
export function suggestCapability(key: string): string | null {
  let best: { key: string; distance: number } | null = null;
  for (const c of CAPABILITIES) {
    const distance = editDistance(key.toLowerCase(), c.key.toLowerCase());
    if (distance <= 3 && (best === null || distance < best.distance)) best = { key: c.key, distance };
  }
  return best?.key ?? null;
}

/** The Kubernetes vSphere validator's wording, cited in vdvs.md §4. */
function rangeMessage(c: Capability): string {
  if (c.kind === 'enum')
    return `Invalid value for ${c.key}. Valid values are ${c.allowed.map((v) => `"${v}"`).join(', ')}.`;
  const head = `Invalid value for ${c.key}. The default value is ${c.defaultValue}, minimum value is ${c.min}`;
  if (c.max === null) return `${head}.`;
  const hint = c.scale === 1 ? '' : ` (i${c.scale} = 1%)`;
  return `${head} and maximum value is ${c.max}${hint}.`;
}

function typeMessage(c: Capability, rule: ParsedRule): string {
  const wanted = c.kind === 'enum' ? 'a quoted value' : c.kind === 'bool' ? 'i0 or i1' : 'an integer like i1';
  return `"${c.key}" takes ${wanted}, not ${printPolicyValue(rule.value)}`;
}

function issueFor(rule: ParsedRule): PolicyIssueDraft | null {
  const capability = findCapability(rule.key);
  if (!capability) {
    const suggestion = suggestCapability(rule.key);
    const hint = suggestion ? `. Did you mean "${suggestion}"?` : '';
    return {
      severity: 'error',
      code: 'unknown-capability',
      message: `Unknown capability "${rule.key}"${hint}`,
      key: rule.key,
      ...rule.keySpan,
    };
  }
  const typeOk = capability.kind === 'enum' ? rule.value.type === 'string' : rule.value.type === 'int';
  if (!typeOk) {
    return {
      severity: 'error',
      code: 'wrong-type',
      message: typeMessage(capability, rule),
      key: rule.key,
      ...rule.valueSpan,
    };
  }
  if (!isValueAccepted(capability, rule.value)) {
    return {
      severity: 'error',
      code: 'out-of-range',
      message: rangeMessage(capability),
      key: rule.key,
      ...rule.valueSpan,
    };
  }
  return null;
}

/** Issues of each rule on its own, plus repeated keys (flagged at the repeat). */
export function ruleIssues(rules: readonly ParsedRule[]): PolicyIssueDraft[] {
  const seen = new Set<string>();
  const issues: PolicyIssueDraft[] = [];
  for (const rule of rules) {
    const issue = issueFor(rule);
    if (issue) issues.push(issue);
    if (seen.has(rule.key)) {
      issues.push({
        severity: 'error',
        code: 'duplicate-capability',
        message: `"${rule.key}" is given more than once; a policy holds one value per capability`,
        key: rule.key,
        ...rule.span,
      });
    }
    seen.add(rule.key);
  }
  return issues;
}
