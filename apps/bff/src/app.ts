import type { Express } from 'express';
import express from 'express';

import type { AppDeps } from './deps';
import { apiNotFound, createErrorMiddleware, requireJsonBody } from './errors/error-middleware';
import { registerAuditRoutes } from './routes/audit.routes';
import { registerClusterRoutes } from './routes/cluster.routes';
import { registerDrillRoutes } from './routes/drills.routes';
import { registerHarborRoutes } from './routes/harbor.routes';
import { registerHealthRoutes } from './routes/health.routes';
import { registerInventoryRoutes } from './routes/inventory.routes';
import { registerOpenApiRoutes } from './routes/openapi.routes';
import { registerPolicyRoutes } from './routes/policies.routes';
import { registerSessionRoutes } from './routes/session.routes';
import { registerSetupRoutes } from './routes/setup.routes';
import { registerStreamRoutes } from './routes/stream.routes';
import { registerTaskRoutes } from './routes/tasks.routes';
import { registerTwinRoutes } from './routes/twin.routes';
import { registerUserRoutes } from './routes/users.routes';
import { registerVolumeRoutes } from './routes/volumes.routes';
import { registerComposeMountRoutes, registerRunbookRoutes } from './runbook/runbook.routes';
import { apiSecurity, appSecurity } from './security/security-middleware';
import { mountSpa } from './static/spa';

const JSON_BODY_LIMIT = '1mb';

/** Builds the HTTP app without listening, so tests run it in-process (turborepo's createServer()). */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.set('trust proxy', deps.trustProxy ?? false);
  app.use(appSecurity(deps));

  const api = express.Router();
  // Access is decided before a body is read: nothing is parsed for a caller who is turned away.
  api.use(apiSecurity(deps));
  api.use(requireJsonBody);
  api.use(express.json({ limit: JSON_BODY_LIMIT }));
  for (const register of [
    registerHealthRoutes,
    registerOpenApiRoutes,
    registerInventoryRoutes,
    registerClusterRoutes,
    registerPolicyRoutes,
    registerVolumeRoutes,
    registerHarborRoutes,
    registerComposeMountRoutes,
    registerSetupRoutes,
    registerRunbookRoutes,
    registerTaskRoutes,
    registerStreamRoutes,
    registerTwinRoutes,
    registerDrillRoutes,
    registerSessionRoutes,
    registerUserRoutes,
    registerAuditRoutes,
  ]) {
    register(api, deps);
  }
  api.use(apiNotFound);

  app.use('/api', api);
  if (deps.webDistDir) mountSpa(app, deps.webDistDir);
  app.use(
    createErrorMiddleware((error, requestId) => {
      // The stack stays in the server log; the client only ever sees {"error":{"code":"internal"}}.
      if (deps.logger) deps.logger.error({ err: error, reqId: requestId }, 'unexpected error');
      else deps.log('unexpected error', { error: String(error), reqId: requestId });
    }),
  );
  return app;
}
