import type { DrillTimelineEntry } from '@harborview/contracts/drills';
import { TEST_IDS } from '@harborview/testids/testids';
import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';

import { EmptyState } from '../../../shared/ui/QueryState';
import { formatT, formatTwinClock, LANE_LABELS, LANE_SHORT, LANES, laneCounts, orderedEntries } from '../timeline';

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
const laneCell = 'w-16 border-x border-slate-200 px-0 text-center dark:border-slate-700';

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
      <table aria-label="Cross-layer timeline" className="w-full border-collapse text-xs">
        <thead className="sticky top-0 z-10 bg-slate-100 dark:bg-slate-800">
          <tr>
            <th scope="col" className="w-24 px-1 py-1 text-left">
              Time
            </th>
            {LANES.map((lane) => (
              <th
                key={lane}
                scope="col"
                title={LANE_LABELS[lane]}
                data-testid={TEST_IDS.timelineLane(lane)}
                className={`${laneCell} py-1 font-semibold`}
              >
                <abbr title={LANE_LABELS[lane]} className="no-underline">
                  {LANE_SHORT[lane]}
                </abbr>
                <span className="block font-normal text-slate-500 dark:text-slate-400">{counts[lane]}</span>
              </th>
            ))}
            <th scope="col" className="px-2 py-1 text-left">
              What happened
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((entry) => (
            <tr
              key={entry.seq}
              data-testid={TEST_IDS.timelineEntry(entry.seq)}
              data-lane={entry.lane}
              className="border-t border-slate-200 align-top dark:border-slate-700"
            >
              <th scope="row" className="px-1 py-1 text-left font-normal">
                <span className="block font-semibold">{formatT(entry.tSeconds)}</span>
                <time dateTime={entry.time} className="text-slate-500 dark:text-slate-400">
                  {formatTwinClock(entry.time)}
                </time>
              </th>
              {LANES.map((lane) => (
                <td key={lane} className={`${laneCell} py-1.5`}>
                  {lane === entry.lane && (
                    <span
                      role="img"
                      aria-label={`${LANE_LABELS[lane]}, ${SEVERITY_LABEL[entry.severity]}`}
                      className={`inline-block h-3 w-3 rounded-full ${SEVERITY_DOT[entry.severity]}`}
                    />
                  )}
                </td>
              ))}
              <td className="px-2 py-1 break-words">{entry.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
