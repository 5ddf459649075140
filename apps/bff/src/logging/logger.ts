import type { DestinationStream, LevelWithSilent, Logger } from 'pino';
import pino from 'pino';

import type { AppDeps } from '../deps';

export type { Logger } from 'pino';

// Secrets never reach a log line, whatever a caller passes in fields: top level or one object down.
const SECRET_KEYS = ['password', 'currentPassword', 'newPassword', 'csrfToken', 'token', 'cookie', 'authorization'];
export const REDACT_PATHS = [
  ...SECRET_KEYS,
  ...SECRET_KEYS.map((key) => `*.${key}`),
  'headers["set-cookie"]',
  'headers["x-csrf-token"]',
  '*.headers.cookie',
  '*.headers["set-cookie"]',
  '*.headers["x-csrf-token"]',
];

const LEVELS = new Set<string>(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

/** LOG_LEVEL, when it names a pino level; info otherwise. */
export function logLevel(raw: string | undefined): LevelWithSilent {
  return raw !== undefined && LEVELS.has(raw) ? (raw as LevelWithSilent) : 'info';
}

/**
 * The BFF's structured log: JSON lines (time, level, msg, fields) on stdout, or on `destination` in tests.
 *
 * @example
 * const logger = createLogger({ level: 'info' });
 * logger.info({ reqId, status: 200 }, 'request');
 */
export function createLogger(options: { level?: LevelWithSilent; destination?: DestinationStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      formatters: { level: (label) => ({ level: label }) },
    },
    options.destination,
  );
}

/** The `AppDeps['log']` shape everything already calls, written through pino. */
export function toLogFunction(logger: Logger): AppDeps['log'] {
  return (message, fields) => logger.info(fields ?? {}, message);
}
