import type { CreateUserBody, Role } from '@harborview/contracts/users';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useState } from 'react';

import { PageSection } from '../../shared/ui/PageSection';
import { ErrorState, QueryResult } from '../../shared/ui/QueryState';
import { sessionKeys } from '../auth/api';
import { useSession } from '../auth/use-can';

import { adminKeys, createUser, deleteUser, updateUser, usersQueryOptions } from './api';
import { CreateUserForm } from './components/CreateUserForm';
import { DeleteUserDialog } from './components/DeleteUserDialog';
import { ResetPasswordDialog } from './components/ResetPasswordDialog';
import { UsersView } from './UsersView';

const messageOf = (error: Error | null): string | null => error?.message ?? null;

/** Route entry for `/admin/users`: list, add, change role, reset password, delete. */
export function UsersPage(): ReactNode {
  const users = useQuery(usersQueryOptions());
  const session = useSession();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<{ kind: 'reset' | 'delete'; username: string } | null>(null);
  const refresh = (): Promise<void> => queryClient.invalidateQueries({ queryKey: adminKeys.users() });

  const create = useMutation({ mutationFn: (body: CreateUserBody) => createUser(body), onSuccess: refresh });
  const changeRole = useMutation({
    mutationFn: ({ username, role }: { username: string; role: Role }) => updateUser(username, { role }),
    // A refused change (the last admin) leaves the select showing the role the server still has; a change of
    // one's own role changes what this console lets one do.
    onSettled: async (_user, _error, { username }) => {
      await refresh();
      if (username === session?.username) await queryClient.invalidateQueries({ queryKey: sessionKeys.all });
    },
  });
  const reset = useMutation({
    mutationFn: ({ username, password }: { username: string; password: string }) => updateUser(username, { password }),
    onSuccess: async () => {
      await refresh();
      setDialog(null);
    },
  });
  const remove = useMutation({
    mutationFn: deleteUser,
    onSuccess: async () => {
      await refresh();
      setDialog(null);
    },
  });
  const open = (kind: 'reset' | 'delete', username: string): void => {
    reset.reset();
    remove.reset();
    setDialog({ kind, username });
  };

  return (
    <PageSection titleId="users-title" title="Users">
      <CreateUserForm busy={create.isPending} error={messageOf(create.error)} onCreate={create.mutateAsync} />
      {changeRole.isError && <ErrorState error={changeRole.error} />}
      <QueryResult query={users} label="users">
        {(list) => (
          <UsersView
            users={list}
            currentUsername={session?.username}
            busy={changeRole.isPending}
            onRoleChange={(username, role) => changeRole.mutate({ username, role })}
            onResetPassword={(username) => open('reset', username)}
            onDelete={(username) => open('delete', username)}
          />
        )}
      </QueryResult>
      {dialog?.kind === 'reset' && (
        <ResetPasswordDialog
          username={dialog.username}
          busy={reset.isPending}
          error={messageOf(reset.error)}
          onReset={(password) => reset.mutate({ username: dialog.username, password })}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'delete' && (
        <DeleteUserDialog
          username={dialog.username}
          busy={remove.isPending}
          error={messageOf(remove.error)}
          onDelete={() => remove.mutate(dialog.username)}
          onClose={() => setDialog(null)}
        />
      )}
    </PageSection>
  );
}
