/** Test data shared by the vdvs tests: the doc's example volumes and inventory. */
import type { VmStorage } from '../attach';
import type { VdvsVolume } from '../types';
import { DEFAULT_VMGROUP_UUID } from '../types';
import type { DatastoreCatalog } from '../volume-name';

/** vdvs.md §2 example datastores: a shared VMFS and the vSAN datastore. */
export const CATALOG: DatastoreCatalog = {
  datastores: [
    { name: 'sharedVmfs-0', type: 'vmfs' },
    { name: 'vsanDatastore', type: 'vsan' },
  ],
  defaultDatastore: 'sharedVmfs-0',
};

/** `Sat Mar  4 09:26:00 2017`, the created date of the vdvs.md §2 inspect example. */
export const MAR_4_2017 = Date.UTC(2017, 2, 4, 9, 26, 0);

/** A detached 100MB thin ext4 volume like `TestVol@sharedVmfs-0` in vdvs.md §2. */
export function makeVolume(overrides: Partial<VdvsVolume> = {}): VdvsVolume {
  return {
    name: 'TestVol',
    datastore: 'sharedVmfs-0',
    datastoreType: 'vmfs',
    vmgroupUuid: DEFAULT_VMGROUP_UUID,
    sizeKb: 100 * 1024,
    allocatedKb: 13 * 1024,
    createdMs: MAR_4_2017,
    createdBy: 'photon-VM0.3',
    volOpts: { fstype: 'ext4', diskformat: 'thin' },
    userOptions: {},
    attachment: null,
    ...overrides,
  };
}

/** A Docker VM with its OS disk on an LSI Logic scsi0, as in the `scsi1:0` error of vdvs.md §7. */
export function makeVm(overrides: Partial<VmStorage> = {}): VmStorage {
  return {
    vmName: 'photon-VM0.3',
    vmUuid: '564d08e9-9a36-b2a2-8edd-11f1aaaaaaaa',
    controllers: [{ bus: 0, kind: 'lsilogic', pciSlotNumber: '160' }],
    disks: [
      { label: 'Hard disk 1', bus: 0, unitNumber: 0, vmdkPath: '/vmfs/volumes/vsanDatastore/photon/photon.vmdk', diskMode: 'persistent', volumeName: null },
    ],
    ...overrides,
  };
}
