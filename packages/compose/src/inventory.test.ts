import { describe, expect, it } from 'vitest';

import { readLocalFixture, readSharedFixture } from './__fixtures__/fixtures';
import { isComposeError } from './errors';
import { listDataMounts } from './inventory';
import type { Mount } from './types';

const brief = (m: Mount): string =>
  `${m.service} ${m.source ?? '-'} ${m.target} ${m.kind} L${m.span.startLine}-${m.span.endLine}`;

describe('listDataMounts over the real Harbor files', () => {
  it('when reading 0.4.1, then every mount of the six services is listed with its line', () => {
    // Arrange
    const text = readSharedFixture('0.4.1');

    // Act
    const inventory = listDataMounts(text);

    // Assert
    expect(inventory.services).toStrictEqual(['log', 'registry', 'mysql', 'ui', 'jobservice', 'proxy']);
    expect(
      inventory.mounts.map((m) => [
        m.service,
        m.source,
        m.target,
        m.underDataDir,
        m.looksLikeFile,
        m.role,
        m.span.startLine,
      ]),
    ).toStrictEqual([
      ['log', '/var/log/harbor/', '/var/log/docker/', false, false, 'logs', 7],
      ['registry', '/data/registry', '/storage', true, false, 'registry-storage', 14],
      ['registry', './config/registry/', '/etc/registry/', false, false, 'config', 15],
      ['mysql', '/data/database', '/var/lib/mysql', true, false, 'database', 31],
      ['ui', './config/ui/app.conf', '/etc/ui/app.conf', false, true, 'config', 49],
      ['ui', './config/ui/private_key.pem', '/etc/ui/private_key.pem', false, true, 'config', 50],
      ['jobservice', '/data/job_logs', '/var/log/jobs', true, false, 'job-logs', 66],
      ['jobservice', './config/jobservice/app.conf', '/etc/jobservice/app.conf', false, true, 'config', 67],
      ['proxy', './config/nginx', '/etc/nginx', false, false, 'config', 79],
    ]);
    expect(inventory.composeVersion).toBe('2');
    expect(inventory.lineEnding).toBe('lf');
  });

  it('when reading 0.5.0, then the ui data-root mount /data:/harbor_storage is listed', () => {
    // Act
    const inventory = listDataMounts(readSharedFixture('0.5.0'));

    // Assert
    const dataRoots = inventory.mounts.filter((m) => m.role === 'data-root').map(brief);
    expect(dataRoots).toStrictEqual(['ui /data /harbor_storage bind L53-53']);
  });

  it('when reading 2.11.0, then short and long entries carry syntax, modes and multi-line spans', () => {
    // Act
    const inventory = listDataMounts(readSharedFixture('2.11.0'));

    // Assert
    const registry = inventory.mounts.filter((m) => m.service === 'registry');
    expect(registry.map((m) => [m.syntax, m.modes, m.looksLikeFile, brief(m)])).toStrictEqual([
      ['short', ['z'], false, 'registry /data/registry /storage bind L37-37'],
      ['short', ['z'], false, 'registry ./common/config/registry/ /etc/registry/ bind L38-38'],
      ['long', [], true, 'registry /data/secret/registry/root.crt /etc/registry/root.crt bind L39-41'],
      ['long', [], false, 'registry ./common/config/shared/trust-certificates /harbor_cust_cert bind L42-44'],
    ]);
    expect(inventory.mounts).toHaveLength(30);
    expect(inventory.declaredVolumes).toStrictEqual([]);
  });

  it('when reading 2.11.0, then the full span of a mount entry is its exact text', () => {
    // Arrange
    const text = readSharedFixture('2.11.0');

    // Act
    const mount = listDataMounts(text).mounts.find((m) => m.service === 'core' && m.target === '/etc/core/key');

    // Assert
    expect(text.slice(mount?.span.startOffset, mount?.span.endOffset)).toBe(
      'type: bind\n        source: /data/secret/keys/secretkey\n        target: /etc/core/key',
    );
  });
});

describe('listDataMounts over operator variations', () => {
  it('when entries are quoted, then sources and modes are read without the quotes', () => {
    // Act
    const mounts = listDataMounts(readLocalFixture('suffixes-and-quotes.yml')).mounts;

    // Assert
    expect(mounts.map((m) => [m.source, m.modes, m.readOnly])).toStrictEqual([
      ['/var/log/harbor/', ['z'], false],
      ['/data/registry', ['rw', 'z'], false],
      ['./common/config/registry/', ['ro', 'Z'], true],
      ['/data/registry', ['rw', 'z'], false],
      ['/data/database', ['rw'], false],
      ['/data/job_logs', ['ro'], true],
      ['/etc/localtime', ['ro'], true],
      ['/data/nginx-cache', ['rshared', 'z'], false],
    ]);
  });

  it('when long syntax carries bind options, read_only, anonymous volumes and tmpfs, then each is described', () => {
    // Act
    const mounts = listDataMounts(readLocalFixture('long-syntax.yml')).mounts;

    // Assert
    expect(mounts.map((m) => [m.service, m.kind, m.modes, m.readOnly])).toStrictEqual([
      ['registry', 'bind', ['z', 'rprivate'], false],
      ['registry', 'bind', ['ro'], true],
      ['registryctl', 'bind', ['z'], false],
      ['postgresql', 'bind', [], false],
      ['jobservice', 'anonymous', [], false],
      ['redis', 'bind', [], false],
      ['core', 'tmpfs', [], false],
    ]);
  });

  it('when data was moved off /data, then data mounts keep their roles but are not under /data', () => {
    // Act
    const mounts = listDataMounts(readLocalFixture('data-moved.yml')).mounts;

    // Assert
    const storage = mounts.filter((m) => m.role === 'registry-storage');
    expect(storage.map((m) => [m.service, m.source, m.underDataDir])).toStrictEqual([
      ['registry', '/srv/harbor/registry', false],
      ['registryctl', '/srv/harbor/registry', false],
    ]);
  });

  it('when anchors and aliases supply mounts, then each use is listed at its anchor and marked', () => {
    // Act
    const mounts = listDataMounts(readLocalFixture('anchors.yml')).mounts;

    // Assert
    expect(mounts.map((m) => `${brief(m)} ${m.viaAlias ? 'alias' : 'own'}`)).toStrictEqual([
      'registry /data/registry /storage bind L6-6 alias',
      'registry ./common/config/registry/ /etc/registry/ bind L19-19 own',
      'registryctl /data/registry /storage bind L6-6 alias',
      'jobservice /data/job_logs /var/log/jobs bind L8-8 alias',
      'jobservice ./common/config/jobservice/config.yml /etc/jobservice/config.yml bind L9-9 alias',
      'redis /data/redis /var/lib/redis bind L13-13 alias',
      'postgresql /data/database /var/lib/postgresql/data bind L38-38 own',
    ]);
  });

  it('when top-level volumes exist, then their names and external flags are listed', () => {
    // Act
    const inventory = listDataMounts(readLocalFixture('external-volumes.yml'));

    // Assert
    expect(inventory.declaredVolumes).toStrictEqual([
      { name: 'vsanvol1', external: true },
      { name: 'redis-data', external: false },
    ]);
  });

  it('when the file has CRLF line endings, then it is read with the same lines as its LF twin', () => {
    // Arrange
    const crlf = readLocalFixture('crlf.yml');

    // Act
    const fromCrlf = listDataMounts(crlf);
    const fromLf = listDataMounts(crlf.replace(/\r\n/g, '\n'));

    // Assert
    expect(fromCrlf.lineEnding).toBe('crlf');
    expect(fromCrlf.mounts.map(brief)).toStrictEqual(fromLf.mounts.map(brief));
  });

  it.each([
    ['a file with no services', "version: '2'\n"],
    ['a list at the top', '- a\n- b\n'],
    ['services as a list', 'services:\n  - a\n'],
  ])('when given %s, then it is refused as not a compose file', (_label, text) => {
    // Act
    let caught: unknown;
    try {
      listDataMounts(text);
    } catch (error) {
      caught = error;
    }

    // Assert
    expect(isComposeError(caught, 'not-a-compose-file')).toBe(true);
  });
});
