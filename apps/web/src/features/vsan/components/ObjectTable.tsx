import type { VsanObjectRow } from '@harborview/contracts/vsan';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { objectPath } from '../../../shared/lib/object-routes';
import { CONSOLE_PATHS } from '../../../shared/ui/console-paths';
import { StatusBadge } from '../../../shared/ui/StatusBadge';
import { groupObjectsByOwner, OBJECT_KIND_LABELS } from '../group-objects';
import type { ObjectGroup } from '../group-objects';
import { healthTone } from '../health';

const COLUMNS = ['Name', 'Type', 'Health', 'Storage Policy', 'Compliance', 'vSAN UUID'] as const;
const linkClass = 'text-sky-700 underline dark:text-sky-300';

function OwnerHeading({ group }: { group: ObjectGroup }): ReactNode {
  const { owner } = group;
  if (!owner) return <>Objects without an owner</>;
  const to = owner.kind === 'vm' ? objectPath('vm', owner.id) : CONSOLE_PATHS.volume(owner.name);
  return (
    <>
      <span className="mr-2 text-xs font-normal text-slate-500 dark:text-slate-400">
        {owner.kind === 'vm' ? 'Virtual machine' : 'Docker volume'}
      </span>
      <Link to={to} className={linkClass}>
        {owner.name}
      </Link>
    </>
  );
}

export interface ObjectTableProps {
  objects: VsanObjectRow[];
  selected: ReadonlySet<string>;
  onToggle: (uuid: string) => void;
}

/** Virtual Objects' list: objects grouped under their VM or volume, each with a selection checkbox. */
export function ObjectTable({ objects, selected, onToggle }: ObjectTableProps): ReactNode {
  return (
    <table className="w-full min-w-[48rem] text-left text-sm">
      <caption className="sr-only">Virtual objects</caption>
      <thead className="bg-slate-50 text-xs text-slate-600 dark:bg-slate-800 dark:text-slate-300">
        <tr>
          <th scope="col" className="w-8 px-2 py-1">
            <span className="sr-only">Select</span>
          </th>
          {COLUMNS.map((c) => (
            <th key={c} scope="col" className="px-2 py-1 font-semibold">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      {groupObjectsByOwner(objects).map((group) => (
        <tbody key={group.key}>
          <tr className="border-t border-slate-200 bg-slate-50 dark:border-slate-700 dark:bg-slate-800/50">
            <th scope="rowgroup" colSpan={COLUMNS.length + 1} className="px-2 py-1 text-left font-semibold">
              <OwnerHeading group={group} />
            </th>
          </tr>
          {group.objects.map((o) => (
            <tr
              key={o.uuid}
              data-testid={TEST_IDS.virtualObjectRow(o.uuid)}
              className="border-t border-slate-100 dark:border-slate-800"
            >
              <td className="px-2 py-1">
                <input
                  type="checkbox"
                  aria-label={`Select ${o.name}`}
                  checked={selected.has(o.uuid)}
                  onChange={() => onToggle(o.uuid)}
                  className="h-4 w-4 focus-visible:outline-2 focus-visible:outline-sky-500"
                />
              </td>
              <th scope="row" className="py-1 pl-6 text-left font-normal">
                {o.name}
              </th>
              <td className="px-2 py-1">{OBJECT_KIND_LABELS[o.kind]}</td>
              <td className="px-2 py-1">
                <StatusBadge tone={healthTone(o.health)}>
                  {o.healthLabel}
                  {o.dataLost ? ' (data lost)' : ''}
                </StatusBadge>
              </td>
              <td className="px-2 py-1">{o.policyName}</td>
              <td className="px-2 py-1">{o.compliance}</td>
              <td className="px-2 py-1 font-mono text-xs">{o.uuid}</td>
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}
