import type { ReactNode } from 'react';

/** A large card for one thing on stage: a host, a volume, a service. */
export function Card({
  title,
  tone = 'neutral',
  children,
}: {
  title: ReactNode;
  tone?: 'ok' | 'error' | 'warn' | 'neutral';
  children?: ReactNode;
}): ReactNode {
  const border = {
    ok: 'border-green-600 dark:border-green-500',
    error: 'border-red-600 dark:border-red-500',
    warn: 'border-yellow-500',
    neutral: 'border-slate-300 dark:border-slate-600',
  }[tone];
  return (
    <li className={`rounded-lg border-2 bg-white p-3 dark:bg-slate-900 ${border}`}>
      <p className="text-xl font-semibold">{title}</p>
      {children && <div className="mt-1 text-base text-slate-700 dark:text-slate-200">{children}</div>}
    </li>
  );
}

/** A row of cards, labelled for assistive tech. */
export function Cards({ label, children }: { label: string; children: ReactNode }): ReactNode {
  return (
    <ul aria-label={label} className="grid gap-3 [grid-template-columns:repeat(auto-fit,minmax(14rem,1fr))]">
      {children}
    </ul>
  );
}

/** One big figure with its label, e.g. the seconds until the VM was back. */
export function Figure({ label, value }: { label: string; value: ReactNode }): ReactNode {
  return (
    <div className="rounded-lg border-2 border-slate-300 p-3 dark:border-slate-600">
      <dt className="text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-300">{label}</dt>
      <dd className="text-4xl font-bold tabular-nums">{value}</dd>
    </div>
  );
}
