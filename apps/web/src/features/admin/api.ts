import type { AuditEntry } from '@harborview/contracts/audit';
import type { CreateUserBody, UpdateUserBody, User } from '@harborview/contracts/users';
import { queryOptions } from '@tanstack/react-query';

import { callApi } from '../../shared/lib/api-client';
import { sliceKeys } from '../../shared/lib/query-keys';
import { listQueryOptions } from '../../shared/lib/route-query';

/** Query keys of the Administration slice. */
export const adminKeys = sliceKeys('admin', ['users', 'audit']);

export const usersQueryOptions = () => listQueryOptions(adminKeys.users(), 'users.list');

/** `POST /api/users`: 409 when the name is taken. */
export function createUser(body: CreateUserBody): Promise<User> {
  return callApi('users.create', { body });
}

/** `PUT /api/users/:username`: a new role or password; 409 when it would demote the last admin. */
export function updateUser(username: string, body: UpdateUserBody): Promise<User> {
  return callApi('users.update', { params: { username }, body });
}

/** `DELETE /api/users/:username`: 409 for the last admin. */
export function deleteUser(username: string): Promise<void> {
  return callApi('users.remove', { params: { username } });
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
        const page = await callApi('audit.page', { query: { after, limit: AUDIT_PAGE }, signal });
        entries.push(...page.items);
        if (page.items.length < AUDIT_PAGE) return entries.reverse();
        after = page.lastId;
      }
    },
  });
