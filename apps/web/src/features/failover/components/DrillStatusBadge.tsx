import type { DrillStatus } from '@harborview/contracts/drills';
import type { ReactNode } from 'react';

import type { BadgeTone } from '../../../shared/ui/StatusBadge';
import { StatusBadge } from '../../../shared/ui/StatusBadge';

const STATUS: Record<DrillStatus, { label: string; tone: BadgeTone }> = {
  // Status words follow the contract: `recovered` means Harbor is back with its data verified, fault still in place.
  preflight: { label: 'Recording baseline', tone: 'neutral' },
  running: { label: 'Failing over', tone: 'warn' },
  recovered: { label: 'Recovered', tone: 'ok' },
  completed: { label: 'Completed', tone: 'ok' },
  failed: { label: 'Failed', tone: 'error' },
};

/** A drill's status in words and colour. */
export function DrillStatusBadge({ status, testId }: { status: DrillStatus; testId?: string }): ReactNode {
  return (
    <StatusBadge tone={STATUS[status].tone} testId={testId}>
      {STATUS[status].label}
    </StatusBadge>
  );
}
