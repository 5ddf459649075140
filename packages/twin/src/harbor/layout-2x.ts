/**
 * The Harbor 2.x compose layout, from the fixture harbor-2.11.0-docker-compose.yml (`prepare` output: data_volume
 * /data, https, trivy on, no external db or redis); harbor.md §2 tables it. `:z` SELinux suffixes are dropped.
 * Health component names are the `/api/v2.0/health` checkers (harbor.md §3.1); proxy and log have none.
 */
import type { ComposeLayout, MountSpec, ServiceSpec } from './layout-types';
import { bind } from './layout-types';

const VERSION = 'v2.11.0';
const TRUST = bind('./common/config/shared/trust-certificates', '/harbor_cust_cert');

function service(
  name: string,
  containerName: string,
  image: string,
  dependsOn: string[],
  mounts: MountSpec[],
  healthComponent: string | null,
  ports: string[] = [],
): ServiceSpec {
  return {
    name,
    containerName,
    image: `goharbor/${image}:${VERSION}`,
    build: null,
    restart: 'always',
    dependsOn,
    mounts,
    ports,
    logging: name === 'log' ? 'json-file' : 'syslog',
    healthComponent,
  };
}

/** Harbor 2.x (2.11.0 as rendered by prepare). */
export const HARBOR_2X_LAYOUT: ComposeLayout = {
  id: '2.x',
  harborVersion: VERSION,
  project: 'harbor',
  composeCommand: 'docker compose',
  fileVersion: '2.3',
  healthEndpoint: '/api/v2.0/health',
  services: [
    service(
      'log',
      'harbor-log',
      'harbor-log',
      [],
      [
        bind('/var/log/harbor/', '/var/log/docker/'),
        bind('./common/config/log/logrotate.conf', '/etc/logrotate.d/logrotate.conf'),
        bind('./common/config/log/rsyslog_docker.conf', '/etc/rsyslog.d/rsyslog_docker.conf'),
      ],
      null,
      ['127.0.0.1:1514:10514'],
    ),
    service(
      'registry',
      'registry',
      'registry-photon',
      ['log'],
      [
        bind('/data/registry', '/storage'),
        bind('./common/config/registry/', '/etc/registry/'),
        bind('/data/secret/registry/root.crt', '/etc/registry/root.crt'),
        TRUST,
      ],
      'registry',
    ),
    service(
      'registryctl',
      'registryctl',
      'harbor-registryctl',
      ['log'],
      [
        bind('/data/registry', '/storage'),
        bind('./common/config/registry/', '/etc/registry/'),
        bind('./common/config/registryctl/config.yml', '/etc/registryctl/config.yml'),
        TRUST,
      ],
      'registryctl',
    ),
    service(
      'postgresql',
      'harbor-db',
      'harbor-db',
      ['log'],
      [bind('/data/database', '/var/lib/postgresql/data')],
      'database',
    ),
    service(
      'core',
      'harbor-core',
      'harbor-core',
      ['log', 'registry', 'redis', 'postgresql'],
      [
        bind('/data/ca_download/', '/etc/core/ca/'),
        bind('/data/', '/data/'),
        bind('./common/config/core/certificates/', '/etc/core/certificates/'),
        bind('./common/config/core/app.conf', '/etc/core/app.conf'),
        bind('/data/secret/core/private_key.pem', '/etc/core/private_key.pem'),
        bind('/data/secret/keys/secretkey', '/etc/core/key'),
        TRUST,
      ],
      'core',
    ),
    service(
      'portal',
      'harbor-portal',
      'harbor-portal',
      ['log'],
      [bind('./common/config/portal/nginx.conf', '/etc/nginx/nginx.conf')],
      'portal',
    ),
    service(
      'jobservice',
      'harbor-jobservice',
      'harbor-jobservice',
      ['core'],
      [
        bind('/data/job_logs', '/var/log/jobs'),
        bind('./common/config/jobservice/config.yml', '/etc/jobservice/config.yml'),
        TRUST,
      ],
      'jobservice',
    ),
    service('redis', 'redis', 'redis-photon', ['log'], [bind('/data/redis', '/var/lib/redis')], 'redis'),
    service(
      'proxy',
      'nginx',
      'nginx-photon',
      ['registry', 'core', 'portal', 'log'],
      [bind('./common/config/nginx', '/etc/nginx'), bind('/data/secret/cert', '/etc/cert'), TRUST],
      null,
      ['80:8080', '443:8443'],
    ),
    service(
      'trivy-adapter',
      'trivy-adapter',
      'trivy-adapter-photon',
      ['log', 'redis'],
      [
        bind('/data/trivy-adapter/trivy', '/home/scanner/.cache/trivy'),
        bind('/data/trivy-adapter/reports', '/home/scanner/.cache/reports'),
        TRUST,
      ],
      'trivy',
    ),
  ],
};
