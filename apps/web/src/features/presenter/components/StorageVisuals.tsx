import type { Policy } from '@harborview/contracts/policies';
import type { Volume } from '@harborview/contracts/volumes';
import type { ReactNode } from 'react';

import { formatBytes } from '../../../shared/lib/format';
import { componentStateBadge } from '../../vsan/component-state';

import { Card, Cards } from './Big';

/** Beat 3: the policy and what its rules mean. */
export function PolicyVisual({ policy }: { policy: Policy | undefined }): ReactNode {
  if (!policy) return <p className="text-xl">No policy SW=2 yet.</p>;
  return (
    <div className="space-y-2">
      <p className="text-3xl font-semibold">{policy.name}</p>
      <p className="font-mono text-xl">{policy.content}</p>
      <ul aria-label="Policy rules" className="list-inside list-disc text-xl">
        {policy.rules.map((r) => (
          <li key={r.key}>{r.description}</li>
        ))}
      </ul>
      <p className="text-lg text-slate-600 dark:text-slate-300">{policy.active}</p>
    </div>
  );
}

/** Beat 4: the three volumes, their size and policy. */
export function VolumesVisual({ volumes }: { volumes: readonly Volume[] }): ReactNode {
  return (
    <Cards label="Volumes">
      {volumes.map((v) => (
        <Card key={v.name} title={v.fullName} tone={v.object.accessible ? 'ok' : 'error'}>
          {formatBytes(v.capacityBytes)} · policy {v.policy} · {v.object.components.length} components · {v.status}
        </Card>
      ))}
    </Cards>
  );
}

/** Beat 11: each volume's components by state, and whether the object is still accessible. */
export function ComponentsVisual({ volumes }: { volumes: readonly Volume[] }): ReactNode {
  return (
    <Cards label="Volume components">
      {volumes.map((v) => {
        const states = new Map<string, number>();
        for (const c of v.object.components) {
          const label = componentStateBadge(c.state).label;
          states.set(label, (states.get(label) ?? 0) + 1);
        }
        return (
          <Card key={v.name} title={v.fullName} tone={v.object.accessible ? 'ok' : 'error'}>
            <span className="block">{[...states].map(([label, n]) => `${n} ${label}`).join(', ')}</span>
            <span className="block font-semibold">{v.object.accessible ? 'Accessible' : 'Inaccessible'}</span>
            <span className="block text-sm">{v.object.healthLabel}</span>
          </Card>
        );
      })}
    </Cards>
  );
}
