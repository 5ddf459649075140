import { TEST_IDS } from '@harborview/testids/testids';
import { useMutation } from '@tanstack/react-query';
import type { FormEvent, ReactNode } from 'react';
import { useState } from 'react';

import { Dialog } from '../../shared/ui/Dialog';
import { DialogFooter } from '../../shared/ui/DialogFooter';
import { dialogActionButton } from '../../shared/ui/form-styles';
import { FormError, PasswordField } from '../../shared/ui/FormField';

import { changePassword } from './api';
import { fieldErrorOf, newPasswordError } from './password-form';

/** Change Password from the user menu: the current password, the new one twice. */
export function ChangePasswordDialog({ onClose }: { onClose: () => void }): ReactNode {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [checked, setChecked] = useState(false);
  const change = useMutation({ mutationFn: changePassword });

  const nextError = checked ? newPasswordError(next, confirmation) : undefined;
  const currentError = fieldErrorOf(change.error, 'currentPassword');
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    setChecked(true);
    if (!current || newPasswordError(next, confirmation)) return;
    change.mutate({ currentPassword: current, newPassword: next });
  };

  return (
    <Dialog title="Change Password" onClose={onClose} testId={TEST_IDS.changePasswordDialog}>
      {change.isSuccess ? (
        <div className="space-y-3 text-sm">
          <p role="status">Password changed. Your other sessions were signed out.</p>
          <div className="flex justify-end">
            <button type="button" onClick={onClose} className={dialogActionButton}>
              OK
            </button>
          </div>
        </div>
      ) : (
        <form noValidate onSubmit={submit} className="w-96 max-w-full space-y-3">
          <PasswordField
            id="current-password"
            label="Current password"
            autoComplete="current-password"
            value={current}
            error={currentError}
            onChange={setCurrent}
          />
          <PasswordField id="new-password" label="New password" value={next} error={nextError} onChange={setNext} />
          <PasswordField
            id="confirm-password"
            label="Confirm new password"
            value={confirmation}
            onChange={setConfirmation}
          />
          {!currentError && <FormError error={change.error?.message} />}
          <DialogFooter label="Change" busy={change.isPending} onCancel={onClose} />
        </form>
      )}
    </Dialog>
  );
}
