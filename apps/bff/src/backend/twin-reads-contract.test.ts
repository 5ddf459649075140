import { ClockSchema } from '@harborview/contracts/clock';
import { ClusterSummarySchema, ResyncSummarySchema } from '@harborview/contracts/cluster';
import { BrowseResultSchema } from '@harborview/contracts/datastore-browse';
import { HarborSchema } from '@harborview/contracts/harbor';
import { ClusterSchema, DatastoreSchema, HostSchema, InventorySchema, VmSchema } from '@harborview/contracts/inventory';
import { PolicySchema, PolicyValidationSchema } from '@harborview/contracts/policies';
import { SetupSchema } from '@harborview/contracts/setup';
import { AlarmSchema, TaskSchema } from '@harborview/contracts/tasks';
import { VsanObjectListQuerySchema, VsanObjectListSchema } from '@harborview/contracts/vsan';
import type { TwinState } from '@harborview/twin/engine';
import { createScenario } from '@harborview/twin/engine';
import { clockView, setupView, validatePolicyView } from '@harborview/twin/queries';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';

import { runCommands } from '../test/test-twin';

import { readHarbor } from './twin-harbor';
import * as read from './twin-reads';

// The reads serve the twin's views as they are, without a zod parse: each must already be exactly its contract.
// Same bytes as the schema's parse means no field the contract lacks, none missing, and the contract's key order.

/** Generated volumes, a policy, a volume attached to Harbor's VM, then the VM's host down long enough for HA. */
function mixedState(): TwinState {
  const start = createScenario({ scenario: 'walkthrough', seed: 3, hosts: 4, volumes: 12, startEpochMs: 0 });
  const harborHost = start.topology.vms.find((vm) => vm.id === start.harbor.vmId)?.hostId ?? 'host-1';
  return runCommands(
    start,
    { type: 'createPolicy', name: 'gold', content: '(("hostFailuresToTolerate" i1) ("stripeWidth" i2))' },
    { type: 'createVolume', name: 'db', opts: { size: '2gb', 'vsan-policy-name': 'gold' } },
    { type: 'attachVolume', volume: 'db', vmId: start.harbor.vmId },
    { type: 'setHaEnabled', enabled: true },
    { type: 'advance', seconds: 60 },
    { type: 'powerHost', hostId: harborHost, state: 'off' },
    { type: 'advance', seconds: 20 },
  );
}

const bytesOf = (value: unknown): string => JSON.stringify(value);
const expectExactly = (schema: z.ZodType, value: unknown): void => {
  expect(bytesOf(value)).toBe(bytesOf(schema.parse(value)));
};

describe('twin reads serve exactly the contract', () => {
  const state = mixedState();

  it('when the inventory, hosts, VMs, cluster and datastore are read, then each is byte-equal to its schema parse', () => {
    expectExactly(InventorySchema, read.readInventory(state));
    for (const host of read.readHosts(state)) expectExactly(HostSchema, host);
    for (const vm of read.readVms(state)) expectExactly(VmSchema, vm);
    for (const cluster of read.readClusters(state)) expectExactly(ClusterSchema, cluster);
    for (const datastore of read.readDatastores(state)) expectExactly(DatastoreSchema, datastore);
    expectExactly(ClusterSummarySchema, read.readClusterSummary(state));
  });

  it('when tasks, alarms, resync, policies and the checks are read, then each is byte-equal to its schema parse', () => {
    expect(read.readTasks(state).length).toBeGreaterThan(0);
    expect(read.readAlarms(state).length).toBeGreaterThan(0);
    for (const task of read.readTasks(state)) expectExactly(TaskSchema, task);
    for (const alarm of read.readAlarms(state)) expectExactly(AlarmSchema, alarm);
    expectExactly(ResyncSummarySchema, read.readResync(state));
    for (const policy of read.readPolicies(state)) expectExactly(PolicySchema, policy);
    expectExactly(PolicyValidationSchema, validatePolicyView(state, { content: '(("hostFailuresToTolerate" i3))' }));
    expectExactly(SetupSchema, setupView(state));
    expectExactly(ClockSchema, { ...clockView(state), paused: false, wallTime: '2017-03-01T00:00:00.000Z' });
  });

  it('when objects, a folder and Harbor are read, then each is byte-equal to its schema parse', () => {
    const objects = read.readVsanObjects(state, VsanObjectListQuerySchema.parse({ pageSize: 1000 }));
    const folder = read.readBrowse(state, state.topology.datastore.id, {
      path: 'dockvols/_DEFAULT',
      offset: 0,
      limit: 50,
    });
    const harbor = readHarbor(state, { root: '/data' }, { url: null, process: 'stopped', detail: null });

    expect(new Set(objects.items.map((o) => o.health)).size).toBeGreaterThanOrEqual(2);
    expect(folder?.entries.length).toBeGreaterThan(0);
    expectExactly(VsanObjectListSchema, objects);
    expectExactly(BrowseResultSchema, folder);
    expectExactly(HarborSchema, harbor);
  });
});
