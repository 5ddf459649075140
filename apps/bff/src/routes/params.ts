import type { Request } from 'express';
import { DEFAULT_INITIATOR } from '@harborview/twin/engine/constants';
import { z } from 'zod';

import type { Caller } from '../backend/backend';
import { requestState } from '../security/request-state';

// Ids and names are opaque strings: bound their length so a hostile path cannot make us work hard.
const Segment = z.string().min(1).max(256);

/** Parses named path parameters as bounded strings (400 in the error shape otherwise). */
export function pathParams<K extends string>(req: Request, ...names: K[]): Record<K, string> {
  const shape = Object.fromEntries(names.map((n) => [n, Segment])) as Record<K, typeof Segment>;
  return z.object(shape).parse(req.params) as Record<K, string>;
}

/**
 * The task initiator: the signed-in user, as the vSphere Client's Recent Tasks names who started each task. The auth
 * guard runs before every mutating route, so a user is always there; the fallback only serves backends driven
 * without HTTP (the twin's own housekeeping tasks use the same name).
 */
export function callerOf(req: Request): Caller {
  const user = req.res === undefined ? undefined : requestState(req.res).user;
  return { user: user?.username ?? DEFAULT_INITIATOR };
}
