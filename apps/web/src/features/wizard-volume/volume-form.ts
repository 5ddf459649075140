/**
 * The New Volume form, the `POST /api/volumes` body it sends (only non-default options, vdvs.md §1) and the
 * equivalent `docker volume create` command.
 */
import type { CreateVolumeBody } from '@harborview/contracts/volumes';

import { shellQuote } from '../wizard-policy/policy-form';

export const DISK_FORMATS = ['thin', 'zeroedthick', 'eagerzeroedthick'] as const;
export const ATTACH_AS = ['independent_persistent', 'persistent'] as const;
export const ACCESS = ['read-write', 'read-only'] as const;
export const FSTYPES = ['ext4', 'xfs', 'ext3', 'ext2'] as const;

/** What the wizard collects; `policy` '' is the vSAN default, `datastore` '' the vmgroup's default datastore. */
export interface VolumeForm {
  name: string;
  size: string;
  datastore: string;
  policy: string;
  diskformat: string;
  attachAs: string;
  access: string;
  fstype: string;
  cloneFrom: string;
}

export const DEFAULT_VOLUME_FORM: VolumeForm = {
  name: '',
  size: '',
  datastore: '',
  policy: '',
  diskformat: 'thin',
  attachAs: 'independent_persistent',
  access: 'read-write',
  fstype: 'ext4',
  cloneFrom: '',
};

/** vmdk_ops's size message, verbatim with its odd " \n" (vdvs.md §1). */
export const INVALID_SIZE_MESSAGE =
  'Invalid format for size. \nValid sizes must be of form X[mMgGtT]b where X is an integer. Default = 100mb';

const SIZE = /^(\d+)([mgt])b$/i;
const UNIT_BYTES: Record<string, number> = { m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };

/** Bytes of a vDVS size string (`20gb`, `100MB`), or null when vmdk_ops would refuse it. */
export function parseSizeBytes(size: string): number | null {
  const match = SIZE.exec(size);
  if (!match?.[1] || !match[2]) return null;
  return Number(match[1]) * (UNIT_BYTES[match[2].toLowerCase()] ?? 0);
}

/** vmdk_ops's size check (an empty size means the 100mb default; a clone takes no size). */
export function checkSize(size: string, cloning: boolean): string | null {
  if (size === '') return null;
  if (cloning) return 'Cannot define the size for a clone';
  return parseSizeBytes(size) === null ? INVALID_SIZE_MESSAGE : null;
}

/** `name@datastore` when a datastore is picked and the name does not already carry one. */
export function volumeFullName(form: VolumeForm): string {
  const name = form.name.trim();
  return form.datastore && !name.includes('@') ? `${name}@${form.datastore}` : name;
}

/** vDVS `-o` options that differ from the defaults, in vDVS's documented order. */
export function volumeOpts(form: VolumeForm): Record<string, string> {
  const cloning = form.cloneFrom !== '';
  const opts: Record<string, string> = {};
  if (form.size !== '' && !cloning) opts.size = form.size;
  if (form.policy !== '') opts['vsan-policy-name'] = form.policy;
  if (form.diskformat !== 'thin') opts.diskformat = form.diskformat;
  if (form.attachAs !== 'independent_persistent') opts['attach-as'] = form.attachAs;
  if (form.access !== 'read-write') opts.access = form.access;
  if (form.fstype !== 'ext4' && !cloning) opts.fstype = form.fstype;
  if (cloning) opts['clone-from'] = form.cloneFrom;
  return opts;
}

/** The `POST /api/volumes` body. */
export function toCreateVolumeBody(form: VolumeForm): CreateVolumeBody {
  return { name: volumeFullName(form), opts: volumeOpts(form) };
}

const shellWord = (text: string): string => (/^[\w@%+=:,./-]+$/.test(text) ? text : shellQuote(text));

/**
 * The equivalent Docker command with only the non-default options.
 * @example dockerVolumeCommand({ ...DEFAULT_VOLUME_FORM, name: 'vsanvol3', size: '20gb', policy: 'SW=2' })
 * // 'docker volume create --driver=vmdk --name=vsanvol3 -o size=20gb -o vsan-policy-name=SW=2'
 */
export function dockerVolumeCommand(form: VolumeForm): string {
  const options = Object.entries(volumeOpts(form)).map(([k, v]) => ` -o ${shellWord(`${k}=${v}`)}`);
  return `docker volume create --driver=vmdk --name=${shellWord(volumeFullName(form) || '<name>')}${options.join('')}`;
}
