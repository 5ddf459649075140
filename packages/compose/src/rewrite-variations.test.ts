import { describe, expect, it } from 'vitest';

import { readLocalFixture, readSharedFixture } from './__fixtures__/fixtures';
import { isComposeError } from './errors';
import { listDataMounts } from './inventory';
import { applyUnifiedDiff } from './patch';
import { rewriteCompose } from './rewrite';
import type { VolumeMapping } from './types';

const map = (service: string, target: string, volume: string): VolumeMapping => ({ service, target, volume });

function lineOf(text: string, fragment: string): string | undefined {
  return text.split('\n').find((line) => line.includes(fragment));
}

describe('rewriteCompose on operator variations', () => {
  it('when entries are quoted, then each keeps its quoting style', () => {
    // Act
    const { compose } = rewriteCompose(readLocalFixture('suffixes-and-quotes.yml'), [
      map('log', '/var/log/docker', 'vsanlog'),
      map('registry', '/storage', 'vsanvol1'),
      map('registryctl', '/storage', 'vsanvol1'),
      map('jobservice', '/var/log/jobs', 'vsanvol3'),
    ]);

    // Assert
    expect([
      lineOf(compose, 'vsanlog:'),
      lineOf(compose, "'vsanvol1"),
      lineOf(compose, '"vsanvol1'),
      lineOf(compose, 'vsanvol3:'),
    ]).toStrictEqual([
      '      - "vsanlog:/var/log/docker/:z"',
      "      - 'vsanvol1:/storage:rw,z'",
      '      - "vsanvol1:/storage:rw,z"',
      '      - vsanvol3:/var/log/jobs:ro',
    ]);
  });

  it('when a mount has bind propagation, then it is dropped with a warning and :z kept', () => {
    // Act
    const result = rewriteCompose(readLocalFixture('suffixes-and-quotes.yml'), [
      map('proxy', '/var/cache/nginx', 'nginx-cache'),
    ]);

    // Assert
    expect(lineOf(result.compose, 'nginx-cache:/')).toBe('      - nginx-cache:/var/cache/nginx:z');
    expect(result.warnings.map((w) => w.code)).toContain('propagation-dropped');
  });

  it('when long-syntax binds move, then type and source change and bind options go, wherever they sit', () => {
    // Arrange
    const before = readLocalFixture('long-syntax.yml');
    const mappings = [
      map('registry', '/storage', 'vsanvol1'),
      map('registryctl', '/storage', 'vsanvol1'),
      map('postgresql', '/var/lib/postgresql/data', 'vsanvol2'),
      map('jobservice', '/var/log/jobs', 'vsanvol3'),
      map('redis', '/var/lib/redis', 'vsanvol4'),
    ];

    // Act
    const result = rewriteCompose(before, mappings);

    // Assert
    expect(result.compose.slice(0, result.compose.indexOf('  core:'))).toBe(`version: '3.8'
services:
  registry:
    image: goharbor/registry-photon:v2.9.1
    volumes:
      - type: volume
        source: vsanvol1
        target: /storage
      - type: bind
        source: /data/secret/registry/root.crt
        target: /etc/registry/root.crt
        read_only: true
  registryctl:
    image: goharbor/harbor-registryctl:v2.9.1
    volumes:
      - type: volume
        source: vsanvol1
        target: /storage
  postgresql:
    image: goharbor/harbor-db:v2.9.1
    volumes:
      - type: volume
        source: vsanvol2
        target: /var/lib/postgresql/data
  jobservice:
    image: goharbor/harbor-jobservice:v2.9.1
    volumes:
      - type: volume
        source: vsanvol3
        target: /var/log/jobs
  redis:
    image: goharbor/redis-photon:v2.9.1
    volumes:
      - {type: volume, source: vsanvol4, target: /var/lib/redis, read_only: false}
`);
    expect(
      result.warnings.map((w) => `${w.code}:${w.service ?? ''}`).filter((c) => !c.startsWith('copy')),
    ).toStrictEqual([
      'regenerated-by-prepare:',
      'selinux-label-dropped:registry',
      'propagation-dropped:registry',
      'bind-options-dropped:registry',
      'selinux-label-dropped:registryctl',
      'bind-options-dropped:postgresql',
    ]);
  });

  it('when data was moved off /data, then the new source replaces it and comments survive', () => {
    // Act
    const { compose } = rewriteCompose(readLocalFixture('data-moved.yml'), [
      map('postgresql', '/var/lib/postgresql/data', 'vsanvol2'),
    ]);

    // Assert
    expect(compose).toContain(
      '      # keep the database on the fast disk\n      - vsanvol2:/var/lib/postgresql/data:z\n',
    );
    expect(compose).toContain('      - /srv/harbor/registry:/storage:z   # 2 TB LUN, moved 2024-03\n');
  });

  it('when external volumes are already declared, then new ones are merged in after them and the old kept', () => {
    // Act
    const { compose } = rewriteCompose(readLocalFixture('external-volumes.yml'), [
      map('registry', '/storage', 'vsanvol1'),
      map('mysql', '/var/lib/mysql', 'vsanvol2'),
    ]);

    // Assert
    expect(compose.slice(compose.indexOf('volumes:\n  #'))).toBe(`volumes:
  # created by hand: docker volume create -d vsphere vsanvol1 -o size=100gb
  vsanvol1:
    external: true
  redis-data: {}
  vsanvol2:
    external: true
networks:
  default:
    driver: bridge
`);
  });

  it('when an anchored entry serves two services, then the anchor is edited once and the aliases stay', () => {
    // Arrange
    const before = readLocalFixture('anchors.yml');

    // Act
    const result = rewriteCompose(before, [
      map('registry', '/storage', 'vsanvol1'),
      map('registryctl', '/storage', 'vsanvol1'),
      map('redis', '/var/lib/redis', 'vsanvol4'),
    ]);

    // Assert
    expect(result.compose).toContain('x-storage: &storage vsanvol1:/storage:z\n');
    expect(result.compose.match(/- \*storage\n/g)).toHaveLength(2);
    expect(result.compose).toContain('  volumes:\n    - vsanvol4:/var/lib/redis\n');
    const moved = listDataMounts(result.compose)
      .mounts.filter((m) => m.kind === 'volume')
      .map((m) => `${m.service}:${m.source}`);
    expect(moved).toStrictEqual(['registry:vsanvol1', 'registryctl:vsanvol1', 'redis:vsanvol4']);
  });

  it('when the file uses CRLF, then every line, old and new, ends in CRLF and the diff applies', () => {
    // Arrange
    const before = readLocalFixture('crlf.yml');

    // Act
    const result = rewriteCompose(before, [map('registry', '/storage', 'vsanvol1')]);

    // Assert
    expect(result.compose.split('\r\n').some((line) => line.includes('\n'))).toBe(false);
    expect(result.compose).toContain('      - vsanvol1:/storage   # registry blobs\r\n');
    expect(result.compose.endsWith('volumes:\r\n  vsanvol1:\r\n    external: true\r\n')).toBe(true);
    expect(applyUnifiedDiff(before, result.diff)).toBe(result.compose);
  });

  it('when the mappings are invalid, then it throws invalid-mappings with the errors as details', () => {
    // Act
    let caught: unknown;
    try {
      rewriteCompose(readSharedFixture('0.4.1'), [map('ui', '/etc/ui/app.conf', 'v1')]);
    } catch (error) {
      caught = error;
    }

    // Assert
    expect(isComposeError(caught, 'invalid-mappings') ? caught.details : null).toStrictEqual([
      {
        mappingIndex: 0,
        code: 'single-file-bind',
        message: './config/ui/app.conf is a single file; a volume can only replace a directory.',
      },
    ]);
  });

  it.each([
    ['a block-scalar entry', 'services:\n  a:\n    volumes:\n      - >-\n        /data/a:/a\n'],
    [
      'a flow-style long entry with bind options',
      'services:\n  a:\n    volumes:\n      - {type: bind, source: /data/a, target: /a, bind: {selinux: z}}\n',
    ],
  ])('when the mount is %s, then it is refused as unsupported syntax', (_label, text) => {
    // Act
    let caught: unknown;
    try {
      rewriteCompose(text, [map('a', '/a', 'v1')]);
    } catch (error) {
      caught = error;
    }

    // Assert
    expect(isComposeError(caught, 'unsupported-syntax')).toBe(true);
  });
});
