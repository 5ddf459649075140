import type { ReactNode } from 'react';

/** The grey header row of the Administration tables. */
export function TableHead({ columns, cellClass }: { columns: readonly string[]; cellClass: string }): ReactNode {
  return (
    <thead className="bg-slate-100 text-slate-600 dark:bg-slate-800 dark:text-slate-300">
      <tr>
        {columns.map((c) => (
          <th key={c} scope="col" className={`${cellClass} font-semibold`}>
            {c}
          </th>
        ))}
      </tr>
    </thead>
  );
}
