import type { Policy } from '@harborview/contracts/policies';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { CONSOLE_PATHS } from '../../shared/ui/console-paths';
import { DataTable } from '../../shared/ui/DataTable';
import { EmptyState } from '../../shared/ui/QueryState';
import { StatusBadge } from '../../shared/ui/StatusBadge';
import type { TableColumn } from '../../shared/ui/table-columns';

import { volumePreview } from './volume-preview';

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

function ActionButtons({ policy, actions }: { policy: Policy; actions: PolicyActions }): ReactNode {
  if (policy.builtIn) return null;
  return (
    <>
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
    </>
  );
}

const COLUMNS: TableColumn<Policy>[] = [
  {
    header: 'Policy Name',
    rowHeader: true,
    className: 'font-semibold',
    cell: (policy) => (
      <>
        {policy.name}
        {policy.builtIn && (
          <span className="ml-2">
            <StatusBadge tone="neutral">Built-in</StatusBadge>
          </span>
        )}
      </>
    ),
  },
  { header: 'Policy Content', className: 'font-mono text-xs break-all', cell: (policy) => policy.content || '()' },
  {
    header: 'Rules',
    cell: (policy) =>
      policy.rules.length === 0 ? (
        <span className="text-slate-500 dark:text-slate-400">No rules decoded</span>
      ) : (
        <ul className="list-disc pl-4">
          {policy.rules.map((rule) => (
            <li key={rule.key}>{rule.description}</li>
          ))}
        </ul>
      ),
  },
  { header: 'Active', className: 'whitespace-nowrap', cell: (policy) => policy.active },
  { header: 'Volumes', cell: (policy) => <VolumesCell policy={policy} /> },
];

function actionsColumn(actions: PolicyActions): TableColumn<Policy> {
  return {
    header: 'Actions',
    className: 'whitespace-nowrap',
    cell: (policy) => <ActionButtons policy={policy} actions={actions} />,
  };
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
  return (
    <DataTable
      caption="Storage policies"
      testId={TEST_IDS.policiesTable}
      columns={actions ? [...COLUMNS, actionsColumn(actions)] : COLUMNS}
      rows={policies}
      rowKey={(policy) => policy.name}
      rowProps={(policy) => ({ testId: TEST_IDS.policyRow(policy.name), className: 'align-top' })}
      isCurrent={(policy) => policy.name === selected}
      scrollToCurrent
      empty={<EmptyState>No storage policies.</EmptyState>}
    />
  );
}
