/**
 * The Harbor 1.x compose layouts: 1.7.0 (the last release with `adminserver`, no health API) and 1.10.1 (rendered by
 * the `goharbor/prepare` image from harbor.yml, serving `/api/health`).
 *
 * What harbor.md says of 1.x, and where it is used here:
 * - §0: Docker HEALTHCHECKs exist from v1.3.0 images, but the twin's report before 1.8 comes from container state.
 * - §1: 1.x moves its data by editing `volumes:` (DATA_VOL = "/data" in `v1.7.0:make/prepare`); `data_volume: /data`
 *   and harbor.yml arrived in v1.8.0; every service has `restart: always`.
 * - §3.1 History: `/api/health` appeared in v1.8.0 (same model as 2.x's `/api/v2.0/health`; `clair` was a 1.x
 *   component, absent here because the scanner is optional); 1.x listed components in random order (the twin sorts).
 *
 * harbor.md has NO 1.x service table [S]. The services, images, mounts, ports and depends_on below are copied from
 * the `docker-compose.yml` the v1.7.0 and v1.10.1 offline installers generate (as published in public install
 * write-ups; 1.7.0 cross-checked with goharbor/harbor `make/docker-compose.tpl` of the 1.7 line). Normalised: data
 * under the default /data, the installer's default /var/log/harbor for log, `:z` dropped, long-syntax binds as binds.
 * Left out: 1.7.0's optional `custom-ca-bundle.crt` bind on registry; optional notary, clair and chartmuseum.
 * Not modelled: 1.0–1.6 (public `docker ps` output of 1.2.0–1.5.2 shows `harbor-ui`, not core and portal) and
 * 1.8–1.9 (not checked). 1.7 stands for the adminserver era, 1.10 for the `/api/health` era.
 */
import type { ComposeLayout, MountSpec, ServiceSpec } from './layout-types';
import { bind } from './layout-types';

interface ServiceRow {
  name: string;
  containerName: string;
  /** Image without the tag, or with its own tag (registry-photon carries the distribution version). */
  image: string;
  dependsOn: string[];
  mounts: MountSpec[];
  /** Health component: the service name before 1.8 (derived report), the checker name from 1.8. */
  healthComponent: string | null;
  ports?: string[];
}

/** A 1.x layout: every service `restart: always` under the `harbor` project, started with v1 docker-compose. */
function layout1x(
  id: ComposeLayout['id'],
  tag: string,
  fileVersion: ComposeLayout['fileVersion'],
  healthEndpoint: ComposeLayout['healthEndpoint'],
  rows: ServiceRow[],
): ComposeLayout {
  const services = rows.map((r): ServiceSpec => ({
    name: r.name,
    containerName: r.containerName,
    image: r.image.includes(':') ? r.image : `${r.image}:${tag}`,
    build: null,
    restart: 'always',
    dependsOn: r.dependsOn,
    mounts: r.mounts,
    ports: r.ports ?? [],
    // Every 1.x service but log logs through syslog to 127.0.0.1:1514 (harbor.md §1 Known failure mode).
    logging: r.name === 'log' ? 'json-file' : 'syslog',
    healthComponent: r.healthComponent,
  }));
  return {
    id,
    harborVersion: tag,
    project: 'harbor',
    composeCommand: 'docker-compose',
    fileVersion,
    healthEndpoint,
    services,
  };
}

const LOG_DIR = bind('/var/log/harbor/', '/var/log/docker/');
const LOG_PORT = '127.0.0.1:1514:10514';
// registry and registryctl share the registry storage (harbor.md §1 "For a volume rewriter").
const REGISTRY_STORAGE = bind('/data/registry', '/storage');
const REGISTRY_CONFIG = bind('./common/config/registry/', '/etc/registry/');
const REGISTRYCTL_CONFIG = bind('./common/config/registryctl/config.yml', '/etc/registryctl/config.yml');
const DATABASE = bind('/data/database', '/var/lib/postgresql/data');
const JOB_LOGS = bind('/data/job_logs', '/var/log/jobs');
const JOBSERVICE_CONFIG = bind('./common/config/jobservice/config.yml', '/etc/jobservice/config.yml');
const REDIS = bind('/data/redis', '/var/lib/redis');
const NGINX_CONFIG = bind('./common/config/nginx', '/etc/nginx');

/** Each service's container, image (tagged with the release unless it has its own tag) and health name. */
const SERVICES = {
  log: { containerName: 'harbor-log', image: 'goharbor/harbor-log', healthComponent: null },
  registry: { containerName: 'registry', image: 'goharbor/registry-photon', healthComponent: 'registry' },
  registryctl: { containerName: 'registryctl', image: 'goharbor/harbor-registryctl', healthComponent: 'registryctl' },
  postgresql: { containerName: 'harbor-db', image: 'goharbor/harbor-db', healthComponent: 'postgresql' },
  adminserver: {
    containerName: 'harbor-adminserver',
    image: 'goharbor/harbor-adminserver',
    healthComponent: 'adminserver',
  },
  core: { containerName: 'harbor-core', image: 'goharbor/harbor-core', healthComponent: 'core' },
  portal: { containerName: 'harbor-portal', image: 'goharbor/harbor-portal', healthComponent: 'portal' },
  jobservice: {
    containerName: 'harbor-jobservice',
    image: 'goharbor/harbor-jobservice',
    healthComponent: 'jobservice',
  },
  redis: { containerName: 'redis', image: 'goharbor/redis-photon', healthComponent: 'redis' },
  proxy: { containerName: 'nginx', image: 'goharbor/nginx-photon', healthComponent: null },
} satisfies Record<string, Pick<ServiceRow, 'containerName' | 'image' | 'healthComponent'>>;

/** A service's row: what the two releases' files write for it beyond its entry in SERVICES. */
function row(name: keyof typeof SERVICES, dependsOn: string[], mounts: MountSpec[], ports?: string[]): ServiceRow {
  return { name, ...SERVICES[name], dependsOn, mounts, ...(ports ? { ports } : {}) };
}

// Rows the 1.7.0 and 1.10.1 files share word for word (postgresql's health name differs: see each layout).
const REGISTRYCTL_ROW = row('registryctl', ['log'], [REGISTRY_STORAGE, REGISTRY_CONFIG, REGISTRYCTL_CONFIG]);
const POSTGRESQL_ROW = row('postgresql', ['log'], [DATABASE]);
const REDIS_ROW = row('redis', ['log'], [REDIS]);
const JOBSERVICE_MOUNTS = [JOB_LOGS, JOBSERVICE_CONFIG];

const TAG_17 = 'v1.7.0';

/**
 * Harbor 1.7.0 as its installer's `prepare` writes docker-compose.yml from `make/docker-compose.tpl`. No health API
 * before 1.8.0 (harbor.md §3.1 History): the console derives health from container state.
 */
export const HARBOR_17_LAYOUT: ComposeLayout = layout1x('1.7', TAG_17, '2', null, [
  row('log', [], [LOG_DIR, bind('./common/config/log/', '/etc/logrotate.d/')], [LOG_PORT]),
  {
    ...row('registry', ['log'], [REGISTRY_STORAGE, REGISTRY_CONFIG]),
    image: `goharbor/registry-photon:v2.6.2-${TAG_17}`,
  },
  REGISTRYCTL_ROW,
  POSTGRESQL_ROW,
  row(
    'adminserver',
    ['log'],
    [
      bind('/data/config/', '/etc/adminserver/config/'),
      bind('/data/secretkey', '/etc/adminserver/key'),
      bind('/data/', '/data/'),
    ],
  ),
  row(
    'core',
    ['log', 'adminserver', 'registry'],
    [
      bind('./common/config/core/app.conf', '/etc/core/app.conf'),
      bind('./common/config/core/private_key.pem', '/etc/core/private_key.pem'),
      bind('./common/config/core/certificates/', '/etc/core/certificates/'),
      bind('/data/secretkey', '/etc/core/key'),
      bind('/data/ca_download/', '/etc/core/ca/'),
      bind('/data/psc/', '/etc/core/token/'),
      bind('/data/', '/data/'),
    ],
  ),
  row('portal', ['log', 'core'], []),
  row('jobservice', ['redis', 'core', 'adminserver'], JOBSERVICE_MOUNTS),
  REDIS_ROW,
  row('proxy', ['postgresql', 'registry', 'core', 'portal', 'log'], [NGINX_CONFIG], ['80:80', '443:443', '4443:4443']),
]);

const TAG_110 = 'v1.10.1';

/**
 * Harbor 1.10.1 as `prepare` renders it from harbor.yml (http only, no scanners, no external db or redis). Health
 * component names are the checkers of harbor.md §3.1 (database, not postgresql), as in 2.x.
 */
export const HARBOR_110_LAYOUT: ComposeLayout = layout1x('1.10', TAG_110, '2.3', '/api/health', [
  row(
    'log',
    [],
    [
      LOG_DIR,
      bind('./common/config/log/logrotate.conf', '/etc/logrotate.d/logrotate.conf'),
      bind('./common/config/log/rsyslog_docker.conf', '/etc/rsyslog.d/rsyslog_docker.conf'),
    ],
    [LOG_PORT],
  ),
  {
    ...row(
      'registry',
      ['log'],
      [REGISTRY_STORAGE, REGISTRY_CONFIG, bind('/data/secret/registry/root.crt', '/etc/registry/root.crt')],
    ),
    image: `goharbor/registry-photon:v2.7.1-patch-2819-2553-${TAG_110}`,
  },
  REGISTRYCTL_ROW,
  { ...POSTGRESQL_ROW, healthComponent: 'database' },
  row(
    'core',
    ['log', 'registry', 'redis', 'postgresql'],
    [
      bind('/data/ca_download/', '/etc/core/ca/'),
      bind('/data/psc/', '/etc/core/token/'),
      bind('/data/', '/data/'),
      bind('./common/config/core/certificates/', '/etc/core/certificates/'),
      bind('./common/config/core/app.conf', '/etc/core/app.conf'),
      bind('/data/secret/core/private_key.pem', '/etc/core/private_key.pem'),
      bind('/data/secret/keys/secretkey', '/etc/core/key'),
    ],
  ),
  row('portal', ['log'], []),
  row('jobservice', ['core'], JOBSERVICE_MOUNTS),
  REDIS_ROW,
  row('proxy', ['registry', 'core', 'portal', 'log'], [NGINX_CONFIG], ['80:8080']),
]);
