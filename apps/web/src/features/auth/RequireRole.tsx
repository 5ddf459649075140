import type { Role } from '@harborview/contracts/users';
import type { ReactNode } from 'react';

import { permissionMessage } from '../../shared/lib/http';
import { ErrorState } from '../../shared/ui/QueryState';

import { useCan } from './use-can';

/** A page only `role` may open: others see why, in place, as the API would have told them (403). */
export function RequireRole({ role, children }: { role: Role; children: ReactNode }): ReactNode {
  const can = useCan(role);
  return can.allowed ? children : <ErrorState error={new Error(permissionMessage(role))} />;
}
