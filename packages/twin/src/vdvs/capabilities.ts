/**
 * The vSAN capabilities usable in vmdkops policy content, with UI names, ranges and defaults (vdvs.md §4),
 * and the resolution of a rules list into the effective policy with every default filled in.
 */
import type { PolicyRule, PolicyValue } from './policy-content';
import { printPolicyValue } from './policy-content';

/** `replicaPreference` value for mirroring (vdvs.md §4). */
export const REPLICA_PREFERENCE_MIRRORING = 'RAID-1 (Mirroring) - Performance';
/** `replicaPreference` value for erasure coding (vdvs.md §4). */
export const REPLICA_PREFERENCE_ERASURE_CODING = 'RAID-5/6 (Erasure Coding) - Capacity';

/** Capability keys known to the twin (vdvs.md §4). */
export type CapabilityKey =
  | 'hostFailuresToTolerate'
  | 'stripeWidth'
  | 'forceProvisioning'
  | 'proportionalCapacity'
  | 'cacheReservation'
  | 'checksumDisabled'
  | 'replicaPreference'
  | 'iopsLimit';

/** An integer (or 0/1 boolean) capability; `max: null` means unbounded. */
export interface NumericCapability {
  key: CapabilityKey;
  label: string;
  kind: 'int' | 'bool';
  min: number;
  max: number | null;
  defaultValue: number;
  /** cacheReservation is written ×10000 in the string: 1% = i10000 (vdvs.md §4). */
  scale: number;
  hybridOnly: boolean;
}

/** A quoted-string capability with a closed set of values. */
export interface EnumCapability {
  key: CapabilityKey;
  label: string;
  kind: 'enum';
  allowed: readonly string[];
  defaultValue: string;
  hybridOnly: boolean;
}

/** One row of the capability table. */
export type Capability = NumericCapability | EnumCapability;

const numeric = (
  c: Omit<NumericCapability, 'scale' | 'hybridOnly'> & Partial<NumericCapability>,
): NumericCapability => ({
  scale: 1,
  hybridOnly: false,
  ...c,
});

/** The capability table, vdvs.md §4 (ranges from the vSAN 6.x docs and the Kubernetes validator cited there). */
export const CAPABILITIES: readonly Capability[] = [
  numeric({
    key: 'hostFailuresToTolerate',
    label: 'Number of failures to tolerate',
    kind: 'int',
    min: 0,
    max: 3,
    defaultValue: 1,
  }),
  numeric({
    key: 'stripeWidth',
    label: 'Number of disk stripes per object',
    kind: 'int',
    min: 1,
    max: 12,
    defaultValue: 1,
  }),
  numeric({ key: 'forceProvisioning', label: 'Force provisioning', kind: 'bool', min: 0, max: 1, defaultValue: 0 }),
  numeric({
    key: 'proportionalCapacity',
    label: 'Object space reservation',
    kind: 'int',
    min: 0,
    max: 100,
    defaultValue: 0,
  }),
  numeric({
    key: 'cacheReservation',
    label: 'Flash read cache reservation',
    kind: 'int',
    min: 0,
    max: 100 * 10000,
    defaultValue: 0,
    scale: 10000,
    hybridOnly: true,
  }),
  numeric({ key: 'checksumDisabled', label: 'Disable object checksum', kind: 'bool', min: 0, max: 1, defaultValue: 0 }),
  {
    key: 'replicaPreference',
    label: 'Failure tolerance method',
    kind: 'enum',
    allowed: [REPLICA_PREFERENCE_MIRRORING, REPLICA_PREFERENCE_ERASURE_CODING],
    defaultValue: REPLICA_PREFERENCE_MIRRORING,
    hybridOnly: false,
  },
  numeric({ key: 'iopsLimit', label: 'IOPS limit for object', kind: 'int', min: 0, max: null, defaultValue: 0 }),
];

/** The capability for a policy key, exact (case-sensitive) match as vSAN matches it. */
export function findCapability(key: string): Capability | undefined {
  return CAPABILITIES.find((c) => c.key === key);
}

/** Whether a value has the type and range the capability accepts. */
export function isValueAccepted(capability: Capability, value: PolicyValue): boolean {
  if (capability.kind === 'enum') return value.type === 'string' && capability.allowed.includes(value.value);
  if (value.type !== 'int') return false;
  return value.value >= capability.min && (capability.max === null || value.value <= capability.max);
}

function describeNumeric(capability: NumericCapability, value: number): string {
  if (capability.kind === 'bool') return value === 1 ? 'Yes' : 'No';
  if (capability.key === 'proportionalCapacity' || capability.scale !== 1) return `${value / capability.scale}%`;
  if (capability.key === 'iopsLimit' && value === 0) return '0 (no limit)';
  return String(value);
}

/**
 * Human wording of one rule, as the vSphere Client names the capability.
 * @example describeRule({ key: 'stripeWidth', value: { type: 'int', value: 2 } }) // 'Number of disk stripes per object: 2'
 */
export function describeRule(rule: PolicyRule): string {
  const capability = findCapability(rule.key);
  if (!capability) return `${rule.key}: ${printPolicyValue(rule.value)}`;
  if (!isValueAccepted(capability, rule.value)) return `${capability.label}: ${printPolicyValue(rule.value)}`;
  const text =
    capability.kind === 'enum' ? String(rule.value.value) : describeNumeric(capability, Number(rule.value.value));
  return `${capability.label}: ${text}`;
}

/** Failure tolerance method, short form. */
export type FailureToleranceMethod = 'RAID-1' | 'RAID-5/6';

/** A policy with every capability resolved to a value. */
export interface EffectivePolicy {
  ftt: number;
  stripeWidth: number;
  forceProvisioning: boolean;
  /** Object space reservation, % of the logical size (0 = thin). */
  proportionalCapacity: number;
  /** Flash read cache reservation in % (decoded from the ×10000 string value). */
  cacheReservationPct: number;
  checksumDisabled: boolean;
  /** 0 = no limit. */
  iopsLimit: number;
  failureToleranceMethod: FailureToleranceMethod;
}

/** vSAN Default Storage Policy: FTT 1, 1 stripe, thin, no cache reservation, no force (vsan-ha.md §1, vdvs.md §4). */
export const VSAN_DEFAULT_POLICY: EffectivePolicy = {
  ftt: 1,
  stripeWidth: 1,
  forceProvisioning: false,
  proportionalCapacity: 0,
  cacheReservationPct: 0,
  checksumDisabled: false,
  iopsLimit: 0,
  failureToleranceMethod: 'RAID-1',
};

/**
 * Resolve rules to the effective policy: defaults first, then each known rule whose value is accepted,
 * later rules winning. Unknown keys and rejected values are ignored here; `validatePolicyContent` reports them.
 */
export function resolvePolicyRules(rules: readonly PolicyRule[]): EffectivePolicy {
  const policy: EffectivePolicy = { ...VSAN_DEFAULT_POLICY };
  for (const rule of rules) {
    const capability = findCapability(rule.key);
    if (!capability || !isValueAccepted(capability, rule.value)) continue;
    const v = rule.value.value;
    switch (capability.key) {
      case 'hostFailuresToTolerate':
        policy.ftt = Number(v);
        break;
      case 'stripeWidth':
        policy.stripeWidth = Number(v);
        break;
      case 'forceProvisioning':
        policy.forceProvisioning = v === 1;
        break;
      case 'proportionalCapacity':
        policy.proportionalCapacity = Number(v);
        break;
      case 'cacheReservation':
        policy.cacheReservationPct = Number(v) / 10000;
        break;
      case 'checksumDisabled':
        policy.checksumDisabled = v === 1;
        break;
      case 'iopsLimit':
        policy.iopsLimit = Number(v);
        break;
      case 'replicaPreference':
        policy.failureToleranceMethod = v === REPLICA_PREFERENCE_ERASURE_CODING ? 'RAID-5/6' : 'RAID-1';
        break;
    }
  }
  return policy;
}
