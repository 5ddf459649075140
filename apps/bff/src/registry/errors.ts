/** The registry is not serving: connection refused or reset, or no answer in time. Verify maps it to `unavailable`. */
export class RegistryUnavailableError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'RegistryUnavailableError';
  }
}

/** The registry answered, but not with what the call expected (404 for a lost blob, 400 for a bad digest...). */
export class RegistryHttpError extends Error {
  readonly status: number;
  /** The distribution error code from the body, e.g. `BLOB_UNKNOWN` or `MANIFEST_UNKNOWN`, when there is one. */
  readonly code: string | undefined;

  constructor(status: number, code: string | undefined, message: string) {
    super(message);
    this.name = 'RegistryHttpError';
    this.status = status;
    this.code = code;
  }
}

/** The loopback port the registry should listen on is taken by another process. */
export class RegistryPortInUseError extends Error {
  readonly port: number;

  constructor(port: number) {
    super(
      `Harbor's registry cannot listen on 127.0.0.1:${port}: the port is already in use by another process. ` +
        'Stop that process (the registry keeps retrying), or restart Harborview to give the registry another port.',
    );
    this.name = 'RegistryPortInUseError';
    this.port = port;
  }
}

/** The registry process exited or never answered `GET /v2/` while starting; carries its last stderr lines. */
export class RegistryStartError extends Error {
  readonly output: readonly string[];

  constructor(message: string, output: readonly string[]) {
    super(output.length > 0 ? `${message}. Last output: ${output.join(' | ')}` : message);
    this.name = 'RegistryStartError';
    this.output = output;
  }
}
