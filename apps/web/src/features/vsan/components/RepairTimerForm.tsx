import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';
import { useId } from 'react';

import { formatDuration } from '../../../shared/ui/duration';
import { fieldClass } from '../../../shared/ui/form-styles';
import { PropertyList } from '../../../shared/ui/Portlet';

import { EditSettingButton, SettingFormFooter, useSettingDraft } from './SettingForm';

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
  const { draft, setDraft, edit, cancel, submit } = useSettingDraft<string>(onReset);
  const inputId = useId();
  const minutes = Number(draft);
  const invalid = draft !== null && (draft.trim() === '' || !Number.isFinite(minutes) || minutes < 0);

  if (draft === null)
    return (
      <div data-testid={TEST_IDS.repairTimerForm} className="space-y-2">
        <PropertyList
          items={[
            ['Object Repair Timer', `${delaySeconds / 60} minutes (${formatDuration(delaySeconds)})`],
            ['Objects waiting on the timer', props.objectsWaiting],
          ]}
        />
        <EditSettingButton label="Edit Object Repair Timer" onEdit={() => edit(String(delaySeconds / 60))} />
      </div>
    );

  return (
    <form
      data-testid={TEST_IDS.repairTimerForm}
      onSubmit={(e) => void submit(e, invalid ? null : () => onSave(Math.round(minutes * 60)))}
      className="space-y-2"
      noValidate
    >
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
      <SettingFormFooter error={error} saving={saving} disabled={invalid} onCancel={cancel} />
    </form>
  );
}
