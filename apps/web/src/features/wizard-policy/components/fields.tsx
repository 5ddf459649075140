import type { ReactNode } from 'react';

export const inputClass =
  'w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm aria-[invalid=true]:border-red-600 dark:border-slate-600 dark:bg-slate-800';

/** A labelled field with its error right under it, tied by aria-describedby (the input gets `id` and `errorId`). */
export function Field({
  id,
  label,
  error,
  hint,
  children,
}: {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
  children: ReactNode;
}): ReactNode {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children}
      {hint && <p className="text-xs text-slate-500 dark:text-slate-400">{hint}</p>}
      {error && (
        <p id={`${id}-error`} className="text-xs whitespace-pre-line text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </div>
  );
}

/** Props that wire an input to its Field's error. */
export function invalidProps(id: string, error: string | undefined): Record<string, string | boolean | undefined> {
  return { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? `${id}-error` : undefined };
}
