import { API_SPEC } from '@harborview/contracts/api-routes';
import type { RequestHandler } from 'express';

import { createAuditRecorder } from '../audit/audit-recorder';
import { createAuthGuard } from '../auth/auth-guard';
import type { AppDeps } from '../deps';
import { createLogger } from '../logging/logger';
import { createRequestLogger } from '../logging/request-logger';

import { securityHeaders } from './headers';

/** In front of everything (API and console files): a request id and log line, and the security headers. */
export function appSecurity(deps: AppDeps): RequestHandler[] {
  return [
    createRequestLogger(deps.logger ?? createLogger({ level: 'silent' })),
    securityHeaders({ https: deps.auth.cookieSecure === true }),
  ];
}

/** In front of every /api route, before bodies are read: the audit recorder, then the one access check. */
export function apiSecurity(deps: AppDeps): RequestHandler[] {
  return [
    createAuditRecorder({
      audit: deps.auth.audit,
      specs: API_SPEC,
      nowMs: deps.auth.nowMs,
      twinTime: async () => (await deps.backend.clock()).now,
      onError: (error) => deps.log('could not write the audit log', { error: String(error) }),
    }),
    createAuthGuard(deps.auth, API_SPEC),
  ];
}
