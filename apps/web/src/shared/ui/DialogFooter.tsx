import type { ReactNode } from 'react';

import {
  dialogActionButton,
  dialogCancelButton,
  dialogDangerButton,
  primaryButton,
  secondaryButton,
} from './form-styles';

export interface DialogFooterProps {
  /** The action's name on its button, e.g. "Change" or "Delete". */
  label: string;
  /** The action is under way: its button is disabled so it is not sent twice. */
  busy: boolean;
  /** Red for what cannot be undone. */
  danger?: boolean;
  /** Given for a button outside a form; without it the button submits its form. */
  onConfirm?: () => void;
  onCancel: () => void;
}

/** Cancel and the action, right-aligned at the foot of a dialog. */
export function DialogFooter({ label, busy, danger = false, onConfirm, onCancel }: DialogFooterProps): ReactNode {
  return (
    <div className="flex justify-end gap-2 text-sm">
      <button type="button" onClick={onCancel} className={dialogCancelButton}>
        Cancel
      </button>
      <button
        type={onConfirm ? 'button' : 'submit'}
        disabled={busy}
        onClick={onConfirm}
        className={danger ? dialogDangerButton : dialogActionButton}
      >
        {label}
      </button>
    </div>
  );
}

/** Save (it submits the form; "Saving…" while it is sent) and Cancel under a Configure form being edited. */
export function SaveCancel({
  saving,
  disabled = false,
  onCancel,
}: {
  saving: boolean;
  /** Save is refused while the draft is invalid. */
  disabled?: boolean;
  onCancel: () => void;
}): ReactNode {
  return (
    <div className="flex gap-2">
      <button type="submit" className={primaryButton} disabled={saving || disabled}>
        {saving ? 'Saving…' : 'Save'}
      </button>
      <button type="button" className={secondaryButton} onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
