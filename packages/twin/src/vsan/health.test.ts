import { OBJECT_HEALTH_STATES } from '@harborview/contracts/vocabulary';
import { describe, expect, it } from 'vitest';

import { createRng } from '../rng';

import { fixtureHost, fixtureHosts, rankedHosts } from './__fixtures__/hosts';
import { placedObject, withHostState } from './__fixtures__/objects';
import { hostBack, hostDown } from './failures';
import type { VsanObjectHealthState } from './health';
import { clusterHealthCounts, complianceStatus, healthLabel, objectHealth } from './health';
import { rebuild } from './rebuild';
import type { VsanObject } from './types';
import { gb, seconds } from './units';

const down = (object: VsanObject, hostId: string): VsanObject => hostDown(object, hostId, seconds(0));
const noSpare = { spareFaultDomain: false };

describe('objectHealth', () => {
  it.each<[string, VsanObject, number, boolean, VsanObjectHealthState]>([
    ['all components are ACTIVE', placedObject(), 0, false, 'healthy'],
    [
      'one host is down for 10 minutes',
      down(placedObject(), 'host-1'),
      600,
      false,
      'reducedavailabilitywithnorebuilddelaytimer',
    ],
    [
      'one host is down for 60 minutes, no spare FD',
      down(placedObject(), 'host-1'),
      3600,
      false,
      'reducedavailabilitywithnorebuild',
    ],
    [
      'one host is down for 60 minutes, spare FD',
      down(placedObject(), 'host-1'),
      3600,
      true,
      'reducedavailabilitywithactiverebuild',
    ],
    ['two hosts are down', down(down(placedObject(), 'host-1'), 'host-2'), 0, false, 'inaccessible'],
    [
      'a returning host resyncs',
      hostBack(down(placedObject(), 'host-1'), 'host-1', gb(2)),
      0,
      false,
      'reducedavailabilitywithactiverebuild',
    ],
    [
      'a device failed, no spare FD',
      withHostState(placedObject(), 'host-2', 'DEGRADED'),
      0,
      false,
      'reducedavailabilitywithnorebuild',
    ],
  ])('when %s (t=%i s, spare FD %s), then health is %s', (_case, object, now, spareFaultDomain, expected) => {
    // vsan-ha.md §2 Object health states; §1 Quorum and votes [D] delaytimer then norebuild for 3 hosts
    // Act
    const health = objectHealth(object, { nowSeconds: seconds(now), spareFaultDomain });

    // Assert
    expect(health).toBe(expected);
  });

  it('when the repair timer is set to 5 minutes, then norebuild starts after 300 s', () => {
    // vsan-ha.md §2 Repair delay timer: "Object Repair Timer" is settable
    // Act
    const health = objectHealth(down(placedObject(), 'host-1'), {
      nowSeconds: seconds(300),
      repairDelaySeconds: seconds(300),
      ...noSpare,
    });

    // Assert
    expect(health).toBe('reducedavailabilitywithnorebuild');
  });

  it('when a rebuild is under way, then health is active rebuild', () => {
    // vsan-ha.md §2 Repair delay timer: RECONFIG, object reducedavailabilitywithactiverebuild
    // Arrange
    const hosts = [...rankedHosts(), fixtureHost(4, { usedGb: 30 })];
    const object = rebuild(down(placedObject({ hosts }), 'host-1'), hosts.slice(1), createRng(1)).object;

    // Act / Assert
    expect(objectHealth(object, { nowSeconds: seconds(3600), ...noSpare })).toBe(
      'reducedavailabilitywithactiverebuild',
    );
  });

  it.each<[string, Partial<VsanObject['placedPolicy']>, VsanObjectHealthState]>([
    ['FTT below the policy', { ftt: 0, stripeWidth: 1 }, 'reducedavailabilitywithnorebuild'],
    ['only stripes below the policy', { stripeWidth: 1 }, 'nonavailabilityrelatedincompliance'],
  ])('when a force-provisioned object has %s, then health is %s', (_case, placed, expected) => {
    // vsan-ha.md §2 Object health states: nonavailabilityrelatedincompliance = FTT met, another rule (stripes) not
    // Arrange
    const base = placedObject();
    const object: VsanObject = {
      ...base,
      policy: { ...base.policy, stripeWidth: 2 },
      placedPolicy: { ...base.policy, ...placed },
    };

    // Act / Assert
    expect(objectHealth(object, { nowSeconds: seconds(0), ...noSpare })).toBe(expected);
  });

  it('when nothing failed but a component is being moved, then health is datamove', () => {
    // vsan-ha.md §2 Object health states: datamove = compliant and healthy, but being moved
    // Arrange
    const base = placedObject();
    const object: VsanObject = {
      ...base,
      components: [
        ...base.components,
        ...base.components.slice(0, 1).map((c) => ({ ...c, uuid: 'moving', state: 'RECONFIG' as const, votes: 0 })),
      ],
    };

    // Act / Assert
    expect(objectHealth(object, { nowSeconds: seconds(0), ...noSpare })).toBe('datamove');
  });
});

describe('labels and compliance', () => {
  it.each<[VsanObjectHealthState, string, string]>([
    ['healthy', 'Healthy', 'Compliant'],
    ['datamove', 'Data move', 'Compliant'],
    [
      'reducedavailabilitywithnorebuilddelaytimer',
      'Reduced availability with no rebuild - delay timer',
      'Noncompliant',
    ],
    ['reducedavailabilitywithnorebuild', 'Reduced availability with no rebuild', 'Noncompliant'],
    ['inaccessible', 'Inaccessible', 'Noncompliant'],
    ['nonavailabilityrelatedincompliance', 'Non-availability related incompliance', 'Noncompliant'],
  ])('when health is %s, then the label is "%s" and compliance %s', (state, label, compliance) => {
    // vsan-ha.md §2 Object health states: sentence-case labels; Compliant / Noncompliant status
    expect([healthLabel(state), complianceStatus(state)]).toStrictEqual([label, compliance]);
  });
});

describe('clusterHealthCounts', () => {
  it('when one of three FTT=1 objects loses its witness host, then one waits on the timer and every state has a row', () => {
    // vsan-ha.md §2 Object health states; vsphere-client-ui.md: Skyline "vSAN object health"
    // Arrange
    const hosts = fixtureHosts(3);
    const objects = [1, 2, 3].map((seed) => placedObject({ hosts, seed }));
    const witnessHost = objects[0]?.components.find((c) => c.type === 'Witness')?.hostId ?? '';
    const failed = objects.map((o, i) => (i === 0 ? hostDown(o, witnessHost, seconds(0)) : o));

    // Act
    const counts = clusterHealthCounts(failed, hosts, seconds(10));

    // Assert
    expect(Object.keys(counts)).toStrictEqual([...OBJECT_HEALTH_STATES]);
    expect(Object.entries(counts).filter(([, n]) => n > 0)).toStrictEqual([
      ['healthy', 2],
      ['reducedavailabilitywithnorebuilddelaytimer', 1],
    ]);
  });
});
