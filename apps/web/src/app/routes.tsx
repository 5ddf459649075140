import { lazy, Suspense } from 'react';
import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { Navigate } from 'react-router';

import { ObjectPage } from '../features/objects/ObjectPage';
import { Shell } from '../features/shell/Shell';
import { objectPath } from '../shared/lib/object-routes';
import { ConsoleLayout } from '../shared/ui/ConsoleNav';
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

function page(element: ReactNode): ReactNode {
  return <Suspense fallback={<LoadingState label="page" />}>{element}</Suspense>;
}

/**
 * The console's routes: every inventory object has a URL under /inventory (a Monitor or Configure section one more
 * segment), and Volumes, Storage Policies and Harbor have their own pages.
 */
export const routes: RouteObject[] = [
  {
    element: <Shell />,
    children: [
      {
        element: <ConsoleLayout />,
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
          { path: '*', element: <EmptyState>This page does not exist. Pick an object in the navigator.</EmptyState> },
        ],
      },
    ],
  },
];
