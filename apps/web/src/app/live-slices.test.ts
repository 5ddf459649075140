import type { QueryKey } from '@tanstack/react-query';
import { partialMatchKey } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';

import { eventsQueryOptions } from '../features/events/api';
import {
  drillListQueryOptions,
  drillQueryOptions,
  preflightQueryOptions,
  replayQueryOptions,
  topologyQueryOptions,
} from '../features/failover/api';
import { harborImagesQueryOptions, harborQueryOptions, twinClockQueryOptions } from '../features/harbor/api';
import { inventoryQueryOptions } from '../features/navigator/api';
import {
  clusterQueryOptions,
  clustersQueryOptions,
  datastoreQueryOptions,
  datastoresQueryOptions,
  hostQueryOptions,
  hostsQueryOptions,
  vmQueryOptions,
  vmsQueryOptions,
} from '../features/objects/api';
import { policiesQueryOptions } from '../features/policies/api';
import { runbookQueryOptions } from '../features/runbook/api';
import { setupQueryOptions } from '../features/setup/api';
import { browsePageQueryOptions } from '../features/storage/api';
import { alarmsQueryOptions, recentTasksQueryOptions } from '../features/tasks/api';
import { volumeQueryOptions, volumesQueryOptions } from '../features/volumes/api';
import { clusterSummaryQueryOptions, resyncQueryOptions, vsanObjectsQueryOptions } from '../features/vsan/api';
import { staleKeysFor, STREAM_KINDS } from '../shared/lib/live-slice';

import { LIVE_SLICES } from './live-updates';

// The keys each slice's queries really use, taken from its query options (so from its key factory).
const QUERY_KEYS_OF: Record<keyof typeof LIVE_SLICES, readonly QueryKey[]> = {
  events: [eventsQueryOptions(null).queryKey, eventsQueryOptions('host-1').queryKey],
  failover: [
    drillListQueryOptions().queryKey,
    drillQueryOptions('drill-1').queryKey,
    topologyQueryOptions(null).queryKey,
    preflightQueryOptions(null).queryKey,
    replayQueryOptions('drill-1').queryKey,
  ],
  harbor: [harborQueryOptions().queryKey, harborImagesQueryOptions().queryKey, twinClockQueryOptions().queryKey],
  navigator: [inventoryQueryOptions().queryKey],
  objects: [
    hostsQueryOptions().queryKey,
    hostQueryOptions('host-1').queryKey,
    vmsQueryOptions().queryKey,
    vmQueryOptions('vm-1').queryKey,
    clustersQueryOptions().queryKey,
    clusterQueryOptions('cluster-1').queryKey,
    datastoresQueryOptions().queryKey,
    datastoreQueryOptions('datastore-1').queryKey,
  ],
  policies: [policiesQueryOptions().queryKey],
  runbook: [runbookQueryOptions().queryKey],
  setup: [setupQueryOptions().queryKey],
  storage: [browsePageQueryOptions('datastore-1', 'dockvols', 0).queryKey],
  tasks: [recentTasksQueryOptions().queryKey, alarmsQueryOptions().queryKey],
  volumes: [
    volumesQueryOptions({ sort: 'name', order: 'asc' }, 1, 50).queryKey,
    volumeQueryOptions('vsanvol1').queryKey,
  ],
  vsan: [clusterSummaryQueryOptions().queryKey, resyncQueryOptions().queryKey, vsanObjectsQueryOptions({}).queryKey],
};

describe('what the slices declare for the live stream', () => {
  it.each(STREAM_KINDS)('when the stream reports %s, then some slice marks a query of its own stale', (kind) => {
    expect(staleKeysFor(Object.values(LIVE_SLICES), [kind])).not.toStrictEqual([]);
  });

  it.each(Object.keys(LIVE_SLICES) as (keyof typeof LIVE_SLICES)[])(
    'when %s declares a key, then one of its own queries sits under it (no key that matches nothing)',
    (slice) => {
      const declared = LIVE_SLICES[slice].flatMap((rule) => rule.keys());

      const orphans = declared.filter((key) => !QUERY_KEYS_OF[slice].some((query) => partialMatchKey(query, key)));

      expect(declared).not.toStrictEqual([]);
      expect(orphans).toStrictEqual([]);
    },
  );

  it('when one burst names several kinds that share a key, then that key is marked stale once', () => {
    const keys = staleKeysFor(Object.values(LIVE_SLICES), ['hosts', 'cluster', 'volumes']);

    expect(keys.length).toBe(new Set(keys.map((k) => JSON.stringify(k))).size);
  });
});
