import { TEST_IDS } from '@harborview/testids/testids';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';

import { Dialog } from '../../shared/ui/Dialog';

import { changePassword } from './api';
import { FormActions } from './FormActions';
import { fieldErrorOf, newPasswordError } from './password-form';
import { PasswordField } from './PasswordField';

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
            <button type="button" onClick={onClose} className="rounded bg-sky-700 px-3 py-1 text-white">
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
          {change.isError && !currentError && (
            <p role="alert" className="text-sm text-red-700 dark:text-red-300">
              {change.error.message}
            </p>
          )}
          <FormActions label="Change" busy={change.isPending} onCancel={onClose} />
        </form>
      )}
    </Dialog>
  );
}
