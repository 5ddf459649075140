import type { Session } from '@harborview/contracts/session';
import type { Role } from '@harborview/contracts/users';
import { roleAllows } from '@harborview/contracts/users';
import { useQuery } from '@tanstack/react-query';

import { sessionQueryOptions } from './api';

/** The signed-in session; always there under RequireSession, which waits for it. */
export function useSession(): Session | undefined {
  return useQuery(sessionQueryOptions()).data;
}

/** The tooltip of a control the signed-in role may not use. */
export function requiresRoleTitle(minimum: Role): string {
  return `Requires the ${minimum} role`;
}

/**
 * Whether the signed-in user may do what `minimum` may, and the tooltip to show when not. The vSphere Client
 * keeps such controls in place but disabled, with the reason on hover.
 * @example
 * const can = useCan('operator');
 * <button disabled={!can.allowed || busy} title={can.title}>New Volume</button>
 */
export function useCan(minimum: Role): { allowed: boolean; title: string | undefined } {
  const session = useSession();
  const allowed = session !== undefined && roleAllows(session.role, minimum);
  return { allowed, title: allowed ? undefined : requiresRoleTitle(minimum) };
}
