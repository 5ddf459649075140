import type { ReactNode } from 'react';

import { ConsoleLayout } from '../../shared/ui/ConsoleNav';

import { useSession } from './use-can';

/** The console frame with the navigation the signed-in role may use (Administration for admins). */
export function SignedInConsoleLayout(): ReactNode {
  return <ConsoleLayout role={useSession()?.role} />;
}
