import type { Role } from '@harborview/contracts/users';
import type { Response } from 'express';

import type { RouteMatch } from '../auth/route-lookup';
import type { SessionRecord } from '../auth/session-manager';

/** What the request pipeline learns about a request, shared by the guard, the routes, the audit and the log. */
export interface RequestState {
  requestId?: string;
  /** The API_SPEC route the request is for. */
  route?: RouteMatch;
  session?: SessionRecord;
  user?: { username: string; role: Role };
  /** The name tried at sign-in, so a failed sign-in can be audited. */
  signInName?: string;
  /** The error body's code, when the answer was an error. */
  errorCode?: string;
}

/** The request's state, kept on `res.locals` (created on first use). */
export function requestState(res: Response): RequestState {
  const locals = res.locals as { harborview?: RequestState };
  locals.harborview ??= {};
  return locals.harborview;
}
