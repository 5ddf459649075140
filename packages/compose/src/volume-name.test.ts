import { describe, expect, it } from 'vitest';

import { baseVolumeName, volumeNameProblem } from './volume-name';

describe('volumeNameProblem', () => {
  it.each(['vsanvol1', 'harbor_registry', 'db.v2', 'a1', 'x'.repeat(100), 'vol-12345'])(
    'when the name is %s, then it is accepted',
    (name) => {
      // Act
      const actual = volumeNameProblem(name);

      // Assert
      expect(actual).toBeNull();
    },
  );

  it.each([
    ['vsanvol1@vsanDatastore', '@datastore'],
    ['x'.repeat(101), 'too long'],
    ['a', '2 or more'],
    ['-vol', 'starts with a letter or digit'],
    ['my vol', '2 or more'],
    ['a/b', '2 or more'],
    ['registry-000001', "'-NNNNNN'"],
  ])('when the name is %s, then the problem mentions %s', (name, fragment) => {
    // Act
    const actual = volumeNameProblem(name);

    // Assert
    expect(actual).toContain(fragment);
  });
});

describe('baseVolumeName', () => {
  it.each([
    ['vsanvol1@vsanDatastore', 'vsanvol1'],
    ['a@b@ds', 'a@b'],
    ['vsanvol1', 'vsanvol1'],
  ])('when the full name is %s, then the volume is %s', (name, expected) => {
    // Act
    const actual = baseVolumeName(name);

    // Assert
    expect(actual).toBe(expected);
  });
});
