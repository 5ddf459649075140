import { lazy, Suspense } from 'react';
import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { Navigate } from 'react-router';

import { AdminLayout } from '../features/admin/AdminLayout';
import { LoginPage } from '../features/auth/LoginPage';
import { LOGIN_PATH } from '../features/auth/login-redirect';
import { RequireSession } from '../features/auth/RequireSession';
import { SignedInConsoleLayout } from '../features/auth/SignedInConsoleLayout';
import { ObjectPage } from '../features/objects/ObjectPage';
import { Shell } from '../features/shell/Shell';
import { objectPath } from '../shared/lib/object-routes';
import { CONSOLE_PATHS } from '../shared/ui/console-paths';
import { EmptyState, LoadingState } from '../shared/ui/QueryState';

// Pages outside the inventory load on first visit, keeping the console's first chunk small.
const HarborPage = lazy(() => import('../features/harbor/HarborPage').then((m) => ({ default: m.HarborPage })));
const PoliciesPage = lazy(() => import('../features/policies/PoliciesPage').then((m) => ({ default: m.PoliciesPage })));
const VolumePage = lazy(() => import('../features/volumes/VolumePage').then((m) => ({ default: m.VolumePage })));
const VolumesPage = lazy(() => import('../features/volumes/VolumesPage').then((m) => ({ default: m.VolumesPage })));
const AttachPage = lazy(() => import('../features/wizard-attach/AttachPage').then((m) => ({ default: m.AttachPage })));
const SetupPage = lazy(() => import('../features/setup/SetupPage').then((m) => ({ default: m.SetupPage })));
const RunbookPage = lazy(() => import('../features/runbook/RunbookPage').then((m) => ({ default: m.RunbookPage })));
const FailoverPage = lazy(() => import('../features/failover/FailoverPage').then((m) => ({ default: m.FailoverPage })));
const DrillPage = lazy(() => import('../features/failover/DrillPage').then((m) => ({ default: m.DrillPage })));
const ReplayPage = lazy(() => import('../features/failover/ReplayPage').then((m) => ({ default: m.ReplayPage })));
const UsersPage = lazy(() => import('../features/admin/UsersPage').then((m) => ({ default: m.UsersPage })));
const AuditPage = lazy(() => import('../features/admin/AuditPage').then((m) => ({ default: m.AuditPage })));
const PresenterPage = lazy(() =>
  import('../features/presenter/PresenterPage').then((m) => ({ default: m.PresenterPage })),
);

function page(element: ReactNode): ReactNode {
  return <Suspense fallback={<LoadingState label="page" />}>{element}</Suspense>;
}

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
          { path: CONSOLE_PATHS.volumes, element: page(<VolumesPage />) },
          { path: `${CONSOLE_PATHS.volumes}/:name`, element: page(<VolumePage />) },
          { path: CONSOLE_PATHS.policies, element: page(<PoliciesPage />) },
          { path: CONSOLE_PATHS.harbor, element: page(<HarborPage />) },
          { path: `${CONSOLE_PATHS.harbor}/attach`, element: page(<AttachPage />) },
          { path: '/setup', element: page(<SetupPage />) },
          { path: '/runbook', element: page(<RunbookPage />) },
          { path: CONSOLE_PATHS.failover, element: page(<FailoverPage />) },
          { path: `${CONSOLE_PATHS.failover}/drills/:id`, element: page(<DrillPage />) },
          { path: `${CONSOLE_PATHS.failover}/drills/:id/replay`, element: page(<ReplayPage />) },
          {
            path: '/admin',
            element: <AdminLayout />,
            children: [
              { index: true, element: <Navigate to="users" replace /> },
              { path: 'users', element: page(<UsersPage />) },
              { path: 'audit', element: page(<AuditPage />) },
            ],
          },
          { path: '*', element: <EmptyState>This page does not exist. Pick an object in the navigator.</EmptyState> },
        ],
      },
    ],
  },
  // Presenter mode runs full screen without the console's header, navigator and bottom pane.
  { path: CONSOLE_PATHS.present, element: page(<PresenterPage />) },
];

/** Sign-in is open to all; every other page waits for the session and sends strangers to sign in (issue #8). */
export const routes: RouteObject[] = [
  { path: LOGIN_PATH, element: <LoginPage /> },
  { element: <RequireSession />, children: consoleRoutes },
];
