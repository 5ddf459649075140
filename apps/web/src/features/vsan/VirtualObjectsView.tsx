import type { VsanObjectList, VsanObjectRow } from '@harborview/contracts/vsan';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';

import { FilterBar } from '../../shared/ui/FilterFields';
import { EmptyState, ErrorState, LoadingState } from '../../shared/ui/QueryState';

import type { VsanObjectFilters } from './api';
import { ObjectTable } from './components/ObjectTable';
import { PlacementDialog } from './components/PlacementDialog';
import { objectFilterFields } from './object-filter-fields';

export interface VirtualObjectsViewProps {
  filters: VsanObjectFilters;
  policyNames: string[];
  list: VsanObjectList | undefined;
  error: unknown;
  selected: ReadonlySet<string>;
  /** The object whose Physical Placement dialog is open. */
  placement: VsanObjectRow | null;
  onFiltersChange: (filters: VsanObjectFilters) => void;
  onPageChange: (page: number) => void;
  onToggle: (uuid: string) => void;
  onViewPlacement: () => void;
  onClosePlacement: () => void;
  onRetry: () => void;
}

const buttonClass =
  'rounded border border-sky-700 px-3 py-1 text-sm text-sky-800 hover:bg-sky-50 focus-visible:outline-2 focus-visible:outline-sky-500 disabled:cursor-not-allowed disabled:border-slate-300 disabled:text-slate-400 dark:border-sky-400 dark:text-sky-200 dark:hover:bg-sky-950 dark:disabled:border-slate-700 dark:disabled:text-slate-500';

function Pager({ list, onPageChange }: { list: VsanObjectList; onPageChange: (page: number) => void }): ReactNode {
  const first = list.total === 0 ? 0 : (list.page - 1) * list.pageSize + 1;
  const last = Math.min(list.total, list.page * list.pageSize);
  return (
    <div className="flex items-center gap-2 text-sm text-slate-600 dark:text-slate-300">
      <span aria-live="polite">
        {first}–{last} of {list.total} objects
      </span>
      <button
        type="button"
        className={buttonClass}
        disabled={list.page <= 1}
        onClick={() => onPageChange(list.page - 1)}
      >
        Previous
      </button>
      <button
        type="button"
        className={buttonClass}
        disabled={last >= list.total}
        onClick={() => onPageChange(list.page + 1)}
      >
        Next
      </button>
    </div>
  );
}

/** Monitor > vSAN > Virtual Objects: filters, objects grouped by owner, and View Placement Details. */
export function VirtualObjectsView(props: VirtualObjectsViewProps): ReactNode {
  const { list, selected, placement } = props;
  return (
    <div data-testid={TEST_IDS.virtualObjects} className="space-y-3">
      <FilterBar
        label="Filter virtual objects"
        filters={props.filters}
        fields={objectFilterFields(props.policyNames)}
        onChange={props.onFiltersChange}
      />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <button
          type="button"
          className={buttonClass}
          data-testid={TEST_IDS.viewPlacementDetails}
          disabled={selected.size !== 1}
          onClick={props.onViewPlacement}
        >
          View Placement Details
        </button>
        {list && <Pager list={list} onPageChange={props.onPageChange} />}
      </div>
      {props.error ? (
        <ErrorState error={props.error} onRetry={props.onRetry} />
      ) : !list ? (
        <LoadingState label="virtual objects" />
      ) : list.items.length === 0 ? (
        <EmptyState>No virtual objects match the filters.</EmptyState>
      ) : (
        <ObjectTable objects={list.items} selected={selected} onToggle={props.onToggle} />
      )}
      {placement && <PlacementDialog object={placement} onClose={props.onClosePlacement} />}
    </div>
  );
}
