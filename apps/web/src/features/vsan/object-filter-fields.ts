import type { FilterChoices, FilterFieldSpec } from '../../shared/ui/FilterFields';

import type { VsanObjectFilters } from './api';
import { OBJECT_KIND_LABELS } from './group-objects';
import { HEALTH_FILTER_CHOICES } from './health';

type ObjectKind = keyof typeof OBJECT_KIND_LABELS;
const KIND_CHOICES: FilterChoices<ObjectKind> = {
  allLabel: 'All types',
  options: Object.keys(OBJECT_KIND_LABELS) as ObjectKind[],
  labelOf: (kind) => OBJECT_KIND_LABELS[kind],
};

/** Virtual Objects' filters for its FilterBar: name or UUID, type, storage policy and health (applied by the server). */
export function objectFilterFields(policyNames: readonly string[]): FilterFieldSpec<VsanObjectFilters>[] {
  return [
    { key: 'filter', label: 'Name or UUID' },
    { key: 'kind', label: 'Type', choices: KIND_CHOICES },
    { key: 'policy', label: 'Storage policy', choices: { allLabel: 'All policies', options: policyNames } },
    { key: 'health', label: 'Health', choices: HEALTH_FILTER_CHOICES },
  ];
}
