import type { ReactNode } from 'react';

import { Dialog } from '../../../shared/ui/Dialog';
import { DialogFooter } from '../../../shared/ui/DialogFooter';
import { FormError } from '../../../shared/ui/FormField';

export interface DeleteUserDialogProps {
  username: string;
  busy: boolean;
  /** The API's refusal, e.g. the 409 for the last admin. */
  error: string | null;
  onDelete: () => void;
  onClose: () => void;
}

/** Delete User: asks first, and shows the server's reason when it refuses. */
export function DeleteUserDialog({ username, busy, error, onDelete, onClose }: DeleteUserDialogProps): ReactNode {
  return (
    <Dialog title="Delete User" subtitle={username} onClose={onClose}>
      <div className="w-96 max-w-full space-y-3 text-sm">
        <p>
          Delete the user <strong>{username}</strong>? Their sessions end now.
        </p>
        <FormError error={error} />
        <DialogFooter label="Delete" danger busy={busy} onConfirm={onDelete} onCancel={onClose} />
      </div>
    </Dialog>
  );
}
