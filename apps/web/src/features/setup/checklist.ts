import type { ClusterSummary } from '@harborview/contracts/cluster';
import type { Harbor } from '@harborview/contracts/harbor';
import type { Policy } from '@harborview/contracts/policies';
import type { Setup } from '@harborview/contracts/setup';
import { dockerVolumeCreateCommand, vmdkopsPolicyCommand } from '@harborview/twin/vdvs';

/** What a step offers to get it done: a button the page wires to the API, or a link to a page or wizard. */
export type StepAction =
  | { kind: 'install-vib' | 'install-plugin' | 'enable-ha'; label: string; busy: boolean }
  | { kind: 'link'; label: string; to: string }
  | { kind: 'none' };

export interface ChecklistStep {
  id: 'cluster' | 'vib' | 'plugin' | 'policy' | 'volumes' | 'compose' | 'harbor' | 'ha';
  title: string;
  done: boolean;
  detail: string;
  /** The command (or client path) the walkthrough uses for it. */
  command: string;
  action: StepAction;
}

export interface ChecklistInput {
  setup: Setup;
  policies: readonly Policy[];
  volumeCount: number;
  harbor: Harbor;
  cluster: Pick<ClusterSummary, 'haEnabled'> | null;
}

const WALKTHROUGH_HOSTS = 3;
// The walkthrough's own commands (docs/walkthrough, vdvs.md §1 and §3).
const COMMANDS = {
  vib: 'esxcli software vib install -v /tmp/vmware-esx-vmdkops-<version>.vib',
  plugin: 'docker plugin install --grant-all-permissions --alias vsphere vmware/vsphere-storage-for-docker:latest',
  policy: vmdkopsPolicyCommand({ verb: 'create', name: 'SW=2', content: '(("stripeWidth" i2))' }),
  volumes: dockerVolumeCreateCommand('vsanvol1', { size: '50gb' }),
  compose:
    'Edit docker-compose.yml: registry /storage, mysql /var/lib/mysql, jobservice /var/log/jobs onto the volumes',
  harbor: 'docker-compose down && docker-compose up -d',
  ha: 'vSphere Client: Cluster > Configure > vSphere Availability > Edit > Turn ON vSphere HA',
} as const;

/** The walkthrough's setup steps, each done or to do, read from live data. */
export function buildChecklist({ setup, policies, volumeCount, harbor, cluster }: ChecklistInput): ChecklistStep[] {
  const vibDone = setup.hosts.filter((h) => h.vib.state === 'installed').length;
  const vibBusy = setup.hosts.some((h) => h.vib.state === 'installing');
  const plugin = setup.vms.find((vm) => vm.vmId === harbor.vmId) ?? setup.vms[0];
  const ownPolicies = policies.filter((p) => !p.builtIn);
  const onVolumes = harbor.services.flatMap((s) =>
    s.mounts.filter((m) => m.kind === 'volume' && m.volume).map((m) => `${s.name} ${m.target} → ${m.volume}`),
  );
  const haEnabled = cluster?.haEnabled ?? setup.haEnabled;
  return [
    {
      id: 'cluster',
      title: `vSAN cluster of ${WALKTHROUGH_HOSTS} hosts`,
      done: setup.hosts.length >= WALKTHROUGH_HOSTS,
      detail: `${setup.hosts.length} ESXi hosts: ${setup.hosts.map((h) => h.name).join(', ')}`,
      command: 'vSphere Client: Cluster > Configure > vSAN > Services',
      action: { kind: 'none' },
    },
    {
      id: 'vib',
      title: 'vDVS VIB on every ESXi host',
      done: setup.hosts.length > 0 && vibDone === setup.hosts.length,
      detail: `${vibDone} of ${setup.hosts.length} hosts${vibBusy ? ' (installing…)' : ''}`,
      command: COMMANDS.vib,
      action: { kind: 'install-vib', label: 'Install on every host', busy: vibBusy },
    },
    {
      id: 'plugin',
      title: 'vDVS plugin on the Docker VM',
      done: plugin?.plugin.state === 'installed',
      detail: plugin ? `${plugin.name}: ${plugin.plugin.state}` : 'No Docker VM',
      command: COMMANDS.plugin,
      action: { kind: 'install-plugin', label: 'Install the plugin', busy: plugin?.plugin.state === 'installing' },
    },
    {
      id: 'policy',
      title: 'A storage policy (SW=2 in the walkthrough)',
      done: ownPolicies.length > 0,
      detail: ownPolicies.length ? ownPolicies.map((p) => p.name).join(', ') : 'Only the default policy',
      command: COMMANDS.policy,
      action: { kind: 'link', label: 'Storage Policies', to: '/policies' },
    },
    {
      id: 'volumes',
      title: 'vDVS volumes',
      done: volumeCount > 0,
      detail: `${volumeCount} volumes`,
      command: COMMANDS.volumes,
      action: { kind: 'link', label: 'Volumes', to: '/volumes' },
    },
    {
      id: 'compose',
      title: 'Compose file edited: Harbor mounts a vDVS volume',
      done: onVolumes.length > 0,
      detail: onVolumes.length ? onVolumes.join(', ') : 'Harbor keeps its data in /data on the VM disk',
      command: COMMANDS.compose,
      action: { kind: 'link', label: 'Attach to Harbor', to: '/harbor/attach' },
    },
    {
      id: 'harbor',
      title: 'Harbor up and healthy on the volumes',
      done: onVolumes.length > 0 && harbor.status === 'healthy',
      detail: `Harbor is ${harbor.status}`,
      command: COMMANDS.harbor,
      action: { kind: 'link', label: 'Harbor', to: '/harbor' },
    },
    {
      id: 'ha',
      title: 'vSphere HA on',
      done: haEnabled,
      detail: haEnabled ? 'vSphere HA is on' : 'vSphere HA is off',
      command: COMMANDS.ha,
      action: { kind: 'enable-ha', label: 'Turn on vSphere HA', busy: false },
    },
  ];
}
