import { z } from 'zod';

import { listOf } from './lists';

/** Roles from least to most trusted; each one may do everything the roles before it may (issue #8). */
export const ROLES = ['viewer', 'operator', 'admin'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

/** True when `role` may do what `minimum` may: viewer reads, operator also changes the twin, admin also manages users. */
export function roleAllows(role: Role, minimum: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(minimum);
}

/** Letters, digits, `.`, `_` and `-`, starting with a letter or digit; it appears in URLs and the audit log. */
export const UsernameSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'Use letters, digits, ".", "_" or "-", starting with a letter or digit');

export const PASSWORD_MIN_LENGTH = 8;
// An upper bound keeps a hostile body from making the password hash work on megabytes.
export const PASSWORD_MAX_LENGTH = 256;
export const PasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH);

/** A console user as the admin pages list it; never carries the password or its hash. */
export const UserSchema = z.object({
  username: UsernameSchema,
  role: RoleSchema,
  createdAt: z.string(),
  passwordChangedAt: z.string(),
});
export type User = z.infer<typeof UserSchema>;

export const UserListSchema = listOf(UserSchema);
export type UserList = z.infer<typeof UserListSchema>;

/** `POST /api/users` (admin). */
export const CreateUserBodySchema = z.strictObject({
  username: UsernameSchema,
  role: RoleSchema,
  password: PasswordSchema,
});
export type CreateUserBody = z.infer<typeof CreateUserBodySchema>;

/** `PUT /api/users/:username` (admin): a new role, a new password (signs the user out everywhere), or both. */
export const UpdateUserBodySchema = z
  .strictObject({ role: RoleSchema.optional(), password: PasswordSchema.optional() })
  .refine((b) => b.role !== undefined || b.password !== undefined, { message: 'Give role or password' });
export type UpdateUserBody = z.infer<typeof UpdateUserBodySchema>;
