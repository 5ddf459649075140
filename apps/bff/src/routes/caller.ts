import { DEFAULT_INITIATOR } from '@harborview/twin/engine';
import type { Request } from 'express';

import type { Caller } from '../backend/backend';
import { requestState } from '../security/request-state';

/**
 * The task initiator: the signed-in user, as the vSphere Client's Recent Tasks names who started each task. The auth
 * guard runs before every mutating route, so a user is always there; the fallback only serves backends driven
 * without HTTP (the twin's own housekeeping tasks use the same name).
 */
export function callerOf(req: Request): Caller {
  const user = req.res === undefined ? undefined : requestState(req.res).user;
  return { user: user?.username ?? DEFAULT_INITIATOR };
}
