import type { ReactNode } from 'react';

/** A titled card, like the vSphere Client's Summary portlets. */
export function Portlet({
  title,
  children,
  testId,
}: {
  title: string;
  children: ReactNode;
  testId?: string;
}): ReactNode {
  return (
    <section
      aria-label={title}
      data-testid={testId}
      className="rounded border border-slate-200 bg-white shadow-sm dark:border-slate-700 dark:bg-slate-900"
    >
      <h3 className="border-b border-slate-200 px-3 py-1.5 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:border-slate-700 dark:text-slate-300">
        {title}
      </h3>
      <div className="p-3">{children}</div>
    </section>
  );
}

/** Label/value rows as a description list, so screen readers pair them. */
export function PropertyList({ items }: { items: [label: string, value: ReactNode, testId?: string][] }): ReactNode {
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
      {items.map(([label, value, testId]) => (
        <div key={label} className="contents">
          <dt className="text-slate-500 dark:text-slate-400">{label}</dt>
          <dd data-testid={testId} className="text-slate-900 dark:text-slate-100">
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** A horizontal used/total bar with a text equivalent for assistive tech. */
export function UsageBar({
  label,
  used,
  total,
  format,
}: {
  label: string;
  used: number;
  total: number;
  format: (n: number) => string;
}): ReactNode {
  const percent = total > 0 ? Math.min(100, Math.round((used / total) * 100)) : 0;
  return (
    <div className="text-sm">
      <div className="flex justify-between text-slate-600 dark:text-slate-300">
        <span>{label}</span>
        <span>
          Used: {format(used)} · Capacity: {format(total)}
        </span>
      </div>
      <div
        role="meter"
        aria-label={`${label} used`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}% used`}
        className="mt-1 h-2 rounded bg-slate-200 dark:bg-slate-700"
      >
        <div className="h-2 rounded bg-sky-600" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
