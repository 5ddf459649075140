import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';

import { eventKeys } from '../events/api';
import { policyKeys } from '../policies/api';
import { storageKeys } from '../storage/api';
import { VIRTUAL_OBJECTS_PAGE_SIZE, vsanKeys } from '../vsan/api';

import type { TabTarget } from './prefetch-tab';
import { tabPrefetches } from './prefetch-tab';

async function prefetchedKeys(target: TabTarget): Promise<unknown[]> {
  const client = new QueryClient();
  await Promise.all(tabPrefetches(target).map((prefetch) => prefetch(client)));
  return client
    .getQueryCache()
    .getAll()
    .filter((q) => q.state.status === 'success')
    .map((q) => q.queryKey);
}

const target = (over: Partial<TabTarget>): TabTarget => ({
  kind: 'cluster',
  id: 'cluster-1',
  tab: undefined,
  section: undefined,
  path: '',
  ...over,
});

describe('tabPrefetches', () => {
  it('when Virtual Objects is opened, then its first page and the policy names are fetched with the same keys', async () => {
    const keys = await prefetchedKeys(target({ tab: 'monitor', section: 'vsan-virtual-objects' }));

    expect(keys).toStrictEqual([vsanKeys.objectPage({}, 1, VIRTUAL_OBJECTS_PAGE_SIZE), policyKeys.list()]);
  });

  it('when a datastore folder is opened, then the first page of that folder is fetched', async () => {
    const keys = await prefetchedKeys(
      target({ kind: 'datastore', id: 'datastore-1', tab: 'files', path: 'dockvols/_DEFAULT' }),
    );

    expect(keys).toStrictEqual([storageKeys.browsePage('datastore-1', 'dockvols/_DEFAULT', 0, 500)]);
  });

  it('when a host Monitor opens on Issues, then nothing is prefetched (the bottom pane already loads the alarms)', async () => {
    expect(await prefetchedKeys(target({ kind: 'host', id: 'host-1', tab: 'monitor' }))).toStrictEqual([]);
  });

  it('when a cluster Summary or Events opens, then the vSAN summary or that cluster’s events are fetched', async () => {
    expect(await prefetchedKeys(target({}))).toStrictEqual([vsanKeys.cluster()]);
    expect(await prefetchedKeys(target({ tab: 'monitor', section: 'events' }))).toStrictEqual([
      eventKeys.list('cluster-1'),
    ]);
  });
});
