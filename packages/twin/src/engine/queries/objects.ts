/**
 * One vSAN object as the Virtual Objects view and its Physical Placement dialog show it (vsphere-client-ui.md §4):
 * health (`VsanObjectHealthState`, vsan-ha.md §2), accessibility, compliance, the RAID tree and each component with
 * its state, host, disks, votes and bytes left to sync. `objectView` is exactly the contract's `VsanObject`; the engine
 * facts the API does not carry (I/O pause, bytes written, why a repair waits) come from `objectFacts`.
 */
import type { VsanObject as ObjectRow } from '@harborview/contracts/vsan';

import { sinceStart } from '../../tasks/time';
import { policyColumn } from '../../vdvs/volume-ls';
import { failedComponents, hasSpareFaultDomain } from '../../vsan/fault-domains';
import type { VsanObjectHealthState } from '../../vsan/health';
import { complianceStatus, healthLabel, objectHealthInCluster } from '../../vsan/health';
import { isAccessible } from '../../vsan/quorum';
import type { VsanObject } from '../../vsan/types';
import type { TwinState } from '../state';
import { VOLUMES } from '../volume-view';
import { attentionUuids, isStunned, OBJECTS, vsanHosts } from '../vsan-view';

/** What the engine knows of an object beyond the API's `VsanObject`. */
export interface ObjectFacts {
  /** vSAN is pausing I/O on it after a host loss (5–7 s, vsan-ha.md §2). */
  ioPaused: boolean;
  writtenBytes: number;
  /** Why force provisioning placed less than the policy asked, if it did. */
  complianceNote: string | null;
  /** Why failed components are not being rebuilt: the delay timer, "no spare fault domain", …; null otherwise. */
  repairNote: string | null;
}

/** An object with its placement and health (contracts `VsanObject`) and the engine's facts about it. */
export type ObjectView = ObjectRow & ObjectFacts;

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

/** One object exactly as the API shows it, fields in the contract's order (the BFF serializes it as it is). */
export function objectView(s: TwinState, o: VsanObject): ObjectRow {
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
  };
}

/** The engine's facts about one object. */
export function objectFacts(s: TwinState, o: VsanObject): ObjectFacts {
  return {
    ioPaused: isStunned(s.vsan.stuns, o, s.clock.now),
    writtenBytes: o.writtenBytes,
    complianceNote: o.complianceNote ?? null,
    repairNote: repairNote(s, o, healthOf(s, o)),
  };
}

const fullView = (s: TwinState, o: VsanObject): ObjectView => ({ ...objectView(s, o), ...objectFacts(s, o) });

/** One object by uuid, with the engine's facts. */
export function vsanObjectView(s: TwinState, uuid: string): ObjectView | undefined {
  const o = OBJECTS.find(s.vsan.objects, uuid);
  return o === undefined ? undefined : fullView(s, o);
}

/** Virtual Objects: every object, or those of one owner (a VM id or a volume's `name@datastore`). */
export function vsanObjectsView(s: TwinState, options: { ownerId?: string } = {}): ObjectView[] {
  const owner = options.ownerId;
  return s.vsan.objects.filter((o) => owner === undefined || o.ownerId === owner).map((o) => fullView(s, o));
}
