import { ApiError } from '../../shared/lib/http';

/** What the sign-in form says when sign-in fails: the same words for any wrong part, a wait time when throttled. */
export function loginErrorMessage(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Sign-in failed. Try again.';
  if (error.status === 401) return 'Invalid user name or password.';
  if (error.status === 429) {
    const seconds = (error.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
    return typeof seconds === 'number'
      ? `Too many attempts, try again in ${seconds} s`
      : 'Too many attempts, try again later';
  }
  if (error.status === 0) return 'Cannot reach the console server.';
  return error.message;
}
