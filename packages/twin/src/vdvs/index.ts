/**
 * `@harborview/twin/vdvs`: the vDVS rules the console and compose share with the twin — volume names, sizes and
 * options with vDVS's own messages, policy capabilities, and the vmdkops/docker command lines with one quoting.
 */
export { REPLICA_PREFERENCE_ERASURE_CODING } from './capabilities';
export {
  dockerVolumeCreateCommand,
  dockerVolumeRemoveCommand,
  shellLine,
  VMDKOPS_ADMIN_PATH,
  vmdkopsPolicyCommand,
  vmdkopsPolicyRemoveCommand,
} from './cli-commands';
export { parseSizeBytes, sizeOptionProblem } from './sizes';
export {
  checkVolumeName,
  hasSnapshotSuffix,
  isVolumeNameTooLong,
  SNAPSHOT_SUFFIX_MESSAGE,
  splitVolumeName,
  VOLUME_NAME_TOO_LONG_MESSAGE,
} from './volume-name';
export { ACCESS, ATTACH_AS, DEFAULT_SUPPORTED_FILESYSTEMS, DISK_FORMATS, OPTION_DEFAULTS } from './volume-options';
