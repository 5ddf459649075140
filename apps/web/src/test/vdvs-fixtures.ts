import type { BrowseEntry } from '@harborview/contracts/datastore-browse';
import type { Policy } from '@harborview/contracts/policies';
import type { Volume } from '@harborview/contracts/volumes';
import type { VsanObjectRow } from '@harborview/contracts/vsan';

import { DEFAULT_POLICY, STRIPE_POLICY } from './vsan-fixtures';

const GIB = 1024 ** 3;
const MIB = 1024 ** 2;
export const DEFAULT_VMGROUP_UUID = '11111111-1111-1111-1111-111111111111';

/** A vDVS volume on vsanDatastore attached to photon-harbor, with its `docker volume inspect` Status map. */
export function volumeFixture(object: VsanObjectRow, over: Partial<Volume> = {}): Volume {
  const name = object.owner?.name ?? object.name;
  const { owner: _owner, ...vsanObject } = object;
  const policy = object.policyName === DEFAULT_POLICY ? '[VSAN default]' : object.policyName;
  return {
    name,
    datastore: 'vsanDatastore',
    fullName: `${name}@vsanDatastore`,
    status: 'attached',
    attachedTo: 'photon-harbor',
    vmGroup: '_DEFAULT',
    capacityBytes: object.sizeBytes,
    usedBytes: 80 * MIB,
    filesystem: 'ext4',
    policy,
    diskFormat: 'thin',
    access: 'read-write',
    attachAs: 'independent_persistent',
    createdBy: 'photon-harbor',
    createdAt: 'Mon Aug 21 04:36:08 2017',
    vdvsStatus: {
      access: 'read-write',
      'attach-as': 'independent_persistent',
      capacity: { allocated: '80MB', size: `${Math.round(object.sizeBytes / GIB)}GB` },
      'clone-from': 'None',
      created: 'Mon Aug 21 04:36:08 2017',
      'created by VM': 'photon-harbor',
      datastore: 'vsanDatastore',
      diskformat: 'thin',
      fstype: 'ext4',
      status: 'attached',
      'attached to VM': 'photon-harbor',
      attachedVMDevice: { ControllerPciSlotNumber: '224', Unit: '1' },
      ...(policy === '[VSAN default]' ? {} : { 'vsan-policy-name': policy }),
    },
    object: vsanObject,
    ...over,
  };
}

/** `policy ls` of the walkthrough: the built-in default and `stripe-2` (FTT=1, two stripes) used by vsanvol3. */
export function policiesFixture(volumes: Volume[]): Policy[] {
  const using = (name: string): string[] => volumes.filter((v) => v.object.policyName === name).map((v) => v.name);
  const active = (n: number): string => (n === 0 ? 'Unused' : `In use by ${n} volumes`);
  const defaultUsers = using(DEFAULT_POLICY);
  const stripeUsers = using(STRIPE_POLICY);
  return [
    {
      name: DEFAULT_POLICY,
      content: '(("hostFailuresToTolerate" i1))',
      rules: [
        {
          key: 'hostFailuresToTolerate',
          value: 1,
          description: 'Failures to tolerate: 1 failure - RAID-1 (Mirroring)',
        },
      ],
      active: active(defaultUsers.length),
      volumes: defaultUsers,
      builtIn: true,
    },
    {
      name: STRIPE_POLICY,
      content: '(("hostFailuresToTolerate" i1) ("stripeWidth" i2))',
      rules: [
        {
          key: 'hostFailuresToTolerate',
          value: 1,
          description: 'Failures to tolerate: 1 failure - RAID-1 (Mirroring)',
        },
        { key: 'stripeWidth', value: 2, description: 'Number of disk stripes per object: 2' },
      ],
      active: active(stripeUsers.length),
      volumes: stripeUsers,
      builtIn: false,
    },
    {
      name: 'gold',
      content: '(("hostFailuresToTolerate" i1) ("proportionalCapacity" i50))',
      rules: [],
      active: 'Unused',
      volumes: [],
      builtIn: false,
    },
  ];
}

const folder = (name: string): BrowseEntry => ({ name, kind: 'folder', sizeBytes: null, target: null });
const file = (name: string, sizeBytes: number): BrowseEntry => ({ name, kind: 'file', sizeBytes, target: null });

/** The vsanDatastore's folders by path, as vDVS lays them out (vdvs.md §5). */
export function browseFixture(volumes: Volume[]): Record<string, BrowseEntry[]> {
  const volumeFiles = volumes
    .flatMap((v, i) => [file(`${v.name}.vmdk`, 512), file(`${v.name}-84b25ea7eb0f1f${i}f.vmfd`, 4096)])
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  return {
    '': [folder('dockvols'), folder('photon-harbor')],
    dockvols: [
      folder(DEFAULT_VMGROUP_UUID),
      { name: '_DEFAULT', kind: 'link', sizeBytes: null, target: DEFAULT_VMGROUP_UUID },
      folder('policies'),
    ],
    [`dockvols/${DEFAULT_VMGROUP_UUID}`]: volumeFiles,
    'dockvols/_DEFAULT': volumeFiles,
    'dockvols/policies': [file(STRIPE_POLICY, 52), file('gold', 60)],
    'photon-harbor': [file('photon-harbor.vmx', 3100), file('photon-harbor.vmdk', 512)],
  };
}
