import { AuditPageSchema } from '@harborview/contracts/audit';
import type { AuditEntry } from '@harborview/contracts/audit';
import { API_ROUTES } from '@harborview/contracts/routes';
import { UserListSchema, UserSchema } from '@harborview/contracts/users';
import type { CreateUserBody, UpdateUserBody, User } from '@harborview/contracts/users';
import { queryOptions } from '@tanstack/react-query';

import { request, requestNoContent } from '../../shared/lib/http';

/** Query keys of the Administration slice. */
export const adminKeys = {
  all: ['admin'] as const,
  users: () => [...adminKeys.all, 'users'] as const,
  audit: () => [...adminKeys.all, 'audit'] as const,
};

export const usersQueryOptions = () =>
  queryOptions({
    queryKey: adminKeys.users(),
    queryFn: ({ signal }) => request(UserListSchema, API_ROUTES.users, { signal }),
    select: (list) => list.items,
  });

/** `POST /api/users`: 409 when the name is taken. */
export function createUser(body: CreateUserBody): Promise<User> {
  return request(UserSchema, API_ROUTES.users, { method: 'POST', body: JSON.stringify(body) });
}

/** `PUT /api/users/:username`: a new role or password; 409 when it would demote the last admin. */
export function updateUser(username: string, body: UpdateUserBody): Promise<User> {
  return request(UserSchema, API_ROUTES.user(username), { method: 'PUT', body: JSON.stringify(body) });
}

/** `DELETE /api/users/:username`: 409 for the last admin. */
export function deleteUser(username: string): Promise<void> {
  return requestNoContent(API_ROUTES.user(username), { method: 'DELETE' });
}

// The largest page the API gives; the log keeps at most 100,000 entries, so reading it whole stays bounded.
const AUDIT_PAGE = 1000;

/** The whole audit log, newest first: the API pages oldest first after a cursor, so this follows the cursor. */
export const auditQueryOptions = () =>
  queryOptions({
    queryKey: adminKeys.audit(),
    queryFn: async ({ signal }): Promise<AuditEntry[]> => {
      const entries: AuditEntry[] = [];
      for (let after = 0; ;) {
        const page = await request(AuditPageSchema, API_ROUTES.auditPage(after, AUDIT_PAGE), { signal });
        entries.push(...page.items);
        if (page.items.length < AUDIT_PAGE) return entries.reverse();
        after = page.lastId;
      }
    },
  });
