import { describe, expect, it } from 'vitest';

import { readLocalFixture, readSharedFixture } from './__fixtures__/fixtures';
import { listDataMounts } from './inventory';
import type { ValidationContext, VolumeMapping } from './types';
import { validateMappings } from './validate';

const NONE: ValidationContext = { volumesInUseElsewhere: [] };
const map = (service: string, target: string, volume: string): VolumeMapping => ({ service, target, volume });
const WALKTHROUGH = [
  map('registry', '/storage', 'vsanvol1'),
  map('mysql', '/var/lib/mysql', 'vsanvol2'),
  map('jobservice', '/var/log/jobs', 'vsanvol3'),
];
const SHARED_BIND =
  'services:\n  a:\n    volumes:\n      - /data/shared:/x\n  b:\n    volumes:\n      - /data/shared/:/y\n';

function codes(text: string, mappings: VolumeMapping[], ctx: ValidationContext = NONE): [number, string][] {
  return validateMappings(listDataMounts(text), mappings, ctx).map((e) => [e.mappingIndex, e.code]);
}

describe('validateMappings', () => {
  it.each<[string, string, VolumeMapping[]]>([
    ['the walkthrough mapping on 0.4.1', readSharedFixture('0.4.1'), WALKTHROUGH],
    [
      'registry and registryctl sharing one volume on 2.11.0',
      readSharedFixture('2.11.0'),
      [map('registry', '/storage', 'vsanvol1'), map('registryctl', '/storage/', 'vsanvol1')],
    ],
    ['two binds of the same host path going to one volume', SHARED_BIND, [map('a', '/x', 'v1'), map('b', '/y', 'v1')]],
    [
      'a mount mapped again to the volume it already uses',
      readLocalFixture('external-volumes.yml'),
      [map('registry', '/storage', 'vsanvol1'), map('mysql', '/var/lib/mysql', 'vsanvol2')],
    ],
  ])('when the request holds %s, then it is accepted', (_label, text, mappings) => {
    // Act
    const errors = codes(text, mappings);

    // Assert
    expect(errors).toStrictEqual([]);
  });

  it.each<[string, string, VolumeMapping[], [number, string][]]>([
    ['an unknown service', readSharedFixture('0.4.1'), [map('core', '/data', 'v1')], [[0, 'unknown-service']]],
    ['a path with no mount', readSharedFixture('0.4.1'), [map('ui', '/data', 'v1')], [[0, 'no-such-mount']]],
    [
      'the same mount twice',
      readSharedFixture('0.4.1'),
      [map('mysql', '/var/lib/mysql', 'v1'), map('mysql', '/var/lib/mysql/', 'v1')],
      [[1, 'duplicate-mapping']],
    ],
    [
      'a single-file bind',
      readSharedFixture('0.4.1'),
      [map('ui', '/etc/ui/app.conf', 'v1')],
      [[0, 'single-file-bind']],
    ],
    [
      'a bad volume name',
      readSharedFixture('0.4.1'),
      [map('mysql', '/var/lib/mysql', 'vsan vol')],
      [[0, 'invalid-volume-name']],
    ],
    [
      'a tmpfs mount',
      readLocalFixture('long-syntax.yml'),
      [map('core', '/tmp/cache', 'v1')],
      [[0, 'unsupported-mount-type']],
    ],
    [
      'a non-external declared volume',
      readLocalFixture('external-volumes.yml'),
      [map('mysql', '/var/lib/mysql', 'redis-data')],
      [
        [0, 'volume-declared-not-external'],
        [0, 'volume-reused'],
      ],
    ],
    [
      'registry without registryctl on 2.x',
      readSharedFixture('2.11.0'),
      [map('registry', '/storage', 'v1')],
      [[0, 'storage-split']],
    ],
    [
      'registry and registryctl on two volumes',
      readSharedFixture('2.11.0'),
      [map('registry', '/storage', 'v1'), map('registryctl', '/storage', 'v2')],
      [
        [0, 'storage-split'],
        [1, 'storage-split'],
      ],
    ],
    ['one of two binds of one host path', SHARED_BIND, [map('a', '/x', 'v1')], [[0, 'shared-source-split']]],
    [
      'one anchored entry used twice, mapped once',
      readLocalFixture('anchors.yml'),
      [map('registryctl', '/storage', 'v1')],
      [[0, 'storage-split']],
    ],
    [
      'one volume for two unrelated mounts',
      readSharedFixture('0.4.1'),
      [map('registry', '/storage', 'v1'), map('mysql', '/var/lib/mysql', 'v1')],
      [[1, 'volume-reused']],
    ],
    [
      'a volume already backing another mount',
      readLocalFixture('external-volumes.yml'),
      [map('mysql', '/var/lib/mysql', 'vsanvol1')],
      [[0, 'volume-reused']],
    ],
  ])('when the request holds %s, then it is refused with the right code', (_label, text, mappings, expected) => {
    // Act
    const errors = codes(text, mappings);

    // Assert
    expect(errors).toStrictEqual(expected);
  });

  it('when the volume is attached to another VM, then the error names that VM', () => {
    // Arrange
    const ctx: ValidationContext = {
      volumesInUseElsewhere: [{ volume: 'vsanvol2@vsanDatastore', attachedTo: 'harbor-b' }],
    };

    // Act
    const errors = validateMappings(listDataMounts(readSharedFixture('0.4.1')), WALKTHROUGH, ctx);

    // Assert
    expect(errors).toStrictEqual([
      {
        mappingIndex: 1,
        code: 'volume-in-use',
        message: 'vsanvol2 is attached to harbor-b; a vDVS volume attaches to one VM at a time.',
      },
    ]);
  });
});
