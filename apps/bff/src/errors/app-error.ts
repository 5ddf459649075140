import type { ErrorCode } from '@harborview/contracts/errors';
import { ERROR_STATUS } from '@harborview/contracts/errors';

/** The one error type handlers and services throw; the error middleware turns it into the API's error body. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.status = ERROR_STATUS[code];
    this.details = details;
  }
}

/** 404 for an object id the backend does not know. */
export function notFound(kind: string, id: string): AppError {
  return new AppError('not_found', `No ${kind} with id '${id}'`);
}
