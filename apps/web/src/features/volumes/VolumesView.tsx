import type { Volume } from '@harborview/contracts/volumes';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';

import { FilterBar } from '../../shared/ui/FilterFields';
import { EmptyState, ErrorState, LoadingState } from '../../shared/ui/QueryState';
import { useCan } from '../auth/use-can';

import type { VolumeFilters as Filters } from './api';
import type { VolumesTableProps } from './components/VolumesTable';
import { VolumesTable } from './components/VolumesTable';
import { volumeFilterFields } from './volume-filter-fields';

export interface VolumesViewProps {
  filters: Filters;
  policyNames: string[];
  total: number | null;
  rowAt: (index: number) => Volume | undefined;
  error: unknown;
  busy: boolean;
  onFiltersChange: (filters: Filters) => void;
  onSort: VolumesTableProps['onSort'];
  onRangeChange: VolumesTableProps['onRangeChange'];
  onRetry: () => void;
  /** Inside a datastore's Volumes tab: the object's title is the page's h1, so this one is an h2. */
  embedded?: boolean;
  /** Opens the New Volume wizard; the button shows only when given. */
  onNewVolume?: (() => void) | undefined;
}

/** The Volumes page: the `volume ls` columns plus object health, filtered, sorted and paged by the server. */
export function VolumesView(props: VolumesViewProps): ReactNode {
  const { total, error, embedded = false } = props;
  const Heading = embedded ? 'h2' : 'h1';
  const can = useCan('operator');
  return (
    <section
      aria-labelledby="volumes-title"
      className={`flex h-full min-h-[24rem] flex-col gap-3 ${embedded ? '' : 'p-4'}`}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <Heading id="volumes-title" className="text-lg font-semibold">
          Volumes
        </Heading>
        {total !== null && (
          <p aria-live="polite" className="text-sm text-slate-600 dark:text-slate-300">
            {total} {total === 1 ? 'volume' : 'volumes'}
          </p>
        )}
        {props.onNewVolume && (
          <button
            type="button"
            data-testid={TEST_IDS.newVolume}
            disabled={!can.allowed}
            title={can.title}
            onClick={props.onNewVolume}
            className="rounded bg-sky-700 px-3 py-1 text-sm text-white disabled:opacity-50"
          >
            New Volume
          </button>
        )}
      </div>
      <FilterBar
        label="Filter volumes"
        filters={props.filters}
        fields={volumeFilterFields(props.policyNames)}
        onChange={props.onFiltersChange}
      />
      {error ? (
        <ErrorState error={error} onRetry={props.onRetry} />
      ) : total === null ? (
        <LoadingState label="volumes" />
      ) : total === 0 ? (
        <EmptyState>No volumes match the filters.</EmptyState>
      ) : (
        <VolumesTable
          total={total}
          rowAt={props.rowAt}
          sort={props.filters}
          busy={props.busy}
          onSort={props.onSort}
          onRangeChange={props.onRangeChange}
        />
      )}
    </section>
  );
}
