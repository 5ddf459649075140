import type { Policy } from '@harborview/contracts/policies';
import { TEST_IDS } from '@harborview/testids/testids';
import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { CONSOLE_PATHS } from '../../shared/ui/console-paths';
import { EmptyState } from '../../shared/ui/QueryState';
import { StatusBadge } from '../../shared/ui/StatusBadge';

import { volumePreview } from './volume-preview';

const COLUMNS = ['Policy Name', 'Policy Content', 'Rules', 'Active', 'Volumes'] as const;
const linkClass = 'text-sky-700 underline dark:text-sky-300';

function VolumesCell({ policy }: { policy: Policy }): ReactNode {
  const { shown, more } = volumePreview(policy.volumes);
  if (shown.length === 0) return <span className="text-slate-500 dark:text-slate-400">None</span>;
  return (
    <ul className="flex flex-wrap gap-x-2">
      {shown.map((name) => (
        <li key={name}>
          <Link to={CONSOLE_PATHS.volume(name)} className={linkClass}>
            {name}
          </Link>
        </li>
      ))}
      {more > 0 && <li>and {more} more</li>}
    </ul>
  );
}

/** Row actions, given when the page can edit policies (the built-in default cannot be edited or removed). */
export interface PolicyActions {
  onEdit: (policy: Policy) => void;
  onRemove: (policy: Policy) => void;
}

function ActionsCell({ policy, actions }: { policy: Policy; actions: PolicyActions }): ReactNode {
  if (policy.builtIn) return <td className="px-2 py-1" />;
  return (
    <td className="px-2 py-1 whitespace-nowrap">
      <button
        type="button"
        data-testid={TEST_IDS.policyEdit(policy.name)}
        aria-label={`Edit ${policy.name}`}
        onClick={() => actions.onEdit(policy)}
        className={`${linkClass} mr-2`}
      >
        Edit
      </button>
      <button
        type="button"
        data-testid={TEST_IDS.policyRemove(policy.name)}
        aria-label={`Remove ${policy.name}`}
        onClick={() => actions.onRemove(policy)}
        className={linkClass}
      >
        Remove
      </button>
    </td>
  );
}

function PolicyRow({
  policy,
  selected,
  actions,
}: {
  policy: Policy;
  selected: boolean;
  actions?: PolicyActions | undefined;
}): ReactNode {
  const ref = useRef<HTMLTableRowElement>(null);
  // A search result lands here: bring its row into view once.
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView?.({ block: 'center' });
  }, [selected]);
  return (
    <tr
      ref={ref}
      data-testid={TEST_IDS.policyRow(policy.name)}
      aria-current={selected ? 'true' : undefined}
      className={`border-t border-slate-100 align-top dark:border-slate-800 ${selected ? 'bg-sky-50 dark:bg-sky-950' : ''}`}
    >
      <th scope="row" className="px-2 py-1 text-left font-semibold">
        {policy.name}
        {policy.builtIn && (
          <span className="ml-2">
            <StatusBadge tone="neutral">Built-in</StatusBadge>
          </span>
        )}
      </th>
      <td className="px-2 py-1 font-mono text-xs break-all">{policy.content || '()'}</td>
      <td className="px-2 py-1">
        {policy.rules.length === 0 ? (
          <span className="text-slate-500 dark:text-slate-400">No rules decoded</span>
        ) : (
          <ul className="list-disc pl-4">
            {policy.rules.map((rule) => (
              <li key={rule.key}>{rule.description}</li>
            ))}
          </ul>
        )}
      </td>
      <td className="px-2 py-1 whitespace-nowrap">{policy.active}</td>
      <td className="px-2 py-1">
        <VolumesCell policy={policy} />
      </td>
      {actions && <ActionsCell policy={policy} actions={actions} />}
    </tr>
  );
}

/** Storage Policies: `vmdkops_admin.py policy ls` (Policy Name, Policy Content, Active) with rules in words and users. */
export function PoliciesView({
  policies,
  selected,
  actions,
}: {
  policies: Policy[];
  selected: string | null;
  actions?: PolicyActions;
}): ReactNode {
  if (policies.length === 0) return <EmptyState>No storage policies.</EmptyState>;
  return (
    <table data-testid={TEST_IDS.policiesTable} className="w-full text-left text-sm">
      <caption className="sr-only">Storage policies</caption>
      <thead className="bg-slate-50 text-xs text-slate-600 dark:bg-slate-800 dark:text-slate-300">
        <tr>
          {COLUMNS.map((c) => (
            <th key={c} scope="col" className="px-2 py-1 font-semibold">
              {c}
            </th>
          ))}
          {actions && (
            <th scope="col" className="px-2 py-1 font-semibold">
              Actions
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {policies.map((policy) => (
          <PolicyRow key={policy.name} policy={policy} selected={policy.name === selected} actions={actions} />
        ))}
      </tbody>
    </table>
  );
}
