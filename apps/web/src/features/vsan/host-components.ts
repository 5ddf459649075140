import type { HostComponentCounts } from '@harborview/contracts/inventory';
import type { ComponentState } from '@harborview/contracts/vsan';
import { COMPONENT_STATES } from '@harborview/contracts/vsan';

export interface StateCount {
  state: ComponentState;
  count: number;
}

/** The rows of a host's "vSAN components" portlet: its counts by state in the contract's state order, zeros left out. */
export function hostComponentRows(components: HostComponentCounts): StateCount[] {
  return COMPONENT_STATES.filter((state) => components.byState[state] > 0).map((state) => ({
    state,
    count: components.byState[state],
  }));
}
