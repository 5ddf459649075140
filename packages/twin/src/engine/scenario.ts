/**
 * `createScenario`: the walkthrough's starting point as a `TwinState`. A vCenter, a Datacenter, a vSAN cluster of
 * ESXi hosts 10.162.102.130, .131, .132 (.133… for more), HA off and the 60-minute repair timer; a Photon OS VM on .130
 * ("Hard disk 1") running Docker and Harbor 0.4.1 from its compose file with data under /data on Hard disk 1 (or
 * another compose layout: `harborVersion`); the vsanDatastore with `dockvols/` and the "vSAN Default Storage Policy".
 * The VIB and the plugin are NOT installed: the walkthrough's setup checklist installs them (generated volumes need
 * them, so `volumes > 0` starts installed).
 */
import { FDM_STATE_LABELS } from '../ha/fdm-state';
import { createHaState } from '../ha/ha-state';
import { initialComposeText } from '../harbor/compose-render';
import { createHarborState } from '../harbor/harbor-state';
import { primeHealth } from '../harbor/health';
import type { LayoutId } from '../harbor/layout-types';
import { DEFAULT_LAYOUT, isLayoutId, LAYOUTS } from '../harbor/layouts';
import { createRng } from '../rng';
import { createAlarmBoard } from '../tasks/alarms';
import { createEventLog } from '../tasks/events';
import { createTaskLog } from '../tasks/task';
import { seconds, twinTime } from '../tasks/time';
import { createTopology } from '../topology';
import { PVSCSI_PCI_SLOT_BY_BUS } from '../vdvs/attach';
import { VSAN_DEFAULT_POLICY } from '../vdvs/capabilities';
import { VSAN_DEFAULT_POLICY_LABEL } from '../vdvs/types';
import { bytes, DEFAULT_REPAIR_DELAY_SECONDS } from '../vsan/units';

import {
  DEFAULT_POLICY_CONTENT,
  DEFAULT_POLICY_NAME,
  DEFAULT_VDVS_VERSION,
  NAMESPACE_SIZE_BYTES,
  NAMESPACE_WRITTEN_BYTES,
  OS_DISK_WRITTEN_BYTES,
} from './constants';
import { computeFindings } from './findings';
import { objectsOnHost } from './host-index';
import { vmPoweredOn } from './inventory-ops';
import { addObjects, drawUuid, isPlacementError, placeNew, toPlacementPolicy } from './objects';
import { generateVolumes } from './scenario-volumes';
import type { EngineHost, EngineVm, InstallState, TwinState } from './state';
import { VOLUMES } from './volume-view';
import { freeBytesByDisk } from './vsan-usage';
import { attentionObjects, OBJECTS } from './vsan-view';
import { beginWork } from './work';

/** What `createScenario` takes. */
export interface ScenarioOptions {
  scenario: 'walkthrough';
  seed: number | string;
  /** Cluster size, 3 to 64 (default 3). */
  hosts?: number;
  /** Generated detached volumes with mixed policies, for scale (default 0). */
  volumes?: number;
  /** Wall-clock epoch of t=0 (labels only; the twin never reads a clock). */
  startEpochMs: number;
  /** Clock speed the BFF starts at (default 1). */
  speed?: number;
  /** Keep Docker's log-listener delay so every restore reproduces goharbor/harbor#1296 (harbor.md §1); default false. */
  harborLogRace?: boolean;
  /** Start with the VIB on every host and the plugin on the Docker VM (default: false unless volumes > 0). */
  vdvsInstalled?: boolean;
  /** Harbor's compose layout (harbor/layouts.ts); default 0.4.1, the walkthrough's seed file (harbor.md §0). */
  harborVersion?: LayoutId;
}

const MAX_VOLUMES = 20_000;

function installState(installed: boolean): InstallState {
  return installed ? { state: 'installed', version: DEFAULT_VDVS_VERSION } : { state: 'notInstalled', version: null };
}

function checkOptions(options: ScenarioOptions): void {
  const volumes = options.volumes ?? 0;
  if (options.scenario !== 'walkthrough') throw new RangeError(`Unknown scenario: ${String(options.scenario)}`);
  if (!Number.isInteger(volumes) || volumes < 0 || volumes > MAX_VOLUMES) {
    throw new RangeError(`volumes must be an integer from 0 to ${MAX_VOLUMES}, got ${volumes}`);
  }
  if (!Number.isFinite(options.startEpochMs)) throw new RangeError('startEpochMs must be a finite number');
  // Reset options come back from the command log as JSON, so the type alone does not guard this.
  if (options.harborVersion !== undefined && !isLayoutId(options.harborVersion)) {
    throw new RangeError(
      `harborVersion must be one of ${Object.keys(LAYOUTS).join(', ')}, got ${String(options.harborVersion)}`,
    );
  }
}

/** The state before any vSAN object exists: inventory, HA, Harbor, empty logs. */
function skeleton(options: ScenarioOptions, installed: boolean): TwinState {
  const base = createTopology({ hosts: options.hosts ?? 3 });
  const hosts: EngineHost[] = base.hosts.map((h) => ({
    ...h,
    haState: FDM_STATE_LABELS.notConfigured,
    isolated: false,
    vib: installState(installed),
  }));
  const vms: EngineVm[] = base.vms.map((vm) => ({
    ...vm,
    power: 'poweredOff',
    uuid: '',
    // Object uuids are filled in once the objects are placed.
    disks: vm.disks.map((d) => ({ ...d, bus: 0, diskMode: 'persistent', objectUuid: '' })),
    scsiControllers: [{ bus: 0, kind: 'pvscsi', pciSlotNumber: PVSCSI_PCI_SLOT_BY_BUS[0] ?? '160' }],
    guestBootedAt: null,
    restartPriority: 'medium',
    namespaceObjectUuid: '',
    swapObjectUuid: null,
    dockerPlugin: installState(installed),
  }));
  const harborVmId = vms[0]?.id ?? 'vm-1';
  const timings = options.harborLogRace === true ? {} : { logListenDelay: seconds(0) };
  const layout = options.harborVersion === undefined ? DEFAULT_LAYOUT : LAYOUTS[options.harborVersion];
  return {
    schemaVersion: 1,
    clock: { now: twinTime(0), startEpochMs: options.startEpochMs, speed: options.speed ?? 1 },
    rng: createRng(options.seed),
    topology: {
      ...base,
      cluster: { ...base.cluster, repairDelaySeconds: DEFAULT_REPAIR_DELAY_SECONDS },
      hosts,
      vms,
    },
    policies: {
      defaultPolicy: { name: DEFAULT_POLICY_NAME, label: VSAN_DEFAULT_POLICY_LABEL, content: DEFAULT_POLICY_CONTENT },
      store: [],
    },
    volumes: [],
    vsan: { objects: [], stuns: [], awayWrites: [] },
    ha: createHaState({
      cluster: { id: base.cluster.id, name: base.cluster.name, datacenterName: base.datacenter.name },
      hosts: hosts.map((h) => ({ id: h.id, name: h.name })),
    }),
    harbor: {
      vmId: harborVmId,
      composeText: initialComposeText(layout),
      // Up since before t=0, with no vDVS volume yet: from 1.8 its health API has a report at once.
      state: primeHealth(createHarborState(layout, twinTime(0), timings), {
        now: twinTime(0),
        vmRunning: true,
        volumeAccessible: () => false,
      }),
    },
    operations: [],
    tasks: createTaskLog(),
    events: createEventLog(),
    alarms: createAlarmBoard(),
    vdvsFindings: [],
    findings: [],
  };
}

/**
 * Builds the walkthrough's initial state; throws RangeError on options the contracts would reject.
 * @example const state = createScenario({ scenario: 'walkthrough', seed: 1, startEpochMs: Date.UTC(2017, 2, 1) });
 */
export function createScenario(options: ScenarioOptions): TwinState {
  checkOptions(options);
  const volumes = options.volumes ?? 0;
  const w = beginWork(skeleton(options, options.vdvsInstalled === true || volumes > 0), 'System');
  const policy = toPlacementPolicy(VSAN_DEFAULT_POLICY);
  for (const vm of w.s.topology.vms) {
    const uuid = drawUuid(w);
    const home = placeNew(w, {
      objectKind: 'namespace',
      name: vm.name,
      ownerId: vm.id,
      sizeBytes: bytes(NAMESPACE_SIZE_BYTES),
      policy,
      writtenBytes: NAMESPACE_WRITTEN_BYTES,
    });
    const osDisk = vm.disks[0];
    const disk = placeNew(w, {
      objectKind: 'vdisk',
      name: `${vm.name}.vmdk`,
      ownerId: vm.id,
      sizeBytes: bytes(osDisk?.capacityBytes ?? 0),
      policy,
      writtenBytes: OS_DISK_WRITTEN_BYTES,
    });
    if (isPlacementError(home) || isPlacementError(disk) || osDisk === undefined) {
      throw new RangeError('The walkthrough VM does not fit on the cluster');
    }
    addObjects(w, [home, disk]);
    const withObjects = {
      ...vm,
      uuid,
      namespaceObjectUuid: home.uuid,
      disks: vm.disks.map((d, i) => (i === 0 ? { ...d, objectUuid: disk.uuid } : d)),
    };
    w.s = {
      ...w.s,
      topology: { ...w.s.topology, vms: w.s.topology.vms.map((v) => (v.id === vm.id ? withObjects : v)) },
    };
    // Booted before the scenario starts: running since t=0 with its swap object.
    vmPoweredOn(w, vm.id, vm.hostId, twinTime(0));
  }
  generateVolumes(w, volumes);
  // Warm the derived views once (they are then carried over every change) so the first failover does not pay for a
  // full scan of every component; this changes no state.
  freeBytesByDisk(w.s);
  attentionObjects(w.s.vsan.objects);
  objectsOnHost(w.s.vsan.objects, '');
  OBJECTS.position(w.s.vsan.objects, '');
  VOLUMES.position(w.s.volumes, '');
  return { ...w.s, findings: computeFindings(w.s) };
}
