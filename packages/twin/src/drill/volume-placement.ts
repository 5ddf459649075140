import type { DrillReport } from '@harborview/contracts/drills';

import { volumeView } from '../engine/queries/volumes';
import type { TwinState } from '../engine/state';

/** Each named volume's policy (name and content) and where its components are, with their state. */
export function volumePlacement(s: TwinState, names: readonly string[]): DrillReport['volumes'] {
  return names.flatMap((name) => {
    const v = volumeView(s, name);
    if (v === undefined) return [];
    const policy = v.object.policyName;
    const stored = s.policies.store.find((p) => p.name === policy);
    return [
      {
        name: v.fullName,
        policy,
        policyContent: stored?.content ?? s.policies.defaultPolicy.content,
        placement: v.object.components.map((c) => ({
          type: c.type,
          hostId: c.hostId,
          hostName: c.hostName,
          state: c.state,
        })),
      },
    ];
  });
}
