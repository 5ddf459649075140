import { describe, expect, it } from 'vitest';

import type { TwinTopology } from '../topology';

import { EPOCH, scenario } from './__fixtures__/drive';
import { browseDatastore, harborView, policiesView, setupView, topologyOf } from './queries';
import { createScenario } from './scenario';

// The walkthrough's starting point. Facts: vsan-ha.md §1 (FTT=1 objects use all 3 hosts; swap exists while powered
// on), vdvs.md §3 and §5 (dockvols/_DEFAULT → 11111111-…, policies/), harbor.md §0 (0.4.1 from Deploy/, deploy_<svc>_1),
// vsphere-client-ui.md (the "vSAN Default Storage Policy").

describe('createScenario', () => {
  const state = scenario();

  it('when the walkthrough starts, then the cluster is hosts .130, .131 and .132 with HA off and a 60 min repair timer', () => {
    // vsan-ha.md §2 Repair delay timer: 3600 s by default; §3 Basics: HA is turned on in the walkthrough.
    expect(state.topology.hosts.map((h) => [h.id, h.address, h.power, h.connection])).toStrictEqual([
      ['host-1', '10.162.102.130', 'poweredOn', 'connected'],
      ['host-2', '10.162.102.131', 'poweredOn', 'connected'],
      ['host-3', '10.162.102.132', 'poweredOn', 'connected'],
    ]);
    expect([
      state.topology.cluster.haEnabled,
      state.ha.enabled,
      state.topology.cluster.repairDelaySeconds,
    ]).toStrictEqual([false, false, 3600]);
  });

  it('when the walkthrough starts, then the Photon VM runs on .130 with Hard disk 1, its home namespace and its swap', () => {
    // vsan-ha.md §1 Objects: VM home namespace, one VMDK per disk, swap only while powered on.
    const vm = state.topology.vms[0];
    const kinds = state.vsan.objects.filter((o) => o.ownerId === vm?.id).map((o) => [o.kind, o.components.length]);

    expect([vm?.name, vm?.hostId, vm?.power, vm?.guestOs]).toStrictEqual([
      'photon-harbor',
      'host-1',
      'poweredOn',
      'VMware Photon OS (64-bit)',
    ]);
    expect(vm?.disks.map((d) => [d.label, d.vmdkPath, d.volumeName])).toStrictEqual([
      ['Hard disk 1', '[vsanDatastore] photon-harbor/photon-harbor.vmdk', null],
    ]);
    expect(kinds).toStrictEqual([
      ['namespace', 3],
      ['vdisk', 3],
      ['vmswap', 3],
    ]);
  });

  it('when the walkthrough starts, then Harbor 0.4.1 runs from Deploy/ with its data under /data on Hard disk 1', () => {
    // harbor.md §0: 0.4.1 services and deploy_<svc>_1 names; §1: data persisted in the host's /data.
    const harbor = harborView(state);

    expect([harbor.layout, harbor.healthApi, harbor.status]).toStrictEqual(['0.4.1', 'none', 'healthy']);
    expect(harbor.services.map((s) => [s.container, s.state])).toStrictEqual(
      ['log', 'registry', 'mysql', 'ui', 'jobservice', 'proxy'].map((n) => [`deploy_${n}_1`, 'running']),
    );
    expect(harbor.services.find((s) => s.name === 'registry')?.mounts[0]).toStrictEqual({
      source: '/data/registry',
      target: '/storage',
      kind: 'bind',
      volume: null,
      accessible: null,
    });
    expect(harbor.composeText.startsWith("version: '2'\nservices:\n  log:\n")).toBe(true);
  });

  it('when the walkthrough starts, then only the built-in policy exists and dockvols holds just policies/', () => {
    // vdvs.md §3: policies live in dockvols/policies/; §5: volume folders appear with the first volume.
    expect(policiesView(state).items.map((p) => [p.name, p.builtIn, p.active])).toStrictEqual([
      ['vSAN Default Storage Policy', true, 'Unused'],
    ]);
    expect(browseDatastore(state, 'dockvols')?.entries).toStrictEqual([
      { name: 'policies', kind: 'folder', sizeBytes: null, target: null },
    ]);
  });

  it('when the walkthrough starts, then the setup checklist is open: no VIB, no plugin', () => {
    // vdvs.md §1 architecture: the plugin in the guest talks to vmdk_ops on ESX (the VIB).
    const setup = setupView(state);

    expect([setup.hosts.map((h) => h.vib.state), setup.vms.map((v) => v.plugin.state), setup.complete]).toStrictEqual([
      ['notInstalled', 'notInstalled', 'notInstalled'],
      ['notInstalled'],
      false,
    ]);
  });

  it('when read as the old topology, then it is a TwinTopology the BFF can keep using', () => {
    // The BFF's twin-inventory.ts reads '@harborview/twin/topology' types (packages/twin/README.md migration).
    const topology: TwinTopology = topologyOf(state);

    expect([topology.datastore.name, topology.hosts.length, topology.vms[0]?.disks[0]?.controller]).toStrictEqual([
      'vsanDatastore',
      3,
      'SCSI controller 0',
    ]);
  });

  it('when 64 hosts and 300 generated volumes are asked for, then every volume is placed with its policy and detached', () => {
    // vsan-ha.md §1 FTT table: FTT=1 → 2 copies + witness, FTT=0 → 1 copy; vdvs.md §2: status detached.
    const big = createScenario({ scenario: 'walkthrough', seed: 7, hosts: 64, volumes: 300, startEpochMs: EPOCH });
    const policies = new Set(big.volumes.map((v) => v.volOpts['vsan-policy-name'] ?? 'default'));

    expect([big.topology.hosts.length, big.topology.hosts.at(-1)?.address, big.volumes.length]).toStrictEqual([
      64,
      '10.162.102.193',
      300,
    ]);
    expect(policies).toStrictEqual(new Set(['default', 'gen-sw2', 'gen-ftt0', 'gen-osr25']));
    expect(big.volumes.every((v) => v.attachment === null)).toBe(true);
    expect(setupView(big).hosts.every((h) => h.vib.state === 'installed')).toBe(true);
  });

  it.each([
    [{ hosts: 2 }, 'hosts'],
    [{ hosts: 65 }, 'hosts'],
    [{ volumes: -1 }, 'volumes'],
    [{ volumes: 1.5 }, 'volumes'],
    [{ startEpochMs: Number.NaN }, 'startEpochMs'],
  ])('when the options are %j, then it throws a RangeError naming %s', (options, field) => {
    // vsan-ha.md §3 Basics: HA on vSAN needs 3 hosts; the contracts cap hosts at 64.
    expect(() => createScenario({ scenario: 'walkthrough', seed: 1, startEpochMs: EPOCH, ...options })).toThrow(
      new RegExp(field),
    );
  });
});
