import type { Role, User } from '@harborview/contracts/users';
import { ROLES } from '@harborview/contracts/users';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';

import { formatTime } from '../../shared/lib/format';
import { DataTable } from '../../shared/ui/DataTable';
import type { TableColumn } from '../../shared/ui/table-columns';

export interface UsersViewProps {
  users: User[];
  /** The signed-in admin, marked "(you)". */
  currentUsername: string | undefined;
  busy: boolean;
  onRoleChange: (username: string, role: Role) => void;
  onResetPassword: (username: string) => void;
  onDelete: (username: string) => void;
}

const linkButton = 'text-sky-700 underline disabled:opacity-50 dark:text-sky-300';

function columns({ currentUsername, busy, ...on }: Omit<UsersViewProps, 'users'>): TableColumn<User>[] {
  return [
    {
      header: 'User Name',
      rowHeader: true,
      className: 'font-normal',
      cell: (user) => (
        <>
          {user.username}
          {user.username === currentUsername && <span className="text-slate-500"> (you)</span>}
        </>
      ),
    },
    {
      header: 'Role',
      cell: (user) => (
        <select
          aria-label={`Role of ${user.username}`}
          value={user.role}
          disabled={busy}
          onChange={(e) => on.onRoleChange(user.username, e.target.value as Role)}
          className="rounded border border-slate-300 bg-white px-1 py-0.5 dark:border-slate-600 dark:bg-slate-800"
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      ),
    },
    { header: 'Created', cell: (user) => formatTime(user.createdAt) },
    { header: 'Password Changed', cell: (user) => formatTime(user.passwordChangedAt) },
    {
      header: 'Actions',
      className: 'space-x-3',
      cell: (user) => (
        <>
          <button type="button" className={linkButton} onClick={() => on.onResetPassword(user.username)}>
            Reset password<span className="sr-only"> of {user.username}</span>
          </button>
          <button type="button" className={linkButton} onClick={() => on.onDelete(user.username)}>
            Delete<span className="sr-only"> {user.username}</span>
          </button>
        </>
      ),
    },
  ];
}

/** The console's users: name, role (changed in place), when they were made and last set a password. */
export function UsersView({ users, ...props }: UsersViewProps): ReactNode {
  return (
    <DataTable
      caption="Users"
      testId={TEST_IDS.usersTable}
      columns={columns(props)}
      rows={users}
      rowKey={(user) => user.username}
      rowProps={(user) => ({ testId: TEST_IDS.userRow(user.username) })}
    />
  );
}
