import type { VsanObjectRow } from '@harborview/contracts/vsan';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';

import { Dialog } from '../../../shared/ui/Dialog';
import { StatusBadge } from '../../../shared/ui/StatusBadge';
import { healthTone } from '../health';

import { PlacementPanel } from './PlacementPanel';

/** Virtual Objects > View Placement Details: the "Physical Placement" dialog of one object. */
export function PlacementDialog({ object, onClose }: { object: VsanObjectRow; onClose: () => void }): ReactNode {
  return (
    <Dialog
      title="Physical Placement"
      testId={TEST_IDS.placementDialog}
      onClose={onClose}
      subtitle={
        <span className="flex flex-wrap items-center gap-2">
          <span>
            {object.owner ? `${object.owner.name} › ` : ''}
            {object.name}
          </span>
          <StatusBadge tone={healthTone(object.health)}>{object.healthLabel}</StatusBadge>
          <span>Policy: {object.policyName}</span>
        </span>
      }
    >
      <PlacementPanel object={object} caption={`Physical placement of ${object.name}`} />
    </Dialog>
  );
}
