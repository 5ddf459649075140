import type { ReactNode } from 'react';

import { fieldClass } from './form-styles';

/** A select's choices: "all" (no filter) and then one option per value, read as `labelOf` says (the value itself). */
export interface FilterChoices<V extends string = string> {
  /** The first option, which filters nothing, e.g. "All policies". */
  allLabel: string;
  options: readonly V[];
  // A method, so the choices of a narrower V serve a field that holds any string.
  labelOf?(value: V): string;
}

/** One field of a filter bar: a text search, or a select when it has choices. An empty field is `undefined`. */
export type FilterFieldSpec<F> = {
  [K in keyof F & string]: { key: K; label: string } & (
    { choices?: undefined } | { choices: FilterChoices<Extract<NonNullable<F[K]>, string>> }
  );
}[keyof F & string];

export interface FilterBarProps<F> {
  /** The search landmark's name, e.g. "Filter volumes". */
  label: string;
  filters: F;
  fields: readonly FilterFieldSpec<F>[];
  onChange: (filters: F) => void;
}

/**
 * A filter bar (Virtual Objects, Volumes, Resyncing Objects): each field has its caption above its control, and a
 * change gives the filters back with that one field set.
 * @example <FilterBar label="Filter volumes" filters={f} fields={[{ key: 'filter', label: 'Volume name' }]} onChange={setF} />
 */
export function FilterBar<F>({ label, filters, fields, onChange }: FilterBarProps<F>): ReactNode {
  return (
    <div role="search" aria-label={label} className="flex flex-wrap items-end gap-3 text-sm">
      {fields.map((field) => {
        const value = filters[field.key as keyof F] as string | undefined;
        // A select offers only its options and "", and a search any text: either is what the field's key holds.
        const set = (next: string): void => onChange({ ...filters, [field.key]: next || undefined });
        return (
          <label key={field.key} className="flex flex-col gap-0.5">
            <span className="text-xs text-slate-600 dark:text-slate-300">{field.label}</span>
            {field.choices ? (
              <FilterSelect value={value} choices={field.choices as FilterChoices} onChange={set} />
            ) : (
              <input type="search" value={value ?? ''} onChange={(e) => set(e.target.value)} className={fieldClass} />
            )}
          </label>
        );
      })}
    </div>
  );
}

function FilterSelect({
  value,
  choices: { allLabel, options, labelOf = (v) => v },
  onChange,
}: {
  value: string | undefined;
  choices: FilterChoices;
  onChange: (value: string) => void;
}): ReactNode {
  return (
    <select value={value ?? ''} onChange={(e) => onChange(e.target.value)} className={fieldClass}>
      <option value="">{allLabel}</option>
      {options.map((option) => (
        <option key={option} value={option}>
          {labelOf(option)}
        </option>
      ))}
    </select>
  );
}
