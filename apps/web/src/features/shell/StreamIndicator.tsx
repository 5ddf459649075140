import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';

import { useStreamStatus } from '../../shared/lib/stream-status';

const LABEL = { off: 'Live updates off', connecting: 'Reconnecting…', open: 'Live', lost: 'Connection lost' } as const;

/** Shows whether live updates flow; a lost stream recovers by itself and catches up by event id. */
export function StreamIndicator(): ReactNode {
  const status = useStreamStatus();
  const dot = status === 'open' ? 'bg-green-400' : status === 'lost' ? 'bg-red-400' : 'bg-yellow-300';
  return (
    <span
      role="status"
      aria-live="polite"
      data-testid={TEST_IDS.streamStatus}
      data-status={status}
      className="flex items-center gap-1.5 text-xs"
    >
      <span aria-hidden="true" className={`inline-block h-2 w-2 rounded-full ${dot}`} />
      {LABEL[status]}
    </span>
  );
}
