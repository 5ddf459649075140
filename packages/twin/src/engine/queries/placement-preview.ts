/**
 * The New Volume wizard's placement preview: `docker volume create` decided on a throwaway working state (same
 * validation, policy and placement as the command, same seeded RNG draw), then described and discarded. The state
 * passed in is never changed.
 */
import type { PlacementPreview, PlannedComponent } from '@harborview/contracts/volume-placement';

import { NAME_PLACEHOLDER } from '../../vdvs/cli-commands';
import { objectUsage } from '../../vsan/capacity';
import { layoutScheme } from '../../vsan/policy-rules';
import type { LayoutNode, PlacementPolicy, VsanObject } from '../../vsan/types';
import { bytes } from '../../vsan/units';
import type { TwinState } from '../state';
import { planVolumeCreate } from '../volume-plan';
import { beginWork } from '../work';

type Layout = NonNullable<PlacementPreview['layout']>;

const RAID: Record<ReturnType<typeof layoutScheme>['root'], Layout['raid']> = {
  none: 'RAID-0',
  RAID_1: 'RAID-1',
  RAID_5: 'RAID-5',
  RAID_6: 'RAID-6',
};

function layoutOf(policy: PlacementPolicy): Layout {
  return { raid: RAID[layoutScheme(policy).root], ftt: policy.ftt, stripeWidth: policy.stripeWidth };
}

function leafUuids(node: LayoutNode): string[] {
  return node.type === 'Component' ? [node.componentUuid] : node.children.flatMap(leafUuids);
}

/** Replica or segment number of each data component: the root's columns, or one column without redundancy. */
function groupsOf(object: VsanObject): Map<string, number> {
  const root = layoutScheme(object.placedPolicy).root;
  const columns = root === 'none' || object.layout.type === 'Component' ? [object.layout] : object.layout.children;
  return new Map(columns.flatMap((column, i) => leafUuids(column).map((uuid) => [uuid, i + 1] as const)));
}

function plannedComponents(s: TwinState, object: VsanObject): PlannedComponent[] {
  const hostNames = new Map(s.topology.hosts.map((h) => [h.id, h.name]));
  const groups = groupsOf(object);
  const data = object.components.filter((c) => c.type === 'Component');
  const witnesses = object.components.filter((c) => c.type === 'Witness');
  return [...data, ...witnesses].map((c) => ({
    kind: c.type,
    group: c.type === 'Witness' ? 0 : (groups.get(c.uuid) ?? 0),
    hostName: hostNames.get(c.hostId) ?? c.hostId,
    diskName: c.capacityDisk.name,
    bytes: c.sizeBytes,
  }));
}

// Raw bytes of a layout that could not be placed: every column at its share of the size, as `buildLayout` sizes them.
function askedBytes(policy: PlacementPolicy, sizeBytes: number): { consumed: number; reserved: number } {
  const scheme = layoutScheme(policy);
  const consumed = Math.round((sizeBytes * scheme.columns) / scheme.dataColumns);
  return { consumed, reserved: Math.round((consumed * policy.proportionalCapacity) / 100) };
}

/**
 * Where `docker volume create <name> -o …` would put the volume now, and what it would take; `name` may be left
 * out while it is not typed.
 * @example placementPreviewView(s, { opts: { size: '20gb' } }) // RAID-1: two 20 GB replicas and a witness
 */
export function placementPreviewView(
  s: TwinState,
  input: { name?: string; opts: Readonly<Record<string, string>> },
): PlacementPreview {
  // The throwaway working state: planning replaces `w.s` (RNG, nothing else) and never touches `s`. A name not
  // typed yet reads as the placeholder in vDVS's messages ("Failed to create volume <name>: …").
  const plan = planVolumeCreate(beginWork(s, 'placement-preview'), input.name ?? NAME_PLACEHOLDER, input.opts);
  const none = { components: [], consumedBytes: 0, reservedBytes: 0 };
  if (plan.kind === 'exists') return { ok: true, problem: plan.message, layout: null, sizeBytes: null, ...none };
  if (plan.kind === 'refused') {
    if (plan.ask === null) return { ok: false, problem: plan.message, layout: null, sizeBytes: null, ...none };
    const asked = askedBytes(plan.ask.policy, plan.ask.sizeBytes);
    return {
      ok: false,
      problem: plan.message,
      layout: layoutOf(plan.ask.policy),
      sizeBytes: plan.ask.sizeBytes,
      components: [],
      consumedBytes: asked.consumed,
      reservedBytes: asked.reserved,
    };
  }
  const { object } = plan;
  const components = plannedComponents(s, object);
  const note = object.complianceNote;
  return {
    ok: true,
    problem: note === undefined ? null : `${note}; force provisioning creates it without that redundancy`,
    layout: layoutOf(object.placedPolicy),
    sizeBytes: object.sizeBytes,
    components,
    consumedBytes: components.reduce((sum, c) => sum + c.bytes, 0),
    // Reserved before anything is written: the twin's own usage rule with nothing written yet.
    reservedBytes: objectUsage({ ...object, writtenBytes: bytes(0) }).reservedBytes,
  };
}
