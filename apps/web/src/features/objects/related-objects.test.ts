import type { Cluster, Datastore, Host, Vm } from '@harborview/contracts/inventory';
import { describe, expect, it } from 'vitest';

import type { InventoryData } from './related-objects';
import { relatedObjects } from './related-objects';

const host = (id: string): Host => ({ id, name: id, clusterId: 'c1', vmIds: [] }) as unknown as Host;
const vm = (id: string, hostId: string): Vm => ({ id, name: id, hostId }) as unknown as Vm;

function data(): InventoryData {
  const cluster = { id: 'c1', hostIds: ['h1', 'h2'], datastoreIds: ['ds1'] } as unknown as Cluster;
  const datastore = { id: 'ds1', hostIds: ['h1', 'h2', 'h3'] } as unknown as Datastore;
  return {
    hosts: [host('h1'), host('h2'), host('h3')],
    vms: [vm('vm1', 'h1'), vm('vm2', 'h3')],
    clusters: [cluster],
    datastores: [datastore],
    networks: [],
  };
}

describe('relatedObjects', () => {
  it('when a cluster is asked, then only its member hosts and their VMs come back', () => {
    const related = relatedObjects('cluster', 'c1', data());

    expect(related.hosts.map((h) => h.id)).toStrictEqual(['h1', 'h2']);
    expect(related.vms.map((v) => v.id)).toStrictEqual(['vm1']);
    expect(related.datastores.map((d) => d.id)).toStrictEqual(['ds1']);
  });

  it('when a host is asked, then its VMs and the datastores it mounts come back', () => {
    const related = relatedObjects('host', 'h3', data());

    expect(related.vms.map((v) => v.id)).toStrictEqual(['vm2']);
    expect(related.datastores.map((d) => d.id)).toStrictEqual(['ds1']);
  });

  it('when a datastore is asked, then every host mounting it and their VMs come back', () => {
    const related = relatedObjects('datastore', 'ds1', data());

    expect(related.hosts.map((h) => h.id)).toStrictEqual(['h1', 'h2', 'h3']);
    expect(related.vms.map((v) => v.id)).toStrictEqual(['vm1', 'vm2']);
  });
});
