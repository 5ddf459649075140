import type { VsanObjectRow } from '@harborview/contracts/vsan';
import { TEST_IDS } from '@harborview/testids/testids';
import type { CSSProperties, ReactNode } from 'react';
import { memo, useMemo } from 'react';
import { Link } from 'react-router';

import { objectPath } from '../../../shared/lib/object-routes';
import { CONSOLE_PATHS } from '../../../shared/ui/console-paths';
import { StatusBadge } from '../../../shared/ui/StatusBadge';
import type { TableColumn } from '../../../shared/ui/table-columns';
import { useVirtualRows } from '../../../shared/ui/use-virtual-rows';
import {
  VIRTUAL_ROW_CLASS,
  VirtualDataRow,
  virtualRowLayout,
  virtualRowStyle,
  VirtualTable,
} from '../../../shared/ui/VirtualTable';
import type { ObjectGroup } from '../group-objects';
import { groupObjectsByOwner, OBJECT_KIND_LABELS, objectListRows } from '../group-objects';
import { healthTone } from '../health';

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
  /** Must keep its identity between renders: rows are memoized on it. */
  onToggle: (uuid: string) => void;
}

/** What a row's cells show: the object and whether it is ticked. */
interface ObjectCells {
  object: VsanObjectRow;
  checked: boolean;
  onToggle: (uuid: string) => void;
}

const COLUMNS: TableColumn<ObjectCells>[] = [
  {
    header: 'Select',
    hideHeader: true,
    width: '2rem',
    cell: ({ object, checked, onToggle }) => (
      <input
        type="checkbox"
        aria-label={`Select ${object.name}`}
        checked={checked}
        onChange={() => onToggle(object.uuid)}
        className="h-4 w-4 align-middle focus-visible:outline-2 focus-visible:outline-sky-500"
      />
    ),
  },
  { header: 'Name', rowHeader: true, width: 'minmax(14rem,2fr)', pad: 'pl-6', cell: ({ object }) => object.name },
  { header: 'Type', width: '7rem', cell: ({ object }) => OBJECT_KIND_LABELS[object.kind] },
  {
    header: 'Health',
    width: 'minmax(14rem,1.5fr)',
    cell: ({ object }) => (
      <StatusBadge tone={healthTone(object.health)}>
        {object.healthLabel}
        {object.dataLost ? ' (data lost)' : ''}
      </StatusBadge>
    ),
  },
  { header: 'Storage Policy', width: 'minmax(9rem,1fr)', cell: ({ object }) => object.policyName },
  { header: 'Compliance', width: '7.5rem', cell: ({ object }) => object.compliance },
  {
    header: 'vSAN UUID',
    width: 'minmax(20rem,1.5fr)',
    className: 'font-mono text-xs',
    cell: ({ object }) => object.uuid,
  },
];

const ROW_HEIGHT = 32;
const ROW_LAYOUT = virtualRowLayout(COLUMNS, ROW_HEIGHT);
const rowStyle = (start: number): CSSProperties => virtualRowStyle(ROW_LAYOUT.grid, ROW_HEIGHT, start);

const OwnerRow = memo(function OwnerRow({ group, index, start }: { group: ObjectGroup; index: number; start: number }) {
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      className={`${VIRTUAL_ROW_CLASS} border-slate-200 bg-slate-50 dark:border-slate-700 dark:bg-slate-800/50`}
      style={rowStyle(start)}
    >
      <div role="cell" aria-colspan={COLUMNS.length} className="col-span-full truncate px-2 font-semibold">
        <OwnerHeading group={group} />
      </div>
    </div>
  );
});

interface ObjectRowProps {
  object: VsanObjectRow;
  checked: boolean;
  onToggle: (uuid: string) => void;
  index: number;
  start: number;
}

// Memoized: scrolling or ticking one checkbox leaves the other rows' props, and so their DOM, as they were.
const ObjectRow = memo(function ObjectRow({ object: o, checked, onToggle, index, start }: ObjectRowProps) {
  return (
    <VirtualDataRow
      index={index}
      start={start}
      layout={ROW_LAYOUT}
      row={{ object: o, checked, onToggle }}
      testId={TEST_IDS.virtualObjectRow(o.uuid)}
    />
  );
});

/**
 * Virtual Objects' list: objects grouped under their VM or volume, each with a selection checkbox. An ARIA table of
 * divs, virtualized: a page of 200 objects renders only the rows in view.
 */
export function ObjectTable({ objects, selected, onToggle }: ObjectTableProps): ReactNode {
  const rows = useMemo(() => objectListRows(groupObjectsByOwner(objects)), [objects]);
  const { scrollRef, items, totalSize } = useVirtualRows({ count: rows.length, rowHeight: ROW_HEIGHT });
  return (
    <VirtualTable
      scrollRef={scrollRef}
      totalSize={totalSize}
      label="Virtual objects"
      rowCount={rows.length}
      columns={COLUMNS}
      scrollerClassName="max-h-[70vh]"
      minWidthClassName="min-w-[64rem]"
    >
      {items.map((item) => {
        const row = rows[item.index];
        if (!row) return null;
        return row.kind === 'owner' ? (
          <OwnerRow key={row.key} group={row.group} index={item.index} start={item.start} />
        ) : (
          <ObjectRow
            key={row.key}
            object={row.object}
            checked={selected.has(row.object.uuid)}
            onToggle={onToggle}
            index={item.index}
            start={item.start}
          />
        );
      })}
    </VirtualTable>
  );
}
