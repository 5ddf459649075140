import { COMPONENT_STATES } from '@harborview/contracts/vsan';
import type { ComponentState, VsanObject } from '@harborview/contracts/vsan';

export interface StateCount {
  state: ComponentState;
  count: number;
}

/** How many components (witnesses included) a host holds in each state, in the contract's state order; zeros left out. */
export function countHostComponentsByState(objects: Pick<VsanObject, 'components'>[], hostId: string): StateCount[] {
  const counts = new Map<ComponentState, number>();
  for (const object of objects)
    for (const c of object.components) if (c.hostId === hostId) counts.set(c.state, (counts.get(c.state) ?? 0) + 1);
  return COMPONENT_STATES.filter((s) => counts.has(s)).map((state) => ({ state, count: counts.get(state) ?? 0 }));
}
