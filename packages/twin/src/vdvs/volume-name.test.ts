import { describe, expect, it } from 'vitest';

import { CATALOG } from './__fixtures__/volumes';
import {
  checkVolumeName,
  fullVolumeName,
  parseVolumeName,
  resolveDefaultDatastore,
  splitVolumeName,
} from './volume-name';

describe('splitVolumeName', () => {
  it.each([
    // vdvs.md §1: `name[@datastore]`, split at the LAST `@`.
    ['vol', { name: 'vol', datastore: null }],
    ['vol@ds', { name: 'vol', datastore: 'ds' }],
    ['a@b@ds', { name: 'a@b', datastore: 'ds' }],
    ['vol@', { name: 'vol', datastore: '' }],
  ])('when the full name is %j, then it splits into %j', (full, parts) => {
    expect(splitVolumeName(full)).toStrictEqual(parts);
  });
});

describe('checkVolumeName', () => {
  // The checks a form runs as the name is typed (the New Volume wizard), without the datastore list.
  it.each([
    // vdvs.md §1: split at the last `@`; `vol@` names no datastore.
    ['vsanvol1', { ok: true, name: 'vsanvol1', datastore: null }],
    ['a@b@vsanDatastore', { ok: true, name: 'a@b', datastore: 'vsanDatastore' }],
    ['vol@', { ok: true, name: 'vol', datastore: null }],
    // vdvs.md §1: spaces and Unicode are allowed; length counts code points, not UTF-16 units.
    ['my vol é', { ok: true, name: 'my vol é', datastore: null }],
    ['😀'.repeat(100), { ok: true, name: '😀'.repeat(100), datastore: null }],
    ['db-00001', { ok: true, name: 'db-00001', datastore: null }],
  ])('when the name is %j, then it is accepted as %j', (full, parts) => {
    expect(checkVolumeName(full)).toStrictEqual(parts);
  });

  it.each([
    // vdvs.md §1 exact messages, in vmdk_ops order.
    ['db-000001@vsanDatastore', "Volume names ending with '-NNNNNN' (where N is a digit) are not supported"],
    ['v'.repeat(101), 'Volume name is too long (max len is 100)'],
    ['a/b\\c', 'Volume name contains illegal characters: /, \\'],
    [`vol@${'d'.repeat(101)}`, 'Datastore name is too long (max len is 100)'],
  ])('when the name is %j, then vDVS says %j', (full, message) => {
    expect(checkVolumeName(full)).toStrictEqual({ ok: false, message });
  });

  it('when the datastore is unknown, then it is left for create to refuse', () => {
    expect(checkVolumeName('db@nowhere')).toStrictEqual({ ok: true, name: 'db', datastore: 'nowhere' });
  });
});

describe('parseVolumeName', () => {
  it('when the datastore differs in case, then it matches and the canonical name is used', () => {
    // vdvs.md §1: datastore match is case-insensitive.
    expect(parseVolumeName('db@VSANDATASTORE', CATALOG)).toStrictEqual({
      ok: true,
      name: 'db',
      datastore: { name: 'vsanDatastore', type: 'vsan' },
      fullName: 'db@vsanDatastore',
      datastoreGiven: true,
    });
  });

  it.each([
    // vdvs.md §2: a short name resolves to the vmgroup default datastore.
    ['db', 'db@sharedVmfs-0'],
    // An empty datastore after @ is falsy in vmdk_ops, so the default is used (vdvs.md §1 parse_vol_name).
    ['db@', 'db@sharedVmfs-0'],
    // vdvs.md §1: Unicode and spaces are allowed; split at the last @.
    ['my vol é@vsanDatastore', 'my vol é@vsanDatastore'],
    ['user@host@vsanDatastore', 'user@host@vsanDatastore'],
  ])('when the name is %j, then it resolves to %j', (full, resolved) => {
    const result = parseVolumeName(full, CATALOG);

    expect(result.ok && result.fullName).toBe(resolved);
  });

  it.each([
    // vdvs.md §1 exact name messages.
    ['snap-000001', "Volume names ending with '-NNNNNN' (where N is a digit) are not supported"],
    ['x'.repeat(101), 'Volume name is too long (max len is 100)'],
    ['a/b', 'Volume name contains illegal characters: /'],
    ['a\\b', 'Volume name contains illegal characters: \\'],
    [`db@${'d'.repeat(101)}`, 'Datastore name is too long (max len is 100)'],
    // vdvs.md §1 bad datastore message.
    [
      'db@ds9',
      "Invalid datastore 'ds9'.\nKnown datastores: sharedVmfs-0, vsanDatastore.\nDefault datastore: sharedVmfs-0",
    ],
  ])('when the name is %j, then vDVS says %j', (full, message) => {
    expect(parseVolumeName(full, CATALOG)).toStrictEqual({ ok: false, message });
  });

  it.each([
    // vdvs.md §1: only `-` + exactly 6 digits is the snapshot pattern; ≤100 counts characters, not bytes.
    ['snap-00001', true],
    ['snap-0000001', true],
    ['x'.repeat(100), true],
    ['é'.repeat(100), true],
  ])('when the name is %j, then acceptance is %s', (name, accepted) => {
    expect(parseVolumeName(name, CATALOG).ok).toBe(accepted);
  });
});

describe('default datastore', () => {
  it.each([
    // vdvs.md §2, §3: `_VM_DS` means the Docker VM's own datastore.
    ['_VM_DS', 'vsanDatastore', 'vsanDatastore'],
    ['sharedVmfs-0', 'vsanDatastore', 'sharedVmfs-0'],
  ])('when the vmgroup default is %s and the VM lives on %s, then short names go to %s', (def, vmDs, expected) => {
    expect(resolveDefaultDatastore(def, vmDs)).toBe(expected);
  });

  it('when a full name is built, then it is name@datastore', () => {
    // vdvs.md §2: ls shows every volume as name@datastore since 0.10.
    expect(fullVolumeName('myVolume', 'vsanDatastore')).toBe('myVolume@vsanDatastore');
  });
});
