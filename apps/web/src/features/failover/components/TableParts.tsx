import type { ReactNode } from 'react';

/** A compact table head: one column header per name (an empty name is announced as `srLabel`). */
export function ColumnHeads({ columns, srLabel }: { columns: readonly string[]; srLabel?: string }): ReactNode {
  return (
    <thead>
      <tr className="text-left">
        {columns.map((c, i) => (
          <th key={i} scope="col" className="px-1 py-1">
            {c || <span className="sr-only">{srLabel}</span>}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** An action's error under its button, announced as it appears. */
export function InlineError({ error }: { error: string | null }): ReactNode {
  if (!error) return null;
  return (
    <p role="alert" className="text-red-700 dark:text-red-300">
      {error}
    </p>
  );
}
