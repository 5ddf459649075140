import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@harborview/contracts/users';

import { ApiError } from '../../shared/lib/http';

/** The checks the server makes on a new password, run before asking it; undefined when it is fine. */
export function newPasswordError(password: string, confirmation?: string): string | undefined {
  if (password.length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters`;
  if (password.length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters`;
  if (confirmation !== undefined && confirmation !== password) return 'The passwords do not match';
  return undefined;
}

/** A field's message from a 400's `details` (`[{ path, message }]`), e.g. the wrong current password. */
export function fieldErrorOf(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return undefined;
  const issue = (error.details as { path?: unknown; message?: unknown }[]).find(
    (d) => d.path === field || (Array.isArray(d.path) && d.path[0] === field),
  );
  return typeof issue?.message === 'string' ? issue.message : undefined;
}
