/**
 * One vSAN object as the Virtual Objects view and its Physical Placement dialog show it (vsphere-client-ui.md §4):
 * health (`VsanObjectHealthState`, vsan-ha.md §2), accessibility, compliance, the RAID tree and each component with
 * its state, host, disks, votes and bytes left to sync.
 */
import { sinceStart } from '../../tasks/time';
import { policyColumn } from '../../vdvs/volume-ls';
import { complianceStatus, healthLabel, objectHealthInCluster } from '../../vsan/health';
import type { VsanObjectHealthState } from '../../vsan/health';
import type { LayoutNode, ObjectKind, VsanObject } from '../../vsan/types';
import { isAccessible } from '../../vsan/quorum';
import { failedComponents, hasSpareFaultDomain } from '../../vsan/fault-domains';
import type { TwinState } from '../state';
import { VOLUMES } from '../volume-view';
import { OBJECTS, attentionUuids, isStunned, vsanHosts } from '../vsan-view';

/** One component row of the Physical Placement dialog. */
export interface ComponentView {
  uuid: string;
  type: 'Component' | 'Witness';
  state: VsanObject['components'][number]['state'];
  hostId: string;
  hostName: string;
  faultDomain: string;
  cacheDisk: string;
  capacityDisk: string;
  votes: number;
  sizeBytes: number;
  bytesToSync: number;
}

/** An object with its placement and health (contracts `VsanObject` plus `ioPaused`, `writtenBytes`, notes). */
export interface ObjectView {
  uuid: string;
  kind: ObjectKind;
  name: string;
  ownerId: string | null;
  policyName: string;
  health: VsanObjectHealthState;
  healthLabel: string;
  accessible: boolean;
  compliance: 'Compliant' | 'Noncompliant';
  sizeBytes: number;
  dataLost: boolean;
  layout: LayoutNode;
  components: ComponentView[];
  /** vSAN is pausing I/O on it after a host loss (5–7 s, vsan-ha.md §2). */
  ioPaused: boolean;
  writtenBytes: number;
  /** Why force provisioning placed less than the policy asked, if it did. */
  complianceNote: string | null;
  /** Why failed components are not being rebuilt: the delay timer, "no spare fault domain", …; null otherwise. */
  repairNote: string | null;
}

/** The object's health now; objects in sync and compliant are healthy without further work. */
export function healthOf(s: TwinState, o: VsanObject): VsanObjectHealthState {
  if (!attentionUuids(s.vsan.objects).has(o.uuid)) return 'healthy';
  return objectHealthInCluster(o, vsanHosts(s), sinceStart(s.clock.now), s.topology.cluster.repairDelaySeconds);
}

function policyNameOf(s: TwinState, o: VsanObject): string {
  const volume = o.ownerId === undefined ? undefined : VOLUMES.find(s.volumes, o.ownerId);
  return volume === undefined ? s.policies.defaultPolicy.name : policyColumn(volume);
}

function repairNote(s: TwinState, o: VsanObject, health: VsanObjectHealthState): string | null {
  if (failedComponents(o).length === 0) return null;
  if (health === 'reducedavailabilitywithnorebuilddelaytimer') return 'waiting for the repair delay timer';
  if (!isAccessible(o)) return 'object is inaccessible';
  if (health === 'reducedavailabilitywithnorebuild') {
    return hasSpareFaultDomain(o, vsanHosts(s)) ? 'not enough free capacity' : 'no spare fault domain';
  }
  return null;
}

/** The view of one object. */
export function objectView(s: TwinState, o: VsanObject): ObjectView {
  const health = healthOf(s, o);
  const hostName = (id: string): string => s.topology.hosts.find((h) => h.id === id)?.name ?? id;
  return {
    uuid: o.uuid,
    kind: o.kind,
    name: o.name,
    ownerId: o.ownerId ?? null,
    policyName: policyNameOf(s, o),
    health,
    healthLabel: healthLabel(health),
    accessible: isAccessible(o),
    compliance: complianceStatus(health),
    sizeBytes: o.sizeBytes,
    dataLost: o.dataLost,
    layout: o.layout,
    components: o.components.map((c) => ({
      uuid: c.uuid,
      type: c.type,
      state: c.state,
      hostId: c.hostId,
      hostName: hostName(c.hostId),
      faultDomain: c.faultDomain,
      cacheDisk: c.cacheDisk.name,
      capacityDisk: c.capacityDisk.name,
      votes: c.votes,
      sizeBytes: c.sizeBytes,
      bytesToSync: c.bytesToSync,
    })),
    ioPaused: isStunned(s.vsan.stuns, o, s.clock.now),
    writtenBytes: o.writtenBytes,
    complianceNote: o.complianceNote ?? null,
    repairNote: repairNote(s, o, health),
  };
}

/** One object by uuid. */
export function vsanObjectView(s: TwinState, uuid: string): ObjectView | undefined {
  const o = OBJECTS.find(s.vsan.objects, uuid);
  return o === undefined ? undefined : objectView(s, o);
}

/** Virtual Objects: every object, or those of one owner (a VM id or a volume's `name@datastore`). */
export function vsanObjectsView(s: TwinState, options: { ownerId?: string } = {}): ObjectView[] {
  const owner = options.ownerId;
  return s.vsan.objects.filter((o) => owner === undefined || o.ownerId === owner).map((o) => objectView(s, o));
}
