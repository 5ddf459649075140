import type { Drill } from '@harborview/contracts/drills';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';

import { formatDuration } from '../../../shared/ui/duration';
import { formatTwinClock } from '../timeline';

/** The repair timer's countdown (twin time) and what vSAN will do when it ends. */
export function RepairTimerPanel({
  repairTimer,
  secondsLeft,
}: {
  repairTimer: Drill['repairTimer'];
  secondsLeft: number | null;
}): ReactNode {
  return (
    <div data-testid={TEST_IDS.drillRepairTimer} className="space-y-1 text-sm">
      {repairTimer.endsAt ? (
        <>
          <p>
            <span className="text-3xl font-bold tabular-nums">{formatDuration(secondsLeft)}</span>{' '}
            <span className="text-slate-600 dark:text-slate-300">
              left, ends at {formatTwinClock(repairTimer.endsAt)} twin time
            </span>
          </p>
        </>
      ) : (
        <p className="text-slate-600 dark:text-slate-300">Nothing waits on the repair timer.</p>
      )}
      <p>
        <span className="font-medium">When it ends: </span>
        {repairTimer.outcome}
      </p>
    </div>
  );
}
