import type { DrillTimelineEntry } from '@harborview/contracts/drills';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';
import { useEffect, useRef } from 'react';

import { DataTable } from '../../../shared/ui/DataTable';
import { EmptyState } from '../../../shared/ui/QueryState';
import type { TableColumn } from '../../../shared/ui/table-columns';
import { formatT, formatTwinClock, LANE_LABELS, LANE_SHORT, laneCounts, LANES, orderedEntries } from '../timeline';

// Clarity's info, warning and danger colours; the marker's words (lane and severity) carry the meaning.
const SEVERITY_DOT: Record<DrillTimelineEntry['severity'], string> = {
  info: 'bg-sky-600 dark:bg-sky-400',
  warning: 'bg-yellow-500',
  error: 'bg-red-600 dark:bg-red-400',
};
const SEVERITY_LABEL: Record<DrillTimelineEntry['severity'], string> = {
  info: 'info',
  warning: 'warning',
  error: 'error',
};
const laneBorder = 'border-x border-slate-200 dark:border-slate-700';

type Lane = (typeof LANES)[number];

function laneColumn(lane: Lane, count: number): TableColumn<DrillTimelineEntry> {
  return {
    header: LANE_LABELS[lane],
    headerContent: (
      <>
        <abbr title={LANE_LABELS[lane]} className="no-underline">
          {LANE_SHORT[lane]}
        </abbr>
        <span className="block font-normal text-slate-500 dark:text-slate-400">{count}</span>
      </>
    ),
    headerTitle: LANE_LABELS[lane],
    headerTestId: TEST_IDS.timelineLane(lane),
    width: '4rem',
    align: 'center',
    pad: 'px-0',
    headerClassName: `${laneBorder} py-1`,
    className: `${laneBorder} py-1.5`,
    cell: (entry) =>
      lane === entry.lane && (
        <span
          role="img"
          aria-label={`${LANE_LABELS[lane]}, ${SEVERITY_LABEL[entry.severity]}`}
          className={`inline-block h-3 w-3 rounded-full ${SEVERITY_DOT[entry.severity]}`}
        />
      ),
  };
}

function columns(counts: Record<Lane, number>): TableColumn<DrillTimelineEntry>[] {
  return [
    {
      header: 'Time',
      rowHeader: true,
      width: '6rem',
      className: 'font-normal',
      cell: (entry) => (
        <>
          <span className="block font-semibold">{formatT(entry.tSeconds)}</span>
          <time dateTime={entry.time} className="text-slate-500 dark:text-slate-400">
            {formatTwinClock(entry.time)}
          </time>
        </>
      ),
    },
    ...LANES.map((lane) => laneColumn(lane, counts[lane])),
    { header: 'What happened', pad: 'px-2 py-1', className: 'break-words', cell: (entry) => entry.message },
  ];
}

/**
 * The cross-layer timeline: time runs down, one swimlane per layer (host, HA, VM, vSAN objects, volumes, Harbor
 * services, registry data) with a marker where the layer reacted, then what happened; every row is stamped with
 * t+seconds and twin time. It follows new entries while the reader is at the end.
 */
export function DrillTimeline({ entries }: { entries: readonly DrillTimelineEntry[] }): ReactNode {
  const scroller = useRef<HTMLDivElement>(null);
  const rows = orderedEntries(entries);
  const counts = laneCounts(rows);

  useEffect(() => {
    const el = scroller.current;
    // Only follow when the reader is already at the end, so scrolling back to read is never undone.
    if (el && el.scrollHeight - el.scrollTop - el.clientHeight < 120) el.scrollTop = el.scrollHeight;
  }, [rows.length]);

  if (rows.length === 0) return <EmptyState>Nothing has happened yet.</EmptyState>;
  return (
    <div ref={scroller} data-testid={TEST_IDS.drillTimeline} className="max-h-[28rem] overflow-auto">
      <DataTable
        label="Cross-layer timeline"
        variant="compact"
        size="xs"
        stickyHeader
        columns={columns(counts)}
        rows={rows}
        rowKey={(entry) => entry.seq}
        rowProps={(entry) => ({
          testId: TEST_IDS.timelineEntry(entry.seq),
          className: 'align-top',
          data: { lane: entry.lane },
        })}
      />
    </div>
  );
}
