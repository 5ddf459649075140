/**
 * Test helper: the fields a compose file and a `ServiceSpec` share, read from each side so tests can compare a layout
 * with a real compose file (layout-fixtures.test.ts) or with its own rendering (compose-render.test.ts).
 */
import { parse } from 'yaml';

import type { MountSpec, ServiceSpec } from '../layout-types';

type VolumeEntry = string | { type: string; source: string; target: string };

interface ComposeService {
  image?: string;
  container_name?: string;
  restart?: string;
  depends_on?: string[];
  ports?: (string | number)[];
  volumes?: VolumeEntry[];
  logging?: { driver?: string };
}

/** What both sides say of one service. */
export interface ServiceFields {
  image: string | null;
  containerName: string | null;
  restart: string | undefined;
  dependsOn: string[];
  ports: string[];
  mounts: MountSpec[];
  logging: string;
}

function mountOf(entry: VolumeEntry): MountSpec {
  if (typeof entry !== 'string')
    return { type: entry.type === 'volume' ? 'volume' : 'bind', source: entry.source, target: entry.target };
  const [source = '', target = ''] = entry.split(':');
  return { type: source.startsWith('/') || source.startsWith('.') ? 'bind' : 'volume', source, target };
}

/** Each service of a compose text, by name in file order. */
export function servicesOfCompose(text: string): Record<string, ServiceFields> {
  const services = (parse(text) as { services: Record<string, ComposeService> }).services;
  return Object.fromEntries(
    Object.entries(services).map(([name, svc]) => [
      name,
      {
        image: svc.image ?? null,
        containerName: svc.container_name ?? null,
        restart: svc.restart,
        dependsOn: svc.depends_on ?? [],
        ports: (svc.ports ?? []).map(String),
        mounts: (svc.volumes ?? []).map(mountOf),
        logging: svc.logging?.driver ?? 'json-file',
      },
    ]),
  );
}

/** The same fields of a layout's service. */
export function fieldsOfSpec(spec: ServiceSpec): ServiceFields {
  return {
    image: spec.image,
    containerName: spec.containerName,
    restart: spec.restart,
    dependsOn: spec.dependsOn,
    ports: spec.ports,
    mounts: spec.mounts,
    logging: spec.logging,
  };
}
