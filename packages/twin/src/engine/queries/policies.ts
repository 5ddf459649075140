/**
 * Storage policies as `vmdkops_admin.py policy ls` shows them (vdvs.md §3: Active is `Unused` or `In use by N
 * volumes`), with each rule decoded as the vSphere Client names it (vdvs.md §4), plus the wizard's up-front check.
 */
import type { Policy, PolicyList, PolicyRule, PolicyValidation } from '@harborview/contracts/policies';

import { describeRule } from '../../vdvs/capabilities';
import { vmdkopsPolicyCommand } from '../../vdvs/cli-commands';
import type { PolicyRule as ParsedPolicyRule } from '../../vdvs/policy-content';
import { parsePolicyContent, toPlainRules } from '../../vdvs/policy-content';
import { policyLsRows } from '../../vdvs/policy-store';
import { validatePolicyContent } from '../../vdvs/policy-validate';
import { clusterShape } from '../cluster-shape';
import type { TwinState } from '../state';
import { fullNameOf } from '../volume-view';

/** The content's rules decoded; none when it does not parse. */
function decode(content: string): PolicyRule[] {
  const parsed = parsePolicyContent(content);
  return parsed.ok ? toPlainRules(parsed.rules).map(ruleView) : [];
}

function ruleView(rule: ParsedPolicyRule): PolicyRule {
  return { key: rule.key, value: rule.value.value, description: describeRule(rule) };
}

const activeText = (count: number): string => (count > 0 ? `In use by ${count} volumes` : 'Unused');

/** Each policy's volumes (`name@datastore`, array order) in one pass; `default` holds those without a policy name. */
function volumesByPolicy(volumes: TwinState['volumes']): { named: Map<string, string[]>; default: string[] } {
  // Policy names are user input (`__proto__`, `toString`): a Map never confuses them with prototype members.
  const named = new Map<string, string[]>();
  const onDefault: string[] = [];
  for (const v of volumes) {
    const name = v.volOpts['vsan-policy-name'];
    if (name === undefined) {
      onDefault.push(fullNameOf(v));
      continue;
    }
    const list = named.get(name);
    if (list === undefined) named.set(name, [fullNameOf(v)]);
    else list.push(fullNameOf(v));
  }
  return { named, default: onDefault };
}

function buildPoliciesView(s: TwinState): PolicyList {
  const users = volumesByPolicy(s.volumes);
  const counts = Object.fromEntries([...users.named].map(([k, list]) => [k, list.length]));
  const contentOf = new Map(s.policies.store.map((p) => [p.name, p.content]));
  const builtIn = s.policies.defaultPolicy;
  // Fields in the contract's order: the BFF serializes these objects as they are.
  const stored = policyLsRows(s.policies.store, counts).map<Policy>((row) => {
    const content = contentOf.get(row.policyName) ?? row.policyContent;
    return {
      name: row.policyName,
      content,
      rules: decode(content),
      active: row.active,
      volumes: users.named.get(row.policyName) ?? [],
      builtIn: false,
    };
  });
  return {
    items: [
      {
        name: builtIn.name,
        content: builtIn.content,
        rules: decode(builtIn.content),
        active: activeText(users.default.length),
        volumes: users.default,
        builtIn: true,
      },
      ...stored,
    ],
  };
}

// The list depends only on the volume records and the policies, which most steps (a clock tick, a resync) leave
// untouched: kept per volumes array with the policies it was built from, so a 10,000-volume list is built once.
const VIEWS = new WeakMap<TwinState['volumes'], { policies: TwinState['policies']; view: PolicyList }>();

/** The built-in default first, then the vDVS policies sorted by name; shared between calls, so never mutate it. */
export function policiesView(s: TwinState): PolicyList {
  const known = VIEWS.get(s.volumes);
  if (known !== undefined && known.policies === s.policies) return known.view;
  const view = buildPoliciesView(s);
  VIEWS.set(s.volumes, { policies: s.policies, view });
  return view;
}

/** The wizard's check (contracts `PolicyValidation`): issues with positions, decoded rules, the CLI command. */
export function validatePolicyView(
  s: TwinState,
  input: { content: string; sizeBytes?: number; name?: string },
): PolicyValidation {
  const sizeKb = input.sizeBytes === undefined ? undefined : Math.ceil(input.sizeBytes / 1024);
  const r = validatePolicyContent(input.content, clusterShape(s), sizeKb === undefined ? {} : { sizeKb });
  // The rule's `key` stays in the twin: the wizard points at issues by offset and length.
  const issues = (r.ok ? r.warnings : [...r.errors, ...r.warnings]).map(({ key: _key, ...issue }) => issue);
  const command = vmdkopsPolicyCommand({ verb: 'create', name: input.name ?? null, content: input.content });
  return { ok: r.ok, issues, rules: decode(input.content), command };
}
