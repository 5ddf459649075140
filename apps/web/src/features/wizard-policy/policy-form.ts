/**
 * The Create VM Storage Policy form and its mapping onto vmdkops policy content (vdvs.md §3, §4):
 * `(("hostFailuresToTolerate" i2) ("stripeWidth" i2))`, only the rules that differ from the vSAN default.
 */
import { REPLICA_PREFERENCE_ERASURE_CODING, vmdkopsPolicyCommand } from '@harborview/twin/vdvs';

/** One "Failures to tolerate" choice of the vSphere Client's Availability tab. */
export interface FttOption {
  id: string;
  label: string;
  ftt: number;
  erasureCoding: boolean;
}

/** The Availability dropdown, in the vSphere Client's order and wording. */
export const FTT_OPTIONS: readonly FttOption[] = [
  { id: 'ftt0', label: 'No data redundancy', ftt: 0, erasureCoding: false },
  { id: 'ftt1-raid1', label: '1 failure - RAID-1 (Mirroring)', ftt: 1, erasureCoding: false },
  { id: 'ftt1-raid5', label: '1 failure - RAID-5 (Erasure Coding)', ftt: 1, erasureCoding: true },
  { id: 'ftt2-raid1', label: '2 failures - RAID-1 (Mirroring)', ftt: 2, erasureCoding: false },
  { id: 'ftt2-raid6', label: '2 failures - RAID-6 (Erasure Coding)', ftt: 2, erasureCoding: true },
  { id: 'ftt3-raid1', label: '3 failures - RAID-1 (Mirroring)', ftt: 3, erasureCoding: false },
];

/** Object space reservation choices → proportionalCapacity. */
export const OSR_OPTIONS: readonly { label: string; value: number }[] = [
  { label: 'Thin provisioning', value: 0 },
  { label: '25%', value: 25 },
  { label: '50%', value: 50 },
  { label: '75%', value: 75 },
  { label: 'Thick provisioning', value: 100 },
];

/** What the wizard collects. Numeric fields stay strings so what was typed is kept when it is wrong. */
export interface PolicyForm {
  name: string;
  description: string;
  vsanRules: boolean;
  mode: 'form' | 'raw';
  fttId: string;
  stripes: string;
  iopsLimit: string;
  proportionalCapacity: number;
  cacheReservation: string;
  checksumDisabled: boolean;
  forceProvisioning: boolean;
  rawContent: string;
}

/** The vSAN Default Storage Policy's values (vdvs.md §4): FTT 1 mirroring, 1 stripe, thin, nothing else. */
export const DEFAULT_POLICY_FORM: PolicyForm = {
  name: '',
  description: '',
  vsanRules: true,
  mode: 'form',
  fttId: 'ftt1-raid1',
  stripes: '1',
  iopsLimit: '0',
  proportionalCapacity: 0,
  cacheReservation: '0',
  checksumDisabled: false,
  forceProvisioning: false,
  rawContent: '',
};

/** Field name → message, for the fields of one step. */
export type FieldErrors = Partial<Record<keyof PolicyForm, string>>;

const INTEGER = /^\d+$/;
const PERCENT = /^\d+(\.\d{1,4})?$/;

/** Problems on the Name and description step; `existing` are the policy names already stored. */
export function checkNameStep(form: PolicyForm, existing: readonly string[]): FieldErrors {
  const name = form.name.trim();
  if (name === '') return { name: 'Enter a name for the policy' };
  if (name.length > 128) return { name: 'The name can be at most 128 characters' };
  // Policies are files under dockvols/policies/ (vdvs.md §3).
  if (/[/\\]/.test(name)) return { name: 'The name cannot contain / or \\' };
  // vmdkops_admin's own wording (vdvs.md §3).
  if (existing.includes(name)) return { name: 'Error: Policy already exists' };
  return {};
}

/** Problems on the vSAN step's form, with the ranges of vdvs.md §4. */
export function checkVsanStep(form: PolicyForm): FieldErrors {
  const errors: FieldErrors = {};
  const stripes = Number(form.stripes);
  if (!INTEGER.test(form.stripes.trim()) || stripes < 1 || stripes > 12) {
    errors.stripes = 'Number of disk stripes per object must be a whole number from 1 to 12';
  }
  if (!INTEGER.test(form.iopsLimit.trim())) {
    errors.iopsLimit = 'IOPS limit for object must be a whole number, 0 for no limit';
  }
  const cache = Number(form.cacheReservation);
  if (!PERCENT.test(form.cacheReservation.trim()) || cache > 100) {
    errors.cacheReservation = 'Flash read cache reservation must be a percentage from 0 to 100 (up to 4 decimals)';
  }
  return errors;
}

const int = (key: string, value: number): string => `("${key}" i${value})`;

/**
 * The vmdkops content for the form: rules that differ from the vSAN default only, one space between items as
 * `esxcli vsan policy getdefault` prints them. Raw mode returns the typed content unchanged.
 * @example toPolicyContent({ ...DEFAULT_POLICY_FORM, stripes: '2' }) // '(("stripeWidth" i2))'
 */
export function toPolicyContent(form: PolicyForm): string {
  if (!form.vsanRules) return '()';
  if (form.mode === 'raw') return form.rawContent;
  const option = FTT_OPTIONS.find((o) => o.id === form.fttId) ?? FTT_OPTIONS[1];
  const rules: string[] = [];
  if (option && option.ftt !== 1) rules.push(int('hostFailuresToTolerate', option.ftt));
  if (option?.erasureCoding) rules.push(`("replicaPreference" "${REPLICA_PREFERENCE_ERASURE_CODING}")`);
  const stripes = Number(form.stripes);
  if (stripes !== 1) rules.push(int('stripeWidth', stripes));
  const iops = Number(form.iopsLimit);
  if (iops !== 0) rules.push(int('iopsLimit', iops));
  if (form.proportionalCapacity !== 0) rules.push(int('proportionalCapacity', form.proportionalCapacity));
  // Flash read cache reservation is written ×10000: 1% = i10000 (vdvs.md §4).
  const cache = Math.round(Number(form.cacheReservation) * 10000);
  if (cache !== 0) rules.push(int('cacheReservation', cache));
  if (form.checksumDisabled) rules.push(int('checksumDisabled', 1));
  if (form.forceProvisioning) rules.push(int('forceProvisioning', 1));
  return `(${rules.join(' ')})`;
}

/**
 * The equivalent admin CLI command (vdvs.md §3), built by the twin's command-line module the runbook uses too.
 * @example policyCommand('create', 'SW=2', '(("stripeWidth" i2))') // `vmdkops_admin.py policy create --name SW=2 --content '(("stripeWidth" i2))'`
 */
export function policyCommand(verb: 'create' | 'update', name: string, content: string): string {
  return vmdkopsPolicyCommand({ verb, name: name || null, content });
}
