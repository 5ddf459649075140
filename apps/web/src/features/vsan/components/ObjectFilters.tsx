import { OBJECT_HEALTH_STATES } from '@harborview/contracts/vsan';
import type { ReactNode } from 'react';

import { fieldClass } from '../../../shared/ui/form-styles';

import type { VsanObjectFilters } from '../api';
import { OBJECT_KIND_LABELS } from '../group-objects';
import { HEALTH_LABELS } from '../health';

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
      <label className="flex flex-col gap-0.5">
        <span className="text-xs text-slate-600 dark:text-slate-300">Name or UUID</span>
        <input
          type="search"
          value={filters.filter ?? ''}
          onChange={(e) => set({ filter: e.target.value || undefined })}
          className={fieldClass}
        />
      </label>
      <label className="flex flex-col gap-0.5">
        <span className="text-xs text-slate-600 dark:text-slate-300">Type</span>
        <select
          value={filters.kind ?? ''}
          onChange={(e) => set({ kind: (e.target.value || undefined) as VsanObjectFilters['kind'] })}
          className={fieldClass}
        >
          <option value="">All types</option>
          {Object.entries(OBJECT_KIND_LABELS).map(([kind, label]) => (
            <option key={kind} value={kind}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-0.5">
        <span className="text-xs text-slate-600 dark:text-slate-300">Storage policy</span>
        <select
          value={filters.policy ?? ''}
          onChange={(e) => set({ policy: e.target.value || undefined })}
          className={fieldClass}
        >
          <option value="">All policies</option>
          {policyNames.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-0.5">
        <span className="text-xs text-slate-600 dark:text-slate-300">Health</span>
        <select
          value={filters.health ?? ''}
          onChange={(e) => set({ health: (e.target.value || undefined) as VsanObjectFilters['health'] })}
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
