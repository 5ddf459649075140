import type { ReactNode } from 'react';

import type { FilterChoices } from '../../../shared/ui/FilterFields';
import { FilterBar } from '../../../shared/ui/FilterFields';
import { HEALTH_FILTER_CHOICES } from '../../vsan/health';
import type { VolumeFilters as Filters } from '../api';

const ATTACH_CHOICES: FilterChoices<'attached' | 'detached'> = {
  allLabel: 'Attached or detached',
  options: ['attached', 'detached'],
  labelOf: (status) => (status === 'attached' ? 'Attached' : 'Detached'),
};

export interface VolumeFiltersProps {
  filters: Filters;
  policyNames: string[];
  onChange: (filters: Filters) => void;
}

/** The Volumes list's server-side filters: name, policy, attach status and object health. */
export function VolumeFilters({ filters, policyNames, onChange }: VolumeFiltersProps): ReactNode {
  return (
    <FilterBar
      label="Filter volumes"
      filters={filters}
      fields={[
        { key: 'filter', label: 'Volume name' },
        { key: 'policy', label: 'Policy', choices: { allLabel: 'All policies', options: policyNames } },
        { key: 'status', label: 'Attached', choices: ATTACH_CHOICES },
        { key: 'health', label: 'Object health', choices: HEALTH_FILTER_CHOICES },
      ]}
      onChange={onChange}
    />
  );
}
