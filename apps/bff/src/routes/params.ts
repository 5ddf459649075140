import type { Request } from 'express';
import { z } from 'zod';

import type { Caller } from '../backend/backend';

// Ids and names are opaque strings: bound their length so a hostile path cannot make us work hard.
const Segment = z.string().min(1).max(256);

/** Parses named path parameters as bounded strings (400 in the error shape otherwise). */
export function pathParams<K extends string>(req: Request, ...names: K[]): Record<K, string> {
  const shape = Object.fromEntries(names.map((n) => [n, Segment])) as Record<K, typeof Segment>;
  return z.object(shape).parse(req.params) as Record<K, string>;
}

/** The task initiator. Until sign-in exists every request acts as the vCenter administrator. */
export function callerOf(_req: Request): Caller {
  return { user: 'VSPHERE.LOCAL\\Administrator' };
}
