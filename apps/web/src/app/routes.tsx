import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { Navigate } from 'react-router';

import { AdminLayout } from '../features/admin/AdminLayout';
import { LOGIN_PATH } from '../features/auth/login-redirect';
import { LoginPage } from '../features/auth/LoginPage';
import { RequireSession } from '../features/auth/RequireSession';
import { SignedInConsoleLayout } from '../features/auth/SignedInConsoleLayout';
import { ObjectPage } from '../features/objects/ObjectPage';
import { Shell } from '../features/shell/Shell';
import { objectPath } from '../shared/lib/object-routes';
import { CONSOLE_PATHS } from '../shared/ui/console-paths';
import { EmptyState, LoadingState } from '../shared/ui/QueryState';

/**
 * Pages outside the inventory load on first visit, keeping the console's first chunk small. They use the router's
 * `lazy` (not React.lazy + Suspense) so the page's module and its data requests start with the navigation itself:
 * a Suspense fallback would hold them back by React's 300 ms fallback throttle (measured in the views bench).
 */
function lazyPage<M>(load: () => Promise<M>, pick: (module: M) => ComponentType): Pick<RouteObject, 'lazy'> {
  return { lazy: async () => ({ Component: pick(await load()) }) };
}

const harborPage = lazyPage(
  () => import('../features/harbor/HarborPage'),
  (m) => m.HarborPage,
);
const policiesPage = lazyPage(
  () => import('../features/policies/PoliciesPage'),
  (m) => m.PoliciesPage,
);
const volumePage = lazyPage(
  () => import('../features/volumes/VolumePage'),
  (m) => m.VolumePage,
);
const volumesPage = lazyPage(
  () => import('../features/volumes/VolumesPage'),
  (m) => m.VolumesPage,
);
const attachPage = lazyPage(
  () => import('../features/wizard-attach/AttachPage'),
  (m) => m.AttachPage,
);
const setupPage = lazyPage(
  () => import('../features/setup/SetupPage'),
  (m) => m.SetupPage,
);
const runbookPage = lazyPage(
  () => import('../features/runbook/RunbookPage'),
  (m) => m.RunbookPage,
);
const failoverPage = lazyPage(
  () => import('../features/failover/FailoverPage'),
  (m) => m.FailoverPage,
);
const drillPage = lazyPage(
  () => import('../features/failover/DrillPage'),
  (m) => m.DrillPage,
);
const replayPage = lazyPage(
  () => import('../features/failover/ReplayPage'),
  (m) => m.ReplayPage,
);
const usersPage = lazyPage(
  () => import('../features/admin/UsersPage'),
  (m) => m.UsersPage,
);
const auditPage = lazyPage(
  () => import('../features/admin/AuditPage'),
  (m) => m.AuditPage,
);
const presenterPage = lazyPage(
  () => import('../features/presenter/PresenterPage'),
  (m) => m.PresenterPage,
);

/**
 * The console's routes: every inventory object has a URL under /inventory (a Monitor or Configure section one more
 * segment), and Volumes, Storage Policies and Harbor have their own pages.
 */
const consoleRoutes: RouteObject[] = [
  {
    element: <Shell />,
    children: [
      {
        element: <SignedInConsoleLayout />,
        children: [
          { index: true, element: <Navigate to={objectPath('vcenter', 'vcenter')} replace /> },
          { path: 'inventory/:kind/:id/:tab?/:section?', element: <ObjectPage /> },
          { path: CONSOLE_PATHS.volumes, ...volumesPage },
          { path: `${CONSOLE_PATHS.volumes}/:name`, ...volumePage },
          { path: CONSOLE_PATHS.policies, ...policiesPage },
          { path: CONSOLE_PATHS.harbor, ...harborPage },
          { path: `${CONSOLE_PATHS.harbor}/attach`, ...attachPage },
          { path: '/setup', ...setupPage },
          { path: '/runbook', ...runbookPage },
          { path: CONSOLE_PATHS.failover, ...failoverPage },
          { path: `${CONSOLE_PATHS.failover}/drills/:id`, ...drillPage },
          { path: `${CONSOLE_PATHS.failover}/drills/:id/replay`, ...replayPage },
          {
            path: '/admin',
            element: <AdminLayout />,
            children: [
              { index: true, element: <Navigate to="users" replace /> },
              { path: 'users', ...usersPage },
              { path: 'audit', ...auditPage },
            ],
          },
          { path: '*', element: <EmptyState>This page does not exist. Pick an object in the navigator.</EmptyState> },
        ],
      },
    ],
  },
  // Presenter mode runs full screen without the console's header, navigator and bottom pane.
  { path: CONSOLE_PATHS.present, ...presenterPage },
];

/** Sign-in is open to all; every other page waits for the session and sends strangers to sign in (issue #8). */
export const routes: RouteObject[] = [
  { path: LOGIN_PATH, element: <LoginPage /> },
  // Shown while a lazily loaded page's module arrives on the very first load (the router loads it before rendering).
  { element: <RequireSession />, hydrateFallbackElement: <LoadingState label="page" />, children: consoleRoutes },
];
