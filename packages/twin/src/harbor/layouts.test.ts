import { describe, expect, it } from 'vitest';

import type { ComposeLayout, LayoutId } from './layout-types';
import { containerNameOf, LAYOUTS, startOrder } from './layouts';

// Layouts: harbor.md §0 (0.4.1 services and depends_on), §2 (2.x template) and the three fixtures; the 1.x rows
// follow the generated 1.7.0 and 1.10.1 files that layout-1x.ts transcribes (harbor.md has no 1.x table).
describe('startOrder', () => {
  it.each<[LayoutId, string[]]>([
    ['0.4.1', ['log', 'registry', 'mysql', 'ui', 'jobservice', 'proxy']],
    ['0.5.0', ['log', 'registry', 'mysql', 'ui', 'jobservice', 'proxy']],
    [
      '1.7',
      ['log', 'registry', 'registryctl', 'postgresql', 'adminserver', 'core', 'portal', 'redis', 'jobservice', 'proxy'],
    ],
    ['1.10', ['log', 'registry', 'registryctl', 'postgresql', 'portal', 'redis', 'core', 'jobservice', 'proxy']],
    [
      '2.x',
      [
        'log',
        'registry',
        'registryctl',
        'postgresql',
        'portal',
        'redis',
        'core',
        'jobservice',
        'proxy',
        'trivy-adapter',
      ],
    ],
  ])('when the layout is %s, then services start dependencies first', (id, expected) => {
    // Arrange
    const layout = LAYOUTS[id];

    // Act
    const order = startOrder(layout).map((s) => s.name);

    // Assert
    expect(order).toStrictEqual(expected);
  });

  it('when depends_on has a cycle, then it throws as Compose would', () => {
    // Arrange
    const [a, b] = LAYOUTS['0.4.1'].services;
    const layout: ComposeLayout = {
      ...LAYOUTS['0.4.1'],
      services: [
        { ...(a as NonNullable<typeof a>), name: 'a', dependsOn: ['b'] },
        { ...(b as NonNullable<typeof b>), name: 'b', dependsOn: ['a'] },
      ],
    };

    // Act / Assert
    expect(() => startOrder(layout)).toThrow('depends_on cycle among: a, b');
  });
});

describe('layout tables', () => {
  it.each<[LayoutId, string[]]>([
    [
      '0.4.1',
      ['deploy_log_1', 'deploy_registry_1', 'deploy_mysql_1', 'deploy_ui_1', 'deploy_jobservice_1', 'deploy_proxy_1'],
    ],
    ['0.5.0', ['harbor-log', 'registry', 'harbor-db', 'harbor-ui', 'harbor-jobservice', 'nginx']],
  ])('when the layout is %s, then container names follow harbor.md §0', (id, expected) => {
    // Arrange
    const layout = LAYOUTS[id];

    // Act
    const names = layout.services.map((s) => containerNameOf(layout, s));

    // Assert
    expect(names).toStrictEqual(expected);
  });

  it.each<LayoutId>(['0.4.1', '0.5.0', '1.7', '1.10', '2.x'])(
    'when the layout is %s, then every service has restart: always (harbor.md §1)',
    (id) => {
      // Arrange / Act
      const policies = new Set(LAYOUTS[id].services.map((s) => s.restart));

      // Assert
      expect([...policies]).toStrictEqual(['always']);
    },
  );

  it('when the layout is 2.x, then health components are the /api/v2.0/health checkers (harbor.md §3.1)', () => {
    // Arrange / Act
    const components = LAYOUTS['2.x'].services
      .flatMap((s) => (s.healthComponent === null ? [] : [s.healthComponent]))
      .sort();

    // Assert
    expect(components).toStrictEqual([
      'core',
      'database',
      'jobservice',
      'portal',
      'redis',
      'registry',
      'registryctl',
      'trivy',
    ]);
  });

  it('when the layout is 0.4.1, then registry and mysql keep their data under /data (fixture volumes)', () => {
    // Arrange
    const layout = LAYOUTS['0.4.1'];

    // Act
    const dataMounts = layout.services.flatMap((s) =>
      s.mounts.filter((m) => m.source.startsWith('/data')).map((m) => [s.name, m.source, m.target]),
    );

    // Assert
    expect(dataMounts).toStrictEqual([
      ['registry', '/data/registry', '/storage'],
      ['mysql', '/data/database', '/var/lib/mysql'],
      ['jobservice', '/data/job_logs', '/var/log/jobs'],
    ]);
  });
});
