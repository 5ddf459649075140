import { describe, expect, it } from 'vitest';

import { readLocalFixture, readSharedFixture } from './__fixtures__/fixtures';
import { listDataMounts } from './inventory';
import { OVERRIDE_FILE_NAME, renderOverride } from './override';
import { rewriteCompose } from './rewrite';
import type { Mount, VolumeMapping } from './types';

const map = (service: string, target: string, volume: string): VolumeMapping => ({ service, target, volume });
const WALKTHROUGH = [
  map('registry', '/storage', 'vsanvol1'),
  map('mysql', '/var/lib/mysql', 'vsanvol2'),
  map('jobservice', '/var/log/jobs', 'vsanvol3'),
];
const V2_MAPPINGS = [
  map('registry', '/storage', 'vsanvol1'),
  map('registryctl', '/storage', 'vsanvol1'),
  map('postgresql', '/var/lib/postgresql/data', 'vsanvol2'),
];

const summary = (m: Mount): string => `${m.service} ${m.source ?? '-'} ${m.target} ${m.kind}`;

// Compose v2 (compose-go) merge: an override entry replaces the base entry with the same target.
function mergeByTarget(base: readonly Mount[], override: readonly Mount[]): string[] {
  return base.map((m) => override.find((o) => o.service === m.service && o.target === m.target) ?? m).map(summary);
}

// docker-compose v1 merge key for short syntax: the text after the first colon (target plus options).
const v1Key = (m: Mount): string =>
  m.syntax === 'long' ? m.target : [m.target, ...(m.modes.length ? [m.modes.join(',')] : [])].join(':');

describe('renderOverride', () => {
  it('when the walkthrough mapping is rendered for 0.4.1, then the override holds the three mounts, the volumes and the same version', () => {
    // Act
    const result = renderOverride(readSharedFixture('0.4.1'), WALKTHROUGH);

    // Assert
    expect(result.fileName).toBe(OVERRIDE_FILE_NAME);
    expect(result.compose)
      .toBe(`# Written by Harborview: moves Harbor data mounts onto external vDVS volumes. Compose merges these entries
# into docker-compose.yml by container path; prepare regenerates that file but leaves this one alone.
version: '2'
services:
  registry:
    volumes:
      - vsanvol1:/storage
  mysql:
    volumes:
      - vsanvol2:/var/lib/mysql
  jobservice:
    volumes:
      - vsanvol3:/var/log/jobs
volumes:
  vsanvol1:
    external: true
  vsanvol2:
    external: true
  vsanvol3:
    external: true
`);
  });

  it.each<[string, string, VolumeMapping[]]>([
    ['0.4.1', readSharedFixture('0.4.1'), WALKTHROUGH],
    ['0.5.0', readSharedFixture('0.5.0'), WALKTHROUGH],
    ['2.11.0', readSharedFixture('2.11.0'), V2_MAPPINGS],
    [
      'long syntax',
      readLocalFixture('long-syntax.yml'),
      [
        map('registry', '/storage', 'v1'),
        map('registryctl', '/storage', 'v1'),
        map('jobservice', '/var/log/jobs', 'v3'),
      ],
    ],
    [
      'quoted entries',
      readLocalFixture('suffixes-and-quotes.yml'),
      [map('log', '/var/log/docker/', 'vlog'), map('registry', '/storage', 'v1'), map('registryctl', '/storage', 'v1')],
    ],
  ])(
    'when %s is merged with its override by target, then the result equals the in-place rewrite',
    (_label, text, mappings) => {
      // Arrange
      const base = listDataMounts(text).mounts;

      // Act
      const override = listDataMounts(renderOverride(text, mappings).compose).mounts;

      // Assert
      const rewritten = listDataMounts(rewriteCompose(text, mappings).compose).mounts.map(summary);
      expect(mergeByTarget(base, override)).toStrictEqual(rewritten);
    },
  );

  it('when a short-syntax base entry carries :z, then the override entry keeps the docker-compose v1 merge key', () => {
    // Arrange
    const text = readSharedFixture('2.11.0');
    const base = listDataMounts(text).mounts;

    // Act
    const override = listDataMounts(renderOverride(text, V2_MAPPINGS).compose).mounts;

    // Assert
    const baseKeys = override.map((o) =>
      v1Key(base.find((b) => b.service === o.service && b.target === o.target) ?? o),
    );
    expect(override.map(v1Key)).toStrictEqual(baseKeys);
  });

  it('when propagation has to be dropped, then the v1 merge-key mismatch is warned about', () => {
    // Act
    const result = renderOverride(readLocalFixture('suffixes-and-quotes.yml'), [
      map('proxy', '/var/cache/nginx', 'nginx-cache'),
    ]);

    // Assert
    expect(result.warnings.map((w) => w.code)).toStrictEqual([
      'propagation-dropped',
      'selinux-label-kept',
      'compose-v1-override-key',
      'copy-data-first',
    ]);
  });

  it('when the base file uses CRLF, then so does the override', () => {
    // Act
    const { compose } = renderOverride(readLocalFixture('crlf.yml'), [map('registry', '/storage', 'vsanvol1')]);

    // Assert
    expect(compose.split('\r\n').every((line) => !line.includes('\n'))).toBe(true);
  });
});
