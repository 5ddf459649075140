import { describe, expect, it } from 'vitest';

import { makeVolume } from './__fixtures__/volumes';
import { renderCliTable } from './cli-table';
import { DEFAULT_VMGROUP } from './types';
import { adminVolumeLsRow, adminVolumeLsTable } from './volume-ls';

const CTX = { vmgroups: [DEFAULT_VMGROUP] };
const VOL1 = makeVolume({ name: 'vol1', createdBy: 'ubuntu-VM0.0', createdMs: Date.UTC(2017, 7, 21, 4, 36, 8) });
// vol3 in the doc: orphan (vmgroup deleted), vSAN, default policy.
const VOL3 = makeVolume({
  name: 'vol3',
  datastore: 'vsanDatastore',
  datastoreType: 'vsan',
  vmgroupUuid: 'deleted-group',
  allocatedKb: 80 * 1024,
  createdBy: 'ubuntu-VM1.0',
  createdMs: Date.UTC(2017, 7, 21, 4, 38, 6),
});

describe('adminVolumeLsRow', () => {
  it.each([
    // vdvs.md §3 `volume ls` example rows.
    [
      VOL1,
      [
        'vol1',
        'sharedVmfs-0',
        '_DEFAULT',
        '100MB',
        '13MB',
        'ext4',
        'N/A',
        'thin',
        'detached',
        'read-write',
        'independent_persistent',
        'ubuntu-VM0.0',
        'Mon Aug 21 04:36:08 2017',
      ],
    ],
    [
      VOL3,
      [
        'vol3',
        'vsanDatastore',
        'N/A',
        '100MB',
        '80MB',
        'ext4',
        '[VSAN default]',
        'thin',
        'detached',
        'read-write',
        'independent_persistent',
        'ubuntu-VM1.0',
        'Mon Aug 21 04:38:06 2017',
      ],
    ],
  ])('when the volume is %#, then the row matches the doc', (volume, cells) => {
    expect(Object.values(adminVolumeLsRow(volume, CTX))).toStrictEqual(cells);
  });

  it('when metadata is missing, then fstype and disk format read N/A and attached-to the VM', () => {
    // vdvs.md §3: missing metadata → N/A; Attached-to = VM name, else detached.
    const row = adminVolumeLsRow(
      makeVolume({
        volOpts: {},
        attachment: { vmName: 'vm9', vmUuid: 'u9', device: { controllerPciSlotNumber: '224', unit: '0' } },
      }),
      CTX,
    );

    expect([row.fstype, row['disk-format'], row['attached-to']]).toStrictEqual(['N/A', 'N/A', 'vm9']);
  });
});

describe('adminVolumeLsTable', () => {
  it('when -c picks columns in any order, then they come back in the CLI column order', () => {
    // vdvs.md §3: `volume ls -c` choices.
    expect(adminVolumeLsTable([VOL1], CTX, { columns: ['policy', 'volume', 'capacity'] })).toStrictEqual({
      headers: ['Volume', 'Capacity', 'Policy'],
      rows: [['vol1', '100MB', 'N/A']],
    });
  });

  it('when --vmgroup is given, then only that vmgroup volumes are listed', () => {
    // vdvs.md §3: `volume ls [--vmgroup NAME]`.
    expect(adminVolumeLsTable([VOL1, VOL3], CTX, { vmgroup: '_DEFAULT', columns: ['volume'] }).rows).toStrictEqual([
      ['vol1'],
    ]);
  });

  it('when the table is rendered, then columns are two spaces apart with a dash underline', () => {
    // vdvs.md §3 table format (cli_table.py), `policy ls` example.
    const text = renderCliTable(['Policy Name', 'Active'], [['some-policy', 'In use by 1 volumes']]);

    expect(text).toBe(
      ['Policy Name  Active', '-----------  -------------------', 'some-policy  In use by 1 volumes'].join('\n'),
    );
  });
});
