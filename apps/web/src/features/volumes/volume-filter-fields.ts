import type { FilterChoices, FilterFieldSpec } from '../../shared/ui/FilterFields';
import { HEALTH_FILTER_CHOICES } from '../vsan/health';

import type { VolumeFilters } from './api';

const ATTACH_CHOICES: FilterChoices<'attached' | 'detached'> = {
  allLabel: 'Attached or detached',
  options: ['attached', 'detached'],
  labelOf: (status) => (status === 'attached' ? 'Attached' : 'Detached'),
};

/** The Volumes list's server-side filters for its FilterBar: name, policy, attach status and object health. */
export function volumeFilterFields(policyNames: readonly string[]): FilterFieldSpec<VolumeFilters>[] {
  return [
    { key: 'filter', label: 'Volume name' },
    { key: 'policy', label: 'Policy', choices: { allLabel: 'All policies', options: policyNames } },
    { key: 'status', label: 'Attached', choices: ATTACH_CHOICES },
    { key: 'health', label: 'Object health', choices: HEALTH_FILTER_CHOICES },
  ];
}
