import { OBJECT_HEALTH_STATES } from '@harborview/contracts/vsan';
import type { ReactNode } from 'react';

import { fieldClass } from '../../../shared/ui/form-styles';
import { HEALTH_LABELS } from '../../vsan/health';
import type { VolumeFilters as Filters } from '../api';

export interface VolumeFiltersProps {
  filters: Filters;
  policyNames: string[];
  onChange: (filters: Filters) => void;
}

/** The Volumes list's server-side filters: name, policy, attach status and object health. */
export function VolumeFilters({ filters, policyNames, onChange }: VolumeFiltersProps): ReactNode {
  const set = (patch: Partial<Filters>): void => onChange({ ...filters, ...patch });
  const label = 'text-xs text-slate-600 dark:text-slate-300';
  return (
    <div role="search" aria-label="Filter volumes" className="flex flex-wrap items-end gap-3 text-sm">
      <label className="flex flex-col gap-0.5">
        <span className={label}>Volume name</span>
        <input
          type="search"
          value={filters.filter ?? ''}
          onChange={(e) => set({ filter: e.target.value || undefined })}
          className={fieldClass}
        />
      </label>
      <label className="flex flex-col gap-0.5">
        <span className={label}>Policy</span>
        <select
          value={filters.policy ?? ''}
          onChange={(e) => set({ policy: e.target.value || undefined })}
          className={fieldClass}
        >
          <option value="">All policies</option>
          {policyNames.map((name) => (
            <option key={name}>{name}</option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-0.5">
        <span className={label}>Attached</span>
        <select
          value={filters.status ?? ''}
          onChange={(e) => set({ status: (e.target.value || undefined) as Filters['status'] })}
          className={fieldClass}
        >
          <option value="">Attached or detached</option>
          <option value="attached">Attached</option>
          <option value="detached">Detached</option>
        </select>
      </label>
      <label className="flex flex-col gap-0.5">
        <span className={label}>Object health</span>
        <select
          value={filters.health ?? ''}
          onChange={(e) => set({ health: e.target.value || undefined })}
          className={fieldClass}
        >
          <option value="">All health states</option>
          {OBJECT_HEALTH_STATES.map((h) => (
            <option key={h} value={h}>
              {HEALTH_LABELS[h]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
