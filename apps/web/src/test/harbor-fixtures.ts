import type { Clock } from '@harborview/contracts/clock';
import type { TwinEvent } from '@harborview/contracts/events';
import type { Finding, Harbor, HarborImage, HarborService } from '@harborview/contracts/harbor';

export const TWIN_NOW = '2024-05-01T10:00:00.000Z';
const STARTED = '2024-05-01T09:00:00.000Z';

/** The twin clock at TWIN_NOW, paused so uptimes do not move under a test. */
export const clockFixture: Clock = { now: TWIN_NOW, elapsedSeconds: 3600, speed: 1, paused: true, wallTime: TWIN_NOW };

type Mount = HarborService['mounts'][number];
const bind = (source: string, target: string): Mount => ({
  source,
  target,
  kind: 'bind',
  volume: null,
  accessible: null,
});
const vol = (volume: string, target: string): Mount => ({
  source: volume,
  target,
  kind: 'volume',
  volume,
  accessible: true,
});

function service(name: string, mounts: Mount[]): HarborService {
  return {
    name,
    container: `deploy_${name}_1`,
    state: 'running',
    exitCode: null,
    error: null,
    restarts: 0,
    startedAt: STARTED,
    healthy: true,
    mounts,
  };
}

/** Harbor 0.4.1 on photon-harbor with its registry, database and job logs on vsanvol1/2/3. */
export function harborFixture(): Harbor {
  return {
    status: 'healthy',
    healthApi: 'none',
    healthEndpoint: null,
    components: ['registry', 'mysql', 'ui', 'jobservice'].map((name) => ({ name, status: 'healthy' as const })),
    services: [
      service('log', [bind('/var/log/harbor/', '/var/log/docker/')]),
      service('registry', [vol('vsanvol1', '/storage'), bind('./config/registry/', '/etc/registry/')]),
      service('mysql', [vol('vsanvol2', '/var/lib/mysql')]),
      service('ui', [bind('./config/ui/app.conf', '/etc/ui/app.conf')]),
      service('jobservice', [vol('vsanvol3', '/var/log/jobs')]),
      service('proxy', [bind('./config/nginx', '/etc/nginx')]),
    ],
    vmId: 'vm-1',
    layout: '0.4.1',
    registry: { url: 'http://127.0.0.1:5000', process: 'running', storageRoot: '.data/registry', detail: null },
    findings: [],
  };
}

/** The log-first restore failure of goharbor/harbor#1296, as the twin reports it. */
export const exit128Finding: Finding = {
  id: 'harbor-log-first-exit-128',
  severity: 'error',
  title: 'registry, mysql and ui exited (128) before the log container listened',
  detail: 'Docker restored the containers before rsyslog in deploy_log_1 was listening on 1514.',
  fix: 'docker-compose up -d log && docker-compose up -d',
};

export const imagesFixture: HarborImage[] = [
  {
    ref: 'library/hello:1',
    repository: 'library/hello',
    tag: '1',
    manifestDigest: 'sha256:4f1d1a0c9d0b5d3c7e2f8a6b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d',
    blobs: [
      { digest: 'sha256:aa11', size: 1024, mediaType: 'application/vnd.oci.image.config.v1+json' },
      { digest: 'sha256:bb22', size: 2048, mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip' },
    ],
    pushedAt: '2024-05-01T09:30:00.000Z',
  },
];

/** A few events naming the cluster, host .130 and photon-harbor. */
export const eventsFixture: TwinEvent[] = [
  {
    id: 1,
    time: '2024-05-01T09:00:00.000Z',
    severity: 'info',
    typeId: 'vim.event.VmPoweredOnEvent',
    message: 'photon-harbor on 10.162.102.130 in Datacenter is powered on',
    objects: [
      { type: 'VirtualMachine', id: 'vm-1', name: 'photon-harbor' },
      { type: 'HostSystem', id: 'host-1', name: '10.162.102.130' },
    ],
  },
  {
    id: 2,
    time: '2024-05-01T09:05:00.000Z',
    severity: 'warning',
    typeId: 'com.vmware.vc.HA.DasHostFailedEvent',
    message: 'vSphere HA detected a possible host failure of host 10.162.102.131 in cluster vSAN-Cluster',
    objects: [
      { type: 'HostSystem', id: 'host-2', name: '10.162.102.131' },
      { type: 'ClusterComputeResource', id: 'cluster-1', name: 'vSAN-Cluster' },
    ],
  },
];
