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

function services(tag: string, rows: ServiceRow[]): ServiceSpec[] {
  return rows.map((r) => ({
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

// Rows the 1.7.0 and 1.10.1 files share word for word (postgresql's health name differs: see each layout).
const REGISTRYCTL_ROW: ServiceRow = {
  name: 'registryctl',
  containerName: 'registryctl',
  image: 'goharbor/harbor-registryctl',
  dependsOn: ['log'],
  mounts: [REGISTRY_STORAGE, REGISTRY_CONFIG, REGISTRYCTL_CONFIG],
  healthComponent: 'registryctl',
};
const POSTGRESQL_ROW: ServiceRow = {
  name: 'postgresql',
  containerName: 'harbor-db',
  image: 'goharbor/harbor-db',
  dependsOn: ['log'],
  mounts: [DATABASE],
  healthComponent: 'postgresql',
};
const REDIS_ROW: ServiceRow = {
  name: 'redis',
  containerName: 'redis',
  image: 'goharbor/redis-photon',
  dependsOn: ['log'],
  mounts: [REDIS],
  healthComponent: 'redis',
};

const TAG_17 = 'v1.7.0';

/** Harbor 1.7.0 as its installer's `prepare` writes docker-compose.yml from `make/docker-compose.tpl`. */
export const HARBOR_17_LAYOUT: ComposeLayout = {
  id: '1.7',
  harborVersion: TAG_17,
  project: 'harbor',
  composeCommand: 'docker-compose',
  fileVersion: '2',
  // No health API before 1.8.0 (harbor.md §3.1 History): the console derives health from container state.
  healthEndpoint: null,
  services: services(TAG_17, [
    {
      name: 'log',
      containerName: 'harbor-log',
      image: 'goharbor/harbor-log',
      dependsOn: [],
      mounts: [LOG_DIR, bind('./common/config/log/', '/etc/logrotate.d/')],
      healthComponent: null,
      ports: [LOG_PORT],
    },
    {
      name: 'registry',
      containerName: 'registry',
      image: `goharbor/registry-photon:v2.6.2-${TAG_17}`,
      dependsOn: ['log'],
      mounts: [REGISTRY_STORAGE, REGISTRY_CONFIG],
      healthComponent: 'registry',
    },
    REGISTRYCTL_ROW,
    POSTGRESQL_ROW,
    {
      name: 'adminserver',
      containerName: 'harbor-adminserver',
      image: 'goharbor/harbor-adminserver',
      dependsOn: ['log'],
      mounts: [
        bind('/data/config/', '/etc/adminserver/config/'),
        bind('/data/secretkey', '/etc/adminserver/key'),
        bind('/data/', '/data/'),
      ],
      healthComponent: 'adminserver',
    },
    {
      name: 'core',
      containerName: 'harbor-core',
      image: 'goharbor/harbor-core',
      dependsOn: ['log', 'adminserver', 'registry'],
      mounts: [
        bind('./common/config/core/app.conf', '/etc/core/app.conf'),
        bind('./common/config/core/private_key.pem', '/etc/core/private_key.pem'),
        bind('./common/config/core/certificates/', '/etc/core/certificates/'),
        bind('/data/secretkey', '/etc/core/key'),
        bind('/data/ca_download/', '/etc/core/ca/'),
        bind('/data/psc/', '/etc/core/token/'),
        bind('/data/', '/data/'),
      ],
      healthComponent: 'core',
    },
    {
      name: 'portal',
      containerName: 'harbor-portal',
      image: 'goharbor/harbor-portal',
      dependsOn: ['log', 'core'],
      mounts: [],
      healthComponent: 'portal',
    },
    {
      name: 'jobservice',
      containerName: 'harbor-jobservice',
      image: 'goharbor/harbor-jobservice',
      dependsOn: ['redis', 'core', 'adminserver'],
      mounts: [JOB_LOGS, JOBSERVICE_CONFIG],
      healthComponent: 'jobservice',
    },
    REDIS_ROW,
    {
      name: 'proxy',
      containerName: 'nginx',
      image: 'goharbor/nginx-photon',
      dependsOn: ['postgresql', 'registry', 'core', 'portal', 'log'],
      mounts: [NGINX_CONFIG],
      healthComponent: null,
      ports: ['80:80', '443:443', '4443:4443'],
    },
  ]),
};

const TAG_110 = 'v1.10.1';

/** Harbor 1.10.1 as `prepare` renders it from harbor.yml (http only, no scanners, no external db or redis). */
export const HARBOR_110_LAYOUT: ComposeLayout = {
  id: '1.10',
  harborVersion: TAG_110,
  project: 'harbor',
  composeCommand: 'docker-compose',
  fileVersion: '2.3',
  healthEndpoint: '/api/health',
  // Health component names are the checkers of harbor.md §3.1 (database, not postgresql), as in 2.x.
  services: services(TAG_110, [
    {
      name: 'log',
      containerName: 'harbor-log',
      image: 'goharbor/harbor-log',
      dependsOn: [],
      mounts: [
        LOG_DIR,
        bind('./common/config/log/logrotate.conf', '/etc/logrotate.d/logrotate.conf'),
        bind('./common/config/log/rsyslog_docker.conf', '/etc/rsyslog.d/rsyslog_docker.conf'),
      ],
      healthComponent: null,
      ports: [LOG_PORT],
    },
    {
      name: 'registry',
      containerName: 'registry',
      image: `goharbor/registry-photon:v2.7.1-patch-2819-2553-${TAG_110}`,
      dependsOn: ['log'],
      mounts: [REGISTRY_STORAGE, REGISTRY_CONFIG, bind('/data/secret/registry/root.crt', '/etc/registry/root.crt')],
      healthComponent: 'registry',
    },
    REGISTRYCTL_ROW,
    { ...POSTGRESQL_ROW, healthComponent: 'database' },
    {
      name: 'core',
      containerName: 'harbor-core',
      image: 'goharbor/harbor-core',
      dependsOn: ['log', 'registry', 'redis', 'postgresql'],
      mounts: [
        bind('/data/ca_download/', '/etc/core/ca/'),
        bind('/data/psc/', '/etc/core/token/'),
        bind('/data/', '/data/'),
        bind('./common/config/core/certificates/', '/etc/core/certificates/'),
        bind('./common/config/core/app.conf', '/etc/core/app.conf'),
        bind('/data/secret/core/private_key.pem', '/etc/core/private_key.pem'),
        bind('/data/secret/keys/secretkey', '/etc/core/key'),
      ],
      healthComponent: 'core',
    },
    {
      name: 'portal',
      containerName: 'harbor-portal',
      image: 'goharbor/harbor-portal',
      dependsOn: ['log'],
      mounts: [],
      healthComponent: 'portal',
    },
    {
      name: 'jobservice',
      containerName: 'harbor-jobservice',
      image: 'goharbor/harbor-jobservice',
      dependsOn: ['core'],
      mounts: [JOB_LOGS, JOBSERVICE_CONFIG],
      healthComponent: 'jobservice',
    },
    REDIS_ROW,
    {
      name: 'proxy',
      containerName: 'nginx',
      image: 'goharbor/nginx-photon',
      dependsOn: ['registry', 'core', 'portal', 'log'],
      mounts: [NGINX_CONFIG],
      healthComponent: null,
      ports: ['80:8080'],
    },
  ]),
};
