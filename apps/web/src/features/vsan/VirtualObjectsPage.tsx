import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useCallback, useDeferredValue, useState } from 'react';

import { policiesQueryOptions } from '../policies/api';

import type { VsanObjectFilters } from './api';
import { VIRTUAL_OBJECTS_PAGE_SIZE, vsanObjectsQueryOptions } from './api';
import { VirtualObjectsView } from './VirtualObjectsView';

/** Container for Monitor > vSAN > Virtual Objects: filter and page state, selection and the placement dialog. */
export function VirtualObjectsPage(): ReactNode {
  const [filters, setFilters] = useState<VsanObjectFilters>({});
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const [placementUuid, setPlacementUuid] = useState<string | null>(null);
  // Typing in the name filter must stay responsive: the request follows the deferred value.
  const deferredFilters = useDeferredValue(filters);
  const objects = useQuery(vsanObjectsQueryOptions(deferredFilters, page, VIRTUAL_OBJECTS_PAGE_SIZE));
  const policies = useQuery(policiesQueryOptions());
  const items = objects.data?.items ?? [];

  // Stable, so the list's memoized rows re-render only when their own checkbox changes.
  const toggle = useCallback(
    (uuid: string): void =>
      setSelected((prev) => {
        const next = new Set(prev);
        if (!next.delete(uuid)) next.add(uuid);
        return next;
      }),
    [],
  );

  return (
    <VirtualObjectsView
      filters={filters}
      policyNames={policies.data?.map((p) => p.name) ?? []}
      list={objects.data}
      error={objects.isError ? objects.error : null}
      selected={selected}
      // Live data replaces the object in place, so an open dialog follows its latest state.
      placement={items.find((o) => o.uuid === placementUuid) ?? null}
      onFiltersChange={(next) => {
        setFilters(next);
        setPage(1);
      }}
      onPageChange={setPage}
      onToggle={toggle}
      onViewPlacement={() => setPlacementUuid([...selected][0] ?? null)}
      onClosePlacement={() => setPlacementUuid(null)}
      onRetry={() => void objects.refetch()}
    />
  );
}
