/**
 * The New Volume form, the `POST /api/volumes` body it sends (only non-default options, vdvs.md §1) and the
 * equivalent `docker volume create` command. vDVS's rules, values and messages come from the twin's vdvs modules,
 * the same code that decides the create.
 */
import type { CreateVolumeBody } from '@harborview/contracts/volumes';
import {
  ACCESS,
  ATTACH_AS,
  checkVolumeName,
  DEFAULT_SUPPORTED_FILESYSTEMS,
  DISK_FORMATS,
  dockerVolumeCreateCommand,
  OPTION_DEFAULTS,
  sizeOptionProblem,
  splitVolumeName,
} from '@harborview/twin/vdvs';

// Each dropdown lists vDVS's default first, then the other values vDVS accepts.
const defaultFirst = (values: readonly string[], byDefault: string): readonly string[] => [
  byDefault,
  ...values.filter((v) => v !== byDefault),
];

export const DISK_FORMAT_CHOICES = defaultFirst(DISK_FORMATS, OPTION_DEFAULTS.diskformat);
export const ATTACH_AS_CHOICES = defaultFirst(ATTACH_AS, OPTION_DEFAULTS['attach-as']);
export const ACCESS_CHOICES = defaultFirst(ACCESS, OPTION_DEFAULTS.access);
export const FSTYPE_CHOICES = defaultFirst(DEFAULT_SUPPORTED_FILESYSTEMS, OPTION_DEFAULTS.fstype);

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
  diskformat: OPTION_DEFAULTS.diskformat,
  attachAs: OPTION_DEFAULTS['attach-as'],
  access: OPTION_DEFAULTS.access,
  fstype: OPTION_DEFAULTS.fstype,
  cloneFrom: '',
};

/** vmdk_ops's name check as the name is typed; an empty name gets the console's own hint. */
export function checkName(fullName: string): string | null {
  if (splitVolumeName(fullName).name === '') return 'Enter a volume name';
  const checked = checkVolumeName(fullName);
  return checked.ok ? null : checked.message;
}

/**
 * vmdk_ops's size check (an empty size means the 100mb default; a clone takes no size). Surrounding spaces are
 * trimmed first, as they are before sending: "20gb " is 20gb, and vDVS's message is for a size that is wrong.
 */
export function checkSize(size: string, cloning: boolean): string | null {
  const trimmed = size.trim();
  return trimmed === '' ? null : sizeOptionProblem(trimmed, cloning);
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
  const size = form.size.trim();
  if (size !== '' && !cloning) opts.size = size;
  if (form.policy !== '') opts['vsan-policy-name'] = form.policy;
  if (form.diskformat !== OPTION_DEFAULTS.diskformat) opts.diskformat = form.diskformat;
  if (form.attachAs !== OPTION_DEFAULTS['attach-as']) opts['attach-as'] = form.attachAs;
  if (form.access !== OPTION_DEFAULTS.access) opts.access = form.access;
  if (form.fstype !== OPTION_DEFAULTS.fstype && !cloning) opts.fstype = form.fstype;
  if (cloning) opts['clone-from'] = form.cloneFrom;
  return opts;
}

/** The `POST /api/volumes` body. */
export function toCreateVolumeBody(form: VolumeForm): CreateVolumeBody {
  return { name: volumeFullName(form), opts: volumeOpts(form) };
}

/**
 * The equivalent Docker command with only the non-default options.
 * @example dockerVolumeCommand({ ...DEFAULT_VOLUME_FORM, name: 'vsanvol3', size: '20gb', policy: 'SW=2' })
 * // 'docker volume create --driver=vmdk --name=vsanvol3 -o size=20gb -o vsan-policy-name=SW=2'
 */
export function dockerVolumeCommand(form: VolumeForm): string {
  return dockerVolumeCreateCommand(volumeFullName(form) || null, volumeOpts(form));
}
