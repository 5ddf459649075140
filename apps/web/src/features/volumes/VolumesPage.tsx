import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useCallback, useDeferredValue, useState } from 'react';
import { useSearchParams } from 'react-router';

import { policiesQueryOptions } from '../policies/api';
import { VolumeWizard } from '../wizard-volume/VolumeWizard';

import type { VolumeFilters } from './api';
import { useVolumePages, VOLUME_PAGE_SIZE } from './use-volume-pages';
import { nextSort, snapRangeToPages, volumeFiltersFromSearch, volumeFiltersToSearch } from './volume-query';
import { VolumesView } from './VolumesView';

// vDVS prints the default policy as "[VSAN default]" in `volume ls` (vdvs.md §3), not by its vSphere name.
const DEFAULT_POLICY_LABEL = '[VSAN default]';

/**
 * Route entry for `/volumes` (and a datastore's Volumes tab, `embedded`): filters live in the URL; rows come page by
 * page as they scroll into view.
 */
export function VolumesPage({ embedded = false }: { embedded?: boolean }): ReactNode {
  const [params, setParams] = useSearchParams();
  const filters = volumeFiltersFromSearch(params);
  // Typing stays responsive: requests follow the deferred query string (a string, so React can compare it).
  const deferredSearch = useDeferredValue(params.toString());
  const deferred = volumeFiltersFromSearch(new URLSearchParams(deferredSearch));
  const [range, setRange] = useState({ first: 0, last: 0 });
  const pages = useVolumePages(deferred, range);
  const policies = useQuery(policiesQueryOptions());
  const policyNames = policies.data?.map((p) => (p.builtIn ? DEFAULT_POLICY_LABEL : p.name)) ?? [];

  const setFilters = (next: VolumeFilters): void => setParams(volumeFiltersToSearch(next), { replace: true });
  const onRangeChange = useCallback(
    (first: number, last: number) => setRange((prev) => snapRangeToPages(prev, first, last, VOLUME_PAGE_SIZE)),
    [setRange],
  );
  const [creating, setCreating] = useState(false);

  return (
    <>
      <VolumesView
        filters={filters}
        policyNames={policyNames}
        total={pages.total}
        rowAt={pages.rowAt}
        error={pages.error}
        busy={pages.isFetching}
        onFiltersChange={setFilters}
        onSort={(key) => setFilters(nextSort(filters, key))}
        onRangeChange={onRangeChange}
        onRetry={pages.refetch}
        embedded={embedded}
        onNewVolume={embedded ? undefined : () => setCreating(true)}
      />
      {creating && <VolumeWizard onClose={() => setCreating(false)} onDone={() => setCreating(false)} />}
    </>
  );
}
