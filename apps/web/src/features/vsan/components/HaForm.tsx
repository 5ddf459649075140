import { TEST_IDS } from '@harborview/testids/testids';
import { useId, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';

import { SaveCancel } from '../../../shared/ui/DialogFooter';
import { secondaryButton } from '../../../shared/ui/form-styles';
import { PropertyList } from '../../../shared/ui/Portlet';
import { ErrorState } from '../../../shared/ui/QueryState';
import { StatusBadge } from '../../../shared/ui/StatusBadge';
import { useCan } from '../../auth/use-can';

export interface HaFormProps {
  enabled: boolean;
  saving: boolean;
  error: unknown;
  /** Resolves when saved; rejects with the API error, which the form shows while keeping the choice. */
  onSave: (enabled: boolean) => Promise<unknown>;
  onReset: () => void;
}

/** Services > vSphere Availability: vSphere HA on or off. */
export function HaForm({ enabled, saving, error, onSave, onReset }: HaFormProps): ReactNode {
  const [draft, setDraft] = useState<boolean | null>(null);
  const checkboxId = useId();
  const can = useCan('operator');

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (draft === null) return;
    try {
      await onSave(draft);
      setDraft(null);
    } catch {
      // The error arrives through props; the choice stays.
    }
  };

  if (draft === null)
    return (
      <div data-testid={TEST_IDS.haForm} className="space-y-2">
        <PropertyList
          items={[
            [
              'vSphere HA',
              <StatusBadge key="ha" tone={enabled ? 'ok' : 'neutral'}>
                {enabled ? 'Turned ON' : 'Turned OFF'}
              </StatusBadge>,
            ],
          ]}
        />
        <button
          type="button"
          className={secondaryButton}
          disabled={!can.allowed}
          title={can.title}
          onClick={() => {
            onReset();
            setDraft(enabled);
          }}
        >
          Edit vSphere Availability
        </button>
      </div>
    );

  return (
    <form data-testid={TEST_IDS.haForm} onSubmit={(e) => void submit(e)} className="space-y-2">
      <div className="flex items-center gap-2 text-sm">
        <input
          id={checkboxId}
          type="checkbox"
          checked={draft}
          onChange={(e) => setDraft(e.target.checked)}
          className="h-4 w-4 focus-visible:outline-2 focus-visible:outline-sky-500"
        />
        <label htmlFor={checkboxId}>Turn on vSphere HA</label>
      </div>
      {error ? <ErrorState error={error} /> : null}
      <SaveCancel
        saving={saving}
        onCancel={() => {
          onReset();
          setDraft(null);
        }}
      />
    </form>
  );
}
