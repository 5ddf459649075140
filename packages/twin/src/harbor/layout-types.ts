/**
 * A Harbor compose layout as plain data: what the twin needs of each service in docker-compose.yml (harbor.md §0–§2).
 * Deliberately close to the file, so the integrator can later derive it from the packages/compose parser.
 */
import type { HarborLayoutId, MountKind } from '@harborview/contracts/vocabulary';

/**
 * The layouts the twin knows: the seed's 0.4.1 file, 0.5.0's generated file, 1.7.0's generated file (the last
 * adminserver release), 1.10.1 as `prepare` renders it (the last with `/api/health`), and 2.x's rendered template.
 */
export type LayoutId = HarborLayoutId;

/**
 * The health endpoint a Harbor version serves (harbor.md §3.1 History): none before 1.8.0, `/api/health` from 1.8.0,
 * `/api/v2.0/health` from 2.0. Both answer the same `{status, components:[{name, status, error?}]}` model.
 */
export type HealthEndpoint = '/api/health' | '/api/v2.0/health';

/** A `volumes:` entry: a host path bind or a named volume (e.g. a vDVS `name@datastore`), and its container path. */
export interface MountSpec {
  type: MountKind;
  /** Host path (relative ones as written, e.g. `./config/nginx`) or the volume name. */
  source: string;
  target: string;
}

/** Docker `restart:` policy. */
export type RestartPolicy = 'no' | 'always' | 'on-failure' | 'unless-stopped';

/** One service of the compose file. */
export interface ServiceSpec {
  name: string;
  /** Fixed `container_name` (0.5.0+); null when Compose names it `<project>_<service>_1`. */
  containerName: string | null;
  image: string | null;
  build: { context: string; dockerfile: string | null } | null;
  restart: RestartPolicy;
  dependsOn: string[];
  mounts: MountSpec[];
  ports: string[];
  /** `syslog` services log to the log container on 127.0.0.1:1514 (harbor.md §0, §1 Known failure mode). */
  logging: 'syslog' | 'json-file';
  /** Component name in the health API (1.8+); before 1.8, the name in the twin's derived report; null if none. */
  healthComponent: string | null;
}

/** A whole layout. */
export interface ComposeLayout {
  id: LayoutId;
  harborVersion: string;
  /** Compose project name when containers have no fixed names (0.4.1 run from the source tree's `Deploy/`). */
  project: string;
  /** How the operator invokes Compose for this generation (0.x: v1 `docker-compose`; 2.x install.sh prefers the plugin). */
  composeCommand: 'docker-compose' | 'docker compose';
  /** Compose file format, the `version:` line (harbor.md §2: `'2.3'` until v2.12.0 dropped it). */
  fileVersion: '2' | '2.3';
  /** The health endpoint this version serves; null before 1.8, where health is derived from container state. */
  healthEndpoint: HealthEndpoint | null;
  services: ServiceSpec[];
}

/** A bind mount. */
export function bind(source: string, target: string): MountSpec {
  return { type: 'bind', source, target };
}
