// The real Harbor compose files are read straight from ../shared/fixtures (laid beside the repo, in CI too).
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import compose041 from '../../../../../shared/fixtures/harbor-0.4.1-docker-compose.yml?raw';
import compose050 from '../../../../../shared/fixtures/harbor-0.5.0-docker-compose.yml?raw';
import compose2x from '../../../../../shared/fixtures/harbor-2.11.0-docker-compose.yml?raw';
import type { LayoutId, MountSpec } from './layout-types';
import { LAYOUTS } from './layouts';

// The typed tables must say what the compose files say (harbor.md §0: the fixtures are the source).
// __fixtures__ holds byte-for-byte copies of /work/shared/fixtures/harbor-*-docker-compose.yml.
const FILES: Record<LayoutId, string> = { '0.4.1': compose041, '0.5.0': compose050, '2.x': compose2x };

interface ComposeService {
  image?: string;
  container_name?: string;
  restart?: string;
  depends_on?: string[];
  ports?: (string | number)[];
  volumes?: (string | { type: string; source: string; target: string })[];
  logging?: { driver?: string };
}

function mountOf(entry: string | { type: string; source: string; target: string }): MountSpec {
  if (typeof entry !== 'string')
    return { type: entry.type === 'volume' ? 'volume' : 'bind', source: entry.source, target: entry.target };
  const [source = '', target = ''] = entry.split(':');
  return { type: source.startsWith('/') || source.startsWith('.') ? 'bind' : 'volume', source, target };
}

function load(id: LayoutId): Record<string, ComposeService> {
  return (parse(FILES[id]) as { services: Record<string, ComposeService> }).services;
}

describe.each<LayoutId>(['0.4.1', '0.5.0', '2.x'])('layout %s against its compose fixture', (id) => {
  const file = load(id);
  const layout = LAYOUTS[id];

  it('when compared by service, then names and order match the file', () => {
    // Arrange / Act
    const names = layout.services.map((s) => s.name);

    // Assert
    expect(names).toStrictEqual(Object.keys(file));
  });

  it.each(layout.services.map((s) => [s.name, s] as const))(
    'when service %s is compared, then its fields match the file',
    (name, spec) => {
      // Arrange
      const svc = file[name] ?? {};

      // Act
      const fromFile = {
        image: svc.image ?? null,
        containerName: svc.container_name ?? null,
        restart: svc.restart,
        dependsOn: svc.depends_on ?? [],
        ports: (svc.ports ?? []).map(String),
        mounts: (svc.volumes ?? []).map(mountOf),
        logging: svc.logging?.driver ?? 'json-file',
      };

      // Assert
      expect(fromFile).toStrictEqual({
        image: spec.image,
        containerName: spec.containerName,
        restart: spec.restart,
        dependsOn: spec.dependsOn,
        ports: spec.ports,
        mounts: spec.mounts,
        logging: spec.logging,
      });
    },
  );
});
