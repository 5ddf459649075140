import type { ReactNode } from 'react';

import { fieldClass } from './form-styles';

/** A filter's caption above its control (filter bars of Virtual Objects, Volumes and Resyncing Objects). */
function FilterLabel({ label, children }: { label: string; children: ReactNode }): ReactNode {
  return (
    <label className="flex flex-col gap-0.5">
      <span className="text-xs text-slate-600 dark:text-slate-300">{label}</span>
      {children}
    </label>
  );
}

/** A filter bar's text search; an empty box means no filter (`undefined`). */
export function FilterSearch({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
}): ReactNode {
  return (
    <FilterLabel label={label}>
      <input
        type="search"
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value || undefined)}
        className={fieldClass}
      />
    </FilterLabel>
  );
}

export interface FilterSelectProps<V extends string> {
  label: string;
  value: string | undefined;
  /** The first option, which filters nothing, e.g. "All policies". */
  allLabel: string;
  options: readonly V[];
  /** How an option reads; the value itself when left out. */
  labelOf?: (value: V) => string;
  onChange: (value: V | undefined) => void;
}

/** A filter bar's select: "all" (no filter, `undefined`) and then one option per value. */
export function FilterSelect<V extends string>({
  label,
  value,
  allLabel,
  options,
  labelOf = (v) => v,
  onChange,
}: FilterSelectProps<V>): ReactNode {
  return (
    <FilterLabel label={label}>
      <select
        value={value ?? ''}
        // The options are `options` and "", so a chosen value is one of V.
        onChange={(e) => onChange((e.target.value || undefined) as V | undefined)}
        className={fieldClass}
      >
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {labelOf(option)}
          </option>
        ))}
      </select>
    </FilterLabel>
  );
}
