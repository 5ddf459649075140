import type { Drill } from '@harborview/contracts/drills';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';

import { formatBytes } from '../../../shared/lib/format';
import { primaryButton } from '../../../shared/ui/form-styles';
import { FormError } from '../../../shared/ui/FormField';
import { useCan } from '../../auth/use-can';
import { resyncing } from '../stopwatch';

const RECOVER_LABEL: Record<Drill['fault']['type'], string> = {
  'host-power-off': 'Recover: power the host back on',
  'disk-failure': 'Recover: replace the disk',
  'host-isolation': 'Recover: reconnect the host',
};

type ResyncDrill = Pick<Drill, 'status' | 'resync' | 'fault' | 'endedAt' | 'recoverable'>;

function hint(drill: ResyncDrill): string {
  if (drill.status === 'preflight' || drill.status === 'running')
    return 'Recover becomes available once Harbor is back (or the drill has failed).';
  if (drill.status === 'completed') return 'The fault was put right and every component is Active again.';
  return 'The drill has ended.';
}

/** Put the fault right once the failover is over, then watch the delta resync count down until every component is Active. */
export function ResyncPanel({
  drill,
  busy,
  error,
  onRecover,
}: {
  drill: ResyncDrill;
  busy: boolean;
  error: string | null;
  onRecover: () => void;
}): ReactNode {
  const percent = Math.round(drill.resync.progress * 100);
  const can = useCan('operator');
  const showProgress = resyncing(drill) || drill.status === 'completed' || drill.resync.bytesTotal > 0;
  return (
    <div data-testid={TEST_IDS.drillResync} className="space-y-2 text-sm">
      {drill.recoverable ? (
        <button
          type="button"
          data-testid={TEST_IDS.drillRecover}
          className={primaryButton}
          disabled={busy || !can.allowed}
          title={can.title}
          onClick={onRecover}
        >
          {busy ? 'Recovering…' : RECOVER_LABEL[drill.fault.type]}
        </button>
      ) : (
        !resyncing(drill) && <p className="text-slate-600 dark:text-slate-300">{hint(drill)}</p>
      )}
      <FormError error={error} />
      {showProgress && (
        <>
          <div
            role="progressbar"
            aria-label="Resync progress"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
            aria-valuetext={`${percent}% resynced, ${formatBytes(drill.resync.bytesLeft)} left`}
            className="h-3 rounded bg-slate-200 dark:bg-slate-700"
          >
            <div className="h-3 rounded bg-green-700 dark:bg-green-500" style={{ width: `${percent}%` }} />
          </div>
          <p>
            {drill.resync.progress >= 1
              ? `Resync complete: ${formatBytes(drill.resync.bytesTotal)} resynced.`
              : `${formatBytes(drill.resync.bytesLeft)} left to resync of ${formatBytes(drill.resync.bytesTotal)} (${percent}%).`}
          </p>
        </>
      )}
    </div>
  );
}
