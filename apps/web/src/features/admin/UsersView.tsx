import { ROLES } from '@harborview/contracts/users';
import type { Role, User } from '@harborview/contracts/users';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';

import { formatTime } from '../../shared/lib/format';

import { TableHead } from './components/TableHead';

export interface UsersViewProps {
  users: User[];
  /** The signed-in admin, marked "(you)". */
  currentUsername: string | undefined;
  busy: boolean;
  onRoleChange: (username: string, role: Role) => void;
  onResetPassword: (username: string) => void;
  onDelete: (username: string) => void;
}

const COLUMNS = ['User Name', 'Role', 'Created', 'Password Changed', 'Actions'];
const cell = 'px-2 py-1.5';
const linkButton = 'text-sky-700 underline disabled:opacity-50 dark:text-sky-300';

/** The console's users: name, role (changed in place), when they were made and last set a password. */
export function UsersView({ users, currentUsername, busy, ...on }: UsersViewProps): ReactNode {
  return (
    <table data-testid={TEST_IDS.usersTable} className="w-full text-left text-sm">
      <caption className="sr-only">Users</caption>
      <TableHead columns={COLUMNS} cellClass={cell} />
      <tbody>
        {users.map((user) => (
          <tr
            key={user.username}
            data-testid={TEST_IDS.userRow(user.username)}
            className="border-t border-slate-100 dark:border-slate-800"
          >
            <th scope="row" className={`${cell} font-normal`}>
              {user.username}
              {user.username === currentUsername && <span className="text-slate-500"> (you)</span>}
            </th>
            <td className={cell}>
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
            </td>
            <td className={cell}>{formatTime(user.createdAt)}</td>
            <td className={cell}>{formatTime(user.passwordChangedAt)}</td>
            <td className={`${cell} space-x-3`}>
              <button type="button" className={linkButton} onClick={() => on.onResetPassword(user.username)}>
                Reset password<span className="sr-only"> of {user.username}</span>
              </button>
              <button type="button" className={linkButton} onClick={() => on.onDelete(user.username)}>
                Delete<span className="sr-only"> {user.username}</span>
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
