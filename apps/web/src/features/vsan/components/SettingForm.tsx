import type { FormEvent, ReactNode } from 'react';
import { useState } from 'react';

import { SaveCancel } from '../../../shared/ui/DialogFooter';
import { secondaryButton } from '../../../shared/ui/form-styles';
import { ErrorState } from '../../../shared/ui/QueryState';
import { useCan } from '../../auth/use-can';

export interface SettingDraft<D> {
  /** `null` while the setting is only shown; the value being edited otherwise. */
  draft: D | null;
  setDraft: (draft: D) => void;
  /** Edit: starts from `from`, clearing the last save's error. */
  edit: (from: D) => void;
  /** Cancel: back to showing the setting, clearing the last save's error. */
  cancel: () => void;
  /** Submits the form through `send`: a save closes it, a refusal keeps the draft (the error arrives through props). */
  submit: (event: FormEvent, send: (() => Promise<unknown>) | null) => Promise<void>;
}

/** The draft of a cluster setting edited in place (HA, the Object Repair Timer), as the vSphere Client's EDIT does. */
export function useSettingDraft<D>(onReset: () => void): SettingDraft<D> {
  const [draft, setDraft] = useState<D | null>(null);
  return {
    draft,
    setDraft,
    edit: (from) => {
      onReset();
      setDraft(from);
    },
    cancel: () => {
      onReset();
      setDraft(null);
    },
    submit: async (event, send) => {
      event.preventDefault();
      if (!send) return;
      try {
        await send();
        setDraft(null);
      } catch {
        // The error arrives through props; the draft stays so nothing chosen or typed is lost.
      }
    },
  };
}

/** A setting's EDIT button; operators and admins only (the title says why it is disabled for a viewer). */
export function EditSettingButton({ label, onEdit }: { label: string; onEdit: () => void }): ReactNode {
  const can = useCan('operator');
  return (
    <button type="button" className={secondaryButton} disabled={!can.allowed} title={can.title} onClick={onEdit}>
      {label}
    </button>
  );
}

/** The foot of a setting being edited: the last save's error, then Save and Cancel. */
export function SettingFormFooter({
  error,
  saving,
  disabled,
  onCancel,
}: {
  error: unknown;
  saving: boolean;
  disabled?: boolean;
  onCancel: () => void;
}): ReactNode {
  return (
    <>
      {error ? <ErrorState error={error} /> : null}
      <SaveCancel saving={saving} disabled={disabled} onCancel={onCancel} />
    </>
  );
}
