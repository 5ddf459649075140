/**
 * vSAN policies as vDVS keeps them: one plain-text file per policy in `dockvols/policies/` on the FIRST vSAN
 * datastore, content stored unchecked (vdvs.md §3). Commands return new data and vDVS's own messages.
 */
import { pyListRepr } from './py-format';
import type { VdvsVolume } from './types';

/** One policy file; `previousContent` is the `<name>.old` backup an update keeps after a partial failure. */
export interface StoredPolicy {
  name: string;
  content: string;
  previousContent?: string;
  /** `<name>.failed_volume_updates`: volumes whose objects kept the old policy. */
  failedVolumeUpdates?: readonly string[];
}

/** The one fact the store needs from the inventory: the vSAN datastore holding `dockvols/policies/`. */
export interface PolicyStoreContext {
  vsanDatastore: string | null;
}

/** Outcome of create/remove: the new list and the CLI's line, or the CLI's error line. */
export type PolicyStoreOutcome =
  { ok: true; policies: StoredPolicy[]; message: string } | { ok: false; message: string };

/** Outcome of update, with the volumes whose vSAN objects get the new content (`objtool setPolicy`). */
export type PolicyUpdateOutcome =
  | { ok: true; policies: StoredPolicy[]; message: string; reapply: string[]; failed: string[] }
  | { ok: false; message: string };

/** Policy file suffixes the update machinery writes beside `<name>` (vdvs.md §3). */
export const POLICY_WORK_FILE_SUFFIXES = ['.tmp', '.old', '.failed_volume_updates'] as const;

const NO_VSAN_DATASTORE = 'Error: VSAN datastore does not exist';

const notFound = (name: string): string => `Error: Policy ${name} does not exist`;

/** File text as vsan_policy.py writes it: content plus a newline (vdvs.md §3). */
export function policyFileText(policy: StoredPolicy): string {
  return `${policy.content}\n`;
}

/**
 * The twin refuses names vDVS would turn into odd paths; vDVS itself has no name check (vdvs.md §3 is silent),
 * so this wording is the twin's.
 */
function nameProblem(name: string): string | null {
  if (name.length === 0) return 'the name is empty';
  if (name === '.' || name === '..' || /[/\\\0]/.test(name))
    return 'a policy name is a file name: no "/", "\\", "." or ".."';
  const suffix = POLICY_WORK_FILE_SUFFIXES.find((s) => name.endsWith(s));
  if (suffix) return `names ending "${suffix}" are used by policy update`;
  return null;
}

/** `policy create --name N --content C`: stores any content; refuses a duplicate name (vdvs.md §3). */
export function createPolicy(
  policies: readonly StoredPolicy[],
  name: string,
  content: string,
  ctx: PolicyStoreContext,
): PolicyStoreOutcome {
  if (ctx.vsanDatastore === null) return { ok: false, message: NO_VSAN_DATASTORE };
  const problem = nameProblem(name);
  if (problem) return { ok: false, message: `Error: Invalid policy name '${name}': ${problem}` };
  if (policies.some((p) => p.name === name)) return { ok: false, message: 'Error: Policy already exists' };
  return { ok: true, policies: [...policies, { name, content }], message: `Successfully created policy: ${name}` };
}

/** `policy rm --name N`: refused while any volume's KV names the policy (vdvs.md §3). */
export function removePolicy(
  policies: readonly StoredPolicy[],
  name: string,
  volumesUsing: readonly string[],
  ctx: PolicyStoreContext,
): PolicyStoreOutcome {
  if (ctx.vsanDatastore === null) return { ok: false, message: NO_VSAN_DATASTORE };
  // vsan_policy.py reports only the first volume it finds.
  const first = volumesUsing[0];
  if (first !== undefined) return { ok: false, message: `Error: Cannot remove. Policy is in use by ${first}.vmdk` };
  if (!policies.some((p) => p.name === name)) return { ok: false, message: notFound(name) };
  return {
    ok: true,
    policies: policies.filter((p) => p.name !== name),
    message: `Successfully removed policy: ${name}`,
  };
}

function updatedEntry(old: StoredPolicy, content: string, applied: number, failed: readonly string[]): StoredPolicy {
  if (failed.length === 0) return { name: old.name, content };
  // Every volume failed: vDVS renames `<name>.old` back, as if nothing happened.
  if (applied === 0) return { name: old.name, content: old.content };
  return { name: old.name, content, previousContent: old.content, failedVolumeUpdates: failed.map((v) => `${v}.vmdk`) };
}

/**
 * `policy update --name N --content C`: writes the new content and re-applies it to every volume using the
 * policy. `failedVolumes` are those whose `objtool setPolicy` failed (the integrator decides with
 * `checkPolicyAtApply`); the store then keeps, rolls back or logs exactly as vsan_policy.py does.
 */
export function updatePolicy(
  policies: readonly StoredPolicy[],
  name: string,
  content: string,
  volumesUsing: readonly string[],
  ctx: PolicyStoreContext,
  failedVolumes: readonly string[] = [],
): PolicyUpdateOutcome {
  if (ctx.vsanDatastore === null) return { ok: false, message: NO_VSAN_DATASTORE };
  const old = policies.find((p) => p.name === name);
  if (!old) return { ok: false, message: notFound(name) };
  if (old.content.trim() === content.trim()) {
    return { ok: false, message: 'Error: New policy is identical to old policy. Ignoring.' };
  }
  const failed = volumesUsing.filter((v) => failedVolumes.includes(v));
  const applied = volumesUsing.length - failed.length;
  const entry = updatedEntry(old, content, applied, failed);
  const message =
    failed.length === 0
      ? `Successfully updated policy ${name}`
      : `Successfully updated: ${applied} volumes.\nFailed to update:     ${pyListRepr(failed.map((v) => `${v}.vmdk`))} volumes`;
  return {
    ok: true,
    policies: policies.map((p) => (p.name === name ? entry : p)),
    message,
    reapply: [...volumesUsing],
    failed,
  };
}

/** Volume names per policy name, from each volume's KV `vsan-policy-name` (vdvs.md §3). */
export function policyUsage(volumes: readonly VdvsVolume[]): Record<string, string[]> {
  // Policy names are user input: a Map, then own data properties, so `__proto__` or `toString` stay plain keys.
  const usage = new Map<string, string[]>();
  for (const v of volumes) {
    const policy = v.volOpts['vsan-policy-name'];
    if (policy !== undefined) usage.set(policy, [...(usage.get(policy) ?? []), v.name]);
  }
  return Object.fromEntries(usage);
}

/** The volumes using `name`, read as an own property so a name like `toString` is never a prototype member. */
export function policyUsers(usage: Readonly<Record<string, string[]>>, name: string): string[] {
  return Object.prototype.hasOwnProperty.call(usage, name) ? usage[name]! : [];
}

/** One `policy ls` row (vdvs.md §3). */
export interface PolicyLsRow {
  policyName: string;
  policyContent: string;
  active: string;
}

/** `policy ls` headers (vdvs.md §3). */
export const POLICY_LS_HEADERS = ['Policy Name', 'Policy Content', 'Active'] as const;

/** `policy ls` rows sorted by name: Active is `Unused` or `In use by N volumes`, even for 1 (vdvs.md §3). */
export function policyLsRows(
  policies: readonly StoredPolicy[],
  usageCount: Readonly<Record<string, number>>,
): PolicyLsRow[] {
  return [...policies]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((p) => {
      const count = Object.prototype.hasOwnProperty.call(usageCount, p.name) ? (usageCount[p.name] ?? 0) : 0;
      return {
        policyName: p.name,
        policyContent: p.content.trim(),
        active: count > 0 ? `In use by ${count} volumes` : 'Unused',
      };
    });
}
