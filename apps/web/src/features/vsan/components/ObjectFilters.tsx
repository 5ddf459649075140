import { OBJECT_HEALTH_STATES } from '@harborview/contracts/vsan';
import type { ReactNode } from 'react';

import { FilterSearch, FilterSelect } from '../../../shared/ui/FilterFields';

import type { VsanObjectFilters } from '../api';
import { OBJECT_KIND_LABELS } from '../group-objects';
import { HEALTH_LABELS } from '../health';

const OBJECT_KINDS = Object.keys(OBJECT_KIND_LABELS) as (keyof typeof OBJECT_KIND_LABELS)[];

export interface ObjectFiltersProps {
  filters: VsanObjectFilters;
  policyNames: string[];
  onChange: (filters: VsanObjectFilters) => void;
}

/** Virtual Objects' filters: name or UUID, type, storage policy and health (all applied by the server). */
export function ObjectFilters({ filters, policyNames, onChange }: ObjectFiltersProps): ReactNode {
  const set = (patch: VsanObjectFilters): void => onChange({ ...filters, ...patch });
  return (
    <div role="search" aria-label="Filter virtual objects" className="flex flex-wrap items-end gap-3 text-sm">
      <FilterSearch label="Name or UUID" value={filters.filter} onChange={(filter) => set({ filter })} />
      <FilterSelect
        label="Type"
        value={filters.kind}
        allLabel="All types"
        options={OBJECT_KINDS}
        labelOf={(kind) => OBJECT_KIND_LABELS[kind]}
        onChange={(kind) => set({ kind })}
      />
      <FilterSelect
        label="Storage policy"
        value={filters.policy}
        allLabel="All policies"
        options={policyNames}
        onChange={(policy) => set({ policy })}
      />
      <FilterSelect
        label="Health"
        value={filters.health}
        allLabel="All health states"
        options={OBJECT_HEALTH_STATES}
        labelOf={(health) => HEALTH_LABELS[health]}
        onChange={(health) => set({ health })}
      />
    </div>
  );
}
