/**
 * The Harbor 0.4.1 and 0.5.0 compose layouts, from the fixtures harbor-0.4.1-docker-compose.yml (the seed, byte for
 * byte Deploy/docker-compose.yml at tag 0.4.1) and harbor-0.5.0-docker-compose.yml; harbor.md §0 tables them.
 * 0.x has no health API, so `healthComponent` names each service in the twin's derived report (log and proxy have none).
 */
import type { ComposeLayout, ServiceSpec } from './layout-types';
import { bind } from './layout-types';

const SYSLOG = 'syslog' as const;

const SERVICES_041: ServiceSpec[] = [
  {
    name: 'log',
    containerName: null,
    image: null,
    build: { context: './log/', dockerfile: null },
    restart: 'always',
    dependsOn: [],
    mounts: [bind('/var/log/harbor/', '/var/log/docker/')],
    ports: ['1514:514'],
    logging: 'json-file',
    healthComponent: null,
  },
  {
    name: 'registry',
    containerName: null,
    image: 'library/registry:2.5.0',
    build: null,
    restart: 'always',
    dependsOn: ['log'],
    mounts: [bind('/data/registry', '/storage'), bind('./config/registry/', '/etc/registry/')],
    ports: [],
    logging: SYSLOG,
    healthComponent: 'registry',
  },
  {
    name: 'mysql',
    containerName: null,
    image: null,
    build: { context: './db/', dockerfile: null },
    restart: 'always',
    dependsOn: ['log'],
    mounts: [bind('/data/database', '/var/lib/mysql')],
    ports: [],
    logging: SYSLOG,
    healthComponent: 'mysql',
  },
  {
    name: 'ui',
    containerName: null,
    image: null,
    build: { context: '../', dockerfile: 'Deploy/ui/Dockerfile' },
    restart: 'always',
    dependsOn: ['log'],
    mounts: [
      bind('./config/ui/app.conf', '/etc/ui/app.conf'),
      bind('./config/ui/private_key.pem', '/etc/ui/private_key.pem'),
    ],
    ports: [],
    logging: SYSLOG,
    healthComponent: 'ui',
  },
  {
    name: 'jobservice',
    containerName: null,
    image: null,
    build: { context: '../', dockerfile: 'Deploy/jobservice/Dockerfile' },
    restart: 'always',
    dependsOn: ['ui'],
    mounts: [bind('/data/job_logs', '/var/log/jobs'), bind('./config/jobservice/app.conf', '/etc/jobservice/app.conf')],
    ports: [],
    logging: SYSLOG,
    healthComponent: 'jobservice',
  },
  {
    name: 'proxy',
    containerName: null,
    image: 'library/nginx:1.9',
    build: null,
    restart: 'always',
    dependsOn: ['mysql', 'registry', 'ui', 'log'],
    mounts: [bind('./config/nginx', '/etc/nginx')],
    ports: ['80:80', '443:443'],
    logging: SYSLOG,
    healthComponent: null,
  },
];

/** Harbor 0.4.1 (the seed). Run from the source tree's `Deploy/`, so containers are `deploy_<svc>_1` (harbor.md §0). */
export const HARBOR_041_LAYOUT: ComposeLayout = {
  id: '0.4.1',
  harborVersion: '0.4.1',
  project: 'deploy',
  composeCommand: 'docker-compose',
  fileVersion: '2',
  healthEndpoint: null,
  services: SERVICES_041,
};

// 0.5.0: same graph; prebuilt vmware/harbor-* images, fixed names, ./common/config paths, /data:/harbor_storage on ui.
const NAMES_050: Record<string, [string, string]> = {
  log: ['harbor-log', 'vmware/harbor-log'],
  registry: ['registry', 'library/registry:2.5.0'],
  mysql: ['harbor-db', 'vmware/harbor-db'],
  ui: ['harbor-ui', 'vmware/harbor-ui'],
  jobservice: ['harbor-jobservice', 'vmware/harbor-jobservice'],
  proxy: ['nginx', 'nginx:1.11.5'],
};

/** Harbor 0.5.0 as `make/docker-compose.tpl` generates it. */
export const HARBOR_050_LAYOUT: ComposeLayout = {
  id: '0.5.0',
  harborVersion: '0.5.0',
  project: 'harbor',
  composeCommand: 'docker-compose',
  fileVersion: '2',
  healthEndpoint: null,
  services: SERVICES_041.map((s) => {
    const [containerName, image] = NAMES_050[s.name] ?? [null, s.image];
    const mounts = s.mounts.map((m) => ({ ...m, source: m.source.replace(/^\.\/config\//, './common/config/') }));
    return {
      ...s,
      containerName,
      image,
      build: null,
      mounts: s.name === 'ui' ? [...mounts, bind('/data', '/harbor_storage')] : mounts,
    };
  }),
};
