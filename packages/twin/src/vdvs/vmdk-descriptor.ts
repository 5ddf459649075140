/**
 * The `<vol>.vmdk` descriptor text vDVS's CreateVirtualDisk leaves on the datastore (vdvs.md §5): a flat extent
 * on VMFS/NFS, a `vsan://<object-uuid>` extent on vSAN, the KV sidecar named in `ddb.sidecars`.
 * Identifiers ESX would randomise (CID, uuids) are derived from the volume so the text is stable.
 */
import { hex64, uuidFrom } from './hash';
import { SIDECAR_KEY, sidecarFileName } from './kv-sidecar';
import type { VdvsVolume } from './types';

// 512-byte sectors; the geometry is the usual 255 heads x 63 sectors for SCSI disks (twin simplification).
const HEADS = 255;
const SECTORS_PER_TRACK = 63;

/** The vSAN object behind a vSAN volume: the record's, else one derived from its identity. */
export function vsanObjectUuid(volume: VdvsVolume): string {
  return volume.vsanObjectUuid ?? uuidFrom(`vsan-object:${volume.datastore}/${volume.vmgroupUuid}/${volume.name}`);
}

/** `<vol>-flat.vmdk`, the data file of a VMFS/NFS volume (none on vSAN, vdvs.md §5). */
export function flatFileName(volume: Pick<VdvsVolume, 'name'>): string {
  return `${volume.name}-flat.vmdk`;
}

/** The extent line; vmdk_ops finds vSAN objects with the regex `RW .* VMFS "vsan://(.*)"` (vdvs.md §5). */
export function extentLine(volume: VdvsVolume): string {
  const sectors = volume.sizeKb * 2;
  const target = volume.datastoreType === 'vsan' ? `vsan://${vsanObjectUuid(volume)}` : flatFileName(volume);
  return `RW ${sectors} VMFS "${target}"`;
}

function ddbUuid(seed: string): string {
  const bytes = `${hex64(`${seed}#u1`)}${hex64(`${seed}#u2`)}`.match(/../g) ?? [];
  return `${bytes.slice(0, 8).join(' ')}-${bytes.slice(8, 16).join(' ')}`;
}

/** Descriptor text of a volume (adapter busLogic as vmdk_ops creates it, vdvs.md §1 create flow). */
export function renderVmdkDescriptor(volume: VdvsVolume): string {
  const seed = `${volume.datastore}/${volume.vmgroupUuid}/${volume.name}`;
  const sectors = volume.sizeKb * 2;
  const thin = (volume.volOpts.diskformat ?? 'thin') === 'thin';
  return [
    '# Disk DescriptorFile',
    'version=1',
    'encoding="UTF-8"',
    `CID=${hex64(`${seed}#cid`).slice(0, 8)}`,
    'parentCID=ffffffff',
    'createType="vmfs"',
    '',
    '# Extent description',
    extentLine(volume),
    '',
    '# The Disk Data Base',
    '#DDB',
    '',
    'ddb.adapterType = "buslogic"',
    `ddb.geometry.cylinders = "${Math.floor(sectors / (HEADS * SECTORS_PER_TRACK))}"`,
    `ddb.geometry.heads = "${HEADS}"`,
    `ddb.geometry.sectors = "${SECTORS_PER_TRACK}"`,
    `ddb.longContentID = "${hex64(`${seed}#lcid`)}${hex64(`${seed}#lcid2`)}"`,
    // Key and file joined by a comma: the exact ddb.sidecars encoding is not in the doc (twin choice).
    `ddb.sidecars = "${SIDECAR_KEY},${sidecarFileName(volume)}"`,
    ...(thin ? ['ddb.thinProvisioned = "1"'] : []),
    `ddb.uuid = "${ddbUuid(seed)}"`,
    'ddb.virtualHWVersion = "13"',
    '',
  ].join('\n');
}
