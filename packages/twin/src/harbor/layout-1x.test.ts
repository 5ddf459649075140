import { describe, expect, it } from 'vitest';

import type { HealthEndpoint, LayoutId } from './layout-types';
import { containerNameOf, LAYOUTS } from './layouts';

// The 1.x layouts. harbor.md §3.1 History (no health API before 1.8.0, /api/health from 1.8.0, /api/v2.0/health from
// 2.0), §1 (DATA_VOL "/data" in 1.7, data_volume /data from 1.8; restart: always; registry and registryctl share
// /data/registry). Service lists, names and mounts: the generated 1.7.0 and 1.10.1 files (layout-1x.ts header).

describe('1.x layouts', () => {
  it.each<[LayoutId, string[]]>([
    [
      '1.7',
      [
        'harbor-log',
        'registry',
        'registryctl',
        'harbor-db',
        'harbor-adminserver',
        'harbor-core',
        'harbor-portal',
        'harbor-jobservice',
        'redis',
        'nginx',
      ],
    ],
    [
      '1.10',
      [
        'harbor-log',
        'registry',
        'registryctl',
        'harbor-db',
        'harbor-core',
        'harbor-portal',
        'harbor-jobservice',
        'redis',
        'nginx',
      ],
    ],
  ])('when the layout is %s, then its services have the generated file’s fixed container names', (id, expected) => {
    // Arrange
    const layout = LAYOUTS[id];

    // Act
    const names = layout.services.map((s) => containerNameOf(layout, s));

    // Assert
    expect(names).toStrictEqual(expected);
  });

  it.each<[LayoutId, HealthEndpoint | null]>([
    ['0.4.1', null],
    ['0.5.0', null],
    ['1.7', null],
    ['1.10', '/api/health'],
    ['2.x', '/api/v2.0/health'],
  ])('when the layout is %s, then its health endpoint is %s (harbor.md §3.1 History)', (id, expected) => {
    // Arrange / Act
    const endpoint = LAYOUTS[id].healthEndpoint;

    // Assert
    expect(endpoint).toStrictEqual(expected);
  });

  it.each<[LayoutId, string[]]>([
    // Before 1.8 the twin's derived report names services (no API to name them).
    ['1.7', ['adminserver', 'core', 'jobservice', 'portal', 'postgresql', 'redis', 'registry', 'registryctl']],
    // From 1.8 the names are the API's checkers (harbor.md §3.1 table), without the optional scanners.
    ['1.10', ['core', 'database', 'jobservice', 'portal', 'redis', 'registry', 'registryctl']],
  ])('when the layout is %s, then its health components are %j', (id, expected) => {
    // Arrange / Act
    const components = LAYOUTS[id].services.flatMap((s) => (s.healthComponent === null ? [] : [s.healthComponent]));

    // Assert
    expect(components.sort()).toStrictEqual(expected);
  });

  it.each<LayoutId>(['1.7', '1.10'])(
    'when the layout is %s, then data lives under /data and registry and registryctl share /data/registry',
    (id) => {
      // Arrange
      const layout = LAYOUTS[id];

      // Act
      const dataMounts = layout.services.flatMap((s) =>
        s.mounts
          .filter((m) => /^\/data\/(registry|database|redis|job_logs)$/.test(m.source))
          .map((m) => [s.name, m.source, m.target]),
      );

      // Assert
      expect(dataMounts).toStrictEqual([
        ['registry', '/data/registry', '/storage'],
        ['registryctl', '/data/registry', '/storage'],
        ['postgresql', '/data/database', '/var/lib/postgresql/data'],
        ['jobservice', '/data/job_logs', '/var/log/jobs'],
        ['redis', '/data/redis', '/var/lib/redis'],
      ]);
    },
  );

  it('when the layout is 1.7, then adminserver holds the config and secret key that core and jobservice need', () => {
    // Arrange
    const layout = LAYOUTS['1.7'];
    const service = (name: string) => layout.services.find((s) => s.name === name);

    // Act
    const adminserver = service('adminserver')?.mounts.map((m) => `${m.source}:${m.target}`);
    const needAdminserver = layout.services.filter((s) => s.dependsOn.includes('adminserver')).map((s) => s.name);

    // Assert
    expect(adminserver).toStrictEqual([
      '/data/config/:/etc/adminserver/config/',
      '/data/secretkey:/etc/adminserver/key',
      '/data/:/data/',
    ]);
    expect(needAdminserver).toStrictEqual(['core', 'jobservice']);
  });

  it.each<[LayoutId, string[], 'docker-compose']>([
    ['1.7', ['80:80', '443:443', '4443:4443'], 'docker-compose'],
    ['1.10', ['80:8080'], 'docker-compose'],
  ])('when the layout is %s, then nginx publishes %j and the operator runs %s', (id, ports, command) => {
    // Arrange
    const layout = LAYOUTS[id];

    // Act
    const proxy = layout.services.find((s) => s.name === 'proxy');

    // Assert
    expect([proxy?.containerName, proxy?.ports, layout.composeCommand]).toStrictEqual(['nginx', ports, command]);
  });
});
