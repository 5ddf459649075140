import type { ReactNode } from 'react';

export interface FormActionsProps {
  /** The action's name on its button, e.g. "Change" or "Delete". */
  label: string;
  busy: boolean;
  /** Red for what cannot be undone. */
  danger?: boolean;
  /** Given for a button outside a form; without it the button submits its form. */
  onConfirm?: () => void;
  onCancel: () => void;
}

/** Cancel and the action, right-aligned at the foot of a small dialog. */
export function FormActions({ label, busy, danger = false, onConfirm, onCancel }: FormActionsProps): ReactNode {
  return (
    <div className="flex justify-end gap-2 text-sm">
      <button type="button" onClick={onCancel} className="rounded px-3 py-1">
        Cancel
      </button>
      <button
        type={onConfirm ? 'button' : 'submit'}
        disabled={busy}
        onClick={onConfirm}
        className={`rounded px-3 py-1 text-white disabled:opacity-50 ${danger ? 'bg-red-700' : 'bg-sky-700'}`}
      >
        {label}
      </button>
    </div>
  );
}
