import type { StreamMessage } from '@harborview/contracts/stream';

import type { Auth } from './auth/auth';
import type { ConsoleBackend } from './backend/backend';
import type { DrillApi } from './drills/drill-service';
import type { Logger } from './logging/logger';
import type { EventHub } from './sse/event-hub';
import type { Store } from './store/types';
import type { LoggedCommand } from './twin-runtime/twin-engine';

/** Everything the app needs from outside, handed in so tests can build it in-process. */
export interface AppDeps {
  backend: ConsoleBackend;
  version: string;
  /** The persisted event log and the live hub behind `/api/events` and `/api/stream`. */
  stream?: { store: Pick<Store<unknown, unknown, StreamMessage>, 'eventsAfter' | 'latestEventId'>; hub: EventHub };
  /** The twin's persisted command log, which the runbook is derived from; absent for backends that keep none. */
  commandLog?: Pick<Store<LoggedCommand>, 'commandsAfter'>;
  /** Failover drills (`/api/drills`); absent for backends without them (the routes then answer 503). */
  drills?: DrillApi;
  /** The built console (apps/web/dist); when absent, only /api is served. */
  webDistDir?: string;
  /** Users, sessions and the audit log: every /api route but the public ones needs a session (auth/auth-guard.ts). */
  auth: Auth;
  /** Where request lines go (one per request, with its id); none are written when absent. */
  logger?: Logger;
  /** Express's `trust proxy` (TRUST_PROXY): X-Forwarded-For/-Proto then name the client and https. Off by default. */
  trustProxy?: boolean | number | string;
  log: (message: string, fields?: Record<string, unknown>) => void;
}
