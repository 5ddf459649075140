import type { Volume } from '@harborview/contracts/volumes';
import { TEST_IDS } from '@harborview/testids/testids';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import type { Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';

import type { VolumeFilters } from '../api';

import { VOLUME_COLUMNS, VOLUME_GRID } from './volume-columns';

const ROW_HEIGHT = 32;
// jsdom and hidden containers measure 0×0; assume a viewport-sized window so rows still render.
const FALLBACK_RECT = { width: 1280, height: 640 };

function observeRect(
  instance: Virtualizer<HTMLDivElement, Element>,
  cb: (rect: { width: number; height: number }) => void,
) {
  return observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : FALLBACK_RECT));
}

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

export interface VolumesTableProps {
  total: number;
  rowAt: (index: number) => Volume | undefined;
  sort: Pick<VolumeFilters, 'sort' | 'order'>;
  busy: boolean;
  onSort: (key: NonNullable<(typeof VOLUME_COLUMNS)[number]['sortKey']>) => void;
  /** Which rows are on screen (0-based, inclusive), so the container fetches just their pages. */
  onRangeChange: (first: number, last: number) => void;
}

function HeaderRow({ sort, onSort }: Pick<VolumesTableProps, 'sort' | 'onSort'>): ReactNode {
  return (
    <div
      role="rowgroup"
      className="sticky top-0 z-10 bg-slate-100 text-xs text-slate-600 dark:bg-slate-800 dark:text-slate-300"
    >
      <div role="row" aria-rowindex={1} className="grid" style={{ gridTemplateColumns: VOLUME_GRID }}>
        {VOLUME_COLUMNS.map((c) => {
          const sorted = c.sortKey !== undefined && c.sortKey === sort.sort;
          return (
            <div
              key={c.header}
              role="columnheader"
              aria-sort={sorted ? ARIA_SORT[sort.order] : undefined}
              className="px-2 py-1 font-semibold"
            >
              {c.sortKey ? (
                <button
                  type="button"
                  onClick={() => c.sortKey && onSort(c.sortKey)}
                  className="flex items-center gap-1 rounded outline-none hover:underline focus-visible:ring-2 focus-visible:ring-sky-500"
                >
                  {c.header}
                  <span aria-hidden="true">{sorted ? (sort.order === 'asc' ? '▲' : '▼') : ''}</span>
                </button>
              ) : (
                c.header
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}

/** The Volumes list as an ARIA table of divs, virtualized so 10,000 rows scroll smoothly; rows load by page. */
export function VolumesTable({ total, rowAt, sort, busy, onSort, onRangeChange }: VolumesTableProps): ReactNode {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The console does not run the React Compiler; the virtualizer's unmemoizable API is fine here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    observeElementRect: observeRect,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? -1;
  useEffect(() => onRangeChange(first, last), [first, last, onRangeChange]);

  return (
    <div ref={scrollRef} className="min-h-0 flex-1 overflow-auto rounded border border-slate-200 dark:border-slate-700">
      <div
        role="table"
        aria-label="Volumes"
        aria-rowcount={total + 1}
        aria-colcount={VOLUME_COLUMNS.length}
        aria-busy={busy}
        data-testid={TEST_IDS.volumesTable}
        className="min-w-[118rem] text-sm"
      >
        <HeaderRow sort={sort} onSort={onSort} />
        <div role="rowgroup" className="relative" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const volume = rowAt(item.index);
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                data-testid={volume ? TEST_IDS.volumeRow(volume.name) : undefined}
                className="absolute left-0 grid w-full items-center border-t border-slate-100 dark:border-slate-800"
                style={{
                  gridTemplateColumns: VOLUME_GRID,
                  height: ROW_HEIGHT,
                  transform: `translateY(${item.start}px)`,
                }}
              >
                {volume ? (
                  VOLUME_COLUMNS.map((c) => (
                    <div key={c.header} role="cell" className="truncate px-2">
                      {c.cell(volume)}
                    </div>
                  ))
                ) : (
                  <div role="cell" className="px-2 text-slate-500 dark:text-slate-400">
                    Loading…
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
