import type { InventoryNode } from '@harborview/contracts/inventory';
import { describe, expect, it } from 'vitest';

import { searchInventory, searchPages } from './search-inventory';

const vm: InventoryNode = { id: 'vm-1', kind: 'vm', name: 'photon-harbor', children: [] };
const trees: InventoryNode[] = [
  {
    id: 'vc',
    kind: 'vcenter',
    name: 'vcenter.local',
    children: [
      { id: 'host-1', kind: 'host', name: '10.162.102.130', children: [vm] },
      { id: 'host-2', kind: 'host', name: '10.162.102.131', children: [] },
    ],
  },
  { id: 'vc', kind: 'vcenter', name: 'vcenter.local', children: [vm] },
];

describe('searchInventory', () => {
  it('when the query matches a host address, then that host is found', () => {
    expect(searchInventory(trees, '.131')).toStrictEqual([{ id: 'host-2', kind: 'host', name: '10.162.102.131' }]);
  });

  it('when a VM appears in two views, then it is listed once', () => {
    expect(searchInventory(trees, 'HARBOR')).toStrictEqual([{ id: 'vm-1', kind: 'vm', name: 'photon-harbor' }]);
  });

  it('when names start with the query, then they rank before names that only contain it', () => {
    expect(searchInventory(trees, '10.162').map((r) => r.id)).toStrictEqual(['host-1', 'host-2']);
    expect(searchInventory(trees, 'o').map((r) => r.id)[0]).toBe('vm-1');
  });

  it('when the query is blank, then nothing is found', () => {
    expect(searchInventory(trees, '   ')).toStrictEqual([]);
  });
});

describe('searchPages', () => {
  const sources = {
    volumes: ['vsanvol1', 'vsanvol2', 'registry-data'],
    policies: ['stripe-2', 'vSAN Default Storage Policy'],
    harborServices: ['registry', 'mysql'],
  };
  const pathFor = (kind: string, name: string): string => `/${kind}/${name}`;

  it('when the query matches a volume, then the result opens its page', () => {
    expect(searchPages(sources, 'VOL2', pathFor)).toStrictEqual([
      { id: 'volume:vsanvol2', kind: 'volume', name: 'vsanvol2', path: '/volume/vsanvol2' },
    ]);
  });

  it('when names start with the query, then they rank first, volumes before Harbor services', () => {
    expect(searchPages(sources, 'regis', pathFor).map((r) => r.id)).toStrictEqual([
      'volume:registry-data',
      'harborService:registry',
    ]);
  });

  it('when the query only appears inside names, then policies match too', () => {
    expect(searchPages(sources, 'default', pathFor).map((r) => r.kind)).toStrictEqual(['policy']);
  });

  it('when the query is blank, then nothing is found', () => {
    expect(searchPages(sources, ' ', pathFor)).toStrictEqual([]);
  });
});
