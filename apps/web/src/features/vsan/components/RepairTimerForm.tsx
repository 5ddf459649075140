import { TEST_IDS } from '@harborview/testids/testids';
import { useId, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';

import { SaveCancel } from '../../../shared/ui/DialogFooter';
import { formatDuration } from '../../../shared/ui/duration';
import { fieldClass, secondaryButton } from '../../../shared/ui/form-styles';
import { PropertyList } from '../../../shared/ui/Portlet';
import { ErrorState } from '../../../shared/ui/QueryState';
import { useCan } from '../../auth/use-can';

export interface RepairTimerFormProps {
  delaySeconds: number;
  objectsWaiting: number;
  saving: boolean;
  error: unknown;
  /** Resolves when saved; rejects with the API error, which the form shows while keeping what was typed. */
  onSave: (seconds: number) => Promise<unknown>;
  onReset: () => void;
}

/** vSAN > Services > Advanced Options: the Object Repair Timer, shown in minutes as the vSphere Client does. */
export function RepairTimerForm(props: RepairTimerFormProps): ReactNode {
  const { delaySeconds, saving, error, onSave, onReset } = props;
  const [draft, setDraft] = useState<string | null>(null);
  const inputId = useId();
  const can = useCan('operator');
  const minutes = Number(draft);
  const invalid = draft !== null && (draft.trim() === '' || !Number.isFinite(minutes) || minutes < 0);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (invalid || draft === null) return;
    try {
      await onSave(Math.round(minutes * 60));
      setDraft(null);
    } catch {
      // The error arrives through props; the draft stays so nothing typed is lost.
    }
  };

  if (draft === null)
    return (
      <div data-testid={TEST_IDS.repairTimerForm} className="space-y-2">
        <PropertyList
          items={[
            ['Object Repair Timer', `${delaySeconds / 60} minutes (${formatDuration(delaySeconds)})`],
            ['Objects waiting on the timer', props.objectsWaiting],
          ]}
        />
        <button
          type="button"
          className={secondaryButton}
          disabled={!can.allowed}
          title={can.title}
          onClick={() => {
            onReset();
            setDraft(String(delaySeconds / 60));
          }}
        >
          Edit Object Repair Timer
        </button>
      </div>
    );

  return (
    <form data-testid={TEST_IDS.repairTimerForm} onSubmit={(e) => void submit(e)} className="space-y-2" noValidate>
      <label htmlFor={inputId} className="block text-sm">
        Object Repair Timer (minutes)
      </label>
      <input
        id={inputId}
        type="number"
        min={0}
        step="any"
        inputMode="decimal"
        value={draft}
        aria-invalid={invalid}
        aria-describedby={`${inputId}-hint`}
        onChange={(e) => setDraft(e.target.value)}
        className={`${fieldClass} w-32`}
      />
      <p id={`${inputId}-hint`} className="text-xs text-slate-500 dark:text-slate-400">
        {invalid
          ? 'Enter a number of minutes, 0 or more.'
          : 'How long vSAN waits before rebuilding Absent components (default 60).'}
      </p>
      {error ? <ErrorState error={error} /> : null}
      <SaveCancel
        saving={saving}
        disabled={invalid}
        onCancel={() => {
          onReset();
          setDraft(null);
        }}
      />
    </form>
  );
}
