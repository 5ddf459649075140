import type { ConsoleBackend } from './backend/backend';

/** Everything the app needs from outside, handed in so tests can build it in-process. */
export interface AppDeps {
  backend: ConsoleBackend;
  version: string;
  /** The built console (apps/web/dist); when absent, only /api is served. */
  webDistDir?: string;
  log: (message: string, fields?: Record<string, unknown>) => void;
}
