import type { DrillPreflight } from '@harborview/contracts/drills';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';

import { primaryButton } from '../../../shared/ui/form-styles';
import { FormError } from '../../../shared/ui/FormField';
import { useCan } from '../../auth/use-can';

export interface StartDrillProps {
  preflight: DrillPreflight;
  confirmed: boolean;
  busy: boolean;
  error: string | null;
  onConfirmedChange: (confirmed: boolean) => void;
  onStart: () => void;
}

/**
 * Starts the drill. A fault that takes something down asks for an explicit confirmation that names every casualty
 * first; the names go to the API as `confirm`, so the server checks the same list.
 */
export function StartDrill({
  preflight,
  confirmed,
  busy,
  error,
  onConfirmedChange,
  onStart,
}: StartDrillProps): ReactNode {
  const needs = preflight.requiresConfirmation;
  const can = useCan('operator');
  return (
    <div className="space-y-2 text-sm">
      {needs && (
        <div
          data-testid={TEST_IDS.drillConfirm}
          className="space-y-2 rounded border border-red-400 bg-red-50 p-3 text-red-950 dark:border-red-700 dark:bg-red-950/50 dark:text-red-100"
        >
          <p className="font-semibold">This fault takes {preflight.goesDown.length} things down:</p>
          <ul className="list-inside list-disc">
            {preflight.goesDown.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={confirmed} onChange={(e) => onConfirmedChange(e.target.checked)} />I
            understand that {preflight.goesDown.join(', ')} will go down
          </label>
        </div>
      )}
      <button
        type="button"
        data-testid={TEST_IDS.drillStart}
        className={primaryButton}
        disabled={busy || (needs && !confirmed) || !can.allowed}
        title={can.title}
        onClick={onStart}
      >
        {busy ? 'Starting…' : 'Start drill'}
      </button>
      <FormError error={error} />
    </div>
  );
}
