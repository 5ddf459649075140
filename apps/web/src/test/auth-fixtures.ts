import type { AuditEntry } from '@harborview/contracts/audit';
import type { Session } from '@harborview/contracts/session';
import type { Role, User } from '@harborview/contracts/users';

/** The password every fixture user signs in with. */
export const FIXTURE_PASSWORD = 'correct-horse';

/** A signed-in session; component tests run as `admin` unless they ask for another role. */
export function sessionFixture(role: Role = 'admin', username: string = role): Session {
  return {
    username,
    role,
    csrfToken: `csrf-${username}`,
    expiresAt: '2024-05-01T10:30:00.000Z',
    idleTimeoutSeconds: 1800,
    presenting: false,
  };
}

export function userFixture(username: string, role: Role): User {
  return { username, role, createdAt: '2024-05-01T09:00:00.000Z', passwordChangedAt: '2024-05-01T09:00:00.000Z' };
}

/** One user per role. */
export const usersFixture = (): User[] => [
  userFixture('admin', 'admin'),
  userFixture('olivia', 'operator'),
  userFixture('victor', 'viewer'),
];

export function auditEntryFixture(id: number, over: Partial<AuditEntry> = {}): AuditEntry {
  return {
    id,
    at: `2024-05-01T10:0${id % 10}:00.000Z`,
    twinTime: null,
    user: 'admin',
    role: 'admin',
    method: 'POST',
    route: '/api/session',
    action: 'session.login',
    target: {},
    status: 200,
    errorCode: null,
    requestId: `req-${id}`,
    ...over,
  };
}

/** A sign-in, the operator's new volume, and a viewer refused the same (403). */
export const auditFixture = (): AuditEntry[] => [
  auditEntryFixture(1),
  auditEntryFixture(2, {
    user: 'olivia',
    role: 'operator',
    route: '/api/volumes',
    action: 'volumes.create',
    target: { name: 'vsanvol9' },
    status: 201,
  }),
  auditEntryFixture(3, {
    user: 'victor',
    role: 'viewer',
    route: '/api/volumes',
    action: 'volumes.create',
    target: { name: 'vsanvol9' },
    status: 403,
    errorCode: 'forbidden',
  }),
];
