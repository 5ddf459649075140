import { OBJECT_HEALTH_STATES } from '@harborview/contracts/vsan';
import type { ReactNode } from 'react';

import { FilterSearch, FilterSelect } from '../../../shared/ui/FilterFields';
import { HEALTH_LABELS } from '../../vsan/health';
import type { VolumeFilters as Filters } from '../api';

const ATTACH_STATUS_LABELS = { attached: 'Attached', detached: 'Detached' } as const;
const ATTACH_STATUSES = ['attached', 'detached'] as const;

export interface VolumeFiltersProps {
  filters: Filters;
  policyNames: string[];
  onChange: (filters: Filters) => void;
}

/** The Volumes list's server-side filters: name, policy, attach status and object health. */
export function VolumeFilters({ filters, policyNames, onChange }: VolumeFiltersProps): ReactNode {
  const set = (patch: Partial<Filters>): void => onChange({ ...filters, ...patch });
  return (
    <div role="search" aria-label="Filter volumes" className="flex flex-wrap items-end gap-3 text-sm">
      <FilterSearch label="Volume name" value={filters.filter} onChange={(filter) => set({ filter })} />
      <FilterSelect
        label="Policy"
        value={filters.policy}
        allLabel="All policies"
        options={policyNames}
        onChange={(policy) => set({ policy })}
      />
      <FilterSelect
        label="Attached"
        value={filters.status}
        allLabel="Attached or detached"
        options={ATTACH_STATUSES}
        labelOf={(status) => ATTACH_STATUS_LABELS[status]}
        onChange={(status) => set({ status })}
      />
      <FilterSelect
        label="Object health"
        value={filters.health}
        allLabel="All health states"
        options={OBJECT_HEALTH_STATES}
        labelOf={(health) => HEALTH_LABELS[health]}
        onChange={(health) => set({ health })}
      />
    </div>
  );
}
