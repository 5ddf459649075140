import type { StreamMessage } from '@harborview/contracts/stream';

import type { ConsoleBackend } from './backend/backend';
import type { LoggedCommand } from './twin-runtime/twin-engine';
import type { EventHub } from './sse/event-hub';
import type { Store } from './store/types';

/** Everything the app needs from outside, handed in so tests can build it in-process. */
export interface AppDeps {
  backend: ConsoleBackend;
  version: string;
  /** The persisted event log and the live hub behind `/api/events` and `/api/stream`. */
  stream?: { store: Pick<Store<unknown, unknown, StreamMessage>, 'eventsAfter' | 'latestEventId'>; hub: EventHub };
  /** The twin's persisted command log, which the runbook is derived from; absent for backends that keep none. */
  commandLog?: Pick<Store<LoggedCommand>, 'commandsAfter'>;
  /** The built console (apps/web/dist); when absent, only /api is served. */
  webDistDir?: string;
  log: (message: string, fields?: Record<string, unknown>) => void;
}
