import type { ObjectKind } from '@harborview/contracts/inventory';
import type { QueryClient } from '@tanstack/react-query';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

import { eventsQueryOptions } from '../events/api';
import { policiesQueryOptions } from '../policies/api';
import { browsePageQueryOptions } from '../storage/api';
import {
  clusterSummaryQueryOptions,
  resyncQueryOptions,
  VIRTUAL_OBJECTS_PAGE_SIZE,
  vsanObjectsQueryOptions,
} from '../vsan/api';

import { monitorSections, resolveSection } from './object-sections';
import { resolveTab } from './object-tabs';

/** The object view a URL names: `/inventory/:kind/:id/:tab/:section?path=`. */
export interface TabTarget {
  kind: ObjectKind;
  id: string;
  tab: string | undefined;
  section: string | undefined;
  /** The Files tab's folder (`?path=`). */
  path: string;
}

/**
 * The requests the chosen tab will make, as prefetches. An object view waits for the inventory lists before it
 * renders its tab, so without them a tab's own data (10,000 objects' first page, a 20,000-entry folder) is asked for
 * only after those lists arrive; started together, the two round trips overlap.
 */
export function tabPrefetches({ kind, id, tab, section, path }: TabTarget): ((client: QueryClient) => Promise<void>)[] {
  switch (resolveTab(kind, tab)) {
    case 'summary':
      // The cluster's and the vsanDatastore's vSAN portlets.
      return kind === 'cluster' || kind === 'datastore' ? [(c) => c.prefetchQuery(clusterSummaryQueryOptions())] : [];
    case 'files':
      return [(c) => c.prefetchQuery(browsePageQueryOptions(id, path, 0))];
    case 'monitor':
      switch (resolveSection(monitorSections(kind), section)) {
        case 'events':
          return [(c) => c.prefetchQuery(eventsQueryOptions(kind === 'vcenter' ? null : id))];
        case 'vsan-virtual-objects':
          return [
            (c) => c.prefetchQuery(vsanObjectsQueryOptions({}, 1, VIRTUAL_OBJECTS_PAGE_SIZE)),
            (c) => c.prefetchQuery(policiesQueryOptions()),
          ];
        case 'vsan-resync':
          return [(c) => c.prefetchQuery(resyncQueryOptions())];
        default:
          return [];
      }
    default:
      return [];
  }
}

/** Starts the chosen tab's requests as soon as the object view mounts, beside the inventory lists'. */
export function usePrefetchTab(target: TabTarget | null): void {
  const client = useQueryClient();
  const { kind, id, tab, section, path } = target ?? {};
  useEffect(() => {
    if (kind === undefined || id === undefined || path === undefined) return;
    for (const prefetch of tabPrefetches({ kind, id, tab, section, path })) void prefetch(client);
  }, [client, kind, id, tab, section, path]);
}
