import type { RouteObject } from 'react-router';
import { Navigate } from 'react-router';

import { ObjectPage } from '../features/objects/ObjectPage';
import { Shell } from '../features/shell/Shell';
import { objectPath } from '../shared/lib/object-routes';
import { EmptyState } from '../shared/ui/QueryState';

/** The console's routes: every inventory object has a URL under /inventory. */
export const routes: RouteObject[] = [
  {
    element: <Shell />,
    children: [
      { index: true, element: <Navigate to={objectPath('vcenter', 'vcenter')} replace /> },
      { path: 'inventory/:kind/:id/:tab?', element: <ObjectPage /> },
      { path: '*', element: <EmptyState>This page does not exist. Pick an object in the navigator.</EmptyState> },
    ],
  },
];
