import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';

import { formatDuration } from '../../../shared/ui/duration';
import type { Milestone } from '../stopwatch';

/**
 * The recovery stopwatch as big figures: seconds from the fault to each milestone. A pending one ticks with the
 * time elapsed so far (marked "so far"), a reached one is fixed.
 */
export function RecoveryStopwatch({
  milestones,
  expectedDetectionSeconds,
}: {
  milestones: Milestone[];
  expectedDetectionSeconds: number | null;
}): ReactNode {
  return (
    <dl data-testid={TEST_IDS.drillRto} className="grid grid-cols-2 gap-3 md:grid-cols-4">
      {milestones.map((m) => (
        <div
          key={m.key}
          data-testid={TEST_IDS.rtoMilestone(m.key)}
          data-reached={m.reached}
          className={`rounded border p-3 ${
            m.reached
              ? 'border-green-600 bg-green-50 dark:border-green-500 dark:bg-green-950/40'
              : 'border-slate-300 bg-white dark:border-slate-600 dark:bg-slate-900'
          }`}
        >
          <dt className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-300">
            {m.label}
          </dt>
          <dd className="mt-1">
            <span
              className={`block text-4xl font-bold tabular-nums ${m.reached ? '' : 'text-slate-500 dark:text-slate-400'}`}
            >
              {m.seconds === null ? '—' : formatDuration(m.seconds)}
            </span>
            <span className="text-xs text-slate-600 dark:text-slate-300">
              {m.reached ? 'after the fault' : m.ticking ? 'so far, waiting…' : 'not reached'}
              {m.key === 'hostDeclaredDead' &&
                expectedDetectionSeconds !== null &&
                ` · expected ${expectedDetectionSeconds} s`}
            </span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
