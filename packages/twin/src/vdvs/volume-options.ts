/**
 * `docker volume create -o` validation, plugin side then ESX side in vmdk_ops order, with vDVS's exact
 * messages (vdvs.md §1). Returns the normalized spec or the first message as vDVS would say it.
 */
import { vmdkPath } from './paths';
import { pyListRepr } from './py-format';
import { parseSizeOption, sizeOptionProblem } from './sizes';
import type { AccessMode, AttachAs, DatastoreType, DiskFormat, VdvsVolume, Vmgroup, VolOpts } from './types';
import { DEFAULT_VMGROUP } from './types';
import { cloneSpec } from './volume-clone';
import type { DatastoreCatalog } from './volume-name';
import { parseVolumeName } from './volume-name';

/** Option keys in vmdk_ops `validate_opts` order (vdvs.md §1). */
export const VALID_OPTION_KEYS = [
  'size',
  'vsan-policy-name',
  'diskformat',
  'attach-as',
  'access',
  'fstype',
  'clone-from',
] as const;
/** vmdk_ops's defaults list, verbatim as it appears in the unknown-option message (vdvs.md §1). */
export const VALID_OPTIONS_AND_DEFAULTS =
  "[('size', '100mb'), ('vsan-policy-name', '[VSAN default]'), ('diskformat', 'thin'), ('attach-as', 'independent_persistent'), ('access', 'read-write'), ('fstype', 'ext4'), ('clone-from', 'None')]";
/** Default size (vdvs.md §1). */
export const DEFAULT_SIZE = '100mb';
/** Default filesystem the plugin adds when neither fstype nor clone-from is given (vdvs.md §1). */
export const DEFAULT_FSTYPE = 'ext4';
/** Filesystems with `/sbin/mkfs.<fs>` in the plugin image, as the doc's example lists them (vdvs.md §1). */
export const DEFAULT_SUPPORTED_FILESYSTEMS: readonly string[] = ['ext2', 'ext3', 'ext4', 'xfs'];

/** `diskformat` values in the order vmdk_ops lists them in its refusal (vdvs.md §1). */
export const DISK_FORMATS: readonly DiskFormat[] = ['eagerzeroedthick', 'thin', 'zeroedthick'];
/** `attach-as` values in vmdk_ops's order (vdvs.md §1). */
export const ATTACH_AS: readonly AttachAs[] = ['independent_persistent', 'persistent'];
/** `access` values in vmdk_ops's order (vdvs.md §1). */
export const ACCESS: readonly AccessMode[] = ['read-write', 'read-only'];
/** What vDVS uses for an option left out (vdvs.md §1); the console sends only options that differ. */
export const OPTION_DEFAULTS = {
  diskformat: 'thin',
  'attach-as': 'independent_persistent',
  access: 'read-write',
  fstype: DEFAULT_FSTYPE,
} as const satisfies Record<string, string>;

/** What validation looks up: datastores, the caller's vmgroup, existing policies and volumes. */
export interface VolumeCreateContext {
  catalog: DatastoreCatalog;
  /** Policy names in `dockvols/policies/`, in listing order. */
  policies: readonly string[];
  volumes: readonly VdvsVolume[];
  vmgroup?: Vmgroup;
  supportedFilesystems?: readonly string[];
}

/** A volume ready to create: resolved name, normalized options and the KV `volOpts` vDVS will write. */
export interface VolumeSpec {
  name: string;
  datastore: string;
  datastoreType: DatastoreType;
  fullName: string;
  vmgroupUuid: string;
  sizeKb: number;
  diskformat: DiskFormat;
  attachAs: AttachAs;
  access: AccessMode;
  fstype: string | null;
  cloneFrom: string | null;
  vsanPolicyName: string | null;
  volOpts: VolOpts;
  userOptions: Record<string, string>;
}

/** Outcome: a spec to create, an existing volume (the plugin reports success), or vDVS's message. */
export type VolumeCreateResult =
  | { ok: true; outcome: 'create'; spec: VolumeSpec }
  | { ok: true; outcome: 'exists'; fullName: string; message: string }
  | { ok: false; message: string };

/** What the user sees for a failed create (vdvs.md §1, issue #855). */
export function dockerCreateErrorMessage(volumeName: string, message: string): string {
  return `Error response from daemon: create ${volumeName}: VolumeDriver.Create: ${message}`;
}

/** Plugin side (vmdk_driver.go prepareCreateOptions): default fstype, then the mkfs check. */
function pluginOptions(options: Readonly<Record<string, string>>, filesystems: readonly string[]) {
  const opts: Record<string, string> = { ...options };
  if (opts.fstype === undefined && opts['clone-from'] === undefined) opts.fstype = DEFAULT_FSTYPE;
  if (opts.fstype !== undefined && !filesystems.includes(opts.fstype)) {
    return { opts, error: `Not found mkfs for ${opts.fstype}\nSupported filesystems found: ${filesystems.join(', ')}` };
  }
  return { opts, error: null };
}

/** ESX side vmdk_ops `validate_opts`, first failure wins. */
function optionError(
  opts: Record<string, string>,
  datastoreType: DatastoreType,
  policies: readonly string[],
): string | null {
  const unknown = Object.keys(opts).filter((k) => !(VALID_OPTION_KEYS as readonly string[]).includes(k));
  if (unknown.length > 0)
    return `Invalid options: ${pyListRepr(unknown)} \nValid options and defaults: ${VALID_OPTIONS_AND_DEFAULTS}`;
  const clone = opts['clone-from'] !== undefined;
  const { size, diskformat, access, fstype } = opts;
  const policy = opts['vsan-policy-name'];
  const attachAs = opts['attach-as'];
  const sizeProblem = size === undefined ? null : sizeOptionProblem(size, clone);
  if (sizeProblem !== null) return sizeProblem;
  if (policy !== undefined) {
    if (datastoreType !== 'vsan') return 'Cannot use a VSAN policy on a non-VSAN datastore';
    if (!policies.includes(policy)) {
      const available = policies.length > 0 ? ` Available policies are: ${pyListRepr(policies)}` : '';
      return `Policy ${policy} does not exist.${available}`;
    }
  }
  if (diskformat !== undefined && !(DISK_FORMATS as readonly string[]).includes(diskformat)) {
    return `Disk Allocation Format '${diskformat}' is not supported. Valid options are: ${pyListRepr(DISK_FORMATS)}.`;
  }
  if (attachAs !== undefined && !(ATTACH_AS as readonly string[]).includes(attachAs)) {
    return `Attach type '${attachAs}' is not supported. Valid options are: ${pyListRepr(ATTACH_AS)}`;
  }
  if (access !== undefined && !(ACCESS as readonly string[]).includes(access)) {
    return `Access type '${access}' is not supported. Valid options are: ${pyListRepr(ACCESS)}`;
  }
  if (fstype !== undefined && clone) return 'Cannot define the filesystem type for a clone';
  return null;
}

/**
 * Validate `docker volume create --driver=vsphere [-o k=v]… <name[@ds]>` and normalize it.
 * @example validateVolumeCreate('db@vsanDatastore', { size: '10gb' }, ctx) // → { ok: true, outcome: 'create', spec }
 */
export function validateVolumeCreate(
  fullName: string,
  options: Readonly<Record<string, string>>,
  ctx: VolumeCreateContext,
): VolumeCreateResult {
  const plugin = pluginOptions(options, ctx.supportedFilesystems ?? DEFAULT_SUPPORTED_FILESYSTEMS);
  if (plugin.error) return { ok: false, message: plugin.error };
  const parsed = parseVolumeName(fullName, ctx.catalog);
  if (!parsed.ok) return parsed;
  const vmgroup = ctx.vmgroup ?? DEFAULT_VMGROUP;
  const datastore = parsed.datastore;
  const existing = ctx.volumes.some(
    (v) => v.name === parsed.name && v.datastore === datastore.name && v.vmgroupUuid === vmgroup.uuid,
  );
  if (existing) {
    const message = `File ${vmdkPath(datastore.name, vmgroup.name, parsed.name)} already exists`;
    return { ok: true, outcome: 'exists', fullName: parsed.fullName, message };
  }
  const { opts } = plugin;
  const error = optionError(opts, datastore.type, ctx.policies);
  if (error) return { ok: false, message: error };
  const base = {
    name: parsed.name,
    datastore: datastore.name,
    datastoreType: datastore.type,
    fullName: parsed.fullName,
    vmgroupUuid: vmgroup.uuid,
    diskformat: (opts.diskformat ?? OPTION_DEFAULTS.diskformat) as DiskFormat,
    attachAs: (opts['attach-as'] ?? OPTION_DEFAULTS['attach-as']) as AttachAs,
    access: (opts.access ?? OPTION_DEFAULTS.access) as AccessMode,
    vsanPolicyName: opts['vsan-policy-name'] ?? null,
    userOptions: { ...options },
  };
  if (opts['clone-from'] !== undefined) {
    const clone = cloneSpec(opts, opts['clone-from'], { ...ctx, vmgroup }, datastore.name);
    return clone.ok ? { ok: true, outcome: 'create', spec: { ...base, ...clone.fields } } : clone;
  }
  // ESX writes the options it received, adding diskformat when absent (vmdk_ops createVMDK).
  const volOpts = { ...opts, diskformat: base.diskformat } as VolOpts;
  const sizeKb = parseSizeOption(opts.size ?? DEFAULT_SIZE) ?? 0;
  return {
    ok: true,
    outcome: 'create',
    spec: { ...base, sizeKb, fstype: opts.fstype ?? null, cloneFrom: null, volOpts },
  };
}
