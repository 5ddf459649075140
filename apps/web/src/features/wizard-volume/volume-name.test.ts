import { describe, expect, it } from 'vitest';

import { checkVolumeName, splitVolumeName } from './volume-name';

describe('checkVolumeName', () => {
  it('when the name is plain, then it is accepted with no datastore', () => {
    expect(checkVolumeName('vsanvol1')).toEqual({ ok: true, name: 'vsanvol1', datastore: null });
  });

  it('when the name has two @, then it is split at the last one', () => {
    expect(checkVolumeName('a@b@vsanDatastore')).toEqual({ ok: true, name: 'a@b', datastore: 'vsanDatastore' });
  });

  it('when the name ends in @, then no datastore is given', () => {
    expect(splitVolumeName('vol@')).toEqual({ name: 'vol', datastore: null });
  });

  it('when the name ends in six digits after a dash, then the snapshot-suffix message is shown', () => {
    expect(checkVolumeName('db-000001@vsanDatastore')).toEqual({
      ok: false,
      message: "Volume names ending with '-NNNNNN' (where N is a digit) are not supported",
    });
  });

  it('when the name ends in five digits, then it is accepted', () => {
    expect(checkVolumeName('db-00001').ok).toBe(true);
  });

  it('when the name is 101 characters, then it is too long; 100 is fine', () => {
    expect(checkVolumeName('v'.repeat(101))).toEqual({
      ok: false,
      message: 'Volume name is too long (max len is 100)',
    });
    expect(checkVolumeName('v'.repeat(100)).ok).toBe(true);
  });

  it('when length is counted, then code points count, not UTF-16 units', () => {
    expect(checkVolumeName('😀'.repeat(100)).ok).toBe(true);
  });

  it('when the name has / and \\, then both are listed as illegal', () => {
    expect(checkVolumeName('a/b\\c')).toEqual({ ok: false, message: 'Volume name contains illegal characters: /, \\' });
  });

  it('when the datastore part is 101 characters, then it is too long', () => {
    expect(checkVolumeName(`vol@${'d'.repeat(101)}`)).toEqual({
      ok: false,
      message: 'Datastore name is too long (max len is 100)',
    });
  });

  it('when the name is empty, then the user is asked for one', () => {
    expect(checkVolumeName('@ds')).toEqual({ ok: false, message: 'Enter a volume name' });
  });

  it('when the name has spaces and unicode, then it is accepted as vDVS allows', () => {
    expect(checkVolumeName('my vol é').ok).toBe(true);
  });
});
