/** Why the store refused to open or write; never a reason to delete the file. */
export type StoreErrorCode = 'corrupt' | 'incompatible' | 'invalid_input';

/** Raised by the store with a message that names the file and what the operator can do. */
export class StoreError extends Error {
  readonly code: StoreErrorCode;

  constructor(code: StoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
    this.code = code;
  }
}
