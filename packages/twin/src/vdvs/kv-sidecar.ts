/**
 * The KV sidecar (`<vol>-<16 hex>.vmfd`) vDVS keeps beside each descriptor: JSON written by Python
 * `json.dumps`, padded to a 4096-byte boundary (vdvs.md §5; kvESX.py `save`/`align_str`).
 */
import { hex64 } from './hash';
import type { PyJson } from './py-format';
import { asctimeUtc, pyJsonDumps } from './py-format';
import type { VdvsVolume } from './types';

/** diskLib sidecar key (kvESX.py DVOL_KEY, vdvs.md §5). */
export const SIDECAR_KEY = 'docker-volume-vsphere';
const KV_ALIGN = 4096;

/** The sidecar content as a JSON object, keys in the order of the PR #573 sample (vdvs.md §5). */
export function kvRecord(volume: VdvsVolume): { [key: string]: PyJson } {
  const record: { [key: string]: PyJson } = {
    created: asctimeUtc(volume.createdMs),
    status: volume.attachment ? 'attached' : 'detached',
    'created-by': volume.createdBy,
  };
  if (volume.attachment) {
    // On detach these three keys are deleted, not blanked (vdvs.md §5).
    record.attachedVMName = volume.attachment.vmName;
    record.attachedVMUuid = volume.attachment.vmUuid;
    record.attachedVMDevice = {
      ControllerPciSlotNumber: volume.attachment.device.controllerPciSlotNumber,
      Unit: volume.attachment.device.unit,
    };
  }
  record.volOpts = { ...volume.volOpts } as { [key: string]: PyJson };
  return record;
}

/** The sidecar file text: JSON padded with spaces to the next 4096 boundary, ending in a newline. */
export function renderKvSidecar(volume: VdvsVolume): string {
  const json = pyJsonDumps(kvRecord(volume));
  // align_str: pad to (ceil(len/4096)*4096 - 1) then '\n'; a string already that long is not cut.
  const width = Math.ceil(json.length / KV_ALIGN) * KV_ALIGN - 1;
  return `${json.padEnd(width, ' ')}\n`;
}

/** `<vol>-<16 hex>.vmfd`; ESX picks the hex, the twin derives it from the volume's identity. */
export function sidecarFileName(volume: Pick<VdvsVolume, 'name' | 'datastore' | 'vmgroupUuid'>): string {
  return `${volume.name}-${hex64(`${volume.datastore}/${volume.vmgroupUuid}/${volume.name}`)}.vmfd`;
}
