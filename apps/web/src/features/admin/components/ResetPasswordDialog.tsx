import type { FormEvent, ReactNode } from 'react';
import { useState } from 'react';

import { Dialog } from '../../../shared/ui/Dialog';
import { DialogFooter } from '../../../shared/ui/DialogFooter';
import { FormError, PasswordField } from '../../../shared/ui/FormField';
import { newPasswordError } from '../../auth/password-form';

export interface ResetPasswordDialogProps {
  username: string;
  busy: boolean;
  error: string | null;
  onReset: (password: string) => void;
  onClose: () => void;
}

/** Reset Password (admin): a new password for someone else; the server signs them out everywhere. */
export function ResetPasswordDialog({ username, busy, error, onReset, onClose }: ResetPasswordDialogProps): ReactNode {
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [checked, setChecked] = useState(false);
  const passwordError = checked ? newPasswordError(password, confirmation) : undefined;
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    setChecked(true);
    if (!newPasswordError(password, confirmation)) onReset(password);
  };
  return (
    <Dialog title="Reset Password" subtitle={username} onClose={onClose}>
      <form noValidate onSubmit={submit} className="w-96 max-w-full space-y-3 text-sm">
        <p>The user is signed out everywhere and signs in again with the new password.</p>
        <PasswordField
          id="reset-password"
          label="New password"
          value={password}
          error={passwordError}
          onChange={setPassword}
        />
        <PasswordField
          id="reset-password-confirm"
          label="Confirm new password"
          value={confirmation}
          onChange={setConfirmation}
        />
        <FormError error={error} />
        <DialogFooter label="Reset" busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
