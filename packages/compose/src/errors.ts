/** Why a compose file or a set of mappings was refused as a whole; the BFF maps these to 4xx bodies. */
export type ComposeErrorCode =
  | 'too-large'
  | 'too-deep'
  | 'alias-bomb'
  | 'invalid-yaml'
  | 'multiple-documents'
  | 'not-a-compose-file'
  | 'unsupported-syntax'
  | 'invalid-mappings'
  | 'verification-failed';

/** The one error type this package throws; `details` carries per-mapping errors for `invalid-mappings`. */
export class ComposeError extends Error {
  readonly code: ComposeErrorCode;
  readonly details: readonly unknown[];

  constructor(code: ComposeErrorCode, message: string, details: readonly unknown[] = []) {
    super(message);
    this.name = 'ComposeError';
    this.code = code;
    this.details = details;
  }
}

/** Narrows an unknown thrown value to a ComposeError with the given code (handy in tests and route handlers). */
export function isComposeError(value: unknown, code?: ComposeErrorCode): value is ComposeError {
  return value instanceof ComposeError && (code === undefined || value.code === code);
}
