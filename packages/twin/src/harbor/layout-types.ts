/**
 * A Harbor compose layout as plain data: what the twin needs of each service in docker-compose.yml (harbor.md §0–§2).
 * Deliberately close to the file, so the integrator can later derive it from the packages/compose parser.
 */

/** The layouts the twin knows: the seed's 0.4.1 file, 0.5.0's generated file, and 2.x's rendered template. */
export type LayoutId = '0.4.1' | '0.5.0' | '2.x';

/** A `volumes:` entry: a host path bind or a named volume (e.g. a vDVS `name@datastore`), and its container path. */
export interface MountSpec {
  type: 'bind' | 'volume';
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
  /** Component name in `/api/v2.0/health` (2.x); for 0.x, the name in the twin's derived report; null if none. */
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
  /** Whether Harbor serves `GET /api/v2.0/health` (from 2.0; /api/health from 1.8; none in 0.x, harbor.md §3.1). */
  healthApi: boolean;
  services: ServiceSpec[];
}

/** A bind mount. */
export function bind(source: string, target: string): MountSpec {
  return { type: 'bind', source, target };
}
