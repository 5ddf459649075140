import type { RouteSpec } from '@harborview/contracts/api-spec';
import type { RequestHandler, Response } from 'express';

import { requestState } from '../security/request-state';

import { auditAction } from './audit-action';
import type { AuditLog } from './audit-log';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
// Body fields that name what a change is about; nothing else from a body is ever stored (passwords live there).
const NAME_FIELDS = ['name', 'username', 'hostId', 'vmId'] as const;
const MAX_VALUE = 200;

function namesIn(body: unknown): Record<string, string> {
  if (typeof body !== 'object' || body === null) return {};
  const names: Record<string, string> = {};
  for (const field of NAME_FIELDS) {
    const value = (body as Record<string, unknown>)[field];
    if (typeof value === 'string') names[field] = value.slice(0, MAX_VALUE);
  }
  return names;
}

export interface AuditRecorderOptions {
  audit: AuditLog;
  specs: readonly RouteSpec[];
  nowMs: () => number;
  /** Twin time when the answer went out; null when the backend has no clock. */
  twinTime: () => Promise<string | null>;
  onError: (error: unknown) => void;
}

/**
 * Records every change the API answers (who, when in wall and twin time, what, target, result) once the answer
 * is sent. Runs before the auth guard so its refusals are recorded too. Not recorded: reads, read-only POSTs,
 * unknown routes, and requests from nobody (no session and no sign-in name), so anonymous noise cannot fill it.
 */
export function createAuditRecorder(options: AuditRecorderOptions): RequestHandler {
  const write = async (res: Response, method: string, body: unknown): Promise<void> => {
    const state = requestState(res);
    const { route } = state;
    if (!route || route.spec.readOnly) return;
    const user = state.user?.username ?? state.signInName ?? null;
    // Sign-ins refused by the throttle are counted there and in the request log, not stored: a flood stays bounded.
    if (user === null || (!state.user && res.statusCode === 429)) return;
    options.audit.record({
      atMs: options.nowMs(),
      twinTime: await options.twinTime().catch(() => null),
      user: user.slice(0, 64),
      role: state.user?.role ?? null,
      method: method as 'POST' | 'PUT' | 'DELETE',
      route: route.spec.path,
      action: auditAction(route.spec, options.specs),
      target: { ...route.params, ...namesIn(body) },
      status: res.statusCode,
      errorCode: state.errorCode ?? null,
      requestId: state.requestId ?? '',
    });
  };
  return (req, res, next) => {
    if (!READ_METHODS.has(req.method)) {
      res.on('close', () => {
        write(res, req.method, req.body).catch(options.onError);
      });
    }
    next();
  };
}
