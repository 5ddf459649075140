import type { PolicyValidation } from '@harborview/contracts/policies';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';

import { StatusBadge } from '../../../shared/ui/StatusBadge';

/** Step 4: Storage compatibility, judged by the twin against the live cluster (`POST /api/policies/validate`). */
export function CompatibilityStep({
  validation,
  datastores,
}: {
  validation: PolicyValidation | null;
  datastores: readonly string[];
}): ReactNode {
  if (!validation) return <p role="status">Checking the policy against the cluster…</p>;
  const errors = validation.issues.filter((i) => i.severity === 'error');
  const warnings = validation.issues.filter((i) => i.severity === 'warning');
  const compatible = validation.ok;
  return (
    <section
      data-testid={TEST_IDS.policyCompatibility}
      aria-label="Storage compatibility"
      className="space-y-2 text-sm"
    >
      <p>
        <StatusBadge tone={compatible ? 'ok' : 'error'}>{compatible ? 'COMPATIBLE' : 'INCOMPATIBLE'}</StatusBadge>{' '}
        {datastores.join(', ') || 'vsanDatastore'}
      </p>
      {errors.length > 0 && (
        <ul className="list-disc pl-5 text-red-800 dark:text-red-200">
          {errors.map((i) => (
            <li key={`${i.code}-${i.offset}`}>{i.message}</li>
          ))}
        </ul>
      )}
      {warnings.length > 0 && (
        <ul className="list-disc pl-5 text-yellow-800 dark:text-yellow-200">
          {warnings.map((i) => (
            <li key={`${i.code}-${i.offset}`}>{i.message}</li>
          ))}
        </ul>
      )}
      {!compatible && (
        <p className="text-slate-600 dark:text-slate-300">
          vDVS stores the policy anyway (it does not check content); volumes created with it will fail.
        </p>
      )}
    </section>
  );
}
