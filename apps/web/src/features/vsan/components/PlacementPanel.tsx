import type { VsanObject } from '@harborview/contracts/vsan';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';
import { useId, useState } from 'react';

import { PlacementTable } from './PlacementTable';

/** The placement table with its "Group components by host placement" checkbox (Physical Placement dialog, volume page). */
export function PlacementPanel({
  object,
  caption,
}: {
  object: Pick<VsanObject, 'layout' | 'components'>;
  caption: string;
}): ReactNode {
  const [groupByHost, setGroupByHost] = useState(false);
  const id = useId();
  return (
    <div className="space-y-2">
      <div className="flex items-center gap-2 text-sm">
        <input
          id={id}
          type="checkbox"
          checked={groupByHost}
          data-testid={TEST_IDS.placementGroupByHost}
          onChange={(e) => setGroupByHost(e.target.checked)}
          className="h-4 w-4 focus-visible:outline-2 focus-visible:outline-sky-500"
        />
        <label htmlFor={id}>Group components by host placement</label>
      </div>
      <div className="overflow-x-auto">
        <PlacementTable object={object} groupByHost={groupByHost} caption={caption} />
      </div>
    </div>
  );
}
