import type { QueryClient } from '@tanstack/react-query';
import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router';

import { useSignOutOn401 } from '../features/auth/use-sign-out-on-401';

/** Providers around the router; tests pass a memory router and their own client. */
export function App({
  queryClient,
  router,
}: {
  queryClient: QueryClient;
  router: ReturnType<typeof createBrowserRouter>;
}): ReactNode {
  // A session that ends anywhere (an API call, the live stream) brings the user to sign in, keeping their page.
  useSignOutOn401(router);
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
